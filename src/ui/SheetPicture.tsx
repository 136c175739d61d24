/**
 * A picture of one sheet: its values, merged cells, column letters and row
 * numbers, the cells with findings filled by severity. An ARIA grid; only the
 * rows in view (and the merges reaching into them) are rendered, so a sheet of
 * any length costs the same. The selected cell is aria-selected and scrolled
 * into the middle of the view; clicking a marked cell selects its finding.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Severity } from '../core/findings';
import { columnName, type MergedRange, type SheetGrid } from '../core/grid';
import { SEVERITY_FILLS } from '../core/palette';
import { displayValue } from './findingContext';
import { useLanguage } from './LanguageContext';
import { messages } from './messages';

export const ROW_HEIGHT = 24;
const HEADER_WIDTH = 44;
const OVERSCAN = 6;
const MAX_COLS = 60;

export interface CellMark {
  severity: Severity;
  /** The finding this cell selects (the first at the cell). */
  index: number;
}

interface Props {
  sheet: SheetGrid;
  /** Marks by "row,col" (sheet coordinates). */
  marks: ReadonlyMap<string, CellMark>;
  selected: { row: number; col: number } | null;
  onSelectFinding(index: number): void;
  height?: number;
}

const useStyles = makeStyles({
  root: {
    position: 'relative',
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: '#ffffff',
    color: '#000000',
    fontSize: '12px',
    lineHeight: `${ROW_HEIGHT - 1}px`,
    outlineOffset: '-2px',
  },
  row: { display: 'flex', height: `${ROW_HEIGHT}px` },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 3,
    backgroundColor: '#f3f3f3',
  },
  cell: {
    flex: 'none',
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    paddingInline: '3px',
    borderRight: '1px solid #d4d4d4',
    borderBottom: '1px solid #d4d4d4',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    backgroundColor: '#ffffff',
  },
  covered: { backgroundColor: 'transparent', borderRight: 'none', borderBottom: 'none' },
  merged: {
    position: 'relative',
    zIndex: 1,
    whiteSpace: 'normal',
    display: 'flex',
    alignItems: 'center',
    lineHeight: '1.3',
    overflowWrap: 'anywhere',
  },
  colHead: { textAlign: 'center', backgroundColor: '#f3f3f3', color: '#333333', fontWeight: 600 },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 2,
    textAlign: 'right',
    backgroundColor: '#f3f3f3',
    color: '#333333',
  },
  corner: { zIndex: 4 },
  marked: { cursor: 'pointer' },
  selected: {
    outline: '2px solid #0f6cbd',
    outlineOffset: '-2px',
    zIndex: 2,
    fontWeight: 600,
  },
});

function widthsOf(sheet: SheetGrid, cols: number): number[] {
  const widths = new Array<number>(cols).fill(56);
  const sample = sheet.values.slice(0, 400);
  for (const row of sample) {
    for (let j = 0; j < Math.min(row.length, cols); j++) {
      const v = row[j];
      if (v === null || v === undefined) continue;
      const s = String(v);
      let w = 0;
      for (let k = 0; k < s.length && k < 40; k++) w += s.charCodeAt(k) > 255 ? 12 : 7;
      widths[j] = Math.max(widths[j], Math.min(w + 8, 240));
    }
  }
  return widths;
}

/** Merges in grid coordinates (relative to the sheet's top/left). */
function localMerges(sheet: SheetGrid): MergedRange[] {
  const top = sheet.top ?? 0;
  const left = sheet.left ?? 0;
  return sheet.merges
    .map((m) => ({ r1: m.r1 - top, c1: m.c1 - left, r2: m.r2 - top, c2: m.c2 - left }))
    .filter((m) => m.r2 >= 0 && m.c2 >= 0);
}

export function SheetPicture({ sheet, marks, selected, onSelectFinding, height = 480 }: Props) {
  const { lang } = useLanguage();
  const m = messages[lang];
  const s = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const top = sheet.top ?? 0;
  const left = sheet.left ?? 0;

  const rows = sheet.values.length;
  const cols = useMemo(
    () =>
      Math.min(
        MAX_COLS,
        sheet.values.reduce((n, r) => Math.max(n, r.length), 0),
      ),
    [sheet],
  );
  const widths = useMemo(() => widthsOf(sheet, cols), [sheet, cols]);
  const offsets = useMemo(() => {
    const o = [HEADER_WIDTH];
    for (const w of widths) o.push(o[o.length - 1] + w);
    return o;
  }, [widths]);
  const merges = useMemo(() => localMerges(sheet), [sheet]);
  // The selected cell in the middle of the view.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !selected) return;
    const r = selected.row - top;
    const c = selected.col - left;
    const y = (r + 1) * ROW_HEIGHT;
    // From the picture's own height, not its laid-out size: no layout is forced before the scroll.
    const want = Math.max(0, Math.min(y - height / 2, (rows + 1) * ROW_HEIGHT - height));
    el.scrollTop = want;
    const x = offsets[c] ?? 0;
    el.scrollLeft = Math.max(0, x - (el.clientWidth - HEADER_WIDTH) / 2);
    setScrollTop(want);
  }, [selected, top, left, offsets, height, rows]);

  useEffect(() => setScrollTop(box.current?.scrollTop ?? 0), [sheet]);
  // Then the selected cell into the page's view too (the picture may start below the fold). The cell
  // is drawn only once the picture has scrolled to it, a render later: reveal it when it is there.
  const reveal = useRef(false);
  useEffect(() => {
    reveal.current = !!selected;
  }, [selected]);
  // In a task of its own: scrolling the page lays it out, which is work the render's task can do without.
  useEffect(() => {
    if (!reveal.current) return;
    const cell = box.current?.querySelector('[aria-selected="true"]');
    if (!cell) return;
    reveal.current = false;
    const id = setTimeout(() => cell.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }), 0);
    return () => clearTimeout(id);
  });

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - 1 - OVERSCAN);
  const last = Math.min(rows - 1, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  // Start at the first row of any merge reaching into the window, so it is drawn whole.
  let start = first;
  for (const mg of merges) if (mg.r1 < start && mg.r2 >= first) start = mg.r1;
  // For each cell of the window covered by a merge: the merge (keyed "r,c"); built for the window only.
  const mergeAt = new Map<string, MergedRange>();
  for (const mg of merges) {
    if (mg.r2 < start || mg.r1 > last) continue;
    for (let r = Math.max(mg.r1, start); r <= Math.min(mg.r2, last); r++)
      for (let c = mg.c1; c <= mg.c2 && c < cols; c++) mergeAt.set(`${r},${c}`, mg);
  }

  const renderRow = (r: number) => {
    const values = sheet.values[r] ?? [];
    const formats = sheet.formats?.[r];
    const cells = [];
    for (let c = 0; c < cols; c++) {
      const mg = mergeAt.get(`${r},${c}`);
      if (mg && !(mg.r1 === r && mg.c1 === c)) {
        if (mg.r1 === r) continue; // covered to the right of the merge's first cell: its width covers it
        // Below the first row of a merge: an empty placeholder of the merge's width at its first column.
        if (mg.c1 === c)
          cells.push(
            <div
              key={c}
              role="gridcell"
              aria-hidden
              className={mergeClasses(s.cell, s.covered)}
              style={{ width: offsets[Math.min(mg.c2, cols - 1) + 1] - offsets[c] }}
            />,
          );
        continue;
      }
      const sheetRow = r + top;
      const sheetCol = c + left;
      const mark = marks.get(`${sheetRow},${sheetCol}`);
      const isSel = !!selected && selected.row === sheetRow && selected.col === sheetCol;
      const width = mg ? offsets[Math.min(mg.c2, cols - 1) + 1] - offsets[c] : widths[c];
      const h = mg ? (mg.r2 - mg.r1 + 1) * ROW_HEIGHT : ROW_HEIGHT;
      cells.push(
        <div
          key={c}
          role="gridcell"
          aria-colindex={c + 2}
          aria-selected={isSel ? true : mark ? false : undefined}
          aria-colspan={mg ? mg.c2 - mg.c1 + 1 : undefined}
          aria-rowspan={mg ? mg.r2 - mg.r1 + 1 : undefined}
          data-cell={`${columnName(sheetCol)}${sheetRow + 1}`}
          data-severity={mark?.severity}
          className={mergeClasses(s.cell, mg && s.merged, mark && s.marked, isSel && s.selected)}
          style={{
            width,
            height: h,
            backgroundColor: mark ? SEVERITY_FILLS[mark.severity].hex : undefined,
          }}
          tabIndex={-1}
          onClick={mark ? () => onSelectFinding(mark.index) : undefined}
          onKeyDown={
            mark
              ? (e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  onSelectFinding(mark.index);
                }
              : undefined
          }
        >
          {displayValue(values[c], formats?.[c])}
        </div>,
      );
    }
    return (
      <div key={r} role="row" aria-rowindex={r + 2} className={s.row}>
        <div role="rowheader" className={mergeClasses(s.cell, s.rowHead)} style={{ width: HEADER_WIDTH }}>
          {r + top + 1}
        </div>
        {cells}
      </div>
    );
  };

  const body = [];
  for (let r = start; r <= last; r++) body.push(renderRow(r));
  const totalWidth = offsets[cols] ?? HEADER_WIDTH;

  return (
    <div
      ref={box}
      role="grid"
      tabIndex={0}
      aria-label={m.pictureLabel(sheet.name)}
      aria-rowcount={rows + 1}
      aria-colcount={cols + 1}
      data-testid="sheet-picture"
      data-sheet={sheet.name}
      className={s.root}
      style={{ height }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div style={{ width: totalWidth, height: (rows + 1) * ROW_HEIGHT, position: 'relative' }}>
        <div
          role="row"
          aria-rowindex={1}
          className={mergeClasses(s.row, s.head)}
          style={{ width: totalWidth }}
        >
          <div
            role="columnheader"
            aria-label={lang === 'zh' ? '行号' : 'Row'}
            className={mergeClasses(s.cell, s.rowHead, s.corner)}
            style={{ width: HEADER_WIDTH }}
          >
            #
          </div>
          {widths.map((w, c) => (
            <div key={c} role="columnheader" className={mergeClasses(s.cell, s.colHead)} style={{ width: w }}>
              {columnName(c + left)}
            </div>
          ))}
        </div>
        <div style={{ height: start * ROW_HEIGHT }} />
        {body}
      </div>
    </div>
  );
}

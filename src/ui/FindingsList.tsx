/**
 * The findings as a virtual list: only the rows in view are rendered, so a
 * workbook of a thousand tables costs what a small one does. Rows: group
 * headings (a table or a rule), findings (fixed height, long texts clamped),
 * and one folded line for the tables without findings. Keyboard: Tab reaches
 * one item (the selected or last focused), ↑/↓ move between findings,
 * Home/End jump to the first/last, Enter or Space selects.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
} from 'react';
import type { CheckResult } from '../core/check';
import type { Rule } from '../core/rules/types';
import { FindingButton } from './FindingButton';
import { useLanguage } from './LanguageContext';
import type { ListItem } from './listItems';
import { messages } from './messages';

const HEIGHT: Record<ListItem['kind'], number> = { head: 40, finding: 112, clean: 40, cleanTable: 28 };
const OVERSCAN_PX = 1200;

const useStyles = makeStyles({
  root: { position: 'relative', overflowY: 'auto', overflowX: 'hidden', outlineOffset: '-2px' },
  row: { position: 'absolute', left: 0, right: 0, boxSizing: 'border-box', paddingBlock: '2px' },
  head: {
    display: 'flex',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalM,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, flex: 'none' },
  clean: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  cleanTable: {
    color: tokens.colorNeutralForeground2,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
});

interface Props {
  result: CheckResult;
  items: readonly ListItem[];
  order: readonly number[];
  rules: ReadonlyMap<string, Rule>;
  selected: number | null;
  onSelect(index: number): void;
  context(index: number): string;
  value(index: number): string;
  showClean: boolean;
  onToggleClean(): void;
  /** A table's 项目编码 (data-code on its findings' rows). */
  codeOf(table: number): string;
  /** CSS height of the scrolling list. */
  height: string;
}

export function FindingsList({
  result,
  items,
  order,
  rules,
  selected,
  onSelect,
  context,
  value,
  showClean,
  onToggleClean,
  codeOf,
  height,
}: Props) {
  const { t, lang } = useLanguage();
  const m = messages[lang];
  const s = useStyles();
  const root = useRef<HTMLElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const [focused, setFocused] = useState<number | null>(null);
  const focusNext = useRef<number | null>(null);

  const tops: number[] = [];
  let total = 0;
  for (const it of items) {
    tops.push(total);
    total += HEIGHT[it.kind];
  }
  const rowOf = useCallback(
    (index: number) => items.findIndex((it) => it.kind === 'finding' && it.index === index),
    [items],
  );

  const measure = useCallback(() => {
    const el = root.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight || 800 });
  }, []);
  useEffect(() => {
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [measure]);

  /**
   * Scrolls a finding's row into view (keyboard, or a selection from the picture or next/previous).
   * Whether it is in view is read from the last measure, not the page: reading the list's scroll
   * position right after a render would make the browser lay the page out in the same task.
   */
  const scrollTo = (index: number) => {
    const el = root.current;
    const r = rowOf(index);
    if (!el || r < 0) return;
    const y = tops[r];
    if (y < view.top || y + HEIGHT.finding > view.top + view.height) {
      el.scrollTop = Math.max(0, y - view.height / 3);
      measure();
    }
  };
  useLayoutEffect(() => {
    if (selected !== null) scrollTo(selected);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, rowOf]);

  useEffect(() => {
    if (focusNext.current === null || !root.current) return;
    const b = root.current.querySelector<HTMLButtonElement>(`button[data-finding="${focusNext.current}"]`);
    if (b) {
      b.focus({ preventScroll: true });
      focusNext.current = null;
    }
  });

  const tabStop = [focused, selected].find((i) => i !== null && order.includes(i)) ?? order[0] ?? null;

  const onKeyDown = (e: KeyboardEvent) => {
    const at = order.indexOf(focused ?? selected ?? -1);
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = order[Math.min(at + 1, order.length - 1)] ?? null;
    else if (e.key === 'ArrowUp') next = order[Math.max(at - 1, 0)] ?? null;
    else if (e.key === 'Home') next = order[0] ?? null;
    else if (e.key === 'End') next = order[order.length - 1] ?? null;
    if (next === null) return;
    e.preventDefault();
    focusNext.current = next;
    setFocused(next);
    scrollTo(next);
  };

  const lo = view.top - OVERSCAN_PX;
  const hi = view.top + view.height + OVERSCAN_PX;
  const shown: ReactElement[] = [];
  items.forEach((it, r) => {
    const y = tops[r];
    const h = HEIGHT[it.kind];
    if (y + h < lo || y > hi) return;
    const style = { top: y, height: h };
    switch (it.kind) {
      case 'head':
        shown.push(
          <div key={it.key} className={`${s.row} ${s.head}`} style={style} data-head={it.table}>
            <h2 className={s.heading} title={it.title}>
              {it.table === -2
                ? it.title
                : it.table === -1
                  ? t.workbookLevel
                  : t.tableHeading(it.code, it.name)}
            </h2>
            <span className={s.meta}>
              {it.sheet ? `${t.tableSheet(it.sheet)} · ` : ''}
              {t.findingCount(it.count)}
            </span>
          </div>,
        );
        break;
      case 'finding': {
        const f = result.findings[it.index];
        shown.push(
          <section
            key={it.key}
            className={s.row}
            style={style}
            data-table={f.table}
            data-code={codeOf(f.table)}
          >
            <FindingButton
              index={it.index}
              finding={f}
              rule={rules.get(f.rule)}
              showSheet={it.showSheet}
              selected={selected === it.index}
              tabStop={tabStop === it.index}
              onSelect={onSelect}
              onFocusItem={setFocused}
              context={context(it.index)}
              value={value(it.index)}
              fixed
            />
          </section>,
        );
        break;
      }
      case 'clean':
        shown.push(
          <div key={it.key} className={`${s.row} ${s.clean}`} style={style}>
            <span>{m.cleanTables(it.count)}</span>
            <Button size="small" appearance="subtle" aria-expanded={showClean} onClick={onToggleClean}>
              {showClean ? m.hideClean : m.showClean}
            </Button>
          </div>,
        );
        break;
      default:
        shown.push(
          <section
            key={it.key}
            className={`${s.row} ${s.cleanTable}`}
            style={style}
            title={it.title}
            data-table={it.table}
            data-code={codeOf(it.table)}
          >
            {it.title} · {t.tableNoIssues}
          </section>,
        );
    }
  });

  return (
    <section
      ref={root}
      className={s.root}
      style={{ height }}
      aria-label={t.findingsListLabel}
      onScroll={measure}
      data-testid="findings"
      data-rows={items.length}
      data-findings={order.length}
    >
      {/* Arrow keys move between the findings' buttons; the keys bubble up to here. */}
      <div role="presentation" style={{ height: total, position: 'relative' }} onKeyDown={onKeyDown}>
        {shown}
      </div>
    </section>
  );
}

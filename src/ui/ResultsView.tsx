/**
 * A check's result: the summary line, the list tools (severity, grouping,
 * sheet, text), the virtual findings list, the selected finding in full and,
 * where the grid is at hand (the web page), a picture of its sheet: beside the
 * list from about 1,100 px wide, under it on narrow screens. Ignored findings
 * are listed at the end, each with its reason and un-ignore.
 * Holds the filters and the selection (both start over with a new workbook:
 * the pane keys this view by workbook). Loaded on demand (a chunk of its own).
 */
import {
  Button,
  Dropdown,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { CheckResult } from '../core/check';
import type { Finding } from '../core/findings';
import type { WorkbookGrid } from '../core/grid';
import type { IgnoreEntry } from '../core/ignores';
import type { Profile } from '../core/profile';
import type { Rule } from '../core/rules/types';
import { tableFieldText } from '../core/report/rows';
import { EmptyState } from './EmptyState';
import { cellAt, rowContext, sheetOf } from './findingContext';
import { FindingDetail } from './FindingDetail';
import { FindingsList } from './FindingsList';
import { countBySeverity } from '../core/findings';
import { type SeverityFilterValue } from './groupFindings';
import { useLanguage } from './LanguageContext';
import { listItems, type GroupBy } from './listItems';
import { ReadingExplanation } from './ReadingExplanation';
import { ResultSummary } from './ResultSummary';
import { SeverityFilter } from './SeverityFilter';
import { SheetPicture, type CellMark } from './SheetPicture';
import { messages } from './messages';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalM,
    '@media (min-width: 1100px)': {
      gridTemplateColumns: 'minmax(340px, 2fr) minmax(0, 3fr)',
      alignItems: 'start',
    },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  side: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    '@media (min-width: 1100px)': { position: 'sticky', top: tokens.spacingVerticalS },
  },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  search: { flexGrow: 1, minWidth: '160px' },
  hint: { color: tokens.colorNeutralForeground2 },
  ignored: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
  },
  ignoredItem: {
    listStyleType: 'none',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  result: CheckResult;
  rules: readonly Rule[];
  checkedAt: Date | null;
  onSelect(finding: Finding): void;
  /** Excel: the cell the officer selected in the workbook; its finding is selected here. */
  cellSelected?: { sheet: string; cell: string; n: number } | null;
  /** The grid checked: with it, the picture of the sheet (web page) and the cells' values. */
  grid?: WorkbookGrid | null;
  /** Show the sheet picture (the web page). */
  picture?: boolean;
  /** Store a new list of ignore entries (absent where the host cannot). */
  onIgnores?(entries: IgnoreEntry[]): void;
  busy?: boolean;
  /** The profile's framework, so "how it was read" reads the grid as the check did. */
  framework?: Profile['framework'];
}

export function ResultsView({
  result,
  rules,
  checkedAt,
  onSelect,
  cellSelected = null,
  grid = null,
  picture = false,
  onIgnores,
  busy,
  framework,
}: Props) {
  const { t, lang } = useLanguage();
  const m = messages[lang];
  const s = useStyles();
  const [severity, setSeverity] = useState<SeverityFilterValue>('all');
  const [sheet, setSheet] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [groupBy, setGroupBy] = useState<GroupBy>('table');
  const [showClean, setShowClean] = useState(false);
  const [selection, setSelection] = useState<{ of: CheckResult; index: number } | null>(null);

  const ruleMap = useMemo(() => new Map(rules.map((r) => [r.id, r])), [rules]);
  const counts = useMemo(() => countBySeverity(result.findings), [result]);
  const sheets = useMemo(() => [...new Set(result.findings.map((f) => f.sheet))], [result]);
  // A row's context (一级 › 二级 › 三级), worked out when the row is shown or the text filter asks.
  const context = useCallback((i: number) => rowContext(result, result.findings[i]), [result]);
  const value = useCallback(
    (i: number) => {
      const f = result.findings[i];
      return cellAt(sheetOf(grid, f.sheet), f.row, f.col);
    },
    [grid, result],
  );
  const { items, order } = useMemo(
    () => listItems(result, { severity, sheet, text }, groupBy, showClean, context, t.workbookLevel),
    [result, severity, sheet, text, groupBy, showClean, context, t.workbookLevel],
  );
  // A new result (a re-check) drops the selection.
  const selected = selection && selection.of === result ? selection.index : null;
  // The detail and the sheet picture follow the list a render later: a click repaints the list's
  // selection in a short task of its own, and the heavier detail and picture render after it.
  const shownSelection = useDeferredValue(selection);
  const shown = shownSelection && shownSelection.of === result ? shownSelection.index : null;
  const selectedFinding = shown !== null ? result.findings[shown] : null;

  // A cell selected in the workbook selects its finding (one shown by the filters first), without
  // selecting the cell again; the finding selected stays when it is at that cell. Only a new
  // selection in the workbook moves the selection here (adjusted while rendering, not in an effect).
  const [cellSeen, setCellSeen] = useState(cellSelected);
  if (cellSelected !== cellSeen) {
    setCellSeen(cellSelected);
    if (cellSelected) {
      const at = (i: number) =>
        result.findings[i].cell === cellSelected.cell &&
        result.findings[i].sheet.toLowerCase() === cellSelected.sheet.toLowerCase();
      if (selected === null || !at(selected)) {
        const i = order.find(at) ?? result.findings.findIndex((_f, j) => at(j));
        if (i >= 0) setSelection({ of: result, index: i });
      }
    }
  }

  const select = (index: number) => {
    setSelection({ of: result, index });
    onSelect(result.findings[index]);
  };
  const move = (step: 1 | -1) => {
    const at = selected === null ? -1 : order.indexOf(selected);
    const next = order[Math.max(0, Math.min(order.length - 1, at + step))];
    if (next !== undefined) select(next);
  };

  const pictureSheet = picture
    ? sheetOf(grid, selectedFinding?.sheet ?? result.tables[0]?.sheet ?? result.findings[0]?.sheet ?? '')
    : undefined;
  const marks = useMemo(() => {
    const map = new Map<string, CellMark>();
    if (!pictureSheet) return map;
    result.findings.forEach((f, index) => {
      if (f.sheet !== pictureSheet.name) return;
      const key = `${f.row},${f.col}`;
      const had = map.get(key);
      if (!had || (f.severity === 'error' && had.severity !== 'error'))
        map.set(key, { severity: f.severity, index });
    });
    return map;
  }, [result, pictureSheet]);

  const ignoreList = result.ignored ?? [];
  const entries = result.ignores ?? [];
  const ignore = (whole: boolean, reason: string) => {
    if (!selectedFinding || !onIgnores) return;
    const date = new Date().toISOString().slice(0, 10);
    const entry: IgnoreEntry = whole
      ? { rule: selectedFinding.rule, sheet: '', cell: '', reason, date }
      : {
          rule: selectedFinding.rule,
          sheet: selectedFinding.sheet,
          cell: selectedFinding.cell,
          reason,
          date,
        };
    const same = (x: IgnoreEntry) =>
      x.rule === entry.rule && x.sheet === entry.sheet && x.cell === entry.cell;
    onIgnores([...entries.filter((x) => !same(x)), entry]);
  };

  if (result.tables.length === 0 && result.findings.length === 0 && ignoreList.length === 0)
    return (
      <>
        <ResultSummary tables={0} findings={0} checkedAt={checkedAt} sheets={grid?.sheets} />
        <EmptyState text={t.noTables} />
        {grid && <ReadingExplanation grid={grid} framework={framework} />}
      </>
    );

  const detail = selectedFinding && shown !== null && (
    <FindingDetail
      key={shown}
      index={shown}
      finding={selectedFinding}
      rule={ruleMap.get(selectedFinding.rule)}
      context={context(shown)}
      value={value(shown)}
      position={order.indexOf(shown)}
      count={order.length}
      onMove={move}
      onIgnore={onIgnores ? ignore : undefined}
      busy={busy}
    />
  );

  return (
    <>
      <ResultSummary
        tables={result.tables.length}
        findings={result.findings.length}
        checkedAt={checkedAt}
        sheets={grid?.sheets}
      />
      {result.diagnostics.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="diagnostics">
          <MessageBarBody>
            <MessageBarTitle>{t.checkIncomplete}</MessageBarTitle>
            <ul>
              {result.diagnostics.map((d, i) => (
                <li key={i}>{d.text[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {grid && <ReadingExplanation grid={grid} framework={framework} />}
      <div className={s.layout} data-testid="results-layout">
        <div className={s.column}>
          <SeverityFilter value={severity} counts={counts} onChange={setSeverity} />
          <div className={s.tools}>
            <div role="group" aria-label={m.groupBy} className={s.tools}>
              {(['table', 'rule'] as const).map((g) => (
                <ToggleButton key={g} size="small" checked={groupBy === g} onClick={() => setGroupBy(g)}>
                  {g === 'table' ? m.groupTable : m.groupRule}
                </ToggleButton>
              ))}
            </div>
            {sheets.length > 1 && (
              <Dropdown
                size="small"
                aria-label={m.sheetFilter}
                value={sheet ?? m.allSheets}
                selectedOptions={[sheet ?? '']}
                onOptionSelect={(_e, d) => setSheet(d.optionValue ? d.optionValue : null)}
              >
                <Option value="">{m.allSheets}</Option>
                {sheets.map((x) => (
                  <Option key={x} value={x}>
                    {x}
                  </Option>
                ))}
              </Dropdown>
            )}
            <Input
              size="small"
              className={s.search}
              contentBefore={<SearchRegular />}
              aria-label={m.search}
              placeholder={m.searchPlaceholder}
              value={text}
              onChange={(_e, d) => setText(d.value)}
              data-testid="finding-search"
            />
          </div>
          {items.length ? (
            <FindingsList
              result={result}
              items={items}
              order={order}
              rules={ruleMap}
              selected={selected}
              onSelect={select}
              context={context}
              value={value}
              showClean={showClean}
              onToggleClean={() => setShowClean((x) => !x)}
              codeOf={(i) => (i >= 0 ? tableFieldText(result.tables[i], 'code') : '')}
              height={picture ? 'max(320px, calc(100vh - 260px))' : 'max(320px, calc(100vh - 240px))'}
            />
          ) : (
            <EmptyState text={result.findings.length ? m.noMatch : t.noFindingsAtLevel} />
          )}
          {!picture && detail}
          {ignoreList.length > 0 && (
            <section aria-labelledby="ignored-heading" data-testid="ignored">
              <h2 id="ignored-heading" className={s.heading}>
                {m.ignoredHeading(ignoreList.length)}
              </h2>
              <ul className={s.ignored}>
                {ignoreList.slice(0, 200).map(({ finding: f, entry }, i) => (
                  <li key={i} className={s.ignoredItem} data-cell={f.cell} data-rule={f.rule}>
                    <Text size={200}>
                      {t.cellAt(f.sheet, f.cell)} · {f.rule}
                      {entry.cell ? '' : ` (${m.wholeRule})`} · {m.ignoredBy(entry.reason, entry.date)}
                    </Text>
                    {onIgnores && (
                      <Button
                        size="small"
                        appearance="subtle"
                        disabled={busy}
                        onClick={() =>
                          onIgnores(
                            entries.filter(
                              (x) =>
                                !(x.rule === entry.rule && x.sheet === entry.sheet && x.cell === entry.cell),
                            ),
                          )
                        }
                      >
                        {m.unignore}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        {picture && (
          <div className={s.side}>
            {detail}
            {pictureSheet && (
              <>
                <SheetPicture
                  sheet={pictureSheet}
                  marks={marks}
                  selected={selectedFinding ? { row: selectedFinding.row, col: selectedFinding.col } : null}
                  onSelectFinding={select}
                  height={selectedFinding ? 380 : 520}
                />
                <Text size={200} className={s.hint}>
                  {m.pictureHint}
                </Text>
              </>
            )}
          </div>
        )}
      </div>
    </>
  );
}

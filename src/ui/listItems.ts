/**
 * The findings list as flat rows for a virtual list: group headings, findings,
 * and one folded line for the tables without findings. Grouped by table (in
 * sheet order) or by rule; filtered by severity, sheet and text.
 */
import type { CheckResult } from '../core/check';
import type { FindingGroup, SeverityFilterValue } from './groupFindings';
import { groupFindings } from './groupFindings';

export type GroupBy = 'table' | 'rule';

export interface ListFilter {
  severity: SeverityFilterValue;
  sheet: string | null;
  text: string;
}

export type ListItem =
  | {
      kind: 'head';
      key: string;
      title: string;
      code: string;
      name: string;
      sheet: string;
      count: number;
      table: number;
    }
  | { kind: 'finding'; key: string; index: number; showSheet: boolean }
  | { kind: 'clean'; key: string; count: number }
  | { kind: 'cleanTable'; key: string; title: string; sheet: string; table: number };

export function matches(
  result: CheckResult,
  index: number,
  filter: ListFilter,
  context: (i: number) => string,
): boolean {
  const f = result.findings[index];
  if (filter.sheet && f.sheet !== filter.sheet) return false;
  const q = filter.text.trim().toLowerCase();
  if (!q) return true;
  return [f.text.zh, f.text.en, f.rule, f.cell, f.sheet, context(index)].some((s) =>
    s.toLowerCase().includes(q),
  );
}

function tableTitle(g: FindingGroup, workbookLabel: string): string {
  if (g.table < 0) return workbookLabel;
  return [g.code, g.name].filter(Boolean).join(' ') || g.sheet;
}

/** The rows to show; `order` is the findings in list order (for next/previous). */
export function listItems(
  result: CheckResult,
  filter: ListFilter,
  groupBy: GroupBy,
  showClean: boolean,
  context: (i: number) => string,
  workbookLabel: string,
): { items: ListItem[]; order: number[] } {
  const groups = groupFindings(result, filter.severity);
  const keep = (i: number) => matches(result, i, filter, context);
  const items: ListItem[] = [];
  const order: number[] = [];
  const filtering = filter.severity !== 'all' || !!filter.sheet || !!filter.text.trim();
  if (groupBy === 'table') {
    const clean: FindingGroup[] = [];
    for (const g of groups) {
      const found = g.findings.filter((x) => keep(x.index));
      if (!found.length) {
        if (!filtering && g.table >= 0) clean.push(g);
        continue;
      }
      items.push({
        kind: 'head',
        key: `t${g.table}`,
        title: tableTitle(g, workbookLabel),
        code: g.code,
        name: g.name,
        sheet: g.sheet,
        count: found.length,
        table: g.table,
      });
      for (const x of found) {
        items.push({
          kind: 'finding',
          key: `f${x.index}`,
          index: x.index,
          showSheet: g.table < 0 || x.finding.sheet !== g.sheet,
        });
        order.push(x.index);
      }
    }
    if (clean.length) {
      items.push({ kind: 'clean', key: 'clean', count: clean.length });
      if (showClean)
        for (const g of clean)
          items.push({
            kind: 'cleanTable',
            key: `c${g.table}`,
            title: tableTitle(g, workbookLabel),
            sheet: g.sheet,
            table: g.table,
          });
    }
  } else {
    const byRule = new Map<string, number[]>();
    for (const g of groups)
      for (const x of g.findings) {
        if (!keep(x.index)) continue;
        const list = byRule.get(x.finding.rule) ?? [];
        list.push(x.index);
        byRule.set(x.finding.rule, list);
      }
    for (const [rule, list] of [...byRule].sort(
      (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
    )) {
      items.push({
        kind: 'head',
        key: `r${rule}`,
        title: rule,
        code: '',
        name: '',
        sheet: '',
        count: list.length,
        table: -2,
      });
      for (const i of list) {
        items.push({ kind: 'finding', key: `f${i}`, index: i, showSheet: true });
        order.push(i);
      }
    }
  }
  return { items, order };
}

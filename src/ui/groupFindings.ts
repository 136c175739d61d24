/** Shapes a check result for the list: findings grouped by table, in sheet order, filtered by severity. */
import type { CheckResult } from '../core/check';
import { SEVERITIES, type Finding, type Severity } from '../core/findings';
import { field, type Table } from '../core/model';

export type SeverityFilterValue = Severity | 'all';

export { SEVERITIES };

export interface IndexedFinding {
  /** Position in the result's findings: the finding's key in the list. */
  index: number;
  finding: Finding;
}

export interface FindingGroup {
  /** Table index, or -1 for findings about the workbook or a sheet. */
  table: number;
  code: string;
  name: string;
  sheet: string;
  findings: IndexedFinding[];
}

function fieldText(t: Table, key: 'code' | 'name'): string {
  return (field(t, key)?.value?.text ?? '').trim();
}

function byPosition(a: IndexedFinding, b: IndexedFinding): number {
  const f = a.finding;
  const g = b.finding;
  return f.sheet === g.sheet ? f.row - g.row || f.col - g.col || a.index - b.index : a.index - b.index;
}

/**
 * Unfiltered: every table (also those without findings), then a workbook group
 * if any finding has no table. Filtered: only the groups with findings at that level.
 */
export function groupFindings(result: CheckResult, filter: SeverityFilterValue): FindingGroup[] {
  const groups: FindingGroup[] = result.tables.map((t, i) => ({
    table: i,
    code: fieldText(t, 'code'),
    name: fieldText(t, 'name') || (t.title?.text ?? '').trim(),
    sheet: t.sheet,
    findings: [],
  }));
  const loose: FindingGroup = { table: -1, code: '', name: '', sheet: '', findings: [] };
  result.findings.forEach((finding, index) => {
    if (filter !== 'all' && finding.severity !== filter) return;
    (groups[finding.table] ?? loose).findings.push({ index, finding });
  });
  if (loose.findings.length) groups.push(loose);
  for (const g of groups) g.findings.sort(byPosition);
  return filter === 'all' ? groups : groups.filter((g) => g.findings.length);
}

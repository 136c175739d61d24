import type { Rule } from '../types';
import type { IndicatorGrid, Table } from '../../model';
import { a1 } from '../../grid';
import { normCore } from '../../vocabulary/normalize';
import { field } from '../../model';
import { isBlank } from '../util';

/** Per grid (grids are not changed once read): the live re-check runs this rule on tables it kept. */
const signatures = new WeakMap<IndicatorGrid, string | null>();

function signature(g: IndicatorGrid): string | null {
  let sig = signatures.get(g);
  if (sig === undefined) signatures.set(g, (sig = gridSignature(g)));
  return sig;
}

function gridSignature(g: IndicatorGrid): string | null {
  const items: string[] = [];
  for (const r of g.rows) {
    if (isBlank(r.name) && isBlank(r.value)) continue;
    items.push(`${normCore(r.name?.text ?? '')}=${normCore(r.value?.text ?? '')}`);
  }
  return items.length >= 3 ? items.join('|') : null;
}

function projectName(t: Table): string {
  return normCore(field(t, 'name')?.value?.text ?? '');
}

/** Two grids carry the same indicators (names and values): two tables of a workbook, or the long-term and annual grids of one table. */
export const duplicateGrid: Rule = {
  id: 'text/duplicate-grid',
  defaultSeverity: 'warning',
  description: { zh: '两组指标完全相同（复制粘贴）', en: 'Two grids carry the same indicators' },
  explain: {
    zh: '不同项目的指标、或同一项目的中长期与年度指标完全相同，通常是复制后未修改。',
    en: 'Identical indicators in two projects, or in the long-term and annual grids of one, usually mean a copy was not edited.',
  },
  messages: {
    annualIsPeriod: {
      zh: '年度指标与中长期（实施期）指标完全相同；年度指标应是本年度要达到的目标。',
      en: 'The annual indicators are the long-term (period) ones unchanged; the annual ones should be the targets for this year.',
    },
    copiedTable: {
      zh: '本表的绩效指标与“{{sheet}}”工作表 {{cell}} 处的表格完全相同（指标名称和指标值一致）；请按本项目的实际情况设置指标。',
      en: 'These indicators are identical (names and values) to the table at {{cell}} on sheet "{{sheet}}"; set indicators that fit this project.',
    },
  },
  check({ table, report }) {
    const period = table.grids.find((g) => g.kind === 'period');
    const annual = table.grids.find((g) => g.kind === 'annual');
    if (!period || !annual) return;
    const a = signature(annual);
    if (!a || a !== signature(period)) return;
    const h = annual.headerCells.value ?? annual.headerCells.level1!;
    report({
      at: { row: h.row, col: h.col },
      messageId: 'annualIsPeriod',
    });
  },
  checkWorkbook({ tables, report }) {
    const seen = new Map<string, { index: number; table: Table }>();
    tables.forEach((t, index) => {
      const g = t.grids.find((x) => !x.sharesRows);
      const sig = g && signature(g);
      if (!g || !sig) return;
      const prev = seen.get(sig);
      if (!prev) {
        seen.set(sig, { index, table: t });
        return;
      }
      // The same project listed twice is a duplicate-code matter; copy-paste is another project's grid.
      if (projectName(prev.table) === projectName(t)) return;
      const h = g.headerCells.level3 ?? g.headerCells.level1!;
      const pg = prev.table.grids.find((x) => !x.sharesRows)!;
      report(index, t.sheet, {
        at: { row: h.row, col: h.col },
        messageId: 'copiedTable',
        data: { sheet: prev.table.sheet, cell: a1(pg.headerTop, pg.range.c1) },
      });
    });
  },
};

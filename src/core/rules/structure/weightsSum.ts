import type { Rule } from '../types';
import { fmt, isBlank, parsed, structuralGrids } from '../util';

/** The filled weights of a grid's indicators do not total 100. */
export const weightsSum: Rule = {
  id: 'structure/weights-sum',
  defaultSeverity: 'warning',
  description: { zh: '指标权重（分值）合计不等于 100', en: 'Indicator weights do not total 100' },
  explain: {
    zh: '表格设有权重或分值列时，各三级指标的权重合计应为 100。',
    en: 'Where the grid has a weight column, the indicators’ weights total 100.',
  },
  check({ table, report }) {
    for (const grid of structuralGrids(table)) {
      if (grid.columns.weight === undefined || grid.columns.actual !== undefined) continue;
      let sum = 0;
      let n = 0;
      for (const r of grid.rows) {
        if (isBlank(r.name) || isBlank(r.weight)) continue;
        const p = parsed(r.weight);
        if (p.kind !== 'number' || p.num === undefined) continue;
        sum += p.num;
        n++;
      }
      if (!n || Math.abs(sum - 100) < 1e-6) continue;
      // Weights written as shares (0.3, 0.2 …) that total 1 are fine too.
      if (Math.abs(sum - 1) < 1e-6) continue;
      const h = grid.headerCells.weight!;
      report({
        at: { row: h.row, col: h.col },
        message: `各指标权重合计为 ${fmt(sum)}，应为 100；请调整权重。`,
        messageEn: `The indicator weights total ${fmt(sum)}, not 100; adjust them.`,
      });
    }
  },
};

import type { Rule } from '../types';
import { fmt, isBlank, parsed, structuralGrids } from '../util';

/** The filled weights of a grid's indicators do not total 100 (or the profile's totals, per 一级 where it fixes them). */
export const weightsSum: Rule = {
  id: 'structure/weights-sum',
  defaultSeverity: 'warning',
  description: { zh: '指标权重（分值）合计不等于 100', en: 'Indicator weights do not total 100' },
  explain: {
    zh: '表格设有权重或分值列时，各三级指标的权重合计应为 100。配置可改为其他合计（national：100 或 80，另 20 分留给预算执行率），并可规定每个一级指标的合计。',
    en: 'Where the grid has a weight column, the indicators’ weights total 100. A profile may accept other totals (national: 100 or 80, leaving 20 for budget execution) and fix a total per 一级.',
  },
  messages: {
    total: {
      zh: '各指标权重合计为 {{sum}}，应为 {{want}}；请调整权重。',
      en: 'The indicator weights total {{sum}}; they should total {{want}}; adjust the weights.',
    },
    level1: {
      zh: '{{level1}}的权重合计为 {{sum}}，应为 {{want}}；请调整该一级指标下各指标的权重。',
      en: 'The weights under {{level1}} total {{sum}}; they should total {{want}}; adjust the weights of the indicators under it.',
    },
  },
  check({ table, profile, report }) {
    const totals = profile.weights?.totals ?? [100];
    const perLevel1 = profile.weights?.perLevel1;
    for (const grid of structuralGrids(table)) {
      if (grid.columns.weight === undefined || grid.columns.actual !== undefined) continue;
      let sum = 0;
      let n = 0;
      const byLevel1 = new Map<string, number>();
      for (const r of grid.rows) {
        if (isBlank(r.name) || isBlank(r.weight)) continue;
        const p = parsed(r.weight);
        if (p.kind !== 'number' || p.num === undefined) continue;
        sum += p.num;
        n++;
        if (r.level1Std) byLevel1.set(r.level1Std, (byLevel1.get(r.level1Std) ?? 0) + p.num);
      }
      if (!n) continue;
      const ok = totals.some((t) => Math.abs(sum - t) < 1e-6);
      // Weights written as shares (0.3, 0.2 …) that total 1 are fine too.
      if (!ok && !(totals.includes(100) && Math.abs(sum - 1) < 1e-6)) {
        const h = grid.headerCells.weight!;
        report({
          at: { row: h.row, col: h.col },
          messageId: 'total',
          data: {
            sum: fmt(sum),
            want: { zh: totals.map(String).join(' 或 '), en: totals.map(String).join(' or ') },
          },
        });
      }
      for (const [level1, want] of Object.entries(perLevel1 ?? {})) {
        const got = byLevel1.get(level1) ?? 0;
        if (Math.abs(got - want) < 1e-6) continue;
        const cell = grid.rows.find((r) => r.level1Std === level1 && r.level1)?.level1;
        const at = cell
          ? { row: cell.row, col: cell.col }
          : { row: grid.headerCells.weight!.row, col: grid.headerCells.weight!.col };
        report({
          at,
          messageId: 'level1',
          data: { level1, sum: fmt(got), want: fmt(want) },
        });
      }
    }
  },
};

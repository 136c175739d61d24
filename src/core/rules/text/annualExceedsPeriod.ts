import type { IndicatorGrid, IndicatorRow } from '../../model';
import { normCore } from '../../vocabulary/normalize';
import type { Rule } from '../types';
import { fmt, isBlank, parsedWithUnit } from '../util';

const CUMULATIVE = new Set(['count', 'money', 'measure']);

function key(r: IndicatorRow): string {
  return r.name ? normCore(r.name.text) : '';
}

/** Annual rows paired with the period grid's row for the same indicator (same name, or the same sheet row). */
function pairs(period: IndicatorGrid, annual: IndicatorGrid): [IndicatorRow, IndicatorRow][] {
  const out: [IndicatorRow, IndicatorRow][] = [];
  const byName = new Map<string, IndicatorRow>();
  for (const r of period.rows) if (key(r) && !byName.has(key(r))) byName.set(key(r), r);
  for (const a of annual.rows) {
    if (isBlank(a.value)) continue;
    const p =
      (annual.sharesRows || period.sharesRows) && !key(a)
        ? period.rows.find((r) => r.row === a.row)
        : (byName.get(key(a)) ??
          (annual.sharesRows || period.sharesRows
            ? period.rows.find((r) => r.row === a.row && (!key(r) || key(r) === key(a)))
            : undefined));
    if (p && !isBlank(p.value)) out.push([p, a]);
  }
  return out;
}

/** An annual target larger than the same indicator's target for the whole period. */
export const annualExceedsPeriod: Rule = {
  id: 'text/annual-exceeds-period',
  defaultSeverity: 'warning',
  description: { zh: '年度目标大于实施期目标', en: 'An annual target above the whole period’s' },
  explain: {
    zh: '实施期（中期、长期）目标是整个期间的总量，同一指标一年的目标不应比整个期间还大（如年度培训 600 人、三年共 500 人）。只比较人数、金额、长度面积这类可累计的数量，单位相同才比较；比率和时限不比较。',
    en: 'The period (mid- or long-term) target covers the whole period, so one year’s target for the same indicator cannot exceed it (600 trained this year, 500 over three years). Only cumulative quantities (counts, money, lengths, areas) in the same unit are compared; rates and durations are not.',
  },
  messages: {
    exceeds: {
      zh: '“{{name}}”的年度目标 {{annual}} 大于实施期目标 {{period}}；整个期间的目标应不小于一年的目标，请核对。',
      en: 'The annual target of "{{name}}" ({{annual}}) exceeds the whole period\'s ({{period}}); a period target is at least one year\'s, so check both.',
    },
  },
  check({ table, report }) {
    const periods = table.grids.filter((g) => g.kind === 'period');
    const annuals = table.grids.filter((g) => g.kind === 'annual');
    if (!periods.length || !annuals.length) return;
    for (const pg of periods)
      for (const ag of annuals)
        for (const [p, a] of pairs(pg, ag)) {
          const pv = parsedWithUnit(p);
          const av = parsedWithUnit(a);
          if (pv.kind !== 'number' || av.kind !== 'number' || pv.num === undefined || av.num === undefined)
            continue;
          if (pv.num2 !== undefined || av.num2 !== undefined || !pv.unit || pv.unit !== av.unit) continue;
          if (!pv.unitCategory || !CUMULATIVE.has(pv.unitCategory)) continue;
          if (av.num <= pv.num || pv.num <= 0) continue;
          const name = (a.name ?? p.name)?.text.trim() ?? '';
          report({
            at: { row: a.value!.row, col: a.value!.col },
            messageId: 'exceeds',
            data: { name, annual: `${fmt(av.num)}${av.unit}`, period: `${fmt(pv.num)}${pv.unit}` },
          });
        }
  },
};

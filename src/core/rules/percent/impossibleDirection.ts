import type { IndicatorRow } from '../../model';
import { normCore } from '../../vocabulary/normalize';
import type { Rule } from '../types';
import { isBlank, parsedWithUnit } from '../util';

/** Rates that should be low: what goes wrong (逾期, 差错, 投诉, 违约 …), then up to three characters, then the rate. */
export const LOW_RATE =
  /(逾期|差错|出错|错误|投诉|违约|违规|违纪|事故|失误|延误|超支|返工|漏报|漏发|误发|错发|不合格|不达标|不满意|流失|辍学|失学|死亡|发病|破损|损失|空置|闲置|坏账|退件|拒付|迟付|延付)([^，,；;、]{0,3}?)(率|占比|比例|比率)/;
/** What turns a low rate into a high one: 投诉处理率, 损失补偿率, 事故查处率. */
const REMEDY =
  /处理|办结|解决|补偿|赔付|赔偿|整改|回复|响应|受理|查处|纠正|挽回|化解|控制|下降|降低|减少|清理|收回|追回|核销|报告|上报|复核|排查|防控|防治|救治|治愈|挽救/;

/** A rate the name says should be low. */
export function isLowRate(name: string): boolean {
  const m = LOW_RATE.exec(name);
  // Whatever follows the bad thing decides: 投诉率 is low, 投诉处理率 high.
  return !!m && !REMEDY.test(name.slice(m.index + m[1].length));
}

/** Rates that should be high: what gets done. */
const HIGH_RATE =
  /(完成|覆盖|合格|达标|到位|及格|执行|支付|兑付|发放|验收|参保|入学|就业|使用|达成|满意)(率|度)/;

function rateName(r: IndicatorRow): string {
  return r.name ? normCore(r.name.text) : '';
}

/** A rate that should be low targeted high (逾期发放率 ≥100%), or a completion rate targeted at ≤ 0. */
export const impossibleDirection: Rule = {
  id: 'percent/impossible-direction',
  defaultSeverity: 'error',
  description: { zh: '比率的目标方向错误', en: 'A rate targeted the wrong way' },
  explain: {
    zh: '逾期率、差错率、投诉率、违约率等越低越好的比率，目标应写成“≤N%”或“0”；写成“≥”或“100%”等于要求全部逾期、全部出错。完成率、覆盖率等越高越好的比率，目标不能是“≤0”或“0”。',
    en: 'Rates that should be low (逾期率, 差错率, 投诉率, 违约率) take ≤N% or 0; ≥ or 100% asks for everything to go wrong. Rates that should be high (完成率, 覆盖率) cannot be targeted at ≤0 or 0.',
  },
  messages: {
    shouldBeLow: {
      zh: '“{{name}}”越低越好，目标“{{value}}”方向反了；请改为“≤N%”或“0”。',
      en: '"{{name}}" is better the lower it is, so the target "{{value}}" points the wrong way; use ≤N% or 0.',
    },
    shouldBeHigh: {
      zh: '“{{name}}”越高越好，目标“{{value}}”等于不要求完成；请改为“≥N%”或“100%”。',
      en: '"{{name}}" is better the higher it is, so the target "{{value}}" asks for nothing; use ≥N% or 100%.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids) {
      if (grid.columns.actual !== undefined && grid.kind !== 'annual') continue;
      for (const r of grid.rows) {
        if (isBlank(r.name) || isBlank(r.value)) continue;
        const name = rateName(r);
        const p = parsedWithUnit(r);
        if (p.kind !== 'number' || p.num === undefined || p.num2 !== undefined) continue;
        if (p.unit && p.unit !== '%') continue;
        const v = r.value!.text.trim();
        const shown = r.name!.text.trim();
        if (isLowRate(name)) {
          const high =
            p.op === '>=' || p.op === '>'
              ? p.num > 0
              : p.unit === '%' && p.num === 100 && p.op !== '<=' && p.op !== '<';
          if (!high) continue;
          report({
            at: { row: r.value!.row, col: r.value!.col },
            messageId: 'shouldBeLow',
            data: { name: shown, value: v },
          });
        } else if (HIGH_RATE.test(name) && !/^(不|未|非)/.test(name)) {
          const none = p.num === 0 && (p.op === undefined || p.op === '=' || p.op === '<=' || p.op === '<');
          const capped = (p.op === '<=' || p.op === '<') && p.num <= 0;
          if (!none && !capped) continue;
          report({
            at: { row: r.value!.row, col: r.value!.col },
            messageId: 'shouldBeHigh',
            data: { name: shown, value: v },
          });
        }
      }
    }
  },
};

import type { Rule } from '../types';
import { isBlank, isQualitativeNature } from '../util';

const SYMBOLS = /[*＊_＿\-－]/;

/** A 定性 value containing * _ - (the national system rejects them on import). */
export const qualitativeSymbol: Rule = {
  id: 'value/qualitative-symbol',
  defaultSeverity: 'error',
  enabledByDefault: false,
  description: { zh: '定性指标值含有 * _ - 符号', en: 'A qualitative value with * _ or -' },
  explain: {
    zh: '预算管理一体化系统导入时，指标性质为“定性”的指标值不得含有“*”“_”“-”：这些多是模板占位或未填完的标记。定性指标值应写成“优”“良”“合格”“达标”等等级用语。只在 national 等配置中启用。',
    en: 'The national 预算管理一体化系统 rejects qualitative (定性) values containing *, _ or -: they are template placeholders or unfinished marks. Write a grade (优, 良, 合格, 达标). Enabled by the national profile.',
  },
  messages: {
    symbol: {
      zh: '定性指标“{{name}}”的指标值“{{value}}”含有“{{symbol}}”，系统导入时不接受；请写成“优”“良”“合格”“达标”等等级用语。',
      en: 'The qualitative target "{{value}}" of "{{name}}" contains "{{symbol}}", which the national system rejects on import; write a grade such as 优, 良, 合格 or 达标.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (isBlank(r.value) || isBlank(r.name) || !isQualitativeNature(r)) continue;
        const v = r.value!.text;
        const m = SYMBOLS.exec(v);
        if (!m) continue;
        report({
          at: { row: r.value!.row, col: r.value!.col },
          messageId: 'symbol',
          data: { name: r.name!.text.trim(), value: v.trim(), symbol: m[0] },
        });
      }
  },
};

import type { Rule } from '../types';
import { isBlank } from '../util';
import { normCore } from '../../vocabulary/normalize';

/** 指标性质 定量（其他）: the national system's quantitative type that needs a note explaining the value. */
function isQuantOther(text: string): boolean {
  return /^定量(?:[(（]?其他[)）]?)$/.test(text.replace(/\s+/g, '')) || normCore(text) === '定量其他';
}

/** A 定量（其他） row without 指标值说明. */
export const otherWithoutNote: Rule = {
  id: 'value/other-without-note',
  defaultSeverity: 'error',
  enabledByDefault: false,
  description: { zh: '“定量（其他）”指标没有指标值说明', en: 'A 定量（其他） indicator without a note' },
  explain: {
    zh: '预算管理一体化系统中，指标性质选“定量（其他）”的指标（不是≥、≤、＝这类可比较的数值）必须在“指标值说明”（绩效指标描述）中说明指标值的含义，否则无法保存。只在 national 等配置中启用。',
    en: 'In the national 预算管理一体化系统 an indicator of type 定量（其他） (a quantity that is not a ≥/≤/= comparison) must explain its value in 指标值说明 (the description), or it cannot be saved. Enabled by the national profile.',
  },
  messages: {
    noNote: {
      zh: '“{{name}}”的指标性质是“定量（其他）”，但没有指标值说明；请在指标值说明中写明指标值的含义和计算口径。',
      en: '"{{name}}" is of nature 定量（其他） but has no 指标值说明; explain there what the target value means and how it is calculated.',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids)
      for (const r of grid.rows) {
        if (isBlank(r.name) || !r.nature || isBlank(r.nature) || !isQuantOther(r.nature.text)) continue;
        if (!isBlank(r.description)) continue;
        const at =
          grid.columns.description !== undefined
            ? { row: r.row, col: grid.columns.description }
            : { row: r.nature.row, col: r.nature.col };
        report({
          at,
          messageId: 'noNote',
          data: { name: r.name!.text.trim() },
        });
      }
  },
};

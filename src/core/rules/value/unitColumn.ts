import type { Rule } from '../types';
import { isBlank, isQualitativeNature, parsed } from '../util';

/** A date serial (1990–2100) shown as a plain number. */
function looksLikeDateSerial(n: number): boolean {
  return Number.isInteger(n) && n >= 32874 && n <= 73051;
}

/** The grid has a unit column and a number's unit cell is empty, or the unit cell holds a number or a date serial. */
export const unitColumn: Rule = {
  id: 'value/unit-column',
  defaultSeverity: 'warning',
  description: {
    zh: '计量单位栏为空或填了数字',
    en: 'The unit column is empty for a number, or holds a number',
  },
  explain: {
    zh: '表格设有计量单位（度量单位）列时，指标值栏只填数字，单位填在单位栏；数字旁的单位栏空着，考核时无法知道是人、次还是万元；单位栏里填了数字（常见的是日期被导出成 44561 这样的序列号），说明单位或日期填错了位置。',
    en: 'Where the grid has a unit column, the value holds the number and the unit column its unit; an empty unit beside a number leaves the target unreadable, and a number in the unit column (often a date exported as a serial like 44561) means the unit or the date is in the wrong place.',
  },
  messages: {
    dateSerial: {
      zh: '“{{name}}”的计量单位栏填的是数字 {{unit}}，像是被存成序列号的日期；请在单位栏填写单位（如“日”“月”），日期写成“2021年12月31日”这样的文字。',
      en: 'The unit cell of "{{name}}" holds the number {{unit}}, which looks like a date stored as a serial number; put a unit there (日, 月 …) and write the date as text such as 2021年12月31日.',
    },
    number: {
      zh: '“{{name}}”的计量单位栏填的是数字 {{unit}}；请在单位栏填写计量单位（如人、次、万元、%），数字填在指标值栏。',
      en: 'The unit cell of "{{name}}" holds the number {{unit}}; put the unit there (人, 次, 万元, % …) and the number in the value cell.',
    },
    empty: {
      zh: '“{{name}}”的指标值 {{value}} 旁的计量单位栏是空的；请填写单位（如人、次、万元、%）。',
      en: 'The unit cell beside the target value {{value}} of "{{name}}" is empty; fill in the unit (人, 次, 万元, % …).',
    },
  },
  check({ table, report }) {
    for (const grid of table.grids) {
      const uc = grid.columns.unit;
      if (uc === undefined || grid.columns.actual !== undefined) continue;
      for (const r of grid.rows) {
        if (isBlank(r.name) || isBlank(r.value)) continue;
        const name = r.name!.text.trim();
        const unitCell = r.unit;
        if (unitCell && !isBlank(unitCell)) {
          const u = unitCell.value;
          const n =
            typeof u === 'number'
              ? u
              : /^\s*[\d,，]+(\.\d+)?\s*$/.test(unitCell.text)
                ? Number(unitCell.text.replace(/[,，\s]/g, ''))
                : NaN;
          if (!Number.isFinite(n)) continue;
          const serial = looksLikeDateSerial(n);
          report({
            at: { row: unitCell.row, col: unitCell.col },
            messageId: serial ? 'dateSerial' : 'number',
            data: { name, unit: unitCell.text.trim() },
          });
          continue;
        }
        if (isQualitativeNature(r)) continue;
        const p = parsed(r.value);
        if (p.kind !== 'number' || p.unit || p.num === undefined || p.num === 0) continue;
        report({
          at: { row: r.row, col: uc },
          messageId: 'empty',
          data: { name, value: r.value!.text.trim() },
        });
      }
    }
  },
};

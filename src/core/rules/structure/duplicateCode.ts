import type { Rule } from '../types';
import { a1 } from '../../grid';
import { isBlank } from '../util';

/** The same 项目编码 on two tables of a workbook. */
export const duplicateCode: Rule = {
  id: 'structure/duplicate-code',
  defaultSeverity: 'error',
  description: { zh: '同一工作簿中项目编码重复', en: 'The same project code on two tables' },
  explain: {
    zh: '每个项目的编码唯一；编码重复通常是复制表格后忘了修改。',
    en: 'Each project has its own code; a repeated code usually means a copied table was not updated.',
  },
  messages: {
    duplicate: {
      zh: '项目编码“{{code}}”与“{{sheet}}”工作表 {{cell}} 的项目重复；请核对并填写本项目自己的编码。',
      en: 'The project code "{{code}}" repeats the project\'s at {{cell}} on sheet "{{sheet}}"; check it and fill in this project\'s own code.',
    },
  },
  checkWorkbook({ tables, report }) {
    const first = new Map<string, { sheet: string; cell: string }>();
    tables.forEach((t, i) => {
      for (const f of t.fields) {
        if (f.key !== 'code' || isBlank(f.value)) continue;
        const code = f.value!.text.replace(/\s+/g, '');
        const prev = first.get(code);
        const here = { sheet: t.sheet, cell: a1(f.value!.row, f.value!.col) };
        if (!prev) {
          first.set(code, here);
          continue;
        }
        report(i, t.sheet, {
          at: { row: f.value!.row, col: f.value!.col },
          messageId: 'duplicate',
          data: { code, sheet: prev.sheet, cell: prev.cell },
        });
      }
    });
  },
};

import type { Text } from '../../text';
import type { Rule } from '../types';
import { isBlank } from '../util';

const REQUIRED = new Set(['name', 'code', 'total', 'department']);
const NAMES: Record<string, Text> = {
  name: { zh: '项目名称', en: 'project name' },
  code: { zh: '项目编码', en: 'project code' },
  total: { zh: '资金总额', en: 'total amount' },
  department: { zh: '部门（单位）名称', en: 'department' },
};

/** Project name, or a labelled code or amount, is empty. */
export const missingField: Rule = {
  id: 'structure/missing-field',
  defaultSeverity: 'error',
  description: { zh: '项目名称、编码或金额等必填项为空', en: 'Project name, code or amount is empty' },
  explain: {
    zh: '表头中已列出的项目名称、项目编码、资金总额等项必须填写。',
    en: 'Header fields the form lists (name, code, total amount) must be filled.',
  },
  messages: {
    empty: {
      zh: '“{{label}}”未填写；请填写{{field}}。',
      en: '"{{label}}" is empty; fill in the {{field}}.',
    },
  },
  check({ table, report }) {
    for (const f of table.fields) {
      if (!REQUIRED.has(f.key) || !isBlank(f.value)) continue;
      const where = f.value ?? f.labelCell;
      const label = f.label.replace(/[\s:：]+/g, '') || NAMES[f.key].zh;
      report({
        at: { row: where.row, col: where.col },
        messageId: 'empty',
        data: { label, field: NAMES[f.key] },
      });
    }
  },
};

/** Every string of the fix list, in Chinese (default) and English. */
export type FixLang = 'zh' | 'en';

export interface FixStrings {
  heading: string;
  intro: string;
  empty: string;
  apply: string;
  applyLabel: (cell: string, from: string, to: string) => string;
  applyAll: string;
  applyAllLabel: (kind: string, n: number) => string;
  undo: string;
  undoHint: string;
  undoCount: (n: number) => string;
  count: (n: number) => string;
  headingCount: (n: number) => string;
  before: string;
  after: string;
  spaceLegend: string;
  goTo: (where: string) => string;
  groupLabel: (kind: string) => string;
  working: string;
}

export const FIX_STRINGS: Readonly<Record<FixLang, FixStrings>> = {
  zh: {
    heading: '可一键修正',
    intro:
      '以下修正只改写法（运算符、全角半角、单位写法、多余空格、指标名称笔误），不改内容；缺少的指标值、资金计划等须人工修改。',
    empty: '没有可自动修正的问题。',
    apply: '应用',
    applyLabel: (cell, from, to) => `应用修正：${cell}“${from}”改为“${to}”`,
    applyAll: '全部应用',
    applyAllLabel: (kind, n) => `全部应用“${kind}”（${n} 处）`,
    undo: '撤销修正',
    undoHint: '把已修正的单元格恢复为修正前的内容（修正后又被修改的单元格保持不变）',
    undoCount: (n) => `可撤销 ${n} 处`,
    count: (n) => `${n} 处`,
    headingCount: (n) => `（${n} 处）`,
    before: '修正前',
    after: '修正后',
    spaceLegend: '“␣”表示空格，“□”表示全角空格。',
    goTo: (where) => `定位到 ${where}`,
    groupLabel: (kind) => `修正类型：${kind}`,
    working: '正在修正…',
  },
  en: {
    heading: 'One-click fixes',
    intro:
      'These fixes change form only (operators, full-width characters, unit spelling, stray spaces, misspelt level names), never content; missing values, spending plans and the like are for you to change.',
    empty: 'Nothing can be fixed automatically.',
    apply: 'Apply',
    applyLabel: (cell, from, to) => `Apply fix: ${cell} "${from}" to "${to}"`,
    applyAll: 'Apply all',
    applyAllLabel: (kind, n) => `Apply all "${kind}" (${n})`,
    undo: 'Undo fixes',
    undoHint:
      'Put the fixed cells back as they were before the fix (cells changed after the fix are left alone)',
    undoCount: (n) => `${n} can be undone`,
    count: (n) => `${n}`,
    headingCount: (n) => ` (${n})`,
    before: 'Before',
    after: 'After',
    spaceLegend: '"␣" marks a space, "□" a full-width space.',
    goTo: (where) => `Go to ${where}`,
    groupLabel: (kind) => `Fix kind: ${kind}`,
    working: 'Fixing…',
  },
};

/** A text with its spaces made visible (a stray-space fix would otherwise look like no change). */
export function visibleSpaces(s: string): string {
  return s
    .replace(/ /g, '␣')
    .replace(/\u3000/g, '□')
    .replace(/\t/g, '⇥')
    .replace(/\n/g, '↵');
}

/**
 * Every string of the template picker and the indicator library panel, in
 * Chinese (default) and English. Parameterised strings are functions.
 * Template labels and descriptions, project types and indicators come from
 * the core's data (their own zh/en, or Chinese only where the sheet is).
 */
export type Lang = 'zh' | 'en';

const zh = {
  libraryHeading: '指标库',
  libraryIntro:
    '常用绩效指标。勾选后插入到所选单元格所在的指标表中（按各自的二级指标归类），指标值留待填写。',
  typeLabel: '项目类型',
  allTypes: '全部类型',
  keywordLabel: '关键词',
  keywordPlaceholder: '如：满意度、完成时间、合格率',
  resultCount: (n: number) => `共 ${n} 条指标`,
  noResults: '没有符合条件的指标。',
  selectedCount: (n: number) => `已选 ${n} 条`,
  insertSelected: (n: number) => (n ? `插入所选指标（${n}）` : '插入所选指标'),
  inserting: '正在插入…',
  clearSelection: '清除选择',
  insertFailed: '插入失败',
  natureAndUnit: (nature: string, unit: string) =>
    nature === '定性' ? '定性' : `${nature}${unit ? ` ${unit}` : ''}`,
  example: (v: string) => `示例：${v}`,
  resultsLabel: '指标列表',

  templateHeading: '插入模板',
  templateIntro: '新建一张格式完整、可直接打印的绩效目标表工作表。',
  templateKindLabel: '表格类型',
  yearLabel: '预算年度',
  yearHint: (min: number, max: number) => `${min}～${max} 之间的四位年份，显示在标题中`,
  yearInvalid: (min: number, max: number) => `请填写 ${min} 到 ${max} 之间的年份。`,
  insertTemplate: '插入模板',
  insertingTemplate: '正在插入…',
  templateFailed: '插入模板失败',
};

export type LibraryMessages = typeof zh;

const en: LibraryMessages = {
  libraryHeading: 'Indicator library',
  libraryIntro:
    'Common indicators. Tick them to add them to the indicator table around the selected cell (each under its own 二级); the values are left for you to fill.',
  typeLabel: 'Project type',
  allTypes: 'All types',
  keywordLabel: 'Keyword',
  keywordPlaceholder: 'e.g. 满意度, 完成时间, 合格率',
  resultCount: (n: number) => `${n} indicator${n === 1 ? '' : 's'}`,
  noResults: 'No indicator matches.',
  selectedCount: (n: number) => `${n} selected`,
  insertSelected: (n: number) => (n ? `Insert selected (${n})` : 'Insert selected'),
  inserting: 'Inserting…',
  clearSelection: 'Clear selection',
  insertFailed: 'Could not insert',
  natureAndUnit: (nature: string, unit: string) =>
    nature === '定性' ? 'qualitative' : `${nature}${unit ? ` ${unit}` : ''}`,
  example: (v: string) => `e.g. ${v}`,
  resultsLabel: 'Indicators',

  templateHeading: 'Insert a template',
  templateIntro: 'Adds a new, formatted, print-ready performance target table sheet.',
  templateKindLabel: 'Table',
  yearLabel: 'Budget year',
  yearHint: (min: number, max: number) => `A year from ${min} to ${max}, shown in the title`,
  yearInvalid: (min: number, max: number) => `Enter a year from ${min} to ${max}.`,
  insertTemplate: 'Insert template',
  insertingTemplate: 'Inserting…',
  templateFailed: 'Could not insert the template',
};

export const libraryMessages: Record<Lang, LibraryMessages> = { zh, en };

/** English names of the canonical levels (the sheet keeps the Chinese). */
export const LEVEL_NAMES_EN: Record<string, string> = {
  产出指标: 'Output',
  成本指标: 'Cost',
  效益指标: 'Benefit',
  满意度指标: 'Satisfaction',
  数量指标: 'Quantity',
  质量指标: 'Quality',
  时效指标: 'Timeliness',
  经济成本指标: 'Economic cost',
  社会成本指标: 'Social cost',
  生态环境成本指标: 'Environmental cost',
  经济效益指标: 'Economic benefit',
  社会效益指标: 'Social benefit',
  生态效益指标: 'Ecological benefit',
  可持续影响指标: 'Sustainable impact',
  服务对象满意度指标: 'Service-recipient satisfaction',
};

export function levelName(name: string, lang: Lang): string {
  return lang === 'en' ? `${LEVEL_NAMES_EN[name] ?? name} (${name})` : name;
}

/** A message of an error thrown by the host (InsertIndicatorsError carries both languages). */
export function errorMessage(e: unknown, lang: Lang): string {
  const x = e as { messageZh?: unknown; messageEn?: unknown; message?: unknown } | null;
  if (x && typeof x.messageZh === 'string' && typeof x.messageEn === 'string')
    return lang === 'en' ? x.messageEn : x.messageZh;
  if (x && typeof x.message === 'string') return x.message;
  return String(e);
}

/**
 * Vocabulary of indicator values, as data. The value parser builds its
 * regular expressions from these tables once, at module load; other modules
 * (rules, unit-column checks, description checks) may reuse them.
 *
 * All entries are written in half-width form (the parser converts full-width
 * digits, letters and signs before matching), so `＞` is listed as `>`.
 */
import type { Operator, UnitCategory } from './types';

// ---------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------

/** Canonical symbol per operator, as used in canonical spellings ("≥70%"). */
export const OPERATOR_SYMBOL: Readonly<Record<Operator, string>> = {
  '>=': '≥',
  '>': '>',
  '=': '=',
  '<': '<',
  '<=': '≤',
};

/**
 * Operators written before the number (symbols and words), half-width.
 * Order does not matter: the parser matches the longest first.
 */
export const PREFIX_OPERATORS: ReadonlyArray<readonly [string, Operator]> = [
  // symbols
  ['≥', '>='],
  ['≧', '>='],
  ['⩾', '>='],
  ['>=', '>='],
  ['=>', '>='],
  ['>', '>'],
  ['=', '='],
  ['≈', '='],
  ['<', '<'],
  ['≤', '<='],
  ['≦', '<='],
  ['⩽', '<='],
  ['<=', '<='],
  ['=<', '<='],
  // words
  ['大于等于', '>='],
  ['大于或等于', '>='],
  ['大于或者等于', '>='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不得低于', '>='],
  ['不得少于', '>='],
  ['不应低于', '>='],
  ['至少', '>='],
  ['最少', '>='],
  ['最低', '>='],
  ['达到', '>='],
  ['达', '>='],
  ['超过', '>'],
  ['大于', '>'],
  ['高于', '>'],
  ['多于', '>'],
  ['等于', '='],
  ['约', '='],
  ['约为', '='],
  ['大约', '='],
  ['小于等于', '<='],
  ['小于或等于', '<='],
  ['小于或者等于', '<='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['不得超过', '<='],
  ['不得高于', '<='],
  ['不应超过', '<='],
  ['未超过', '<='],
  ['至多', '<='],
  ['最多', '<='],
  ['最高', '<='],
  ['控制在', '<='],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['不足', '<'],
];

/** Operators written after the number (and its unit): "70%以上", "15个工作日内". */
export const SUFFIX_OPERATORS: ReadonlyArray<readonly [string, Operator]> = [
  ['以上', '>='],
  ['及以上', '>='],
  ['或以上', '>='],
  ['以上(含)', '>='],
  ['(含)以上', '>='],
  ['及其以上', '>='],
  ['以上(不含)', '>'],
  ['以下', '<='],
  ['及以下', '<='],
  ['或以下', '<='],
  ['以下(含)', '<='],
  ['(含)以下', '<='],
  ['以下(不含)', '<'],
  ['以内', '<='],
  ['及以内', '<='],
  ['之内', '<='],
  ['内', '<='],
  ['以内(含)', '<='],
  ['左右', '='],
];

/**
 * Words that may follow a number (after any suffix operator) without making
 * it a sentence: "15个工作日内完成", "100%完成".
 */
export const NUMBER_TAIL_WORDS: readonly string[] = [
  '完成',
  '办结',
  '到位',
  '办理完毕',
  '完成支付',
  '支付到位',
];

/** Range separators between two numbers ("80%-90%", "3至5天"), half-width. */
export const RANGE_SEPARATORS: readonly string[] = ['-', '~', '—', '–', '−', '至', '到'];

/**
 * Verbs (with optional comparison prefix) that give a direction rather than an
 * operator: "提升10%", "同比增长8%". A value of such a verb alone is vague.
 */
export const DIRECTION_VERBS: Readonly<Record<string, 'increase' | 'decrease'>> = {
  提升: 'increase',
  提高: 'increase',
  增长: 'increase',
  增加: 'increase',
  上升: 'increase',
  增幅: 'increase',
  扩大: 'increase',
  下降: 'decrease',
  降低: 'decrease',
  减少: 'decrease',
  缩短: 'decrease',
  压缩: 'decrease',
  压减: 'decrease',
  降幅: 'decrease',
  减低: 'decrease',
};

/** Comparison words that may come before a direction verb ("同比增长8%"). */
export const DIRECTION_PREFIXES: readonly string[] = [
  '同比',
  '环比',
  '较上年',
  '比上年',
  '较去年',
  '比去年',
  '年均',
  '较上年度',
  '比上年度',
];

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

export interface UnitInfo {
  /** Canonical spelling ('%', '万元', '个工作日', '公里' …). */
  canonical: string;
  category: UnitCategory;
  /** For amounts of money: how many 万元 one unit is (元 → 0.0001). Undefined for rates such as 元/人. */
  wanFactor?: number;
}

const u = (canonical: string, category: UnitCategory, wanFactor?: number): UnitInfo =>
  wanFactor === undefined ? { canonical, category } : { canonical, category, wanFactor };

/**
 * Known units as written (half-width) → canonical form, category and money factor.
 * Latin keys are matched case-insensitively by `lookupUnit`.
 */
export const UNITS: Readonly<Record<string, UnitInfo>> = {
  // percent
  '%': u('%', 'percent'),
  百分比: u('%', 'percent'),
  百分点: u('百分点', 'percent'),
  个百分点: u('百分点', 'percent'),
  '‰': u('‰', 'percent'),
  千分比: u('‰', 'percent'),

  // money (amounts)
  元: u('元', 'money', 0.0001),
  千元: u('千元', 'money', 0.1),
  万元: u('万元', 'money', 1),
  十万元: u('十万元', 'money', 10),
  百万元: u('百万元', 'money', 100),
  千万元: u('千万元', 'money', 1000),
  亿元: u('亿元', 'money', 10000),
  万: u('万', 'other'),
  亿: u('亿', 'other'),
  // money (rates per head, per unit: not amounts)
  '元/人': u('元/人', 'money'),
  '元/人·年': u('元/人·年', 'money'),
  '元/人/年': u('元/人/年', 'money'),
  '元/人·月': u('元/人·月', 'money'),
  '元/人/月': u('元/人/月', 'money'),
  '元/月': u('元/月', 'money'),
  '元/年': u('元/年', 'money'),
  '元/天': u('元/天', 'money'),
  '元/次': u('元/次', 'money'),
  '元/户': u('元/户', 'money'),
  '元/亩': u('元/亩', 'money'),
  '元/平方米': u('元/平方米', 'money'),
  '元/吨': u('元/吨', 'money'),
  '元/公里': u('元/公里', 'money'),
  '元/个': u('元/个', 'money'),
  '元/套': u('元/套', 'money'),
  '元/台': u('元/台', 'money'),
  '万元/人': u('万元/人', 'money'),
  '万元/个': u('万元/个', 'money'),
  '万元/公里': u('万元/公里', 'money'),
  '万元/亩': u('万元/亩', 'money'),
  '万元/年': u('万元/年', 'money'),
  '万元/户': u('万元/户', 'money'),
  '万元/项': u('万元/项', 'money'),

  // count
  人: u('人', 'count'),
  人次: u('人次', 'count'),
  名: u('名', 'count'),
  位: u('位', 'count'),
  户: u('户', 'count'),
  户次: u('户次', 'count'),
  家: u('家', 'count'),
  家次: u('家次', 'count'),
  个: u('个', 'count'),
  项: u('项', 'count'),
  次: u('次', 'count'),
  场: u('场', 'count'),
  场次: u('场次', 'count'),
  期: u('期', 'count'),
  批: u('批', 'count'),
  批次: u('批次', 'count'),
  处: u('处', 'count'),
  座: u('座', 'count'),
  所: u('所', 'count'),
  间: u('间', 'count'),
  张: u('张', 'count'),
  份: u('份', 'count'),
  册: u('册', 'count'),
  件: u('件', 'count'),
  篇: u('篇', 'count'),
  本: u('本', 'count'),
  条: u('条', 'count'),
  辆: u('辆', 'count'),
  台: u('台', 'count'),
  台次: u('台次', 'count'),
  套: u('套', 'count'),
  只: u('只', 'count'),
  头: u('头', 'count'),
  株: u('株', 'count'),
  棵: u('棵', 'count'),
  栋: u('栋', 'count'),
  幢: u('幢', 'count'),
  宗: u('宗', 'count'),
  笔: u('笔', 'count'),
  例: u('例', 'count'),
  部: u('部', 'count'),
  门: u('门', 'count'),
  类: u('类', 'count'),
  种: u('种', 'count'),
  支: u('支', 'count'),
  块: u('块', 'count'),
  根: u('根', 'count'),
  盏: u('盏', 'count'),
  架: u('架', 'count'),
  艘: u('艘', 'count'),
  节: u('节', 'count'),
  课时: u('课时', 'count'),
  学时: u('学时', 'count'),
  班: u('班', 'count'),
  班次: u('班次', 'count'),
  车次: u('车次', 'count'),
  万人: u('万人', 'count'),
  万人次: u('万人次', 'count'),
  万户: u('万户', 'count'),
  万册: u('万册', 'count'),
  万份: u('万份', 'count'),
  万件: u('万件', 'count'),
  万株: u('万株', 'count'),
  万头: u('万头', 'count'),
  万只: u('万只', 'count'),

  // time (durations)
  天: u('天', 'time'),
  日: u('日', 'time'),
  工作日: u('个工作日', 'time'),
  个工作日: u('个工作日', 'time'),
  小时: u('小时', 'time'),
  个小时: u('小时', 'time'),
  h: u('小时', 'time'),
  分钟: u('分钟', 'time'),
  秒: u('秒', 'time'),
  周: u('周', 'time'),
  个周: u('周', 'time'),
  星期: u('周', 'time'),
  个星期: u('周', 'time'),
  月: u('月', 'time'),
  个月: u('个月', 'time'),
  季度: u('季度', 'time'),
  个季度: u('季度', 'time'),
  年: u('年', 'time'),

  // measure
  公里: u('公里', 'measure'),
  千米: u('公里', 'measure'),
  km: u('公里', 'measure'),
  米: u('米', 'measure'),
  m: u('米', 'measure'),
  延米: u('延米', 'measure'),
  厘米: u('厘米', 'measure'),
  平方米: u('平方米', 'measure'),
  '㎡': u('平方米', 'measure'),
  'm²': u('平方米', 'measure'),
  m2: u('平方米', 'measure'),
  平米: u('平方米', 'measure'),
  万平方米: u('万平方米', 'measure'),
  平方公里: u('平方公里', 'measure'),
  平方千米: u('平方公里', 'measure'),
  'km²': u('平方公里', 'measure'),
  亩: u('亩', 'measure'),
  万亩: u('万亩', 'measure'),
  公顷: u('公顷', 'measure'),
  吨: u('吨', 'measure'),
  t: u('吨', 'measure'),
  万吨: u('万吨', 'measure'),
  千克: u('千克', 'measure'),
  公斤: u('千克', 'measure'),
  kg: u('千克', 'measure'),
  斤: u('斤', 'measure'),
  克: u('克', 'measure'),
  立方米: u('立方米', 'measure'),
  'm³': u('立方米', 'measure'),
  m3: u('立方米', 'measure'),
  方: u('立方米', 'measure'),
  万立方米: u('万立方米', 'measure'),
  升: u('升', 'measure'),
  千瓦: u('千瓦', 'measure'),
  kw: u('千瓦', 'measure'),
  兆瓦: u('兆瓦', 'measure'),
  mw: u('兆瓦', 'measure'),
  千瓦时: u('千瓦时', 'measure'),
  kwh: u('千瓦时', 'measure'),
  度: u('度', 'measure'),
  万千瓦时: u('万千瓦时', 'measure'),
  分贝: u('分贝', 'measure'),
  db: u('分贝', 'measure'),
  gb: u('GB', 'measure'),
  tb: u('TB', 'measure'),
  mb: u('MB', 'measure'),
  mbps: u('Mbps', 'measure'),
  分: u('分', 'other'),
};

// ---------------------------------------------------------------------------
// Placeholders, vague and graded wording
// ---------------------------------------------------------------------------

/**
 * Whole values that are template leftovers or say nothing (compared after trimming, half-width).
 * Formula errors (#N/A, #REF! …) are not here: they are their own kind ('error', value/formula-error).
 */
export const PLACEHOLDER_VALUES: readonly string[] = [
  '*',
  '**',
  '***',
  'x',
  'X',
  'XX',
  'xx',
  'XXX',
  'xxx',
  '××',
  '×××',
  '___',
  '待定',
  '待补充',
  '待填',
  '待填写',
  '待确定',
  '待核定',
  '待核实',
  '待完善',
  '暂定',
  '暂无',
  '无',
  '空',
  '略',
  '-',
  '--',
  '—',
  '——',
  '–',
  '/',
  '\\',
  '...',
  '…',
  '……',
  '?',
  '??',
  'N/A',
  'n/a',
  'NA',
];

/**
 * Characters that make a placeholder when a value consists of them alone
 * ("-", "//", "——", "……", "?", "x"). The subset `* x X × _ ○ ?` also stands
 * in for a number ("≥**%", "XX万元", "x个").
 */
export const PLACEHOLDER_CHARS = '*xX×_○?…—–\\-/.·';

/**
 * Words that mark a template leftover anywhere in a value ("标准待定").
 * Runs of `*`, `X`/`x`/`×` (2+), `_` (2+) and `○` (2+) are placeholders too.
 */
export const PLACEHOLDER_WORDS: readonly string[] = [
  '待定',
  '待补充',
  '待填写',
  '待填',
  '待确定',
  '待核定',
  '待核实',
  '待完善',
];

/** Vague verbs: a value made only of these (and modifiers) is sent back by reviewers. */
export const VAGUE_VERBS: readonly string[] = [
  '提升',
  '提高',
  '增加',
  '增长',
  '增强',
  '加强',
  '改善',
  '改进',
  '上升',
  '扩大',
  '下降',
  '降低',
  '减少',
  '缩短',
  '缩小',
  '优化',
  '完善',
  '促进',
  '推动',
  '推进',
  '巩固',
  '提速',
  '好转',
  '向好',
  '发展',
  '见效',
  '受益',
  '增效',
];

/** Vague adverbs and qualifiers: vague on their own ("明显", "逐步", "长远") and before a vague verb. */
export const VAGUE_MODIFIERS: readonly string[] = [
  '有效',
  '明显',
  '显著',
  '逐步',
  '逐年',
  '逐渐',
  '长远',
  '长期',
  '进一步',
  '有所',
  '稳步',
  '持续',
  '不断',
  '大幅',
  '大幅度',
  '较大',
  '较大幅度',
  '一定',
  '得到',
  '全面',
  '切实',
  '积极',
  '较好',
  '大大',
  '充分',
  '有力',
  '良性',
  '同比',
  '环比',
  '较上年',
  '比上年',
  '较去年',
  '比去年',
  '较快',
  '快速',
  '不同程度',
  '一定程度',
  '很大',
  '更加',
  '更好',
  '可持续',
  '积极作用',
  '作用',
  '效果',
  '影响',
];

/** Graded qualitative wording: acceptable 定性 values ("优良", "合格", "达标"). */
export const GRADED_WORDS: readonly string[] = [
  '优',
  '良',
  '中',
  '差',
  '优良',
  '优秀',
  '良好',
  '合格',
  '不合格',
  '达标',
  '达到标准',
  '达到要求',
  '达到预期',
  '达到预期目标',
  '达到预期效果',
  '符合要求',
  '符合标准',
  '符合规定',
  '符合国家标准',
  '符合国家规定',
  '符合相关标准',
  '符合相关规定',
  '符合相关要求',
  '符合规范',
  '满足要求',
  '满足需求',
  '满足需要',
  '完成',
  '已完成',
  '按时完成',
  '按期完成',
  '如期完成',
  '及时完成',
  '全部完成',
  '基本完成',
  '全面完成',
  '圆满完成',
  '是',
  '否',
  '有',
  '高',
  '低',
  '好',
  '较高',
  '较低',
  '很好',
  '显著',
  '正常',
  '及时',
  '准确',
  '规范',
  '安全',
  '稳定',
  '保持稳定',
  '基本稳定',
  '平稳',
  '满意',
  '基本满意',
  '比较满意',
  '非常满意',
  '通过',
  '验收合格',
  '通过验收',
  '一次性通过',
  '可控',
  '完整',
  '到位',
  '落实',
  '全覆盖',
  '零事故',
  '无事故',
  '无投诉',
  '清晰',
  '健全',
  '按时',
  '按期',
  '按要求',
  '按规定',
  // ratings and classes of standards
  '甲级',
  '乙级',
  '丙级',
  '一级',
  '二级',
  '三级',
  '一等',
  '二等',
  '三等',
  'Ⅰ类',
  'Ⅱ类',
  'Ⅲ类',
  'Ⅳ类',
  'Ⅴ类',
  'AAA',
  'AAAA',
  'AAAAA',
];

/** Words that may follow graded wording: "良好以上", "优良等级", "合格水平". */
export const GRADED_SUFFIXES: readonly string[] = [
  '及以上',
  '以上',
  '等级',
  '水平',
  '级',
  '标准',
  '状态',
  '程度',
];

/** Words that may precede graded wording: "达到优良", "保持良好", "均为合格". */
export const GRADED_PREFIXES: readonly string[] = [
  '达到',
  '保持',
  '确保',
  '均为',
  '均',
  '全部',
  '总体',
  '整体',
];

// ---------------------------------------------------------------------------
// Dates and periods
// ---------------------------------------------------------------------------

/** Stand-alone period words ("年底", "按月", "全年", "一季度"). */
export const DATE_WORDS: readonly string[] = [
  '年底',
  '年末',
  '年初',
  '年中',
  '年内',
  '年度内',
  '全年',
  '当年',
  '当年度',
  '本年',
  '本年度',
  '今年',
  '次年',
  '明年',
  '来年',
  '上年',
  '年度',
  '上半年',
  '下半年',
  '前三季度',
  '第一季度',
  '第二季度',
  '第三季度',
  '第四季度',
  '一季度',
  '二季度',
  '三季度',
  '四季度',
  '第1季度',
  '第2季度',
  '第3季度',
  '第4季度',
  '1季度',
  '2季度',
  '3季度',
  '4季度',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  '季度末',
  '季末',
  '月底',
  '月末',
  '月初',
  '每月',
  '每季',
  '每季度',
  '每年',
  '每半年',
  '每周',
  '每日',
  '每天',
  '每旬',
  '按月',
  '按月度',
  '按季',
  '按季度',
  '按年',
  '按年度',
  '按半年',
  '按周',
  '按日',
  '按天',
  '按旬',
  '逐月',
  '逐季',
  '月度',
  '季度',
  '半年',
  '项目期内',
  '实施期内',
  '项目周期内',
];

/** Words that may follow a date ("12月底前", "年底前完成", "2023年6月30日止"). Repeatable. */
export const DATE_SUFFIXES: readonly string[] = [
  '底',
  '末',
  '初',
  '中',
  '上旬',
  '中旬',
  '下旬',
  '前',
  '之前',
  '以前',
  '内',
  '以内',
  '之内',
  '止',
  '为止',
  '截止',
  '前后',
  '完成',
  '结束',
  '完工',
  '办结',
  '到位',
  '执行',
  '实施',
  '开展',
  '支付',
  '拨付',
];

/** Words that may lead a date ("截至2023年12月31日", "力争年底前"). */
export const DATE_HEADS: readonly string[] = [
  '截至',
  '截止',
  '截止到',
  '截止至',
  '于',
  '在',
  '到',
  '至',
  '自',
  '从',
  '预计',
  '预计于',
  '计划',
  '计划于',
  '力争',
  '确保',
  '争取',
  '按',
];

/** Separators between two dates of a period ("2023.07-2024.01", "1月至12月", "3月、6月"). */
export const DATE_SEPARATORS: readonly string[] = [
  '-',
  '~',
  '—',
  '–',
  '−',
  '至',
  '到',
  '、',
  '和',
  ',',
  '及',
];

// ---------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------

const UNIT_EXACT: ReadonlyMap<string, UnitInfo> = new Map(Object.keys(UNITS).map((k) => [k, UNITS[k]]));
const UNIT_LOWER: ReadonlyMap<string, UnitInfo> = new Map(
  Object.keys(UNITS).map((k) => [k.toLowerCase(), UNITS[k]]),
);

/** The unit as written (exact, then case-insensitive for Latin units), or undefined. */
export function lookupUnit(written: string): UnitInfo | undefined {
  return UNIT_EXACT.get(written) ?? UNIT_LOWER.get(written.toLowerCase());
}

/** The canonical symbol of an operator ('>=' → '≥'). */
export function operatorSymbol(op: Operator): string {
  return OPERATOR_SYMBOL[op];
}

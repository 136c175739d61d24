/**
 * The curated dictionary behind text/typo, kept as data. Each entry is a
 * written form that is wrong in its context, the right form, the context that
 * must hold (so that a correct use of the same characters is left alone), and
 * the source or reason. Precision comes first: an entry goes in only when the
 * wrong form, in its context, is never a correct word.
 */
import type { Text } from '../../text';

export interface TypoEntry {
  /** The wrong form as written. */
  wrong: string;
  /** What it should be. */
  right: string;
  /** The text right after `wrong` must match this (tested at the start of the rest). */
  next?: RegExp;
  /** The text right after `wrong` must not match this. */
  notNext?: RegExp;
  /** The text right before `wrong` must match this (tested at the end of what precedes). */
  prev?: RegExp;
  /** The text right before `wrong` must not match this. */
  notPrev?: RegExp;
  /** Why it is wrong, or where the right form is laid down. */
  reason: Text;
}

/** Words and documents that follow 根据 ("according to") and never 根绝 ("eradicate"). */
const BASIS_WORDS =
  /^[^，。；,;：:\s]{0,4}?(?:计划|规定|文件|要求|政策|标准|合同|方案|通知|意见|办法|实际|需要|需求|安排|部署|进度|协议|批复|法律|法规|条例|预算)/;

/** A date or a point in time after 截至 ("up to"). */
const DATE_AFTER =
  /^\s*(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月|\d{1,2}\s*日|目前|当前|现在|今年|本年|上年|年底|年末|上半年|报告期)/;

/** Finance terms written with 账 (《现代汉语词典》第7版: 账 for money records, 帐 for cloth — 帐篷, 蚊帐). */
const ZHANG_FINANCE = /^(?:户|务|目|簿|本|款|号|单|表|册|面|期|龄|外|套)/;
const ZHANG_PREV = /(?:对|记|结|挂|报|入|查|做|转|销|立|算|建|台|走|欠|赖|还|呆|坏|流水|明细|总|分)$/;

export const TYPO_ENTRIES: readonly TypoEntry[] = [
  {
    wrong: '根绝',
    right: '根据',
    next: BASIS_WORDS,
    reason: {
      zh: '“根绝”意为彻底消灭，后接计划、规定、文件、要求等依据时应为“根据”',
      en: '根绝 means "eradicate"; before a plan, rule, document or requirement it should be 根据 ("according to")',
    },
  },
  {
    wrong: '截止',
    right: '截至',
    next: DATE_AFTER,
    notNext: /^到/,
    reason: {
      zh: '“截止”表示到时停止，后面不接时间；表示“到某时为止”并后接日期时用“截至”（《现代汉语词典》）',
      en: '截止 ("to close") takes no date after it; "up to a date" is 截至',
    },
  },
  {
    wrong: '帐',
    right: '账',
    next: ZHANG_FINANCE,
    reason: {
      zh: '财务、会计用语中的“账”（账户、账务、账目）不写作“帐”（《现代汉语词典》第7版）',
      en: 'in finance terms (账户, 账务, 账目) the character is 账, not 帐',
    },
  },
  {
    wrong: '帐',
    right: '账',
    prev: ZHANG_PREV,
    notNext: /^(?:篷|幕|子|幔|帘|房)/,
    reason: {
      zh: '财务、会计用语中的“账”（对账、记账、台账）不写作“帐”（《现代汉语词典》第7版）',
      en: 'in finance terms (对账, 记账, 台账) the character is 账, not 帐',
    },
  },
  {
    wrong: '权订',
    right: '拟订',
    reason: {
      zh: '“权订”不成词，起草、制订办法制度应为“拟订”',
      en: '权订 is not a word; drafting rules is 拟订',
    },
  },
  {
    wrong: '问道',
    right: '河道',
    prev: /(?:河流|治理|整治|疏浚|清淤|清理|疏通|堤防|护岸)$/,
    reason: {
      zh: '河流治理语境中应为“河道”，“问道”是同音误写',
      en: 'in river works it is 河道 (river course); 问道 is a homophone slip',
    },
  },
  {
    wrong: '问道',
    right: '河道',
    next: /^(?:长度|治理|整治|疏浚|清淤|清理|疏通|堤防|护岸|公里|里程)/,
    reason: {
      zh: '河流治理语境中应为“河道”，“问道”是同音误写',
      en: 'in river works it is 河道 (river course); 问道 is a homophone slip',
    },
  },
  {
    wrong: '基础实施',
    right: '基础设施',
    next: /^(?:建设|项目|改造|配套|完善|维护|投资|短板|条件)/,
    reason: {
      zh: '“基础设施建设”中的“设施”指设备和建筑，“实施”是同音误写',
      en: 'it is 基础设施 (infrastructure); 实施 ("carry out") is a homophone slip',
    },
  },
  {
    wrong: '交安实施',
    right: '交安设施',
    reason: {
      zh: '“交安设施”即交通安全设施，“实施”是同音误写',
      en: 'it is 交安设施 (traffic safety facilities); 实施 is a homophone slip',
    },
  },
  {
    wrong: '配套实施建设',
    right: '配套设施建设',
    reason: {
      zh: '“配套设施建设”中的“设施”指设备和建筑，“实施”是同音误写',
      en: 'it is 配套设施建设; 实施 is a homophone slip',
    },
  },
  {
    wrong: '布署',
    right: '部署',
    reason: { zh: '“布署”不成词，应为“部署”', en: '布署 is not a word; it is 部署' },
  },
  {
    wrong: '按装',
    right: '安装',
    reason: { zh: '“按装”不成词，应为“安装”', en: '按装 is not a word; it is 安装' },
  },
  {
    wrong: '拔付',
    right: '拨付',
    reason: { zh: '资金“拨付”的“拨”误写为“拔”', en: 'funds are 拨付 (allocated); 拔 is a look-alike slip' },
  },
  {
    wrong: '拔款',
    right: '拨款',
    reason: { zh: '财政“拨款”的“拨”误写为“拔”', en: 'it is 拨款 (appropriation); 拔 is a look-alike slip' },
  },
  {
    wrong: '下拔',
    right: '下拨',
    next: /^(?:资金|经费|款|到|至|给|的|\d)/,
    reason: { zh: '资金“下拨”的“拨”误写为“拔”', en: 'funds are 下拨; 拔 is a look-alike slip' },
  },
  {
    wrong: '复盖',
    right: '覆盖',
    reason: {
      zh: '“复盖”是不规范写法，应为“覆盖”（《第一批异形词整理表》后的规范词形）',
      en: '复盖 is a non-standard form of 覆盖',
    },
  },
  {
    wrong: '积效',
    right: '绩效',
    reason: { zh: '“积效”不成词，应为“绩效”', en: '积效 is not a word; it is 绩效' },
  },
  {
    wrong: '瞒意',
    right: '满意',
    reason: { zh: '“瞒意”不成词，应为“满意”', en: '瞒意 is not a word; it is 满意' },
  },
  {
    wrong: '补帖',
    right: '补贴',
    reason: { zh: '“补帖”不成词，应为“补贴”', en: '补帖 is not a word; it is 补贴' },
  },
  {
    wrong: '贯切',
    right: '贯彻',
    reason: { zh: '“贯切”不成词，应为“贯彻”', en: '贯切 is not a word; it is 贯彻' },
  },
  {
    wrong: '签定',
    right: '签订',
    next: /^(?:合同|协议|责任书|承诺书|目标责任)/,
    reason: { zh: '订立合同、协议用“签订”（《现代汉语词典》）', en: 'contracts and agreements are 签订' },
  },
  {
    wrong: '渡汛',
    right: '度汛',
    reason: { zh: '安全“度汛”指度过汛期，不写作“渡汛”', en: 'getting through the flood season is 度汛' },
  },
  {
    wrong: '倍受',
    right: '备受',
    reason: { zh: '“备受”意为受尽，不写作“倍受”', en: 'it is 备受 ("receive in full"), not 倍受' },
  },
  {
    wrong: '一如继往',
    right: '一如既往',
    reason: { zh: '成语“一如既往”', en: 'the idiom is 一如既往' },
  },
  {
    wrong: '再接再励',
    right: '再接再厉',
    reason: { zh: '成语“再接再厉”', en: 'the idiom is 再接再厉' },
  },
  {
    wrong: '按步就班',
    right: '按部就班',
    reason: { zh: '成语“按部就班”', en: 'the idiom is 按部就班' },
  },
  {
    wrong: '迫不急待',
    right: '迫不及待',
    reason: { zh: '成语“迫不及待”', en: 'the idiom is 迫不及待' },
  },
  {
    wrong: '部份',
    right: '部分',
    reason: { zh: '规范词形为“部分”（《现代汉语词典》）', en: 'the standard form is 部分' },
  },
  {
    wrong: '时侯',
    right: '时候',
    reason: { zh: '“时候”的“候”误写为“侯”', en: 'it is 时候; 侯 is a look-alike slip' },
  },
  {
    wrong: '气侯',
    right: '气候',
    reason: { zh: '“气候”的“候”误写为“侯”', en: 'it is 气候; 侯 is a look-alike slip' },
  },
];

/**
 * Function words that are never doubled in a sentence (及及, 的的), with the
 * words that end in them: 以及|及时 or 目的|的 is a word boundary, not a slip.
 */
export const DOUBLED_FUNCTION_WORDS: Readonly<Record<string, RegExp>> = {
  及: /(?:以|涉|普|危|波|惠|顾|企|触|论|提|遍|不|殃|所|可|溯|言|累|旁|兼|推|达|莫)$/,
  的: /(?:目|有|端|似|别|是|真|么|标)$/,
  和: /(?:总|温|平|共|饱|调|缓|中|谐|柔|祥|随|应|唱|附|暖|讲|议|人)$/,
  与: /(?:参|给|赋|授|赠|准|干)$/,
  并: /(?:合|兼|吞|归|一)$/,
  或: /(?:抑)$/,
  在: /(?:存|现|正|所|实|内|外|潜|自|旨|好|意|重|难|志|贵)$/,
  将: /(?:即|大|武|干|猛|名|主|上|战|老|良|中|天)$/,
};

/** What may follow a doubled function word without a slip (的的确确). */
export const DOUBLED_FUNCTION_NEXT: Readonly<Record<string, RegExp>> = {
  的: /^确/,
  和: /^美/,
};

/**
 * Real reduplications (AA, AABB, ABAB): a repeated phrase made of one of
 * these is the language, not a slip.
 */
export const REDUPLICATIONS: readonly string[] = [
  '常常',
  '人人',
  '年年',
  '天天',
  '月月',
  '家家',
  '户户',
  '村村',
  '处处',
  '事事',
  '时时',
  '层层',
  '步步',
  '个个',
  '件件',
  '样样',
  '项项',
  '条条',
  '一一',
  '逐步',
  '逐一',
  '渐渐',
  '仅仅',
  '往往',
  '纷纷',
  '默默',
  '方方面面',
  '实实在在',
  '扎扎实实',
  '认认真真',
  '明明白白',
  '清清楚楚',
  '一个一个',
  '一步一步',
  '一年一年',
];

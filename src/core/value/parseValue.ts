/**
 * The value parser: reads an indicator value (or any amount-like cell) into a
 * structured `ParsedValue`. Host-agnostic; never throws.
 *
 * Order of reading a string: empty → placeholder → date/period → number
 * (operator, number, unit, range, direction verb) → graded wording → vague
 * wording → text (with the number it names, when there is exactly one).
 *
 * All regular expressions are built once, at module load, from the tables in
 * `./vocabulary`.
 */
import { halfWidth as toHalfWidth } from '../width';
import type { Operator, ParsedValue, UnitCategory } from './types';
import {
  DATE_HEADS,
  DATE_SEPARATORS,
  DATE_SUFFIXES,
  DATE_WORDS,
  DIRECTION_PREFIXES,
  DIRECTION_VERBS,
  GRADED_PREFIXES,
  GRADED_SUFFIXES,
  GRADED_WORDS,
  NUMBER_TAIL_WORDS,
  OPERATOR_SYMBOL,
  PLACEHOLDER_CHARS,
  PLACEHOLDER_VALUES,
  PLACEHOLDER_WORDS,
  PREFIX_OPERATORS,
  RANGE_SEPARATORS,
  SUFFIX_OPERATORS,
  UNITS,
  VAGUE_MODIFIERS,
  VAGUE_VERBS,
  lookupUnit,
  type UnitInfo,
} from './vocabulary';

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

/** Full-width to half-width (src/core/width.ts), under the name the value parser uses. */
export { toHalfWidth };

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Alternation of literal words, longest first (so the regex prefers the longest reading). */
function alt(words: Iterable<string>): string {
  return Array.from(new Set(words))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRe)
    .join('|');
}

/** Round away binary float noise (0.1 * 100 → 10, not 10.000000000000002). */
function round10(n: number): number {
  if (!Number.isFinite(n)) return n;
  const r = Math.round(n * 1e10) / 1e10;
  return Number.isFinite(r) ? r : n;
}

const COMMA_RE = /,/g;
const SIGN_RE = /^[+\-−]/;

function parseNumText(t: string): number {
  if (t.includes(',')) t = t.replace(COMMA_RE, '');
  if (t.includes('−')) t = t.replace('−', '-');
  return Number(t);
}

// ---------------------------------------------------------------------------
// Compiled patterns
// ---------------------------------------------------------------------------

const PREFIX_OP_MAP: ReadonlyMap<string, Operator> = new Map(PREFIX_OPERATORS);
const SUFFIX_OP_MAP: ReadonlyMap<string, Operator> = new Map(SUFFIX_OPERATORS);
const PLACEHOLDER_SET: ReadonlySet<string> = new Set(PLACEHOLDER_VALUES);

const NUM = '(?:[+\\-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+\\-−]?\\.\\d+)';
const KNOWN_UNIT = alt(Object.keys(UNITS));
/** A CJK character that can be part of an unknown unit (not a function word or operator word). */
const GEN_CJK = '(?![的了是在和与及或并为对等以之内每按不达到超过完成前后])[\\u4e00-\\u9fff]';
const GEN_UNIT = `(?:${GEN_CJK}){1,4}?(?:/(?:${GEN_CJK}|·){1,4})?|[A-Za-z][A-Za-z²³]{0,5}`;
const UNIT = `(?:${KNOWN_UNIT}|${GEN_UNIT})`;
const PREFIX = alt(PREFIX_OPERATORS.map((p) => p[0]));
const SUFFIX = alt(SUFFIX_OPERATORS.map((p) => p[0]));
const TAIL = alt(NUMBER_TAIL_WORDS);
const RANGE_SEP = alt(RANGE_SEPARATORS);
const DIRECTION = `(?:${alt(DIRECTION_PREFIXES)})?(?:${alt(Object.keys(DIRECTION_VERBS))})`;
const DIRECTION_VERB_RE = new RegExp(alt(Object.keys(DIRECTION_VERBS)));

/**
 * A whole value that is an operator, a number and a unit:
 * 1 prefix operator, 2 direction phrase, 3 number, 4 unit, 5 range separator,
 * 6 second number, 7 second unit, 8 suffix operator, 9 tail word.
 */
const NUMBER_RE = new RegExp(
  `^(?:(${PREFIX})|(${DIRECTION})了?(?:至|到|为)?)?\\s*(${NUM})\\s*(${UNIT})?` +
    `(?:\\s*(${RANGE_SEP})\\s*(${NUM})\\s*(${UNIT})?)?\\s*(${SUFFIX})?\\s*(${TAIL})?$`,
);

/** Numbers named inside text: 1 number, 2 known unit, 3 suffix operator. The prefix operator is looked up behind. */
const TEXT_NUMBER_RE = new RegExp(
  `(?<![\\d.])(?<!\\d,)(${NUM})(?:\\s*(${KNOWN_UNIT}))?(?:\\s*(${SUFFIX}))?`,
  'g',
);
/** Prefix operator words and symbols, longest first, for looking behind a number in text. */
const PREFIX_WORDS_LONGEST_FIRST: readonly string[] = Array.from(
  new Set(PREFIX_OPERATORS.map((p) => p[0])),
).sort((a, b) => b.length - a.length);
const MAX_PREFIX_LENGTH = PREFIX_WORDS_LONGEST_FIRST[0].length;

const Y = '(?:199\\d|20\\d\\d|2100)';
const M = '(?:1[0-2]|0?[1-9])';
const D = '(?:3[01]|[12]\\d|0?[1-9])';
const DRSEP = '[-~—–−至到]';
const DATE_PART =
  `(?:${Y}(?:[-/.]${M}(?:[-/.]${D}日?|月)?|${DRSEP}${Y}年?度?|年度?(?:${M}(?:${DRSEP}${M})?月份?(?:${D}[日号])?)?)` +
  `|${M}(?:${DRSEP}${M})?月份?(?:${D}[日号])?` +
  `|${alt(DATE_WORDS)})`;
/**
 * A whole value that is a date, a month or a period (whitespace removed): a
 * date part, then more parts, days, suffix words, or a separator and another
 * date. Unbounded quantifiers (not {0,n}) keep the compiled pattern small.
 */
const DATE_RE = new RegExp(
  `^(?:${alt(DATE_HEADS)})?${DATE_PART}(?:${DATE_PART}|${D}[日号]|${alt(DATE_SUFFIXES)}|(?:${alt(DATE_SEPARATORS)})(?:${alt(DATE_HEADS)})?${DATE_PART})*$`,
);

const YEAR_RE = new RegExp(`(?<![\\d.])(?<!\\d,)(${Y})(?!\\d)`, 'g');
/** Characters that, right after a 4-digit number, make it an amount or a count rather than a year. */
const NOT_YEAR_FOLLOW =
  /[万亿千百十元%‰个人次项户家天日周辆台套处座所间张份册件篇本条公米平亩吨立方名场期批小分秒位只株棵例笔宗类种a-zA-Z]/;
const DATE_SEP_CHARS = '.-/';
const RANGE_CHARS = '-~—–−至到';

/*
 * Graded and vague wording are sequences of listed words. Each word is taken
 * atomically, longest first — `(?=(…))\1` — so that words made of other words
 * ("良好" = "良" + "好") cannot make the pattern backtrack exponentially.
 */
const GRADED_ALT = alt(GRADED_WORDS);
const GRADED_RE = new RegExp(
  `^(?:${alt(GRADED_PREFIXES)})?(?=(${GRADED_ALT}))\\1(?:[、,/和与及或]?(?=(${GRADED_ALT}))\\2)*(?:${alt(GRADED_SUFFIXES)})?$`,
);
const VAGUE_RE = new RegExp(`^(?:(?=(${alt([...VAGUE_VERBS, ...VAGUE_MODIFIERS])}))\\1[、,]?)+$`);

const PLACEHOLDER_ONLY_RE = new RegExp(`^[${escapeRe(PLACEHOLDER_CHARS)}]+$`);
const PLACEHOLDER_TOKEN_RE = new RegExp(
  `\\*{2,}|(?<![A-Za-z])[Xx×]{2,}(?![A-Za-z])|_{2,}|○{2,}|${alt(PLACEHOLDER_WORDS)}`,
);
const STAND_IN_TEST = /[*Xx×_○?]/;
/** Any first character of a placeholder word: cheap gate before the token pattern. */
const PLACEHOLDER_WORD_TEST = new RegExp(
  `[${escapeRe(Array.from(new Set(PLACEHOLDER_WORDS.map((w) => w[0]))).join(''))}]`,
);
const DIGIT_RE = /\d/;
/** Any character of a period word (年底, 按月, Q1 …): cheap gate before the date pattern. */
const DATE_GATE_RE = new RegExp(`[${escapeRe(Array.from(new Set(DATE_WORDS.join(''))).join(''))}]`);
const STAND_IN_RE = /[*Xx×_○?]+/g;

const TRAILING_PUNCT_RE = /[\s。.,;、!:]+$/;
const WHITESPACE_RE = /\s+/g;
const HAS_WHITESPACE_RE = /\s/;
const STRAY_SPACE_RE = /[ \t\u00a0\u3000]{2,}/g;
const HAS_STRAY_SPACE_RE = /[ \t\u00a0\u3000]{2,}/;

/** Longest string the anchored number/date patterns are tried on; longer values are sentences. */
const MAX_SHAPE_LENGTH = 80;
/** Longest value tried as graded or vague wording. */
const MAX_WORDING_LENGTH = 40;
/** Only the start of very long texts is scanned for numbers and years. */
const MAX_SCAN_LENGTH = 4000;

// ---------------------------------------------------------------------------
// Number formats
// ---------------------------------------------------------------------------

interface FormatInfo {
  percent: boolean;
  /** Decimals shown by a percent format. */
  decimals: number;
  date: boolean;
  dateHasDay: boolean;
  dateHasMonth: boolean;
  /** A unit written as a literal in the format ('0.00"万元"'). */
  unitWritten?: string;
  unit?: UnitInfo;
}

const NO_FORMAT: FormatInfo = {
  percent: false,
  decimals: 0,
  date: false,
  dateHasDay: false,
  dateHasMonth: false,
};
const FORMAT_CACHE = new Map<string, FormatInfo>();
const FORMAT_LITERAL_RE = /"([^"]*)"/g;
const FORMAT_BRACKET_RE = /\[[^\]]*\]/g;
const FORMAT_ESCAPE_RE = /\\./g;

function formatInfo(format: string | null | undefined): FormatInfo {
  if (!format || format === 'General' || format === '@') return NO_FORMAT;
  const cached = FORMAT_CACHE.get(format);
  if (cached) return cached;
  const section = format.split(';')[0];
  let literal = '';
  section.replace(FORMAT_LITERAL_RE, (_m, lit: string) => {
    literal += lit;
    return '';
  });
  const code = section
    .replace(FORMAT_LITERAL_RE, '')
    .replace(FORMAT_ESCAPE_RE, '')
    .replace(FORMAT_BRACKET_RE, '');
  const info: FormatInfo = { ...NO_FORMAT };
  if (code.includes('%')) {
    info.percent = true;
    const m = /\.([0#?]+)/.exec(code);
    info.decimals = m ? m[1].length : 0;
  } else if (/[yd]/i.test(code) || (/m/i.test(code) && !/[hs]/i.test(code))) {
    info.date = true;
    info.dateHasDay = /d/i.test(code);
    info.dateHasMonth = /m/i.test(code);
  } else {
    const lit = literal.trim();
    if (lit) {
      const unit = lookupUnit(toHalfWidth(lit));
      if (unit) {
        info.unit = unit;
        info.unitWritten = lit;
      }
    }
  }
  if (FORMAT_CACHE.size > 1000) FORMAT_CACHE.clear();
  FORMAT_CACHE.set(format, info);
  return info;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86400000;

function parseNumberCell(value: number, format: string | null | undefined): ParsedValue {
  if (!Number.isFinite(value)) {
    return { kind: 'text', text: String(value), unreadable: '不是有效数字' };
  }
  const fi = formatInfo(format);
  if (fi.percent) {
    const num = round10(value * 100);
    const shown = num.toFixed(Math.max(0, Math.min(fi.decimals, 20)));
    return { kind: 'number', text: shown + '%', num, unit: '%', unitCategory: 'percent' };
  }
  if (fi.date && value >= 1 && value < 2958466) {
    const d = new Date(EXCEL_EPOCH_MS + Math.floor(value) * MS_PER_DAY);
    const y = d.getUTCFullYear();
    let text = `${y}年`;
    if (fi.dateHasMonth || fi.dateHasDay) text += `${d.getUTCMonth() + 1}月`;
    if (fi.dateHasDay) text += `${d.getUTCDate()}日`;
    return { kind: 'date', text, years: [y] };
  }
  const num = value;
  const shown = String(round10(value));
  if (fi.unit) {
    const res: ParsedValue = {
      kind: 'number',
      text: shown + fi.unitWritten,
      num,
      unit: fi.unit.canonical,
      unitCategory: fi.unit.category,
    };
    if (fi.unit.wanFactor !== undefined) res.wan = round10(num * fi.unit.wanFactor);
    return res;
  }
  return { kind: 'number', text: shown, num };
}

// ---------------------------------------------------------------------------
// Numbers and years inside text
// ---------------------------------------------------------------------------

/** A number named inside a text. */
export interface NumberInText {
  op?: Operator;
  num: number;
  /** Canonical unit, if a known unit follows the number. */
  unit?: string;
  unitCategory?: UnitCategory;
  /** In 万元, for money units. */
  wan?: number;
  /** Index of the match in the text. */
  index: number;
  /** The matched text ("70%以上", "小于 25%"). */
  text: string;
}

function isYearAt(t: string, start: number, end: number): boolean {
  const n = Number(t.slice(start, end));
  if (!(n >= 1990 && n <= 2100)) return false;
  let j = end;
  while (j < t.length && (t[j] === ' ' || t[j] === '\t')) j++;
  if (j >= t.length) return true;
  const c = t[j];
  if (c === '年') return true;
  if (DATE_SEP_CHARS.includes(c) || RANGE_CHARS.includes(c)) {
    let k = j + 1;
    while (k < t.length && (t[k] === ' ' || t[k] === '\t')) k++;
    let digits = 0;
    while (k + digits < t.length && t.charCodeAt(k + digits) >= 48 && t.charCodeAt(k + digits) <= 57)
      digits++;
    if (digits === 4) {
      // a year range (2023-2025) or a full date in another order: the other side decides
      const other = Number(t.slice(k, k + 4));
      return RANGE_CHARS.includes(c) && other >= 1990 && other <= 2100;
    }
    if (digits >= 1 && digits <= 2 && DATE_SEP_CHARS.includes(c)) {
      const month = Number(t.slice(k, k + digits));
      const after = t[k + digits];
      return month >= 1 && month <= 12 && (after === undefined || !NOT_YEAR_FOLLOW.test(after));
    }
    return false;
  }
  return !NOT_YEAR_FOLLOW.test(c) && c !== '.' && c !== ',';
}

/** 4-digit years (1990–2100) named in a text: "2023年", "2023.07-2024.01", "2023-12-31". Unique, in order. */
export function findYears(text: string): number[] {
  if (typeof text !== 'string' || text.length < 4) return [];
  const t = toHalfWidth(text.length > MAX_SCAN_LENGTH ? text.slice(0, MAX_SCAN_LENGTH) : text);
  const out: number[] = [];
  YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_RE.exec(t))) {
    const start = m.index;
    const end = start + m[1].length;
    if (isYearAt(t, start, end)) {
      const y = Number(m[1]);
      if (!out.includes(y)) out.push(y);
    }
  }
  YEAR_RE.lastIndex = 0;
  return out;
}

/**
 * Numbers named in a text, with an operator word before or after and a known
 * unit ("占种植面积 70%以上" → ≥ 70 %). Years, months and days of dates are left out.
 */
export function findNumbers(text: string): NumberInText[] {
  if (typeof text !== 'string' || !text) return [];
  const src = text.length > MAX_SCAN_LENGTH ? text.slice(0, MAX_SCAN_LENGTH) : text;
  const t = toHalfWidth(src);
  const out: NumberInText[] = [];
  TEXT_NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TEXT_NUMBER_RE.exec(t))) {
    const numText = m[1];
    const numStart = m.index;
    const numEnd = numStart + numText.length;
    // dates: years, months (12月 but not 12个月) and days after a month
    const intPart = numText.replace(SIGN_RE, '').split('.')[0];
    if (intPart.length === 4 && isYearAt(t, numStart, numStart + 4)) continue;
    const next = t[numEnd];
    if (next === '月' || next === '号') continue;
    if (next === '日' && t[numStart - 1] === '月') continue;
    const num = parseNumText(numText);
    if (!Number.isFinite(num)) continue;
    // an operator word or symbol right before the number (spaces allowed)
    let start = numStart;
    let op: Operator | undefined;
    let k = numStart;
    while (k > 0 && (t[k - 1] === ' ' || t[k - 1] === '\t')) k--;
    if (k > 0) {
      const before = t.slice(Math.max(0, k - MAX_PREFIX_LENGTH), k);
      for (const w of PREFIX_WORDS_LONGEST_FIRST) {
        if (before.endsWith(w)) {
          op = PREFIX_OP_MAP.get(w);
          start = k - w.length;
          break;
        }
      }
    }
    if (!op && m[3]) op = SUFFIX_OP_MAP.get(m[3]);
    const end = numStart + m[0].length;
    const item: NumberInText = { num, index: start, text: src.slice(start, end) };
    if (op) item.op = op;
    if (m[2]) {
      const info = lookupUnit(m[2]);
      if (info) {
        item.unit = info.canonical;
        item.unitCategory = info.category;
        if (info.wanFactor !== undefined) item.wan = round10(num * info.wanFactor);
      }
    }
    out.push(item);
  }
  TEXT_NUMBER_RE.lastIndex = 0;
  return out;
}

// ---------------------------------------------------------------------------
// Units written in a unit column
// ---------------------------------------------------------------------------

const UNIT_LABEL_RE = /^(?:金额单位|计量单位|度量单位|单位)[:：]?/;
const UNIT_BRACKETS_RE = /^[(（【[]|[)）】\]]$/g;

/**
 * Reads a unit as written in a unit column or label ("万元", "（%）", "单位：万元",
 * "百分比") into its canonical form; undefined when not a known unit.
 */
export function readUnit(written: string | null | undefined): UnitInfo | undefined {
  if (typeof written !== 'string') return undefined;
  const t = toHalfWidth(written)
    .replace(WHITESPACE_RE, '')
    .replace(UNIT_LABEL_RE, '')
    .replace(UNIT_BRACKETS_RE, '');
  return t ? lookupUnit(t) : undefined;
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

function spacesCanonical(raw: string, trimmed: string): string | undefined {
  const collapsed = HAS_STRAY_SPACE_RE.test(trimmed) ? trimmed.replace(STRAY_SPACE_RE, ' ') : trimmed;
  return collapsed !== raw ? collapsed : undefined;
}

function withCanonical(res: ParsedValue, canonical: string | undefined): ParsedValue {
  if (canonical !== undefined) res.canonical = canonical;
  return res;
}

function readNumberShape(s: string, raw: string, trimmed: string): ParsedValue | null {
  const m = NUMBER_RE.exec(s);
  if (!m) return null;
  const [, pre, dir, n1, u1, sep, n2, u2, suf] = m;
  let op: Operator | undefined = pre ? PREFIX_OP_MAP.get(pre) : undefined;
  if (!op && suf) op = SUFFIX_OP_MAP.get(suf);
  const num = parseNumText(n1);
  if (!Number.isFinite(num)) return null;
  const unitWritten = u1 ?? u2;
  const info = unitWritten !== undefined ? lookupUnit(unitWritten) : undefined;
  const unit = info ? info.canonical : unitWritten;

  const res: ParsedValue = { kind: 'number', text: raw, num };
  if (op) res.op = op;

  if (sep !== undefined && n2 !== undefined) {
    let num2 = parseNumText(n2);
    if (!Number.isFinite(num2)) return null;
    if (u1 !== undefined && u2 !== undefined) {
      const info2 = lookupUnit(u2);
      const c1 = info ? info.canonical : u1;
      const c2 = info2 ? info2.canonical : u2;
      if (c1 !== c2) {
        if (info?.wanFactor !== undefined && info2?.wanFactor !== undefined) {
          num2 = round10((num2 * info2.wanFactor) / info.wanFactor);
        } else {
          return null;
        }
      }
    }
    res.num2 = num2;
  }
  if (unit !== undefined) {
    res.unit = unit;
    res.unitCategory = info ? info.category : 'other';
    if (info?.wanFactor !== undefined) res.wan = round10(num * info.wanFactor);
  }
  if (dir) {
    const v = DIRECTION_VERB_RE.exec(dir);
    if (v) res.direction = DIRECTION_VERBS[v[0]];
    return withCanonical(res, spacesCanonical(raw, trimmed));
  }
  // canonical spelling: operator symbol, number as written (half-width), canonical unit
  let canonical = (op ? OPERATOR_SYMBOL[op] : '') + n1.replace('−', '-');
  if (res.num2 !== undefined) {
    canonical += (u1 !== undefined ? unit : '') + '-' + n2!.replace('−', '-') + (unit ?? '');
  } else if (unit !== undefined) {
    canonical += unit;
  }
  if (canonical !== raw) res.canonical = canonical;
  return res;
}

function readText(raw: string, s: string, trimmed: string): ParsedValue {
  const res: ParsedValue = { kind: 'text', text: raw };
  const numbers = findNumbers(s);
  if (numbers.length === 1) {
    const n = numbers[0];
    res.num = n.num;
    if (n.op) res.op = n.op;
    if (n.unit) {
      res.unit = n.unit;
      res.unitCategory = n.unitCategory;
    }
    if (n.wan !== undefined) res.wan = n.wan;
    res.unreadable = `数值“${n.text.trim()}”之外还有其他文字，不是“符号+数值+单位”的规范写法`;
  } else if (numbers.length > 1) {
    res.unreadable = `含${numbers.length}个数值，无法确定唯一的指标值`;
  }
  const years = findYears(s);
  if (years.length) res.years = years;
  return withCanonical(res, spacesCanonical(raw, trimmed));
}

function parseString(raw: string): ParsedValue {
  const trimmed = raw.trim();
  if (!trimmed) return { kind: 'empty', text: raw };
  const half = toHalfWidth(trimmed);
  const compactAll = HAS_WHITESPACE_RE.test(half) ? half.replace(WHITESPACE_RE, '') : half;

  // 1. placeholders
  if (PLACEHOLDER_SET.has(compactAll) || PLACEHOLDER_ONLY_RE.test(compactAll)) {
    return { kind: 'placeholder', text: raw };
  }
  const core = TRAILING_PUNCT_RE.test(half) ? half.replace(TRAILING_PUNCT_RE, '') : half;
  if (!core) return { kind: 'placeholder', text: raw };
  const compact =
    core.length === half.length
      ? compactAll
      : HAS_WHITESPACE_RE.test(core)
        ? core.replace(WHITESPACE_RE, '')
        : core;
  const hasDigit = DIGIT_RE.test(compact);
  const short = core.length <= MAX_SHAPE_LENGTH;
  if (STAND_IN_TEST.test(compact)) {
    if (PLACEHOLDER_TOKEN_RE.test(core)) return { kind: 'placeholder', text: raw };
    if (short) {
      const replaced = compact.replace(STAND_IN_RE, '1');
      if (replaced !== compact && (NUMBER_RE.test(replaced) || DATE_RE.test(replaced))) {
        return { kind: 'placeholder', text: raw };
      }
    }
  } else if (PLACEHOLDER_WORD_TEST.test(compact) && PLACEHOLDER_TOKEN_RE.test(core)) {
    return { kind: 'placeholder', text: raw };
  }

  // A template's slot left empty: an operator and a unit with only white space where the number
  // goes ("≧ %", "≥  万元").
  if (!hasDigit && short) {
    const slot = BARE_OPERATOR_RE.exec(core);
    if (slot && /^\s+\S/.test(core.slice(slot[0].length)) && readUnit(core.slice(slot[0].length)))
      return { kind: 'placeholder', text: raw };
  }

  if (short) {
    // 2. dates and periods
    if ((hasDigit || DATE_GATE_RE.test(compact)) && DATE_RE.test(compact)) {
      const res: ParsedValue = { kind: 'date', text: raw, years: hasDigit ? findYears(compact) : [] };
      if (compact !== raw) res.canonical = compact;
      return res;
    }
    // 3. operator, number, unit
    if (hasDigit) {
      // one space at most between tokens keeps the pattern's optional spaces from backtracking
      const num = readNumberShape(core === compact ? core : core.replace(WHITESPACE_RE, ' '), raw, trimmed);
      if (num) return num;
    }
  }

  if (compact.length <= MAX_WORDING_LENGTH && !hasDigit) {
    // 4. graded wording, 5. vague wording
    if (GRADED_RE.test(compact))
      return withCanonical({ kind: 'graded', text: raw }, spacesCanonical(raw, trimmed));
    if (VAGUE_RE.test(compact))
      return withCanonical({ kind: 'vague', text: raw }, spacesCanonical(raw, trimmed));
  }

  // 6. a clean value followed by a remark in brackets: "≥95%（按合同约定）", "100%（全覆盖）"
  const remark = TRAILING_REMARK_RE.exec(half);
  if (remark && remark[1].trim()) {
    const head = parseString(remark[1]);
    if (head.kind === 'number' || head.kind === 'date' || head.kind === 'graded') {
      const res: ParsedValue = { ...head, text: raw, remark: remark[2] };
      delete res.canonical;
      return res;
    }
  }

  // 7. an operator and/or a unit and no number ("公里", "≥%", "%以上"): the number is missing
  if (!hasDigit && short && isBareOperatorOrUnit(compact))
    return withCanonical(
      { kind: 'text', text: raw, unreadable: BARE_VALUE_REASON },
      spacesCanonical(raw, trimmed),
    );

  // 8. anything else
  if (!hasDigit) return withCanonical({ kind: 'text', text: raw }, spacesCanonical(raw, trimmed));
  return readText(raw, half, trimmed);
}

/** A prefix operator at the start of a value (longest first). */
const BARE_OPERATOR_RE = new RegExp(`^(?:${PREFIX})`);
/** The parser's reason for a value that is an operator or a unit with no number. */
export const BARE_VALUE_REASON = '只有运算符或单位，没有数值';

/** Only operators, a known unit and 以上/以下/以内: no number (white space removed). */
function isBareOperatorOrUnit(compact: string): boolean {
  let rest = compact;
  for (let m = BARE_OPERATOR_RE.exec(rest); m && m[0]; m = BARE_OPERATOR_RE.exec(rest))
    rest = rest.slice(m[0].length);
  rest = rest.replace(/(?:以上|以下|以内)$/, '');
  if (rest === compact) return readUnit(rest) !== undefined; // a unit alone
  return rest === '' || readUnit(rest) !== undefined;
}

/** A value with a trailing bracketed remark (half-width input). */
const TRAILING_REMARK_RE = /^([^()（）]+?)\s*[(（]([^()（）]{1,40})[)）]\s*[。.]?$/;

/** Results for recently seen strings (workbooks repeat the same values a lot). Copies are handed out. */
const STRING_CACHE = new Map<string, ParsedValue>();
const STRING_CACHE_MAX = 5000;
const CACHEABLE_LENGTH = 200;

function copyResult(r: ParsedValue): ParsedValue {
  const c = { ...r };
  if (r.years) c.years = r.years.slice();
  return c;
}

/** The error values Excel shows in a cell whose formula failed. */
export const FORMULA_ERROR =
  /^#(?:DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|ERROR!)$/;

function parseStringCached(raw: string): ParsedValue {
  if (raw.length < 16 && FORMULA_ERROR.test(raw.trim())) return { kind: 'error', text: raw.trim() };
  if (raw.length > CACHEABLE_LENGTH) return parseString(raw);
  const hit = STRING_CACHE.get(raw);
  if (hit) return copyResult(hit);
  const res = parseString(raw);
  if (STRING_CACHE.size >= STRING_CACHE_MAX) STRING_CACHE.clear();
  STRING_CACHE.set(raw, copyResult(res));
  return res;
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

/**
 * Reads a cell value. `format` is the cell's number format (used for numbers:
 * `0%` → percent, `yyyy-mm-dd` → Excel serial date, `0"万元"` → unit).
 * Never throws.
 */
export function parseValue(
  value: string | number | boolean | null | undefined,
  format?: string | null,
): ParsedValue {
  // No catch-all: a parser bug must surface (as a diagnostic of the reader or rule that asked).
  if (value === null || value === undefined) return { kind: 'empty', text: '' };
  if (typeof value === 'string') return parseStringCached(value);
  if (typeof value === 'number') return parseNumberCell(value, format);
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  return { kind: 'text', text: safeString(value) };
}

function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return '';
  }
}

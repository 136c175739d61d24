/** Structured reading of an indicator value (or any amount-like cell). */

export type Operator = '>=' | '>' | '=' | '<' | '<=';

export type ValueKind =
  | 'empty' // nothing there (blank or whitespace)
  | 'number' // operator? number unit?  e.g. ≥70%, 5851万元, 0, 15个工作日, 0.85 formatted as 85%
  | 'date' // a date, a month or a period: 2023年12月31日, 2023.07-2024.01, 12月底前, 按月, 年底前
  | 'graded' // graded qualitative wording: 优良, 合格, 达标, 良好, 显著, 是/否, 完成 …
  | 'vague' // only a vague verb/adverb: 提升, 有效提升, 明显, 逐步, 长远, 增加, 进一步, 下降 …
  | 'placeholder' // template leftovers: **, ＊, XX, xx, ___, 待定, a lone - or /, ≥**%
  | 'error' // a formula error Excel shows: #DIV/0!, #REF!, #N/A, #VALUE!, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC!
  | 'text'; // other words (qualitative sentence); `unreadable` says why when it looked like a number

export type UnitCategory = 'percent' | 'money' | 'count' | 'time' | 'measure' | 'other';

export interface ParsedValue {
  kind: ValueKind;
  /** The text the user sees (percent formats applied: 0.85 with `0%` → "85%"). */
  text: string;
  op?: Operator;
  /** The number as written, in `unit`: 85 for "85%", 5851 for "5851万元", 0.85→85 for a percent-formatted 0.85. */
  num?: number;
  /** Second number of a range ("80%-90%"), if any. */
  num2?: number;
  /** Canonical unit: '%', '万元', '元', '亿元', '千元', '人', '人次', '天', '个工作日', '次', '辆', '平方米', '套', '处', '个', '户', '亩', '公里', '年', '月', … */
  unit?: string;
  unitCategory?: UnitCategory;
  /** Years (4-digit) named in a date/period value or anywhere in the text. */
  years?: number[];
  /** For kind 'number' with money units: the amount in 万元. */
  wan?: number;
  /**
   * The canonical spelling when the input is readable but not in standard form:
   * "70%以上" → "≥70%", "≥７０％" → "≥70%", "80百分比" → "80%", " 85% " → "85%".
   * Undefined when the text is already canonical or there is no safe canonical form.
   */
  canonical?: string;
  /** A bracketed remark after the value ("≥95%（按合同约定）" → "按合同约定"). */
  remark?: string;
  /** What could not be read (Chinese), for kind 'text' that looked half-numeric. */
  unreadable?: string;
  /**
   * For a number led by a direction verb ("提升10%", "同比下降5%"): which way.
   * `op` is then undefined unless a suffix operator gives one ("提高10%以上" → ≥).
   */
  direction?: 'increase' | 'decrease';
}

/**
 * Whether a sentence names a measurable target: a number with its unit, a
 * rate, a deadline, or 全部/100%. Used for the indicator sentences of a
 * department's goal list ("…评审率 100%。" names one; "提高审核效率，确保平稳
 * 运行" names none).
 */

/** Years and dates that only say when, not how much ("2023年一般公共预算收入…"). */
const YEAR = /(?:19|20)\d{2}\s*(?:年度?|[-—－.．/])/g;
const DIGIT_UNIT =
  /\d+(?:\.\d+)?\s*(?:%|％|‰|个百分点|百分点|个工作日|工作日|人次|万人|万亩|万元|亿元|千元|元|万|亿|个|人|次|项|件|户|家|所|处|天|日|小时|周|月|年|公里|千米|米|平方米|平方公里|亩|吨|台|套|辆|篇|场|期|批|份|条|座|名|倍|分|例|张|本|册|宗|笔|单|起|期|所|村|镇|区)/;
const CN_COUNT =
  /[一两二三四五六七八九十百千]+(?:个|次|项|场|期|批|件|所|处|家|户|名|座|条|篇|本|宗|笔|季度)/;
const DEADLINE =
  /(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|份|中旬|上旬|下旬|\d{1,2}日)|年底|年末|年内|季度末|半年内|(?:\d+|[一二三四五六七八九十]+)个?(?:工作日|日|天|小时|周|月)内/;
const ALL =
  /全部|全额|全覆盖|百分之百|百分之\S|应[^，。；,;]?尽[^，。；,;]|零(?:差错|事故|投诉|失误|违规|发生|风险|逾期|增长)|不发生|无一|实现清零|清零/;

export function namesMeasurableTarget(text: string): boolean {
  const t = text.replace(YEAR, ' ');
  return DIGIT_UNIT.test(t) || CN_COUNT.test(t) || DEADLINE.test(t) || ALL.test(t);
}

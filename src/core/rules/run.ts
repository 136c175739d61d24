/** Runs every enabled rule over the tables and collects findings in sheet order. */
import type { WorkbookGrid } from '../grid';
import { a1 } from '../grid';
import type { Finding, Severity } from '../findings';
import type { Table } from '../model';
import type { Profile } from '../profile';
import { allRules } from './registry';
import { reasonEn } from '../profiles/national';
import { fillText, type Text } from '../text';
import type { Report, Rule } from './types';

export interface RunOptions {
  /**
   * Called when a rule throws on a table (`sheet` is the table's) or on the workbook
   * (`sheet` null); the other rules and tables still run.
   */
  onRuleError?: (rule: string, error: unknown, sheet: string | null) => void;
}

export function runRules(
  tables: readonly Table[],
  wb: WorkbookGrid,
  profile: Profile,
  rules: readonly Rule[] = allRules,
  options: RunOptions = {},
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();

  const push = (rule: Rule, table: number, sheet: string, r: Report) => {
    const over = profile.severities[rule.id];
    if (over === 'off') return;
    const severity: Severity = over ?? r.severity ?? rule.defaultSeverity;
    const cell = a1(r.at.row, r.at.col);
    const template = Object.prototype.hasOwnProperty.call(rule.messages, r.messageId)
      ? rule.messages[r.messageId]
      : undefined;
    // An undeclared id or a placeholder without data throws: the rule's run becomes a diagnostic.
    if (!template) throw new Error(`rule ${rule.id} reported undeclared message id "${r.messageId}"`);
    if (r.fix && !rule.fixable) throw new Error(`rule ${rule.id} reported a fix but declares no fixable`);
    const text = fillText(template, r.data);
    // A profile that names rejection reasons (national) puts the reason in every message it can.
    const reason = profile.reasons ? (r.reason ?? profile.reasons[rule.id]) : undefined;
    const message: Text = reason
      ? {
          zh: `${text.zh}（退回理由：${reason}）`,
          en: `${text.en} (rejection reason: ${reason} — ${reasonEn(reason)})`,
        }
      : text;
    const key = findingKey(rule.id, sheet, cell, message);
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({
      rule: rule.id,
      severity,
      sheet,
      cell,
      row: r.at.row,
      col: r.at.col,
      messageId: r.messageId,
      text: message,
      table,
      ...(r.fix && rule.fixable
        ? { fix: { cell, from: r.fix.from, to: r.fix.to, label: rule.fixable } }
        : {}),
    });
  };

  // One context per table, shared by the rules (the rule in hand is `current`).
  let current: Rule = rules[0];
  const contexts = tables.map((table, index) => ({
    table,
    index,
    tables,
    profile,
    report: (r: Report) => push(current, index, table.sheet, r),
  }));
  for (const rule of rules) {
    if (profile.severities[rule.id] === 'off') continue;
    // Rules off by default (the national import checks) run when the profile names them.
    if (rule.enabledByDefault === false && profile.severities[rule.id] === undefined) continue;
    current = rule;
    if (rule.check) {
      for (const ctx of contexts) {
        try {
          rule.check(ctx);
        } catch (e) {
          // A rule that trips over a strange table reports nothing for it; the others still run.
          options.onRuleError?.(rule.id, e, ctx.table.sheet);
        }
      }
    }
    if (rule.checkWorkbook) {
      try {
        rule.checkWorkbook({
          tables,
          workbook: wb,
          profile,
          report: (i, sheet, r) => push(rule, i, sheet, r),
        });
      } catch (e) {
        options.onRuleError?.(rule.id, e, null);
      }
    }
  }
  return sortFindings(findings, wb);
}

/** What makes two findings one: the same rule, cell and words (a cell reached twice is reported once). */
export function findingKey(rule: string, sheet: string, cell: string, text: Text): string {
  return `${rule}|${sheet}|${cell}|${text.zh}`;
}

/** Sheet order, then row, column and rule id (stable): the order every check's findings come in. */
export function sortFindings(findings: Finding[], wb: WorkbookGrid): Finding[] {
  const sheetOrder = new Map<string, number>();
  (Array.isArray(wb?.sheets) ? wb.sheets : []).forEach((s, i) => s && sheetOrder.set(s.name, i));
  return findings.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      a.col - b.col ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

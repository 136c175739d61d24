/**
 * From findings to edits, host-agnostic: which findings carry a fix that may
 * be applied, grouped by kind (the fix's label) for the pane, and the cell
 * edits {sheet, cell, from, to} a host applies (Office.js: applyFixes.ts;
 * a file copy: xlsx/writeFixed.ts).
 *
 * Every edit is verified form-only (verify.ts) before it is planned. Several
 * fixes on one cell (a stray space and a non-standard form of one value)
 * become one edit: the most specific fix whose result every other fix's
 * result agrees with in form.
 */
import type { Finding, Fix } from '../findings';
import { parseA1, a1 } from '../grid';
import { verifyFix } from './verify';

export type FixableFinding = Finding & { fix: Fix };

/** One cell change. `from` is what the cell must still hold for the edit to be applied. */
export interface FixEdit {
  sheet: string;
  /** A1, normalised ("E12"). */
  cell: string;
  from: string;
  to: string;
  /** Kinds of fix merged into this edit (zh / en), most specific first. */
  label: string;
  labelEn: string;
  /** Rules whose findings this edit resolves; the first is the rule whose fix was chosen. */
  rules: string[];
}

/** A fix the planner would not apply, and why. */
export interface RejectedFix {
  finding: Finding;
  reason: string;
  reasonEn: string;
}

export interface FixPlan {
  edits: FixEdit[];
  rejected: RejectedFix[];
}

/** One fix as the pane lists it. */
export interface FixItem {
  /** Stable key: sheet, cell and label. */
  id: string;
  sheet: string;
  cell: string;
  from: string;
  to: string;
  label: string;
  labelEn: string;
  finding: FixableFinding;
}

/** All fixes of one kind (one label), in sheet order. */
export interface FixGroup {
  label: string;
  labelEn: string;
  items: FixItem[];
}

/** More specific fixes win when several touch one cell. */
const RULE_PRIORITY: readonly string[] = [
  'structure/unknown-level-name',
  'value/non-standard',
  'text/stray-space',
];

function priority(rule: string): number {
  const i = RULE_PRIORITY.indexOf(rule);
  return i < 0 ? RULE_PRIORITY.length - 1 : i;
}

function normCell(cell: string): string {
  const p = parseA1(cell);
  return p ? a1(p.row, p.col) : cell.toUpperCase();
}

/** The fix's target cell: the fix's own cell, else the finding's. */
function fixCell(f: FixableFinding): string {
  return normCell(f.fix.cell || f.cell);
}

function hasFix(f: Finding): f is FixableFinding {
  return !!f.fix && typeof f.fix.from === 'string' && typeof f.fix.to === 'string';
}

/** Why this finding's fix may not be applied, or null when it may. */
export function whyNotFixable(f: Finding): { reason: string; reasonEn: string } | null {
  if (!hasFix(f))
    return { reason: '没有可自动修正的内容。', reasonEn: 'Nothing here can be fixed automatically.' };
  if (!parseA1(fixCell(f)))
    return { reason: `单元格地址“${f.fix.cell}”无效。`, reasonEn: `Invalid cell address "${f.fix.cell}".` };
  const check = verifyFix(f.fix.from, f.fix.to, f.rule);
  return check.ok ? null : { reason: check.reason, reasonEn: check.reasonEn };
}

export function isFixable(f: Finding): f is FixableFinding {
  return whyNotFixable(f) === null;
}

/** The findings whose fix passes verification, in their order. */
export function fixableFindings(findings: readonly Finding[]): FixableFinding[] {
  return findings.filter(isFixable);
}

export function fixItem(f: FixableFinding): FixItem {
  const cell = fixCell(f);
  return {
    id: `${f.sheet}!${cell}|${f.fix.label.zh}`,
    sheet: f.sheet,
    cell,
    from: f.fix.from,
    to: f.fix.to,
    label: f.fix.label.zh,
    labelEn: f.fix.label.en,
    finding: f,
  };
}

/** Fixable findings grouped by kind (fix label), kinds in order of first appearance; one item per cell and kind. */
export function groupFixes(findings: readonly Finding[]): FixGroup[] {
  const groups = new Map<string, FixGroup>();
  for (const f of fixableFindings(findings)) {
    let g = groups.get(f.fix.label.zh);
    if (!g) groups.set(f.fix.label.zh, (g = { label: f.fix.label.zh, labelEn: f.fix.label.en, items: [] }));
    const item = fixItem(f);
    if (!g.items.some((i) => i.id === item.id)) g.items.push(item);
  }
  return [...groups.values()];
}

/**
 * The edits for `findings` (those without a verified fix are reported in
 * `rejected`, except findings that carry no fix at all, which are simply not
 * fixable). One edit per cell.
 */
export function planFixes(findings: readonly Finding[]): FixPlan {
  const rejected: RejectedFix[] = [];
  const byCell = new Map<string, FixableFinding[]>();
  for (const f of findings) {
    if (!f.fix) continue;
    const why = whyNotFixable(f);
    if (why) {
      rejected.push({ finding: f, ...why });
      continue;
    }
    const ff = f as FixableFinding;
    const key = `${ff.sheet}\u0000${fixCell(ff)}`;
    const list = byCell.get(key);
    if (list) list.push(ff);
    else byCell.set(key, [ff]);
  }

  const edits: FixEdit[] = [];
  for (const list of byCell.values()) {
    const from = list[0].fix.from;
    const sameFrom = list.filter((f) => f.fix.from === from);
    for (const f of list) {
      if (f.fix.from !== from) {
        rejected.push({
          finding: f,
          reason: '同一单元格的修正依据的原值不一致，请重新检查。',
          reasonEn: 'Fixes of one cell disagree on its current value; check again.',
        });
      }
    }
    const candidates = [...sameFrom].sort((a, b) => priority(a.rule) - priority(b.rule));
    // The most specific result that every other fix's result agrees with in form.
    const chosen =
      candidates.find((c) =>
        sameFrom.every((o) => o.fix.to === c.fix.to || verifyFix(o.fix.to, c.fix.to, c.rule).ok),
      ) ?? candidates[0];
    const merged = sameFrom.filter(
      (o) => o.fix.to === chosen.fix.to || verifyFix(o.fix.to, chosen.fix.to, chosen.rule).ok,
    );
    for (const o of sameFrom) {
      if (!merged.includes(o)) {
        rejected.push({
          finding: o,
          reason: `与同一单元格的另一项修正（“${chosen.fix.to}”）冲突，未应用。`,
          reasonEn: `Conflicts with another fix of the same cell ("${chosen.fix.to}"); not applied.`,
        });
      }
    }
    const labels = [...new Set(merged.map((m) => m.fix.label.zh))];
    const labelsEn = [...new Set(merged.map((m) => m.fix.label.en))];
    edits.push({
      sheet: chosen.sheet,
      cell: fixCell(chosen),
      from,
      to: chosen.fix.to,
      label: labels.join('、'),
      labelEn: labelsEn.join(', '),
      // The chosen fix's rule first: hosts re-verify the edit with it.
      rules: [...new Set([chosen.rule, ...merged.map((m) => m.rule)])],
    });
  }
  return { edits, rejected };
}

/** The edits for the fixes of one kind (a FixGroup's label), or of one fix item. */
export function planGroup(group: FixGroup): FixPlan {
  return planFixes(group.items.map((i) => i.finding));
}

export function planItem(item: FixItem): FixPlan {
  return planFixes([item.finding]);
}

/** Selects findings by kind: labels (zh or en) or rule ids; empty/undefined selects all. */
export function selectByKind(findings: readonly Finding[], kinds?: readonly string[]): Finding[] {
  if (!kinds || kinds.length === 0) return [...findings];
  const want = new Set(kinds.map((k) => k.trim().toLowerCase()));
  return findings.filter(
    (f) =>
      f.fix &&
      (want.has(f.fix.label.zh.toLowerCase()) ||
        want.has(f.fix.label.en.toLowerCase()) ||
        want.has(f.rule.toLowerCase())),
  );
}

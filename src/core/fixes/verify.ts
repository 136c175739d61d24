/**
 * Is a planned edit form only? A fix may change how a value or a name is
 * written, never what it says. Three proofs, tried in order:
 *
 *  1. spacing: the texts are equal once leading/trailing spaces are removed
 *     and runs of spaces collapsed (text/stray-space);
 *  2. width: the texts are equal once full-width ASCII is made half-width
 *     (plus proof 1);
 *  3. compact (dates and graded wording only): equal once every space is
 *     removed, where no space separates two digits ("2023.07 - 2024.01");
 *  4. value: both parse (parseValue) as numbers with the same operator,
 *     number(s), unit, direction and remark ("70%以上" ≡ "≥70%", "80百分比"
 *     ≡ "80%");
 *  5. level name (structure/unknown-level-name only): `to` is a standard
 *     level name and `from` is either a known variant of that very level or
 *     a near misspelling of it with no other standard name nearer
 *     ("数量指" → 数量指标), never another standard name (质量指标 → 数量指标).
 *
 * Whatever the rule says, an edit is refused when the cell is empty (a
 * missing value is for the user to fill) or would become empty, and edits
 * proposed by rule families whose findings are about meaning (plan/, amount/,
 * percent/, structure/missing-*, …) are refused outright.
 */
import { parseValue } from '../value/parseValue';
import type { ParsedValue } from '../value/types';
import { LEVEL1, LEVEL2, level1Of, level2Of, nearestLevel } from '../vocabulary/levels';
import { editDistance, halfWidth, normCore } from '../vocabulary/normalize';
import { ruleById } from '../rules/registry';

export type FixProof = 'spacing' | 'width' | 'compact' | 'value' | 'level-name';

export type FixCheck = { ok: true; proof: FixProof } | { ok: false; reason: string; reasonEn: string };

/** A rule of the catalogue that offers no form-only fix (no `fixable`): its findings are about meaning. */
export function isMeaningRule(rule: string): boolean {
  const r = ruleById.get(rule);
  return !!r && !r.fixable;
}

const SPACE_RUN = /[ \t\u00a0\u3000]+/g;

/** Leading/trailing spaces removed, inner runs collapsed to one space. */
export function normSpacing(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}

function refuse(reason: string, reasonEn: string): FixCheck {
  return { ok: false, reason, reasonEn };
}

function sameNumber(a: ParsedValue, b: ParsedValue): boolean {
  return (
    a.kind === 'number' &&
    b.kind === 'number' &&
    a.op === b.op &&
    a.num === b.num &&
    a.num2 === b.num2 &&
    (a.unit ?? '') === (b.unit ?? '') &&
    a.direction === b.direction &&
    (a.remark ?? '') === (b.remark ?? '')
  );
}

const STANDARD_LEVELS = new Set<string>([...LEVEL1, ...LEVEL2]);

function levelIdentity(text: string): string | null {
  return level1Of(text) ?? level2Of(text);
}

/** Proof 4: `to` is the standard name `from` stands for or misspells. */
function sameLevel(from: string, to: string): boolean {
  if (!STANDARD_LEVELS.has(to)) return false;
  const known = levelIdentity(from);
  if (known) return level1Of(from) === to || level2Of(from) === to;
  const near = [nearestLevel(from, 1), nearestLevel(from, 2)];
  if (!near.includes(to)) return false;
  // As the rule itself: sharing no more than the 指标 suffix is not a misspelling ("其他指标" ≠ 数量指标).
  const a = normCore(from).replace(/指标$/, '');
  const b = to.replace(/指标$/, '');
  return a.length > 0 && editDistance(a, b) < Math.max(a.length, b.length);
}

/**
 * Checks that replacing `from` by `to` changes form only. `rule` is the id of
 * the rule that proposed it (when known).
 */
export function verifyFix(from: unknown, to: unknown, rule?: string): FixCheck {
  if (typeof from !== 'string' || typeof to !== 'string') {
    return refuse('只能修正文字单元格。', 'Only text cells can be fixed.');
  }
  if (rule && isMeaningRule(rule)) {
    return refuse(
      `“${rule}”类问题涉及内容，须由填报人修改，不能自动修正。`,
      `Findings of ${rule} are about content; the author must change them, they are never fixed automatically.`,
    );
  }
  if (from.trim() === '')
    return refuse(
      '单元格为空：缺少的内容须由填报人填写，不能自动修正。',
      'The cell is empty: missing content must be filled in by the author, never automatically.',
    );
  if (to.trim() === '')
    return refuse('修正后单元格将为空，这会删除内容。', 'The fix would empty the cell, deleting content.');
  if (from === to) return refuse('修正前后相同。', 'The fix changes nothing.');

  if (normSpacing(from) === normSpacing(to)) return { ok: true, proof: 'spacing' };
  if (rule === 'text/stray-space')
    return refuse('“删除多余空格”只能删除空格。', '"Remove stray spaces" may remove spaces only.');

  if (normSpacing(halfWidth(from)) === normSpacing(halfWidth(to))) return { ok: true, proof: 'width' };

  if (rule !== 'structure/unknown-level-name' && !/\d\s+\d/.test(halfWidth(from))) {
    const compact = (s: string) => halfWidth(s).replace(/\s+/g, '');
    const pa = parseValue(from);
    const pb = parseValue(to);
    const wordy = (p: ParsedValue) => p.kind === 'date' || p.kind === 'graded';
    if (wordy(pa) && pa.kind === pb.kind && compact(from) === compact(to))
      return { ok: true, proof: 'compact' };
  }

  if (rule === 'structure/unknown-level-name') {
    if (sameLevel(from, to)) return { ok: true, proof: 'level-name' };
    return refuse(
      `“${to}”不是“${from.trim()}”对应的规范名称，修改会改变指标层级的含义。`,
      `"${to}" is not the standard name "${from.trim()}" stands for; the change would alter the level's meaning.`,
    );
  }

  const a = parseValue(from);
  const b = parseValue(to);
  if (sameNumber(a, b)) return { ok: true, proof: 'value' };
  return refuse(
    `“${from}”改为“${to}”会改变指标值的含义，不能自动修正。`,
    `Changing "${from}" to "${to}" would change what the value says; it is not fixed automatically.`,
  );
}

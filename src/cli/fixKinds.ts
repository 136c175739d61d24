/**
 * The kinds `--fix --kinds` accepts: each form-only fix the rules offer (their
 * `fixable`), by its label (Chinese or English) or the rule id that offers it.
 */
import { allRules } from '../core/rules/registry';
import type { Text } from '../core/text';

interface FixKind {
  rule: string;
  label: Text;
}

export const FIX_KINDS: readonly FixKind[] = allRules.flatMap((r) =>
  r.fixable ? [{ rule: r.id, label: r.fixable }] : [],
);

/** The given kinds that name no fix kind (case-insensitive). */
export function unknownKinds(kinds: readonly string[]): string[] {
  const known = new Set(
    FIX_KINDS.flatMap((k) => [k.rule, k.label.zh, k.label.en].map((s) => s.toLowerCase())),
  );
  return kinds.filter((k) => !known.has(k.trim().toLowerCase()));
}

/** "规范写法 (value/non-standard)" … for the usage error. */
export function kindNames(lang: 'zh' | 'en'): string[] {
  return FIX_KINDS.map((k) => `${k.label[lang]} (${k.rule})`);
}

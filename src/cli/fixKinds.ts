/**
 * The kinds `--fix --kinds` accepts: each form-only fix the rules offer, by
 * its label (Chinese or English) or the rule id that offers it. Data, kept
 * beside the rules' labels (value/non-standard, text/stray-space,
 * structure/unknown-level-name); test/cli/fixKinds.test.ts checks they agree.
 */
export interface FixKind {
  rule: string;
  label: string;
  labelEn: string;
}

export const FIX_KINDS: readonly FixKind[] = [
  { rule: 'value/non-standard', label: '规范写法', labelEn: 'Standard form' },
  { rule: 'text/stray-space', label: '删除多余空格', labelEn: 'Remove stray spaces' },
  { rule: 'structure/unknown-level-name', label: '规范指标名称', labelEn: 'Standard level name' },
];

/** The given kinds that name no fix kind (case-insensitive). */
export function unknownKinds(kinds: readonly string[]): string[] {
  const known = new Set(FIX_KINDS.flatMap((k) => [k.rule, k.label, k.labelEn].map((s) => s.toLowerCase())));
  return kinds.filter((k) => !known.has(k.trim().toLowerCase()));
}

/** "规范写法 (value/non-standard)" … for the usage error. */
export function kindNames(lang: 'zh' | 'en'): string[] {
  return FIX_KINDS.map((k) => `${lang === 'zh' ? k.label : k.labelEn} (${k.rule})`);
}

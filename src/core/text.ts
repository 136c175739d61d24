/**
 * Text in the two languages the checker speaks: Chinese (zh-CN, what the user
 * reads first) and English. The one shape of bilingual text in the core: rule
 * descriptions and messages, fix labels, findings and diagnostics.
 */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** Values for a message's `{{name}}` placeholders; a `Text` value gives each language its own words. */
export type TextData = Readonly<Record<string, string | number | Text>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;

/** The placeholder names a template uses, sorted and each once. */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  template.replace(PLACEHOLDER, (_, name: string) => (names.add(name), ''));
  return [...names].sort();
}

function fillOne(template: string, data: TextData, lang: keyof Text): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, name))
      throw new Error(`no data for placeholder {{${name}}} in "${template}"`);
    const v = data[name];
    return typeof v === 'object' ? v[lang] : String(v);
  });
}

/** A template with its `{{name}}` placeholders filled in both languages; a placeholder without data throws. */
export function fillText(template: Text, data: TextData = {}): Text {
  return { zh: fillOne(template.zh, data, 'zh'), en: fillOne(template.en, data, 'en') };
}

/** Every rule in the registry has its test file (test/core/rules/<family>/<ruleName>.test.ts) that runs the tester on it. */
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../../src/core/rules/registry';

const here = __dirname;
const camel = (s: string) => s.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Test files under a family folder, relative to this folder. */
function testFiles(): string[] {
  const out: string[] = [];
  for (const d of fs.readdirSync(here, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(here, d.name)))
      if (f.endsWith('.test.ts')) out.push(`${d.name}/${f}`);
  }
  return out.sort();
}

describe('rule test coverage', () => {
  const files = testFiles();

  it.each(allRules.map((r) => [r.id]))('%s has a test file', (id) => {
    const [family, name] = id.split('/');
    const file = `${family}/${camel(name)}.test.ts`;
    expect(files).toContain(file);
    const text = fs.readFileSync(path.join(here, file), 'utf8');
    // It imports the rule's own module and runs the tester on it.
    expect(text).toContain(`src/core/rules/${family}/${camel(name)}'`);
    expect(text).toMatch(/ruleTester\(\w+\)\.run\(/);
  });

  it('every rule test file belongs to a registered rule', () => {
    const expected = new Set(
      allRules.map((r) => {
        const [family, name] = r.id.split('/');
        return `${family}/${camel(name)}.test.ts`;
      }),
    );
    expect(files.filter((f) => !expected.has(f))).toEqual([]);
  });

  it('rule ids are unique and in a known family', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(structure|value|percent|plan|amount|text)\/[a-z0-9-]+$/);
  });
});

/**
 * Rules' messages, as ESLint's `meta.messages`: every rule declares its messages by id in both
 * languages with the same placeholders, its tests assert each id, and a report with an id the rule
 * does not declare (or a placeholder without data) is a diagnostic, never a finding.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../../src/core/check';
import { allRules } from '../../../src/core/rules/registry';
import type { Report, Rule } from '../../../src/core/rules/types';
import { fillText, placeholders } from '../../../src/core/text';
import { projectTable, workbook } from './ruleTester';

const CJK = /[\u3400-\u9fff]/;
const camel = (s: string) => s.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

describe('every rule declares its messages', () => {
  it.each(allRules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const ids = Object.keys(rule.messages);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const m = rule.messages[id];
      expect({ id, zh: CJK.test(m.zh), en: /[A-Za-z]{2,}/.test(m.en) }).toEqual({ id, zh: true, en: true });
      expect({ id, en: placeholders(m.en) }).toEqual({ id, en: placeholders(m.zh) });
    }
    for (const t of [rule.description, rule.explain, rule.fixable])
      if (t) expect([t.zh.trim() !== '', t.en.trim() !== '']).toEqual([true, true]);
  });

  it.each(allRules.map((r) => [r.id, r] as const))('%s: its tests assert each message id', (id, rule) => {
    const [family, name] = id.split('/');
    const text = fs.readFileSync(path.join(__dirname, family, `${camel(name)}.test.ts`), 'utf8');
    const untested = Object.keys(rule.messages).filter((m) => !text.includes(`messageId: '${m}'`));
    expect(untested).toEqual([]);
  });
});

describe('the runner and message ids', () => {
  const sheet = projectTable();
  const rule = (report: Omit<Report, 'at'>, extra: Partial<Rule> = {}): Rule => ({
    id: 'test/messages',
    defaultSeverity: 'warning',
    description: { zh: '测试', en: 'test' },
    messages: { bad: { zh: '“{{name}}”不对，应为{{right}}。', en: '"{{name}}" is wrong; use {{right}}.' } },
    check: ({ report: r }) => r({ at: { row: 6, col: 4 }, ...report }),
    ...extra,
  });
  const run = (r: Rule) => checkWorkbook(workbook(sheet), undefined, { rules: [r] });

  it('fills the message in both languages, a Text value per language, and keeps the id', () => {
    const res = run(
      rule({ messageId: 'bad', data: { name: '培训人数', right: { zh: '整数', en: 'a whole number' } } }),
    );
    expect(res.diagnostics).toEqual([]);
    expect(res.findings).toMatchObject([
      {
        rule: 'test/messages',
        messageId: 'bad',
        cell: 'E7',
        text: { zh: '“培训人数”不对，应为整数。', en: '"培训人数" is wrong; use a whole number.' },
      },
    ]);
  });

  it('turns a report with an undeclared message id into a diagnostic', () => {
    const res = run(rule({ messageId: 'nope', data: {} }));
    expect(res.findings).toEqual([]);
    expect(res.diagnostics).toHaveLength(1);
    expect(res.diagnostics[0]).toMatchObject({ kind: 'internal', rule: 'test/messages' });
    expect(res.diagnostics[0].text.en).toMatch(/undeclared message id "nope"/);
  });

  it('does not take an inherited property for a message id', () => {
    const res = run(rule({ messageId: 'toString' }));
    expect(res.findings).toEqual([]);
    expect(res.diagnostics[0].text.en).toMatch(/undeclared message id "toString"/);
  });

  it('turns a placeholder without data into a diagnostic', () => {
    const res = run(rule({ messageId: 'bad', data: { name: 'x' } }));
    expect(res.findings).toEqual([]);
    expect(res.diagnostics[0].text.en).toMatch(/no data for placeholder \{\{right\}\}/);
  });

  it('takes a fix label from the rule’s fixable, and refuses a fix from a rule that declares none', () => {
    const fixing = rule(
      { messageId: 'bad', data: { name: 'a', right: 'b' }, fix: { from: 'a', to: 'b' } },
      { fixable: { zh: '改写', en: 'Rewrite' } },
    );
    expect(run(fixing).findings[0].fix).toEqual({
      cell: 'E7',
      from: 'a',
      to: 'b',
      label: { zh: '改写', en: 'Rewrite' },
    });
    const res = run({ ...fixing, fixable: undefined });
    expect(res.findings).toEqual([]);
    expect(res.diagnostics[0].text.en).toMatch(/declares no fixable/);
  });
});

describe('fillText', () => {
  it('fills every placeholder, spaced or not, repeated or not', () => {
    expect(
      fillText(
        { zh: '{{a}}与{{ a }}和{{b}}', en: '{{a}}, {{a}} and {{b}}' },
        { a: 1, b: { zh: '乙', en: 'B' } },
      ),
    ).toEqual({
      zh: '1与1和乙',
      en: '1, 1 and B',
    });
  });

  it('leaves text without placeholders alone and lists placeholders once, sorted', () => {
    expect(fillText({ zh: '无', en: 'none' })).toEqual({ zh: '无', en: 'none' });
    expect(placeholders('{{b}} {{a}} {{ b }}')).toEqual(['a', 'b']);
  });
});

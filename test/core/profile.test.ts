/** Profiles: every branch of parseProfile, and the framework option honoured by the check. */
import { checkWorkbook } from '../../src/core/check';
import { defaultProfile, parseProfile, ProfileError, type Profile } from '../../src/core/profile';
import { projectTable, projectTable2021, workbook } from './rules/ruleTester';

function fails(json: unknown, zh: string | RegExp, en: string | RegExp, known?: string[]) {
  let err: unknown;
  try {
    parseProfile(json, known);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ProfileError);
  const e = err as ProfileError;
  expect(e.message).toMatch(zh);
  expect(e.messageEn).toMatch(en);
}

describe('parseProfile: accepted', () => {
  test('an empty object is the default profile', () => {
    expect(parseProfile({})).toEqual(defaultProfile());
  });

  test('name, framework, severities (and the "rules" alias), thresholds, required', () => {
    const p = parseProfile({
      name: 'strict',
      framework: '2021',
      severities: { 'value/vague': 'error', 'plan/back-loaded': 'off' },
      thresholds: { satisfactionMin: 90, backLoadedShare: 0.5 },
      required: {
        level1: { '2015': ['产出指标'] },
        level2: { '2021': { 效益指标: ['社会效益指标'] } },
      },
    });
    expect(p.name).toBe('strict');
    expect(p.framework).toBe('2021');
    expect(p.severities).toEqual({ 'value/vague': 'error', 'plan/back-loaded': 'off' });
    expect(p.thresholds).toEqual({
      ...defaultProfile().thresholds,
      satisfactionMin: 90,
      backLoadedShare: 0.5,
    });
    expect(p.required.level1).toEqual({ ...defaultProfile().required.level1, '2015': ['产出指标'] });
    expect(p.required.level2['2021']).toEqual({ 效益指标: ['社会效益指标'] });
    expect(p.required.level2['2015']).toEqual(defaultProfile().required.level2['2015']);
    expect(parseProfile({ rules: { 'value/vague': 'info' } }).severities).toEqual({ 'value/vague': 'info' });
  });

  test.each(['auto', '2015', '2021'] as const)('framework %s', (fw) => {
    expect(parseProfile({ framework: fw }).framework).toBe(fw);
  });

  test('framework written as a number is read as the year', () => {
    expect(parseProfile({ framework: 2021 }).framework).toBe('2021');
  });

  test('required with only one part leaves the other as it was', () => {
    const p = parseProfile({ required: { level2: { '2015': {} } } });
    expect(p.required.level1).toEqual(defaultProfile().required.level1);
    expect(p.required.level2['2015']).toEqual({});
  });

  test('known rules: an id in the list is accepted', () => {
    expect(parseProfile({ severities: { 'a/b': 'warning' } }, ['a/b']).severities).toEqual({
      'a/b': 'warning',
    });
  });

  test('each call gets its own copy of the defaults', () => {
    const a = parseProfile({});
    a.required.level1['2015'].push('x');
    a.thresholds.satisfactionMin = 1;
    expect(parseProfile({})).toEqual(defaultProfile());
  });
});

describe('parseProfile: rejected, saying what is wrong in both languages', () => {
  test.each([
    [null, /JSON 对象/, /JSON object/],
    [[], /JSON 对象/, /JSON object/],
    ['x', /JSON 对象/, /JSON object/],
    [{ colour: 1 }, /未知的项“colour”/, /Unknown profile key "colour"/],
    [{ name: 5 }, /name 必须是字符串/, /name must be a string/],
    [{ framework: '2020' }, /framework 只能是.*“2020”/, /framework must be auto, 2015 or 2021, not "2020"/],
    [{ severities: [] }, /severities 必须是/, /severities must be an object/],
    [{ rules: 'off' }, /severities 必须是/, /severities must be an object/],
    [{ severities: { 'a/b': 'fatal' } }, /规则“a\/b”的级别/, /Severity of "a\/b"/],
    [{ severities: { 'a/b': 1 } }, /规则“a\/b”的级别/, /Severity of "a\/b"/],
    [{ thresholds: 3 }, /thresholds 必须是对象/, /thresholds must be an object/],
    [{ thresholds: { speed: 1 } }, /未知的阈值“speed”/, /Unknown threshold "speed"/],
    [{ thresholds: { satisfactionMin: 101 } }, /0 到 100/, /from 0 to 100/],
    [{ thresholds: { backLoadedShare: -0.1 } }, /0 到 1/, /from 0 to 1/],
    [{ thresholds: { maxNameLength: '80' } }, /maxNameLength/, /maxNameLength/],
    [{ thresholds: { amountTolerance: Infinity } }, /amountTolerance/, /amountTolerance/],
    [{ required: [] }, /required 必须是对象/, /required must be an object/],
    [{ required: { level1: ['产出指标'] } }, /required.level1 必须按框架/, /keyed by framework/],
    [{ required: { level1: { '2020': [] } } }, /只能是 2015 或 2021/, /must be 2015 or 2021/],
    [
      { required: { level1: { '2015': '产出指标' } } },
      /required.level1.2015 必须是名称列表/,
      /must be a list of names/,
    ],
    [{ required: { level1: { '2015': [1] } } }, /名称列表/, /list of names/],
    [
      { required: { level2: { '2015': ['数量指标'] } } },
      /required.level2 的每个框架/,
      /map 一级 to a list of 二级/,
    ],
    [{ required: { level2: { '2021': { 产出指标: '数量指标' } } } }, /required.level2/, /required.level2/],
  ])('%j', (json, zh, en) => fails(json, zh, en));

  test('an unknown rule id when the known ids are given', () => {
    fails({ severities: { 'no/such-rule': 'off' } }, /未知的规则编号“no\/such-rule”/, /Unknown rule id/, [
      'a/b',
    ]);
  });
});

describe('the framework option', () => {
  const wb2015 = workbook(projectTable());
  const wb2021 = workbook(projectTable2021());
  const frameworks = (wb: Parameters<typeof checkWorkbook>[0], p: Profile) =>
    checkWorkbook(wb, p).tables.map((t) => t.framework);
  const withFramework = (framework: Profile['framework']) => ({ ...defaultProfile(), framework });

  test('auto detects each table', () => {
    expect(frameworks(wb2015, withFramework('auto'))).toEqual(['2015']);
    expect(frameworks(wb2021, withFramework('auto'))).toEqual(['2021']);
  });

  test('2015 or 2021 is forced on every table', () => {
    expect(frameworks(wb2015, withFramework('2021'))).toEqual(['2021']);
    expect(frameworks(wb2021, withFramework('2015'))).toEqual(['2015']);
    const both = workbook(projectTable(), projectTable2021({ sheet: 'B' }));
    expect(frameworks(both, withFramework('2021'))).toEqual(['2021', '2021']);
  });

  test('forcing 2021 on a 2015 table makes the rules ask for the 2021 levels', () => {
    const rules = (p: Profile) => checkWorkbook(wb2015, p).findings.map((f) => f.rule);
    expect(rules(withFramework('auto'))).not.toContain('structure/missing-level1');
    // A 2015 table has no 成本指标 一级, which 2021 requires.
    const forced = checkWorkbook(wb2015, withFramework('2021')).findings;
    expect(forced.some((f) => f.rule === 'structure/missing-level1' && f.text.zh.includes('成本指标'))).toBe(
      true,
    );
  });
});

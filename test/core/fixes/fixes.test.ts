import { checkWorkbook } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings';
import { parseValue } from '../../../src/core/value/parseValue';
import {
  fixableFindings,
  FIXES_NAMESPACE,
  groupFixes,
  isFixable,
  parseFixState,
  planFixes,
  planGroup,
  planItem,
  selectByKind,
  serializeFixState,
  verifyFix,
  whyNotFixable,
} from '../../../src/core/fixes';
import { readWorkbookBytes } from '../../../src/xlsx/readGrid';
import { FIXABLE, fixableBytes, seedBytes, SHEET } from './fixableWorkbook';

function finding(rule: string, cell: string, fix?: Partial<Finding['fix']>, sheet = SHEET): Finding {
  return {
    rule,
    messageId: 'm',
    severity: 'info',
    sheet,
    cell,
    row: 0,
    col: 0,
    text: { zh: 'm', en: 'm' },
    table: 0,
    ...(fix ? { fix: { cell, from: '', to: '', label: { zh: 'L', en: 'L' }, ...fix } } : {}),
  };
}

describe('verifyFix: form only, never meaning', () => {
  test.each([
    ['７０％以上', '≥70%', 'value/non-standard'],
    ['70%以上', '≥70%', 'value/non-standard'],
    ['不低于90%', '≥90%', 'value/non-standard'],
    ['80百分比', '80%', 'value/non-standard'],
    ['≤５天', '≤5天', 'value/non-standard'],
    ['２０２３年１２月底前', '2023年12月底前', 'value/non-standard'],
    [' 85% ', '85%', 'text/stray-space'],
    ['社会  效益', '社会 效益', 'text/stray-space'],
    ['数量指', '数量指标', 'structure/unknown-level-name'],
    ['效果指标', '效益指标', 'structure/unknown-level-name'],
    [' 质量指标 ', '质量指标', undefined],
  ])('%j → %j (%s) is form only', (from, to, rule) => {
    expect(verifyFix(from, to, rule)).toMatchObject({ ok: true });
  });

  test.each([
    // a missing value is never filled in
    ['', '≥90%', 'value/non-standard'],
    ['  ', '≥90%', undefined],
    // emptying a cell deletes content
    ['≥90%', '', 'value/non-standard'],
    // a different number, operator or unit
    ['70%以上', '≥80%', 'value/non-standard'],
    ['70%以上', '≤70%', 'value/non-standard'],
    ['70%以上', '70%', 'value/non-standard'],
    ['80百分比', '80个', 'value/non-standard'],
    ['5天', '5个工作日', 'value/non-standard'],
    // stray-space may remove spaces only
    [' 85% ', '≥85%', 'text/stray-space'],
    // a level name to another standard level
    ['质量指标', '数量指标', 'structure/unknown-level-name'],
    ['其他指标', '数量指标', 'structure/unknown-level-name'],
    ['数量指', '质量指标', 'structure/unknown-level-name'],
    // plan and other meaning rules, whatever the text
    ['90%', '100%', 'plan/not-100'],
    ['0.9', '1', 'plan/not-100'],
    ['30%', '30%以上', 'plan/not-cumulative'],
    ['', '100%', 'plan/incomplete'],
    ['', '≥95%', 'structure/missing-value'],
    ['≥70%', '≤70%', 'value/cost-operator'],
    ['150%', '100%', 'percent/out-of-range'],
  ])('%j → %j (%s) is refused', (from, to, rule) => {
    const r = verifyFix(from, to, rule);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(/[\u4e00-\u9fff]/);
      expect(r.reasonEn).toMatch(/[a-z]/);
    }
  });

  test('only text cells', () => {
    expect(verifyFix(0.9, 1).ok).toBe(false);
    expect(verifyFix(null, '1').ok).toBe(false);
  });

  test('value proof agrees with parseValue', () => {
    const a = parseValue('７０％以上');
    const b = parseValue('≥70%');
    expect([a.kind, a.op, a.num, a.unit]).toEqual([b.kind, b.op, b.num, b.unit]);
  });
});

describe('planning fixes', () => {
  test('fixable workbook: every planted fix is found, grouped by kind, planned one edit per cell', async () => {
    const result = checkWorkbook(readWorkbookBytes(await fixableBytes()));
    const fixable = fixableFindings(result.findings);
    const cells = new Set(fixable.map((f) => f.fix.cell));
    expect([...cells].sort()).toEqual(Object.keys(FIXABLE).sort());

    const groups = groupFixes(result.findings);
    const labels = groups.map((g) => g.label).sort();
    expect(labels).toEqual(['删除多余空格', '规范写法', '规范指标名称'].sort());
    for (const g of groups) {
      expect(g.labelEn).toBeTruthy();
      expect(new Set(g.items.map((i) => i.id)).size).toBe(g.items.length);
    }

    const plan = planFixes(result.findings);
    expect(plan.rejected).toEqual([]);
    const byCell = Object.fromEntries(plan.edits.map((e) => [e.cell, e]));
    expect(Object.keys(byCell).sort()).toEqual(Object.keys(FIXABLE).sort());
    for (const [cell, { from, to }] of Object.entries(FIXABLE)) {
      expect(byCell[cell]).toMatchObject({ sheet: SHEET, cell, from, to });
    }
    // E32 carries three fixes (stray space, the import check's space, standard form) that agree: one edit, all rules.
    expect(byCell.E32.rules.sort()).toEqual([
      'text/space-in-field',
      'text/stray-space',
      'value/non-standard',
    ]);
  });

  test('never plans a missing value or a plan that does not reach 100%', async () => {
    const result = checkWorkbook(readWorkbookBytes(await fixableBytes()));
    const missing = result.findings.find((f) => f.rule === 'structure/missing-value' && f.cell === 'E25');
    const not100 = result.findings.find((f) => f.rule === 'plan/not-100');
    expect(missing).toBeDefined();
    expect(not100).toBeDefined();
    expect(missing!.fix).toBeUndefined();
    expect(not100!.fix).toBeUndefined();
    const planned = planFixes(result.findings).edits.map((e) => e.cell);
    expect(planned).not.toContain('E25');
    expect(planned).not.toContain(not100!.cell);

    // Even a fix attached to such findings (a buggy or hostile rule) is refused.
    const forged = [
      { ...missing!, fix: { cell: 'E25', from: '', to: '≥95%', label: { zh: '补全', en: 'Fill in' } } },
      {
        ...not100!,
        fix: { cell: not100!.cell, from: '90%', to: '100%', label: { zh: '补全', en: 'Complete' } },
      },
    ];
    const plan = planFixes(forged);
    expect(plan.edits).toEqual([]);
    expect(plan.rejected).toHaveLength(2);
    expect(forged.every((f) => !isFixable(f))).toBe(true);
    expect(groupFixes(forged)).toEqual([]);
  });

  test('the seed has no fixable finding, and its findings plan nothing', () => {
    const result = checkWorkbook(readWorkbookBytes(seedBytes()));
    expect(planFixes(result.findings)).toEqual({ edits: [], rejected: [] });
  });

  test('conflicting fixes of one cell: the more specific wins when the others agree; a disagreeing one is rejected', () => {
    const stray = finding('text/stray-space', 'E5', {
      from: ' 70%以上 ',
      to: '70%以上',
      label: { zh: '删除多余空格', en: 'Remove stray spaces' },
    });
    const std = finding('value/non-standard', 'E5', {
      from: ' 70%以上 ',
      to: '≥70%',
      label: { zh: '规范写法', en: 'Standard form' },
    });
    const plan = planFixes([stray, std]);
    expect(plan.edits).toEqual([
      expect.objectContaining({
        cell: 'E5',
        from: ' 70%以上 ',
        to: '≥70%',
        rules: ['value/non-standard', 'text/stray-space'],
      }),
    ]);

    const level = finding('structure/unknown-level-name', 'B9', { from: '数量指', to: '数量指标' });
    const other = finding('test/rule', 'B9', { from: '数量指', to: '数量 指' });
    const p2 = planFixes([level, other]);
    expect(p2.edits).toHaveLength(1);
    expect(p2.edits[0].to).toBe('数量指标');
    expect(p2.rejected.map((r) => r.finding.rule)).toEqual(['test/rule']);
  });

  test('planGroup / planItem / selectByKind', async () => {
    const result = checkWorkbook(readWorkbookBytes(await fixableBytes()));
    const groups = groupFixes(result.findings);
    const spaces = groups.find((g) => g.label === '删除多余空格')!;
    expect(
      planGroup(spaces)
        .edits.map((e) => e.cell)
        .sort(),
    ).toEqual(['B8', 'E32']);
    const one = planItem(spaces.items[0]);
    expect(one.edits).toHaveLength(1);
    expect(
      selectByKind(result.findings, ['Standard form']).every((f) => f.fix?.label.zh === '规范写法'),
    ).toBe(true);
    expect(selectByKind(result.findings, ['structure/unknown-level-name']).map((f) => f.cell)).toEqual([
      'B24',
    ]);
    expect(selectByKind(result.findings, [])).toHaveLength(result.findings.length);
  });

  test('whyNotFixable explains in Chinese and English', () => {
    expect(whyNotFixable(finding('value/non-standard', 'E5'))).toMatchObject({
      reason: expect.any(String),
      reasonEn: expect.any(String),
    });
    expect(
      whyNotFixable(finding('value/non-standard', 'nonsense', { from: '70%以上', to: '≥70%' }))?.reasonEn,
    ).toMatch(/Invalid cell/);
  });
});

describe('saved fix state', () => {
  test('round-trips through XML, escapes markup, ignores damaged parts', () => {
    const state = {
      fixes: [
        {
          sheetId: '{s-1}',
          sheet: "A&B <'表'>",
          cell: 'E5',
          original: ' <70%> & "x" ',
          written: '≥70%',
          label: '规范写法',
          labelEn: 'Standard form',
          at: 5,
        },
      ],
    };
    const xml = serializeFixState(state);
    expect(xml).toContain(`xmlns="${FIXES_NAMESPACE}"`);
    expect(xml).not.toMatch(/<70%>/);
    expect(parseFixState(`<?xml version="1.0"?>\n${xml}`)).toEqual(state);
    expect(parseFixState('<marks>[]</marks>')).toBeNull();
    expect(parseFixState(`<fixes xmlns="${FIXES_NAMESPACE}">{broken</fixes>`)).toBeNull();
  });
});

import { checkWorkbook } from '../../src/core/check';
import { groupFixes, planFixes, planGroup, planItem, type FixEdit } from '../../src/core/fixes';
import { FIXES_NAMESPACE, parseFixState } from '../../src/core/fixes/state';
import { ExcelHost } from '../../src/addin/excelHost';
import { FULL_SUPPORT } from '../../src/addin/apiSupport';
import {
  applyFixes,
  savedFixes,
  excelWouldConvert,
  textForExcel,
  undoFixes,
} from '../../src/addin/applyFixes';
import { MARKS_NAMESPACE } from '../../src/core/marks/savedState';
import { testExcel } from './excel/officeClient';
import { cellKey, type SheetSpec } from './excel/workbook';
import { sheetsFromXlsx } from './fixtures';

/** A workbook behind Microsoft's Office.js client, with the views the assertions use. */
function writableFake(specs: SheetSpec[]) {
  const x = testExcel(specs);
  return Object.assign(x, {
    model: x.wb,
    sheet: (name: string) => x.wb.mustSheet(name),
    snapshotValues: () => x.wb.snapshotValues(),
  });
}
type FakeExcel = ReturnType<typeof writableFake>;
const fakeRun = (fake: FakeExcel) => fake.run;
function cellAt(fake: FakeExcel, sheet: string, ref: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return fake.wb.mustSheet(sheet).cells.get(cellKey(Number(m[2]) - 1, col));
}
const valueAt = (fake: FakeExcel, sheet: string, ref: string) => cellAt(fake, sheet, ref)?.v ?? null;
const formatCodeAt = (fake: FakeExcel, sheet: string, ref: string) =>
  cellAt(fake, sheet, ref)?.z ?? 'General';
import { FIXABLE, fixableBytes, SHEET } from '../core/fixes/fixableWorkbook';

async function fixableFake(options: { protectedSheet?: boolean } = {}): Promise<FakeExcel> {
  const specs = sheetsFromXlsx(await fixableBytes());
  if (options.protectedSheet) for (const s of specs) if (s.name === SHEET) s.protected = true;
  return writableFake(specs);
}

async function check(fake: FakeExcel) {
  const grid = await new ExcelHost({ run: fakeRun(fake), api: FULL_SUPPORT }).read();
  return checkWorkbook(grid);
}

async function counting<T>(fake: FakeExcel, action: () => Promise<T>) {
  const before = fake.syncs.length;
  const result = await action();
  const syncs = fake.syncs.slice(before);
  return {
    result,
    syncs,
    writes: syncs.filter((s) => s.writes > 0).length,
    reads: syncs.filter((s) => s.writes === 0).length,
  };
}

function fixer(fake: FakeExcel) {
  const run = fakeRun(fake);
  const now = () => 1_700_000_000_000;
  return {
    apply: (edits: readonly FixEdit[]) => run((context) => applyFixes(context, edits, { now })),
    undo: (options?: Parameters<typeof undoFixes>[1]) => run((context) => undoFixes(context, options)),
    undoable: async () => (await run((context) => savedFixes(context))).length,
  };
}

function savedState(fake: FakeExcel) {
  const parts = fake.model.parts.filter((p) => p.namespace === FIXES_NAMESPACE);
  expect(parts.length).toBeLessThanOrEqual(1);
  return parts.length ? parseFixState(parts[0].xml) : null;
}

describe('applyFixes (Office.js)', () => {
  test('all fixes: each cell before → after, in one write after two reads; undo after a reload restores exactly', async () => {
    const fake = await fixableFake();
    const original = fake.snapshotValues();
    const result = await check(fake);
    const plan = planFixes(result.findings);
    expect(plan.edits).toHaveLength(Object.keys(FIXABLE).length);
    for (const [cell, { from }] of Object.entries(FIXABLE)) expect(valueAt(fake, SHEET, cell)).toBe(from);

    const a = await counting(fake, () => fixer(fake).apply(plan.edits));
    expect(a.result.refused).toEqual([]);
    expect(a.result.blocked).toEqual([]);
    expect(a.result.applied).toHaveLength(plan.edits.length);
    expect(a.result.undoable).toBe(plan.edits.length);
    expect(a.writes).toBe(1);
    expect(a.reads).toBe(2);
    expect(a.syncs[a.syncs.length - 1].writes).toBeGreaterThan(0);

    for (const [cell, { to }] of Object.entries(FIXABLE)) expect(valueAt(fake, SHEET, cell)).toBe(to);
    // "85%" and "100%" stay text: Excel would have made them numbers without the apostrophe.
    expect(valueAt(fake, SHEET, 'E32')).toBe('85%');
    expect(formatCodeAt(fake, SHEET, 'E32')).toBe(original[fake.sheet(SHEET).id]['31,4'][1]);
    // Checked again: no fixable finding left; the meaning-changing findings stay.
    const again = await check(fake);
    expect(again.findings.filter((f) => f.fix)).toEqual([]);
    expect(again.findings.some((f) => f.rule === 'structure/missing-value' && f.cell === 'E25')).toBe(true);
    expect(again.findings.some((f) => f.rule === 'plan/not-100')).toBe(true);

    // The previous values are saved in the workbook, in our own part (not the marks' part).
    const state = savedState(fake)!;
    expect(state.fixes.map((r) => [r.cell, r.original, r.written]).sort()).toEqual(
      Object.entries(FIXABLE)
        .map(([cell, { from, to }]) => [cell, from, to])
        .sort(),
    );
    expect(fake.model.parts.some((p) => p.namespace === MARKS_NAMESPACE)).toBe(false);

    // Reload: a new fixer with no memory of the apply.
    const reloaded = fixer(fake);
    expect(await reloaded.undoable()).toBe(plan.edits.length);
    const u = await counting(fake, () => reloaded.undo());
    expect(u.result.restored).toHaveLength(plan.edits.length);
    expect(u.result.leftAlone).toEqual([]);
    expect(u.writes).toBe(1);
    expect(u.reads).toBeLessThanOrEqual(3);
    expect(fake.snapshotValues()).toEqual(original);
    expect(savedState(fake)).toBeNull();
    expect(await reloaded.undoable()).toBe(0);
  });

  test('one fix, then all of a kind; a second fix of the same cell keeps the first original for undo', async () => {
    const fake = await fixableFake();
    const original = fake.snapshotValues();
    const result = await check(fake);
    const groups = groupFixes(result.findings);
    const spaces = groups.find((g) => g.label === '删除多余空格')!;
    const standard = groups.find((g) => g.label === '规范写法')!;

    const one = spaces.items.find((i) => i.cell === 'E32')!;
    const r1 = await fixer(fake).apply(planItem(one).edits);
    expect(r1.applied.map((e) => [e.cell, e.from, e.to])).toEqual([['E32', ' 85% ', '85%']]);
    expect(valueAt(fake, SHEET, 'B8')).toBe(' 质量指标 '); // the other fix of the kind is not applied

    // The standard-form fix of E32 was planned from " 85% ": the cell now holds our own "85%", which counts as unchanged.
    const r2 = await fixer(fake).apply(planGroup(standard).edits);
    expect(r2.refused.map((r) => r.edit.cell)).toEqual(['E32']); // already "85%"
    expect(r2.applied.map((e) => e.cell).sort()).toEqual(['E11', 'E27']);
    const e32 = savedState(fake)!.fixes.find((r) => r.cell === 'E32')!;
    expect(e32).toMatchObject({ original: ' 85% ', written: '85%' });

    await fixer(fake).undo();
    expect(fake.snapshotValues()).toEqual(original);
  });

  test('refuses a fix whose cell the user edited since the check, and says so; the others are applied', async () => {
    const fake = await fixableFake();
    const result = await check(fake);
    const plan = planFixes(result.findings);
    // The user types into E27 after the check.
    const e27 = [...fake.sheet(SHEET).cells.entries()].find(([k]) => k === '26,4')![1];
    e27.v = '100％';
    const r = await fixer(fake).apply(plan.edits);
    const refusedE27 = r.refused.find((x) => x.edit.cell === 'E27')!;
    expect(refusedE27.reason).toContain('已被修改');
    expect(refusedE27.reason).toContain('100％');
    expect(refusedE27.reasonEn).toMatch(/changed since the check/);
    expect(valueAt(fake, SHEET, 'E27')).toBe('100％');
    expect(r.applied.map((e) => e.cell).sort()).toEqual(['B24', 'B8', 'E11', 'E32']);
    expect(savedState(fake)!.fixes.map((x) => x.cell)).not.toContain('E27');
  });

  test('a protected sheet: a message and no write at all', async () => {
    const fake = await fixableFake({ protectedSheet: true });
    const original = fake.snapshotValues();
    const result = await check(fake);
    const edits = planFixes(result.findings).edits;
    const a = await counting(fake, () => fixer(fake).apply(edits));
    expect(a.writes).toBe(0);
    expect(a.result.applied).toEqual([]);
    expect(a.result.blocked).toEqual([
      {
        sheet: SHEET,
        reason: `工作表“${SHEET}”受保护，未作任何修正；请撤消工作表保护后重试。`,
        reasonEn: `Sheet "${SHEET}" is protected, so nothing was fixed; unprotect the sheet and try again.`,
      },
    ]);
    expect(a.result.refused).toHaveLength(edits.length);
    expect(fake.snapshotValues()).toEqual(original);
    expect(fake.model.parts).toEqual([]);
  });

  test('undo is blocked (nothing written, state kept) while a fixed sheet is protected; a cell changed after the fix is left alone', async () => {
    const fake = await fixableFake();
    const result = await check(fake);
    await fixer(fake).apply(planFixes(result.findings).edits);
    fake.sheet(SHEET).protected = true;
    const blocked = await counting(fake, () => fixer(fake).undo());
    expect(blocked.writes).toBe(0);
    expect(blocked.result.blocked[0].reason).toContain('受保护');
    expect(blocked.result.remaining).toBe(Object.keys(FIXABLE).length);
    expect(savedState(fake)!.fixes).toHaveLength(Object.keys(FIXABLE).length);

    fake.sheet(SHEET).protected = false;
    fake.sheet(SHEET).cells.get('10,4')!.v = '≥95%'; // E11 edited by the user after the fix
    const u = await fixer(fake).undo();
    expect(u.leftAlone).toEqual([
      expect.objectContaining({ cell: 'E11', reason: expect.stringContaining('又被修改') }),
    ]);
    expect(valueAt(fake, SHEET, 'E11')).toBe('≥95%');
    for (const [cell, { from }] of Object.entries(FIXABLE))
      if (cell !== 'E11') expect(valueAt(fake, SHEET, cell)).toBe(from);
    expect(savedState(fake)).toBeNull();
  });

  test('undo of some cells only keeps the others restorable', async () => {
    const fake = await fixableFake();
    const result = await check(fake);
    await fixer(fake).apply(planFixes(result.findings).edits);
    const u = await fixer(fake).undo({ only: [{ sheet: SHEET, cell: 'B24' }] });
    expect(u.restored).toEqual([{ sheet: SHEET, cell: 'B24', value: '数量指' }]);
    expect(u.remaining).toBe(Object.keys(FIXABLE).length - 1);
    expect(valueAt(fake, SHEET, 'E11')).toBe('≥90%');
  });

  test('never writes a missing value or a plan that does not reach 100%, whatever edit is passed in', async () => {
    const fake = await fixableFake();
    const original = fake.snapshotValues();
    const forged: FixEdit[] = [
      {
        sheet: SHEET,
        cell: 'E25',
        from: '',
        to: '≥95%',
        label: '补全',
        labelEn: 'Fill in',
        rules: ['structure/missing-value'],
      },
      {
        sheet: SHEET,
        cell: 'E21',
        from: '90%',
        to: '100%',
        label: '补全',
        labelEn: 'Complete',
        rules: ['plan/not-100'],
      },
      {
        sheet: SHEET,
        cell: 'E11',
        from: '９０％以上',
        to: '≥80%',
        label: '规范写法',
        labelEn: 'Standard form',
        rules: ['value/non-standard'],
      },
    ];
    const a = await counting(fake, () => applyFixesVia(fake, forged));
    expect(a.result.applied).toEqual([]);
    expect(a.result.refused).toHaveLength(3);
    expect(a.writes).toBe(0);
    expect(fake.snapshotValues()).toEqual(original);
  });

  test('nothing to undo: one read, no write', async () => {
    const fake = await fixableFake();
    const u = await counting(fake, () => fakeRun(fake)((ctx) => undoFixes(ctx)));
    expect(u.result).toMatchObject({ restored: [], remaining: 0 });
    expect(u.writes).toBe(0);
    expect(u.reads).toBe(1);
  });

  test('text Excel would convert gets the apostrophe prefix', () => {
    for (const s of ['85%', '100', ' 85% ', '2023年12月31日', '-', '=A1', 'TRUE', '１００％'])
      expect(excelWouldConvert(s)).toBe(true);
    for (const s of ['≥90%', '数量指标', '质量指标', '≤5天', '2023年12月底前', ''])
      expect(excelWouldConvert(s)).toBe(false);
    expect(textForExcel('85%')).toBe("'85%");
    expect(textForExcel('≥90%')).toBe('≥90%');
  });
});

function applyFixesVia(fake: FakeExcel, edits: FixEdit[]) {
  return fakeRun(fake)((ctx) => applyFixes(ctx, edits));
}

test('a cell inside a merged area (not its top-left) is refused, as in the file adapter: the core decides', async () => {
  const fake = writableFake([
    {
      name: '表1',
      values: [
        [null, null],
        [null, '二级'],
        [null, '９０％以上'],
      ],
      merges: [{ r1: 1, c1: 1, r2: 2, c2: 1 }],
    },
  ]);
  const host = new ExcelHost({ run: fake.run, api: FULL_SUPPORT });
  await host.read();
  const edit: FixEdit = {
    sheet: '表1',
    cell: 'B3',
    from: '９０％以上',
    to: '≥90%',
    rules: ['value/non-standard'],
    label: '规范写法',
    labelEn: 'Standard form',
  };
  const out = await host.applyFixes([edit]);
  expect(out.applied).toEqual([]);
  expect(out.refused.map((r) => r.reasonEn)).toEqual(['表1!B3 is inside a merged area; not changed.']);
  expect(valueAt(fake, '表1', 'B3')).toBe('９０％以上');
  // Without the merged areas the adapter would write it: the refusal is the merge's.
  expect((await applyFixesVia(fake, [edit])).applied).toEqual([edit]);
});

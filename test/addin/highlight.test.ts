import { testExcel } from './excel/officeClient';
import { applyTint } from '../../src/core/marks/tint';
import { NO_FILL, type SheetSpec as FakeSheetSpec } from './excel/workbook';
import { tableSheet } from './fixtures';
import { ExcelHost } from '../../src/addin/excelHost';
import { FULL_SUPPORT, type ExcelApiSupport } from '../../src/addin/apiSupport';
import { groupFindings, NOTE_ORIGINAL_SEPARATOR, SEVERITY_FILL } from '../../src/addin/highlight';
import { MARKS_NAMESPACE, parseMarks, serializeMarks, type MarkState } from '../../src/core/marks/savedState';
import { parseRef } from '../../src/addin/address';
import type { Finding, Severity } from '../../src/core/findings';

function finding(
  sheet: string,
  cell: string,
  severity: Severity,
  message: string,
  messageEn = `EN ${message}`,
): Finding {
  const p = parseRef(cell);
  if (!p) throw new Error(cell);
  return {
    rule: 'test/rule',
    messageId: 'm',
    severity,
    sheet,
    cell,
    row: p.r1,
    col: p.c1,
    text: { zh: message, en: messageEn },
    table: 0,
  };
}

const SHEET = '项目表';

/** A workbook behind Microsoft's Office.js client, with the model's views the assertions use. */
function fakeExcel(specs: FakeSheetSpec[]) {
  const x = testExcel(specs);
  return Object.assign(x, {
    model: x.wb,
    fill: (sheet: string, ref: string) => x.wb.fill(sheet, ref),
    note: (sheet: string, ref: string) => x.wb.note(sheet, ref),
    sheet: (name: string) => x.wb.mustSheet(name),
    snapshotValues: () => x.wb.snapshotValues(),
  });
}
type FakeExcel = ReturnType<typeof fakeExcel>;

/** A table sheet whose cells carry their own fills and a note. */
function decorated(name = SHEET, extra: Partial<FakeSheetSpec> = {}): FakeSheetSpec {
  return tableSheet(name, 12, 6, 4, {
    cells: {
      B3: { fill: { color: '#FFFF00', pattern: 'Solid' } },
      C4: { fill: { color: '#FFC000', pattern: 'Gray50', patternColor: '#0070C0' } },
      // A theme colour lightened 40 %: Excel reports the colour shown and the tint.
      F7: { fill: { color: applyTint('#70AD47', 0.4), pattern: 'Solid', tintAndShade: 0.4 } },
    },
    notes: { E6: '原有批注：请核对 <金额> & 单位' },
    ...extra,
  });
}

const FINDINGS = [
  finding(SHEET, 'B3', 'warning', '数值缺少单位'),
  finding(SHEET, 'B3', 'error', '指标值为空'),
  finding(SHEET, 'C4', 'warning', '满意度低于80%'),
  finding(SHEET, 'D5', 'info', '建议写明依据'),
  finding(SHEET, 'E6', 'error', '金额不一致'),
  finding(SHEET, 'F7', 'warning', '成本指标应使用≤'),
];
const CELLS = ['B3', 'C4', 'D5', 'E6', 'F7'];

function host(fake: FakeExcel, api: ExcelApiSupport = FULL_SUPPORT) {
  return new ExcelHost({ run: fake.run, runIn: fake.runIn, api, title: 'test.xlsx' });
}

/** Syncs made by `action`, split into reads and writes. */
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

function fills(fake: FakeExcel, sheet = SHEET, cells = CELLS) {
  return Object.fromEntries(cells.map((c) => [c, fake.fill(sheet, c)]));
}

function notes(fake: FakeExcel, sheet = SHEET) {
  return Object.fromEntries(fake.sheet(sheet).notes);
}

describe('highlight and clear', () => {
  test('marks each cell once (worst fill, all messages), in one write; clear after a reload restores exactly', async () => {
    const fake = fakeExcel([decorated()]);
    const values = fake.snapshotValues();
    const ownFills = fills(fake);
    const ownNotes = notes(fake);

    const h = await counting(fake, () => host(fake).highlight(FINDINGS));
    expect(h.result).toEqual({ marked: 5, skipped: [] });
    expect(h.writes).toBe(1);
    expect(h.syncs[h.syncs.length - 1].writes).toBeGreaterThan(0); // the write is the last sync
    expect(h.reads).toBeLessThanOrEqual(3);

    expect(fake.fill(SHEET, 'B3')).toMatchObject({ color: SEVERITY_FILL.error, pattern: 'Solid' });
    expect(fake.fill(SHEET, 'C4')).toMatchObject({ color: SEVERITY_FILL.warning, pattern: 'Solid' });
    expect(fake.fill(SHEET, 'D5')).toMatchObject({ color: SEVERITY_FILL.info, pattern: 'Solid' });
    expect(fake.fill(SHEET, 'F7')).toMatchObject({
      color: SEVERITY_FILL.warning,
      pattern: 'Solid',
      tintAndShade: 0,
    });
    const b3 = fake.note(SHEET, 'B3') as string;
    expect(b3.indexOf('指标值为空')).toBeGreaterThan(-1);
    expect(b3.indexOf('指标值为空')).toBeLessThan(b3.indexOf('数值缺少单位')); // most severe first
    expect(b3).toContain('EN 指标值为空');
    expect(fake.note(SHEET, 'E6')).toBe(
      `${groupFindings([FINDINGS[4]])[0].text}${NOTE_ORIGINAL_SEPARATOR}${ownNotes.E6}`,
    );
    expect(fake.model.parts).toHaveLength(1);
    expect(fake.model.parts[0].namespace).toBe(MARKS_NAMESPACE);
    expect(fake.snapshotValues()).toEqual(values);

    // A new pane (after a reload) knows nothing but what the workbook keeps.
    const c = await counting(fake, () => host(fake).clear());
    expect(c.writes).toBe(1);
    expect(c.reads).toBeLessThanOrEqual(3);
    expect(fills(fake)).toEqual(ownFills);
    expect(notes(fake)).toEqual(ownNotes);
    expect(fake.model.parts).toHaveLength(0);
    expect(fake.snapshotValues()).toEqual(values);
  });

  test('a new check clears the old marks and marks anew in the same write', async () => {
    const fake = fakeExcel([decorated()]);
    const ownFills = fills(fake);
    const ownNotes = notes(fake);
    const values = fake.snapshotValues();
    const h = host(fake);
    await h.highlight([
      finding(SHEET, 'B3', 'error', '一'),
      finding(SHEET, 'C4', 'info', '二'),
      finding(SHEET, 'E6', 'info', '三'),
    ]);

    const again = await counting(fake, () =>
      h.highlight([finding(SHEET, 'C4', 'error', '二改'), finding(SHEET, 'D5', 'warning', '四')]),
    );
    expect(again.writes).toBe(1);
    expect(again.reads).toBe(2); // the saved state is the one this pane wrote: no getXml round trip
    expect(fake.fill(SHEET, 'B3')).toEqual(ownFills.B3);
    expect(fake.note(SHEET, 'B3')).toBeUndefined();
    expect(fake.note(SHEET, 'E6')).toBe(ownNotes.E6);
    expect(fake.fill(SHEET, 'C4')).toMatchObject({ color: SEVERITY_FILL.error });
    expect(fake.note(SHEET, 'C4')).toContain('二改');
    expect(fake.note(SHEET, 'C4')).not.toContain('：二\n');
    expect(fake.fill(SHEET, 'D5')).toMatchObject({ color: SEVERITY_FILL.warning });

    await h.clear();
    expect(fills(fake)).toEqual(ownFills);
    expect(notes(fake)).toEqual(ownNotes);
    expect(fake.snapshotValues()).toEqual(values);
  });

  test('a cell marked twice keeps its own fill and note as the original', async () => {
    const fake = fakeExcel([decorated()]);
    const ownFills = fills(fake);
    const ownNotes = notes(fake);
    await host(fake).highlight(FINDINGS);
    await host(fake).highlight(FINDINGS); // another pane, after a reload
    await host(fake).clear();
    expect(fills(fake)).toEqual(ownFills);
    expect(notes(fake)).toEqual(ownNotes);
  });

  test('a protected sheet gets a message and no write at all', async () => {
    const fake = fakeExcel([decorated('普通'), decorated('受保护', { protected: true })]);
    const locked = fake.sheet('受保护');
    const lockedFills = fills(fake, '受保护');
    const findings = [
      ...FINDINGS.map((f) => ({ ...f, sheet: '普通' })),
      ...FINDINGS.map((f) => ({ ...f, sheet: '受保护' })),
    ];

    const h = await counting(fake, () => host(fake).highlight(findings));
    expect(h.result.marked).toBe(5);
    expect(h.result.skipped).toHaveLength(1);
    expect(h.result.skipped[0].sheet).toBe('受保护');
    expect(h.result.skipped[0].reason).toMatch(/受保护/);
    expect(h.result.skipped[0].reason).toMatch(/protected/);
    expect(h.syncs.every((s) => !s.failed)).toBe(true);
    expect(locked.cells.get('2,1')?.fill).toEqual(lockedFills.B3);
    expect(fills(fake, '受保护')).toEqual(lockedFills);
    expect(fake.fill('普通', 'B3').color).toBe(SEVERITY_FILL.error);
  });

  test('marks on a sheet protected after marking stay saved until it can be written', async () => {
    const fake = fakeExcel([decorated()]);
    const ownFills = fills(fake);
    const ownNotes = notes(fake);
    await host(fake).highlight(FINDINGS);
    fake.sheet(SHEET).protected = true;
    await host(fake).clear();
    expect(fake.fill(SHEET, 'B3').color).toBe(SEVERITY_FILL.error); // untouched
    expect(parseMarks(fake.model.parts[0].xml)?.marks).toHaveLength(5);
    fake.sheet(SHEET).protected = false;
    await host(fake).clear();
    expect(fills(fake)).toEqual(ownFills);
    expect(notes(fake)).toEqual(ownNotes);
  });

  test('a mark the user changed is left as the user made it', async () => {
    const fake = fakeExcel([decorated()]);
    await host(fake).highlight(FINDINGS);
    const b3 = fake.sheet(SHEET).cells.get('2,1');
    if (b3) b3.fill = { ...NO_FILL, color: '#FF0000', pattern: 'Solid' };
    fake.sheet(SHEET).notes.set('D5', '我改过这条批注');
    await host(fake).clear();
    expect(fake.fill(SHEET, 'B3')).toMatchObject({ color: '#FF0000', pattern: 'Solid' });
    expect(fake.note(SHEET, 'D5')).toBe('我改过这条批注');
    expect(fake.fill(SHEET, 'C4')).toMatchObject({ color: '#FFC000', pattern: 'Gray50' });
  });

  test('findings on a missing sheet are reported, the rest marked', async () => {
    const fake = fakeExcel([decorated()]);
    const r = await host(fake).highlight([finding('不存在', 'A1', 'error', 'x'), FINDINGS[0]]);
    expect(r.marked).toBe(1);
    expect(r.skipped).toEqual([{ sheet: '不存在', reason: expect.stringMatching(/找不到.*not found/) }]);
  });

  test('20 sheets, 50 findings each: still one write, at most 3 reads', async () => {
    const sheets = Array.from({ length: 20 }, (_, i) => tableSheet(`表${i}`, 60, 6));
    const fake = fakeExcel(sheets);
    const values = fake.snapshotValues();
    const findings = sheets.flatMap((s) =>
      Array.from({ length: 50 }, (_, r) =>
        finding(s.name, `C${r + 1}`, r % 3 === 0 ? 'error' : 'warning', `问题${r}`),
      ),
    );
    const h = await counting(fake, () => host(fake).highlight(findings));
    expect(h.result.marked).toBe(1000);
    expect(h.writes).toBeLessThanOrEqual(2); // chunked under the request cap
    expect(Math.max(...h.syncs.map((s) => s.bytes))).toBeLessThan(2_000_000);
    expect(h.reads).toBe(2);
    const c = await counting(fake, () => host(fake).clear());
    expect(c.writes).toBe(1);
    expect(c.reads).toBe(3);
    expect(fake.syncs.every((s) => !s.failed)).toBe(true);
    for (const s of sheets) for (let r = 1; r <= 50; r++) expect(fake.fill(s.name, `C${r}`)).toEqual(NO_FILL);
    expect(fake.snapshotValues()).toEqual(values);
  });
});

describe('marks that can always be removed', () => {
  test('a write over the request cap is retried in pieces; the state is saved with the first piece', async () => {
    const sheets = Array.from({ length: 4 }, (_, i) => tableSheet(`表${i}`, 200, 6));
    const fake = testExcel(sheets, { requestLimitBytes: 700_000 });
    const before = fake.wb.snapshot();
    const findings = sheets.flatMap((s) =>
      Array.from({ length: 150 }, (_, r) => finding(s.name, `C${r + 1}`, 'warning', `问题${r}`.repeat(150))),
    );
    const h = new ExcelHost({ run: fake.run, api: FULL_SUPPORT });
    // (Read requests are not chunked yet: at this cap 600 cells still fit one read.)
    expect((await h.highlight(findings)).marked).toBe(600);
    const failed = fake.syncs.filter((s) => s.failed);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((s) => s.failed === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(fake.syncs.filter((s) => s.writes > 0 && !s.failed).length).toBeGreaterThan(1);
    await new ExcelHost({ run: fake.run, api: FULL_SUPPORT }).clear();
    expect(fake.wb.snapshot()).toBe(before);
  });

  test('a write that fails half way (the officer protects a sheet) leaves every mark removable', async () => {
    const fake = testExcel([decorated(), decorated('第二表')]);
    const before = fake.wb.snapshot();
    const findings = [...FINDINGS, ...FINDINGS.map((f) => ({ ...f, sheet: '第二表' }))];
    fake.backend.beforeRequest = (body) => {
      if (body.Actions.some((a) => a.ActionType === 4)) fake.wb.mustSheet('第二表').protected = true;
    };
    await expect(
      new ExcelHost({ run: fake.run, api: FULL_SUPPORT }).highlight(findings),
    ).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    expect(fake.wb.fill(SHEET, 'B3').color).toBe(SEVERITY_FILL.error); // the first sheet was marked
    fake.backend.beforeRequest = null;
    fake.wb.mustSheet('第二表').protected = false;
    await new ExcelHost({ run: fake.run, api: FULL_SUPPORT }).clear();
    expect(fake.wb.snapshot()).toBe(before);
  });

  test('a note on a cell with a threaded comment becomes a reply in its thread', async () => {
    const fake = fakeExcel([decorated()]);
    const before = fake.wb.snapshot();
    const sheetId = fake.sheet(SHEET).id;
    fake.wb.comments.push({ id: 'c1', sheetId, cell: 'D5', content: '讨论', replies: [] });
    const withThread = fake.wb.snapshot();
    await host(fake).highlight(FINDINGS);
    expect(fake.note(SHEET, 'D5')).toBeUndefined();
    expect(fake.wb.commentAt(SHEET, 'D5')?.replies[0].content).toContain('建议写明依据');
    await host(fake).clear();
    expect(fake.wb.snapshot()).toBe(withThread);
    expect(withThread).not.toBe(before);
  });
});

describe('where notes are missing', () => {
  const COMMENTS: ExcelApiSupport = { ...FULL_SUPPORT, notes: false };

  test('messages go into threaded comments; an existing thread gets a reply; clear removes only ours', async () => {
    // (An Excel without the notes API cannot see a legacy note, and a cell with one refuses a comment:
    // see docs/manual-checks.md.)
    const fake = fakeExcel([decorated(SHEET, { notes: {} })]);
    const sheetId = fake.sheet(SHEET).id;
    fake.model.comments.push({
      id: 'user-1',
      sheetId,
      cell: 'B3',
      content: '用户的评论',
      replies: [{ id: 'r-1', content: '用户的回复' }],
    });
    const ownFills = fills(fake);

    const h = await counting(fake, () => host(fake, COMMENTS).highlight(FINDINGS));
    expect(h.writes).toBe(1);
    expect(h.reads).toBe(3);
    const b3 = fake.model.comments.find((c) => c.cell === 'B3');
    expect(b3?.content).toBe('用户的评论');
    expect(b3?.replies).toHaveLength(2);
    expect(b3?.replies[1].content).toContain('指标值为空');
    expect(fake.model.comments.find((c) => c.cell === 'D5')?.content).toContain('建议写明依据');
    expect(fake.note(SHEET, 'D5')).toBeUndefined();

    await host(fake, COMMENTS).highlight([FINDINGS[0]]); // a new check: D5's comment goes, B3's reply is updated
    expect(fake.model.comments.find((c) => c.cell === 'D5')).toBeUndefined();
    expect(fake.model.comments.find((c) => c.cell === 'B3')?.replies).toHaveLength(2);

    await host(fake, COMMENTS).clear();
    expect(fake.model.comments).toEqual([
      {
        id: 'user-1',
        sheetId,
        cell: 'B3',
        content: '用户的评论',
        replies: [{ id: 'r-1', content: '用户的回复' }],
      },
    ]);
    expect(fills(fake)).toEqual(ownFills);
  });

  test('with neither notes nor comments only the fill marks the cell', async () => {
    const fake = fakeExcel([decorated()]);
    const ownFills = fills(fake);
    const ownNotes = notes(fake);
    await host(fake, { ...FULL_SUPPORT, notes: false, comments: false }).highlight(FINDINGS);
    expect(fake.fill(SHEET, 'D5').color).toBe(SEVERITY_FILL.info);
    expect(notes(fake)).toEqual(ownNotes);
    expect(fake.model.comments).toEqual([]);
    await host(fake, { ...FULL_SUPPORT, notes: false, comments: false }).clear();
    expect(fills(fake)).toEqual(ownFills);
  });

  test('ExcelApi 1.5 only: colours restored, a white fill is taken for no fill', async () => {
    const BASIC: ExcelApiSupport = {
      merges: false,
      fillPattern: false,
      notes: false,
      comments: false,
      collectionEvents: false,
      sheetEvents: false,
    };
    const fake = fakeExcel([
      tableSheet('T', 10, 4, 5, {
        cells: {
          A1: { fill: { color: '#FFFF00', pattern: 'Solid' } },
          B2: { fill: { color: '#FFFFFF', pattern: 'Solid' } },
        },
      }),
    ]);
    await host(fake, BASIC).highlight([
      finding('T', 'A1', 'error', 'a'),
      finding('T', 'B2', 'error', 'b'),
      finding('T', 'C3', 'info', 'c'),
    ]);
    expect(fake.fill('T', 'C3').color).toBe(SEVERITY_FILL.info);
    await host(fake, BASIC).clear();
    expect(fake.fill('T', 'A1')).toMatchObject({ color: '#FFFF00', pattern: 'Solid' });
    expect(fake.fill('T', 'B2')).toEqual(NO_FILL);
    expect(fake.fill('T', 'C3')).toEqual(NO_FILL);
  });
});

describe('pieces', () => {
  test('groupFindings: one mark per cell, most severe fill, messages deduplicated', () => {
    const marks = groupFindings([...FINDINGS, FINDINGS[1], { ...FINDINGS[0], cell: '$B$3' }]);
    expect(marks.map((m) => [m.cell, m.severity])).toEqual([
      ['B3', 'error'],
      ['C4', 'warning'],
      ['D5', 'info'],
      ['E6', 'error'],
      ['F7', 'warning'],
    ]);
    expect(marks[0].text.match(/：指标值为空/g)).toHaveLength(1);
  });

  test('saved state survives XML: markup, quotes, newlines, CDATA ends, astral characters', () => {
    const state: MarkState = {
      marks: [
        {
          sheetId: '{ABC}',
          sheet: "O'Brien & <Co>",
          cell: 'B3',
          fill: { original: { color: '#FFFFFF', pattern: 'None' }, written: '#EAAF80' },
          note: { kind: 'note', original: 'a]]>b\n"c" \'d\' \u0001 😀 金额<100>&', written: 'x' },
        },
      ],
    };
    const xml = serializeMarks(state);
    expect(xml).not.toMatch(/<(?!\/?marks)/);
    expect(parseMarks(xml)).toEqual(state);
    expect(parseMarks(`<?xml version="1.0"?>\n${xml}`)).toEqual(state);
    expect(parseMarks('<other/>')).toBeNull();
    expect(parseMarks(`<marks xmlns="${MARKS_NAMESPACE}">not json</marks>`)).toBeNull();
  });
});

describe('the live check’s re-mark (onlyChanged)', () => {
  const changed = [
    ...FINDINGS.filter((f) => f.cell !== 'D5' && f.cell !== 'C4'),
    finding(SHEET, 'C4', 'error', '满意度低于60%'), // C4: a new message and fill
    finding(SHEET, 'A9', 'warning', '新的问题'), // A9: new; D5: gone
  ];

  test('reads and writes only the marks that change; the workbook ends as a full re-mark leaves it; clear restores it', async () => {
    // One in-memory Excel answers the client at a time: the full re-mark's workbook comes first.
    const full = fakeExcel([decorated()]);
    const hf = host(full);
    await hf.highlight(FINDINGS);
    await hf.highlight(changed);
    const fullyRemarked = full.wb.snapshot();

    const live = fakeExcel([decorated()]);
    const original = live.wb.snapshot();
    const hl = host(live);
    await hl.highlight(FINDINGS);
    const again = await counting(live, () => hl.highlight(changed, { onlyChanged: true }));
    expect(live.wb.snapshot()).toBe(fullyRemarked);
    expect(again.result.marked).toBe(5);
    // B3, E6, F7 are unchanged: only C4, A9 (marked) and D5 (restored) are read and written.
    expect(hl.lastOutcome?.touched.map((k) => k.split('!')[1]).sort()).toEqual(['A9', 'C4', 'D5']);
    expect(again.writes).toBe(1);

    // Nothing changed since: no write at all.
    const same = await counting(live, () => hl.highlight(changed, { onlyChanged: true }));
    expect(same.writes).toBe(0);

    await hl.clear();
    expect(live.wb.snapshot()).toBe(original);
  });

  test('the same findings again: nothing read cell by cell, nothing written; clear still restores all', async () => {
    const fake = fakeExcel([decorated()]);
    const original = fake.wb.snapshot();
    const h = host(fake);
    await h.highlight(FINDINGS);
    const out = await counting(fake, () => h.highlight(FINDINGS, { onlyChanged: true }));
    expect(out.writes).toBe(0);
    expect(out.reads).toBe(1);
    await h.clear();
    expect(fake.wb.snapshot()).toBe(original);
  });
});

/**
 * Copy fidelity: for the feature-rich hostile files, every copy the checker
 * writes (annotated, fixed, with review sheet) holds every zip part of the
 * input, unchanged unless the change is one the checker meant to make, or the
 * copy is refused with the list of what it would lose.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { annotateCopyWithReport, annotateUnguarded } from '../../src/xlsx/annotate';
import { writeFixedCopy } from '../../src/xlsx/writeFixed';
import { writeReviewSheetCopy } from '../../src/xlsx/writeReviewSheet';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import { CopyRefusedError, isCopyRefusedError } from '../../src/xlsx/errors';
import { copyLosses } from '../../src/xlsx/copyFidelity';
import { checkWorkbook } from '../../src/core/check';
import { planFixes } from '../../src/core/fixes/plan';

const HOSTILE = path.join(__dirname, '../../../shared/hostile');
const load = (name: string) => new Uint8Array(fs.readFileSync(path.join(HOSTILE, name)));

/** Parts a copy is meant to change: cell values, marks' styles and notes, a new sheet, and their bookkeeping. */
const MEANT_TO_CHANGE = [
  /^\[content_types\]\.xml$/,
  /(^|\/)_rels\/[^/]*\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/sharedstrings\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/comments\d*\.xml$/,
  /^xl\/drawings\/vmldrawing\d*\.vml$/,
  /^docprops\/(app|core)\.xml$/,
  /^xl\/calcchain\.xml$/,
];

function partsOf(b: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const [k, v] of Object.entries(unzipSync(b))) out.set(k.toLowerCase(), v);
  return out;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Input parts missing from the copy, or changed without being meant to. */
function unfaithful(input: Uint8Array, copy: Uint8Array): string[] {
  const a = partsOf(input);
  const b = partsOf(copy);
  const bad: string[] = [];
  for (const [name, data] of a) {
    const got = b.get(name);
    if (!got) bad.push(`missing ${name}`);
    else if (!equal(got, data) && !MEANT_TO_CHANGE.some((re) => re.test(name))) bad.push(`changed ${name}`);
  }
  return bad;
}

/** The folder kind of a part, to match a missing part with the loss that names it. */
const kindOf = (p: string) =>
  p
    .toLowerCase()
    .replace(/\d+(\.\w+)$/, '$1')
    .replace(/[^/]*$/, '');

type Writer = (input: Uint8Array) => Promise<Uint8Array>;

const findingsOf = (b: Uint8Array, name: string) => checkWorkbook(readWorkbookBytes(b, name));

const WRITERS: [string, Writer][] = [
  ['annotated', async (b) => (await annotateCopyWithReport(b, findingsOf(b, 'in.xlsx').findings)).data],
  ['fixed', async (b) => (await writeFixedCopy(b, planFixes(findingsOf(b, 'in.xlsx').findings).edits)).data],
  ['review sheet', async (b) => (await writeReviewSheetCopy(b, findingsOf(b, 'in.xlsx'))).data],
];

describe.each(['all.xlsx', 'all-rel.xlsx', 'all-xl.xlsx', 'macro.xlsm'])('%s', (file) => {
  const input = load(file);
  it.each(WRITERS)(
    'the %s copy keeps every part, or is refused with what it would lose',
    async (kind, write) => {
      let copy: Uint8Array | undefined;
      let refused: CopyRefusedError | undefined;
      try {
        copy = await write(input);
      } catch (e) {
        if (!isCopyRefusedError(e)) throw e;
        refused = e;
      }
      if (copy) {
        expect(unfaithful(input, copy)).toEqual([]);
        return;
      }
      expect(refused!.losses.length).toBeGreaterThan(0);
      for (const l of refused!.losses) {
        expect(refused!.messageZh).toContain(l.whatZh);
        expect(refused!.messageEn).toContain(l.whatEn);
      }
      if (kind !== 'annotated') return;
      // Every content part the unchecked copy drops is named by a loss of its kind.
      const unchecked = (await annotateUnguarded(input, [])).data;
      const dropped = [...partsOf(input).keys()].filter(
        (n) =>
          !partsOf(unchecked).has(n) && /^(xl\/(media|charts|drawings\/[^_]|tables)|xl\/vbaproject)/.test(n),
      );
      for (const n of dropped)
        expect(refused!.losses.some((l) => l.part.toLowerCase() === n || kindOf(l.part) === kindOf(n))).toBe(
          true,
        );
    },
  );
});

describe('copyLosses finds what a copy lacks', () => {
  const repack = (b: Uint8Array, edit: (files: Record<string, Uint8Array>) => void) => {
    const files = unzipSync(b);
    edit(files);
    return zipSync(files);
  };
  const sheetOf = (files: Record<string, Uint8Array>) =>
    Object.keys(files).find((k) => /worksheets\/sheet2\.xml$/.test(k))!;

  it('nothing, for the package itself', () => {
    for (const f of ['all.xlsx', 'macro.xlsm']) expect(copyLosses(load(f), load(f))).toEqual([]);
  });

  it('macros', () => {
    const b = load('macro.xlsm');
    const copy = repack(b, (f) => delete f['xl/vbaProject.bin']);
    expect(copyLosses(b, copy).map((l) => l.whatEn)).toEqual(['macros (VBA code)']);
  });

  it('the sheet protection password, page breaks, a doubled drop-down, a sheet-scoped name', () => {
    const b = load('all.xlsx');
    const copy = repack(b, (f) => {
      const k = sheetOf(f);
      let xml = strFromU8(f[k]);
      xml = xml.replace(/(<sheetProtection\b[^>]*?)\s(password|hashValue)="[^"]*"/, '$1');
      xml = xml.replace(/<rowBreaks[\s\S]*?<\/rowBreaks>/, '');
      xml = xml.replace(/(<dataValidation\b[\s\S]*?<\/dataValidation>)/, '$1$1');
      f[k] = strToU8(xml);
      f['xl/workbook.xml'] = strToU8(strFromU8(f['xl/workbook.xml']).replace(/\slocalSheetId="\d+"/g, ''));
    });
    const what = copyLosses(b, copy).map((l) => l.whatEn);
    expect(what.join('\n')).toMatch(/sheet protection password/);
    expect(what.join('\n')).toMatch(/manual page breaks/);
    expect(what.join('\n')).toMatch(/data validation .* written twice/);
    expect(what.join('\n')).toMatch(/scoped to sheet/);
  });

  it('a cell value, unless the copy was meant to change it', () => {
    const b = load('all.xlsx');
    const copy = repack(b, (f) => {
      const k = sheetOf(f);
      f[k] = strToU8(strFromU8(f[k]).replace(/<c r="E11"([^>]*?)(\/>|>[\s\S]*?<\/c>)/, '<c r="E11"$1/>'));
    });
    expect(
      copyLosses(b, copy)
        .map((l) => l.whatEn)
        .join(),
    ).toMatch(/values of 1 cells .*E11/);
    expect(copyLosses(b, copy, { changedCells: new Set(['项目支出绩效目标表!E11']) })).toEqual([]);
  });
});

describe('copies that cannot be written say so', () => {
  it.each(['08-seed.xlsb', '09-seed.ods'])('%s', async (file) => {
    const b = load(file);
    await expect(annotateCopyWithReport(b, [])).rejects.toMatchObject({ code: 'unsupported-format' });
  });

  it('an empty creation date does not stop a copy', async () => {
    const b = load('51-coredate-empty.xlsx');
    const out = await writeFixedCopy(b, planFixes(findingsOf(b, '51.xlsx').findings).edits);
    expect(readWorkbookBytes(out.data, 'out.xlsx').sheets.length).toBeGreaterThan(0);
  });
});

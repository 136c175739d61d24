/**
 * File adapter: a copy of a workbook with form-only fixes applied (ExcelJS).
 * The original bytes are never modified; the caller writes the copy
 * somewhere else (the CLI refuses to write it over its input).
 *
 * Each edit is applied only when the cell still holds exactly `from` as
 * plain text (not a formula, not a number), and only when it passes the
 * core's form-only verification again; otherwise it is refused with a
 * reason. Cell styles, number formats and everything else ExcelJS keeps are
 * kept. Browser-safe: no Node imports.
 *
 * Loading goes through annotate.ts's repairs (comments written by other
 * tools, files ExcelJS cannot read as they are); what had to be done is
 * reported in `repairs`.
 */
import ExcelJS from 'exceljs';
import { judgeFix, screenFixes, verdictReason, type RefusedEdit } from '../core/fixes/apply';
import type { FixEdit } from '../core/fixes/plan';
import { parseA1, a1 } from '../core/grid';
import { annotateUnguarded, saneDates, type Repair } from './annotate';
import { readErrors } from './errors';
import { assertCopyable, guardCopy, sharedStrings, sheetRefs } from './copyFidelity';
import { readZipParts } from './zipParts';
import { patchSheetXml, type CellEditOutcome } from './patchCells';
import { rewriteZip } from './zipWrite';

export type { RefusedEdit } from '../core/fixes/apply';

export interface WriteFixedResult {
  /** The fixed copy, .xlsx. */
  data: Uint8Array;
  applied: FixEdit[];
  refused: RefusedEdit[];
  repairs: Repair[];
}

/** Loads workbook bytes into ExcelJS the way the annotated copy does (with its repairs). */
export async function loadForEdit(
  original: Uint8Array | ArrayBuffer,
): Promise<{ workbook: ExcelJS.Workbook; repairs: Repair[] }> {
  const bytes = original instanceof Uint8Array ? original : new Uint8Array(original);
  // An annotated copy without findings is the workbook as ExcelJS can load it, repairs applied.
  const normalised = await annotateUnguarded(bytes, []);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(normalised.data as unknown as ExcelJS.Buffer);
    saneDates(workbook);
  } catch (e) {
    throw readErrors.corrupt(e instanceof Error ? e.message : String(e));
  }
  return { workbook, repairs: normalised.repairs };
}

/** The plain text of an ExcelJS cell value, or null when it is not text (number, formula, date, error …). */
export function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value;
  if (
    value &&
    typeof value === 'object' &&
    'richText' in value &&
    Array.isArray((value as ExcelJS.CellRichTextValue).richText)
  ) {
    return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text ?? '').join('');
  }
  return null;
}

/** Applies the edits to a loaded workbook; returns what was applied and what refused (core/fixes/apply decides). */
export function applyEditsToWorkbook(
  workbook: ExcelJS.Workbook,
  edits: readonly FixEdit[],
): { applied: FixEdit[]; refused: RefusedEdit[] } {
  const applied: FixEdit[] = [];
  const { work, refused } = screenFixes(
    edits,
    (name) => workbook.getWorksheet(name),
    (ws) => String(ws.id),
  );
  for (const { edit, sheet: ws, cell: addr } of work) {
    const cell = ws.getCell(addr);
    const value = cellText(cell.value) ?? cell.value;
    const verdict = judgeFix(edit, {
      value,
      formula: !!cell.formula || cell.type === ExcelJS.ValueType.Formula,
      merged: cell.isMerged && cell.master !== cell,
    });
    if (verdict !== 'apply') {
      refused.push({ edit, ...verdictReason(verdict, `${edit.sheet}!${addr}`, edit, value) });
      continue;
    }
    // A plain string; the cell's style (font, fill, borders, number format) stays.
    cell.value = edit.to;
    applied.push(edit);
  }
  return { applied, refused };
}

/** A copy of `original` with the edits applied, as .xlsx bytes. */
export async function writeFixedCopy(
  original: Uint8Array | ArrayBuffer,
  edits: readonly FixEdit[],
): Promise<WriteFixedResult> {
  const bytes = original instanceof Uint8Array ? original : new Uint8Array(original);
  // An Office Open XML package is edited in place: only the changed sheets' XML is rewritten.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return writeFixedByParts(bytes, edits);
  // A legacy .xls goes through ExcelJS (rebuilt as .xlsx, which `repairs` says).
  const { workbook, repairs } = await loadForEdit(original);
  const { applied, refused } = applyEditsToWorkbook(workbook, edits);
  const out = await workbook.xlsx.writeBuffer();
  const data = out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
  const input = original instanceof Uint8Array ? original : new Uint8Array(original);
  guardCopy(input, data, { changedCells: new Set(applied.map((e) => `${e.sheet}!${e.cell}`)) });
  return { data, applied, refused, repairs };
}

/**
 * The fixed copy of an .xlsx/.xlsm: the edited cells' values are rewritten in
 * their sheet's XML (style and everything else kept), and every other part of
 * the package is copied byte for byte, so macros, charts, protection,
 * validation and names all stay.
 */
function writeFixedByParts(input: Uint8Array, edits: readonly FixEdit[]): WriteFixedResult {
  assertCopyable(input);
  const zip = readZipParts(input);
  const refs = sheetRefs(zip);
  const strings = sharedStrings(zip);
  const screened = screenFixes(
    edits,
    (name) => {
      const ref = refs.find((r) => r.name === name);
      return ref && zip.parts.has(ref.part) ? ref : undefined;
    },
    (ref) => ref.part,
  );
  const refused = screened.refused;
  const accepted = screened.work.map((w) => ({ edit: w.edit, addr: w.cell, part: w.sheet.part }));
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  const outcomes = new Map<string, CellEditOutcome>();
  const replace = new Map<string, Uint8Array>();
  for (const part of new Set(accepted.map((a) => a.part))) {
    const mine = accepted.filter((a) => a.part === part);
    const res = patchSheetXml(
      dec.decode(zip.parts.get(part)),
      mine.map((a) => ({ cell: a.addr, from: a.edit.from, to: a.edit.to })),
      strings,
    );
    for (const [cell, o] of res.outcomes) outcomes.set(`${part}!${cell}`, o);
    if ([...res.outcomes.values()].some((o) => o.verdict === 'apply'))
      replace.set(zip.names.get(part) ?? part, enc.encode(res.xml));
  }
  const applied: FixEdit[] = [];
  for (const a of accepted) {
    const o = outcomes.get(`${a.part}!${a.addr}`) ?? { verdict: 'changed' as const, value: null };
    if (o.verdict === 'apply') applied.push(a.edit);
    else
      refused.push({
        edit: a.edit,
        ...verdictReason(o.verdict, `${a.edit.sheet}!${a.addr}`, a.edit, o.value),
      });
  }
  const data = replace.size ? rewriteZip(input, replace) : input.slice();
  guardCopy(input, data, {
    changedCells: new Set(
      applied.map(
        (e) => `${e.sheet}!${parseA1(e.cell) ? a1(parseA1(e.cell)!.row, parseA1(e.cell)!.col) : e.cell}`,
      ),
    ),
  });
  return { data, applied, refused, repairs: [] };
}

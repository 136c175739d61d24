/**
 * What the write adapters (applyFixes.ts, reviewSheet.ts) need from the fake
 * Excel beyond what fakeExcel.ts models, added to its classes when this
 * module is imported (jest gives every test file its own module registry, so
 * the other adapter tests keep the fake that refuses value writes):
 *
 *  - `Range.values` / `Range.formulas` writes, typed the way Excel types
 *    what a user types: "85%" becomes 0.85 formatted 0%, "42" a number,
 *    "2023年12月31日" a date serial, "=…" a formula, TRUE/FALSE booleans; a
 *    leading apostrophe keeps the rest as text (and is not part of the value);
 *    `formulas` and `hyperlink` loads;
 *  - `Range.hyperlink` (sets the cell's value to `textToDisplay`, as Excel does);
 *  - `Range.format.font` / `wrapText` / `verticalAlignment` / `columnWidth`;
 *  - `worksheets.add`, `Worksheet.delete`, `Worksheet.tables.add`,
 *    `freezePanes.freezeRows`, `pageLayout` (orientation, centring, print
 *    title rows, footer);
 *  - `workbook.protection.protected` (structure protection: add and delete
 *    fail while it is on).
 * Writes are queued and applied at `context.sync()` like the fake's own, and
 * fail the sync on a protected sheet.
 */
import type { CellValue, MergedRange } from '../../src/core/grid';
import { a1 } from '../../src/core/grid';
import { parseRef, refOf, splitSheetAddress } from '../../src/addin/address';
import {
  FakeRange,
  NO_FILL,
  fakeExcel,
  type FakeExcel,
  type FakeOptions,
  type FakeSheetSpec,
  type SheetModel,
} from './fakeExcel';

// ---- model additions ----

export interface FakeHyperlink {
  documentReference?: string;
  address?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeTable {
  id: string;
  sheetId: string;
  address: string;
  hasHeaders: boolean;
  name: string;
  style?: string;
}

export interface FormatRecord {
  rect: MergedRange;
  prop: string;
  value: unknown;
}

interface SheetExtras {
  hyperlinks: Map<string, FakeHyperlink>;
  formulas: Map<string, string>;
  formats: FormatRecord[];
  frozenRows?: number;
  page: Record<string, unknown>;
}

interface WorkbookExtras {
  tables: FakeTable[];
  structureProtected: boolean;
}

const sheetExtras = new WeakMap<SheetModel, SheetExtras>();
const workbookExtras = new WeakMap<FakeExcel, WorkbookExtras>();

export function extrasOf(sheet: SheetModel): SheetExtras {
  let x = sheetExtras.get(sheet);
  if (!x) sheetExtras.set(sheet, (x = { hyperlinks: new Map(), formulas: new Map(), formats: [], page: {} }));
  return x;
}

export function workbookOf(fake: FakeExcel): WorkbookExtras {
  let x = workbookExtras.get(fake);
  if (!x) workbookExtras.set(fake, (x = { tables: [], structureProtected: false }));
  return x;
}

function officeError(code: string, message: string, location?: string): Error {
  return Object.assign(new Error(message), {
    code,
    name: 'RichApi.Error',
    debugInfo: { code, message, errorLocation: location },
  });
}

const key = (r: number, c: number) => `${r},${c}`;

function ensure(sheet: SheetModel, r: number, c: number) {
  let cell = sheet.cells.get(key(r, c));
  if (!cell) sheet.cells.set(key(r, c), (cell = { v: null, z: 'General', fill: { ...NO_FILL } }));
  return cell;
}

/** Excel's serial number of a date (1900 system). */
function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** What a cell holds after a user types `input` (Excel's typing rules, the cases the tests need). */
export function typeLikeExcel(input: unknown): { v: CellValue; z?: string; f?: string } {
  if (typeof input !== 'string') return { v: input as CellValue };
  if (input.startsWith("'")) return { v: input.slice(1) };
  if (input === '') return { v: null };
  if (input.startsWith('=')) {
    const hl = /^=HYPERLINK\("((?:[^"]|"")*)"\s*,\s*"((?:[^"]|"")*)"\)$/i.exec(input);
    return { v: hl ? hl[2].replace(/""/g, '"') : 0, f: input };
  }
  const t = input.trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return { v: Number(t) };
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return { v: Number(t.slice(0, -1)) / 100, z: '0%' };
  const d = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (d) return { v: serial(+d[1], +d[2], +d[3]), z: 'yyyy"年"m"月"d"日"' };
  if (/^(true|false)$/i.test(t)) return { v: /^true$/i.test(t) };
  return { v: input };
}

// ---- patches ----

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface RangeTarget {
  sheet: SheetModel;
  rect: MergedRange;
}

function target(range: Any): RangeTarget {
  const t = range.resolve() as RangeTarget | null;
  if (!t) throw officeError('InvalidOperation', 'write on a null object', 'Range');
  return t;
}

function writeCells(range: Any, what: string, rows: unknown[][]): void {
  const fake: FakeExcel = range.fake;
  fake.enqueueWrite(
    `${what} ${describe(range)}`,
    () => range.resolve()?.sheet ?? null,
    () => {
      const { sheet, rect } = target(range);
      const h = rect.r2 - rect.r1 + 1;
      const w = rect.c2 - rect.c1 + 1;
      if (
        !Array.isArray(rows) ||
        rows.length !== h ||
        rows.some((r) => !Array.isArray(r) || r.length !== w)
      ) {
        throw officeError(
          'InvalidArgument',
          `The ${what} array does not match the range ${refOf(rect)}`,
          `Range.${what}`,
        );
      }
      const x = extrasOf(sheet);
      for (let i = 0; i < h; i++)
        for (let j = 0; j < w; j++) {
          const r = rect.r1 + i;
          const c = rect.c1 + j;
          const typed = typeLikeExcel(rows[i][j]);
          const cell = ensure(sheet, r, c);
          cell.v = typed.v;
          if (typed.z && cell.z === 'General') cell.z = typed.z;
          if (typed.f) x.formulas.set(a1(r, c), typed.f);
          else x.formulas.delete(a1(r, c));
        }
    },
  );
}

function describe(range: Any): string {
  try {
    const t = range.resolve() as RangeTarget | null;
    return t ? `${t.sheet.name}!${refOf(t.rect)}` : '(null)';
  } catch {
    return '(a sheet added in this batch)';
  }
}

function formatWrite(range: Any, prop: string, value: unknown): void {
  const fake: FakeExcel = range.fake;
  fake.enqueueWrite(
    `format.${prop} ${describe(range)} = ${String(value)}`,
    () => range.resolve()?.sheet ?? null,
    () => {
      const { sheet, rect } = target(range);
      extrasOf(sheet).formats.push({ rect, prop, value });
    },
  );
}

/** The format property last set on a range covering the cell (sheet, A1), if any. */
export function formatAt(fake: FakeExcel, sheetName: string, ref: string, prop: string): unknown {
  const p = parseRef(ref) as MergedRange;
  const list = extrasOf(fake.sheet(sheetName)).formats.filter(
    (f) =>
      f.prop === prop && p.r1 >= f.rect.r1 && p.r1 <= f.rect.r2 && p.c1 >= f.rect.c1 && p.c1 <= f.rect.c2,
  );
  return list.length ? list[list.length - 1].value : undefined;
}

function augmentFormat(range: Any): Any {
  const fmt = range.format as Any;
  if (fmt.__writes) return range;
  const font: Any = {};
  for (const prop of ['bold', 'size', 'color', 'italic', 'underline']) {
    Object.defineProperty(font, prop, {
      set: (v: unknown) => formatWrite(range, `font.${prop}`, v),
      enumerable: true,
    });
  }
  Object.defineProperty(fmt, 'font', { value: font });
  for (const prop of ['wrapText', 'verticalAlignment', 'horizontalAlignment', 'columnWidth', 'rowHeight']) {
    Object.defineProperty(fmt, prop, { set: (v: unknown) => formatWrite(range, prop, v), enumerable: true });
  }
  Object.defineProperty(fmt, '__writes', { value: true });
  return range;
}

let patched = false;

function patch(fake: FakeExcel): void {
  if (patched) return;
  patched = true;

  // Range: typed value writes, formulas, hyperlinks.
  const rp = FakeRange.prototype as Any;
  const valuesDesc = Object.getOwnPropertyDescriptor(rp, 'values') as PropertyDescriptor;
  Object.defineProperty(rp, 'values', {
    get: valuesDesc.get,
    set(this: Any, rows: unknown[][]) {
      writeCells(this, 'values', rows);
    },
    configurable: true,
  });
  Object.defineProperty(rp, 'formulas', {
    get(this: Any) {
      return this.get('formulas');
    },
    set(this: Any, rows: unknown[][]) {
      writeCells(this, 'formulas', rows);
    },
    configurable: true,
  });
  Object.defineProperty(rp, 'hyperlink', {
    get(this: Any) {
      return this.get('hyperlink');
    },
    set(this: Any, link: FakeHyperlink) {
      const range = this;
      (range.fake as FakeExcel).enqueueWrite(
        `hyperlink ${describe(range)}`,
        () => range.resolve()?.sheet ?? null,
        () => {
          const { sheet, rect } = target(range);
          if (rect.r1 !== rect.r2 || rect.c1 !== rect.c2)
            throw new Error('fake supports single-cell hyperlinks only');
          extrasOf(sheet).hyperlinks.set(a1(rect.r1, rect.c1), { ...link });
          if (link.textToDisplay !== undefined) ensure(sheet, rect.r1, rect.c1).v = link.textToDisplay;
        },
      );
    },
    configurable: true,
  });
  const populate = rp.populate as (trie: Map<string, unknown>) => number;
  rp.populate = function (this: Any, trie: Map<string, unknown>): number {
    const n = populate.call(this, trie);
    const t = this.resolve() as RangeTarget | null;
    if (!t) return n;
    const all = trie.has('*');
    const x = extrasOf(t.sheet);
    if (all || trie.has('formulas')) {
      const rows: unknown[][] = [];
      for (let r = t.rect.r1; r <= t.rect.r2; r++) {
        const row: unknown[] = [];
        for (let c = t.rect.c1; c <= t.rect.c2; c++) {
          const v = t.sheet.cells.get(key(r, c))?.v;
          row.push(x.formulas.get(a1(r, c)) ?? (v === null || v === undefined ? '' : v));
        }
        rows.push(row);
      }
      this.loaded.set('formulas', rows);
    }
    if (all || trie.has('hyperlink'))
      this.loaded.set('hyperlink', x.hyperlinks.get(a1(t.rect.r1, t.rect.c1)) ?? null);
    return n;
  };

  // Worksheet: add, delete, tables, freeze panes, page layout, formats on getRange.
  const collection = fake.context.workbook.worksheets as Any;
  const wsProto = Object.getPrototypeOf(collection.getItem('__probe__')) as Any;
  const WorksheetCtor = wsProto.constructor as new (fake: FakeExcel, resolve: () => SheetModel | null) => Any;
  const getRange = wsProto.getRange as (address?: string) => Any;
  wsProto.getRange = function (this: Any, address?: string) {
    return augmentFormat(getRange.call(this, address));
  };
  Object.defineProperty(wsProto, 'tables', {
    get(this: Any) {
      const ws = this;
      const f: FakeExcel = ws.fake;
      return {
        add(address: string, hasHeaders: boolean) {
          const wbx = workbookOf(f);
          const id = f.model.newId('table');
          const record: FakeTable = { id, sheetId: '', address: '', hasHeaders, name: '' };
          f.enqueueWrite(
            `tables.add ${address}`,
            () => ws.resolve(),
            () => {
              const sheet = ws.resolve() as SheetModel | null;
              if (!sheet)
                throw officeError('InvalidOperation', 'tables.add on a null object', 'TableCollection.add');
              const { ref } = splitSheetAddress(address);
              const rect = parseRef(ref);
              if (!rect)
                throw officeError('InvalidArgument', `Bad address ${address}`, 'TableCollection.add');
              for (const t of wbx.tables) {
                const o = parseRef(t.address) as MergedRange;
                if (
                  t.sheetId === sheet.id &&
                  !(o.r2 < rect.r1 || o.r1 > rect.r2 || o.c2 < rect.c1 || o.c1 > rect.c2)
                ) {
                  throw officeError(
                    'InvalidOperation',
                    'A table cannot overlap another table',
                    'TableCollection.add',
                  );
                }
              }
              if (hasHeaders) {
                const names = new Set<string>();
                for (let c = rect.c1; c <= rect.c2; c++) {
                  const v = sheet.cells.get(key(rect.r1, c))?.v;
                  const name =
                    v === null || v === undefined || v === '' ? `Column${c - rect.c1 + 1}` : String(v);
                  if (names.has(name.toLowerCase()))
                    throw officeError('InvalidArgument', `Duplicate header ${name}`, 'TableCollection.add');
                  names.add(name.toLowerCase());
                }
              }
              Object.assign(record, {
                sheetId: sheet.id,
                address: refOf(rect),
                name: record.name || `Table${wbx.tables.length + 1}`,
              });
              wbx.tables.push(record);
            },
          );
          const table: Any = {};
          for (const prop of ['style', 'name', 'showBandedRows', 'showFilterButton']) {
            Object.defineProperty(table, prop, {
              set(v: unknown) {
                f.enqueueWrite(
                  `table.${prop} = ${String(v)}`,
                  () => ws.resolve(),
                  () => {
                    (record as unknown as Record<string, unknown>)[prop] = v;
                  },
                );
              },
            });
          }
          return table;
        },
      };
    },
  });
  Object.defineProperty(wsProto, 'freezePanes', {
    get(this: Any) {
      const ws = this;
      return {
        freezeRows(n: number) {
          (ws.fake as FakeExcel).enqueueWrite(
            `freezeRows ${n}`,
            () => ws.resolve(),
            () => {
              extrasOf(ws.resolve()).frozenRows = n;
            },
          );
        },
      };
    },
  });
  Object.defineProperty(wsProto, 'pageLayout', {
    get(this: Any) {
      const ws = this;
      const f: FakeExcel = ws.fake;
      const set = (prop: string, v: unknown) =>
        f.enqueueWrite(
          `pageLayout.${prop} = ${String(v)}`,
          () => ws.resolve(),
          () => {
            extrasOf(ws.resolve()).page[prop] = v;
          },
        );
      const layout: Any = {
        setPrintTitleRows: (rows: string) => set('printTitleRows', rows),
        headersFooters: { defaultForAllPages: {} },
      };
      for (const prop of [
        'orientation',
        'centerHorizontally',
        'centerVertically',
        'printGridlines',
        'zoom',
      ]) {
        Object.defineProperty(layout, prop, { set: (v: unknown) => set(prop, v) });
      }
      for (const prop of ['centerFooter', 'centerHeader', 'leftFooter', 'rightFooter']) {
        Object.defineProperty(layout.headersFooters.defaultForAllPages, prop, {
          set: (v: unknown) => set(prop, v),
        });
      }
      return layout;
    },
  });
  wsProto.delete = function (this: Any) {
    const ws = this;
    const f: FakeExcel = ws.fake;
    f.enqueueWrite('worksheet.delete', null, () => {
      const sheet = ws.resolve() as SheetModel | null;
      if (!sheet) throw officeError('InvalidOperation', 'delete on a null object', 'Worksheet.delete');
      if (workbookOf(f).structureProtected)
        throw officeError('AccessDenied', 'The workbook structure is protected.', 'Worksheet.delete');
      f.model.sheets = f.model.sheets.filter((s) => s !== sheet);
      const wbx = workbookOf(f);
      wbx.tables = wbx.tables.filter((t) => t.sheetId !== sheet.id);
    });
  };
  Object.getPrototypeOf(collection).add = function (this: Any, name?: string) {
    const f: FakeExcel = this.fake;
    const id = f.model.newId('sheet');
    const sheetName = name ?? `Sheet${f.model.sheets.length + 1}`;
    f.enqueueWrite(`worksheets.add ${sheetName}`, null, () => {
      if (workbookOf(f).structureProtected)
        throw officeError('AccessDenied', 'The workbook structure is protected.', 'WorksheetCollection.add');
      if (f.model.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) {
        throw officeError(
          'ItemAlreadyExists',
          `A sheet named ${sheetName} exists`,
          'WorksheetCollection.add',
        );
      }
      f.addSheet({ name: sheetName, id });
    });
    return new WorksheetCtor(f, () => f.model.sheets.find((s) => s.id === id) ?? null);
  };
}

/** Workbook structure protection, readable through `workbook.protection` (ExcelApi 1.7). */
function addWorkbookProtection(fake: FakeExcel): void {
  const wb = fake.context.workbook as Any;
  wb.protection = {
    _loaded: false,
    _value: false,
    load() {
      fake.enqueueLoad(() => {
        this._loaded = true;
        this._value = workbookOf(fake).structureProtected;
        return 0;
      });
      return this;
    },
    get protected(): boolean {
      if (!this._loaded)
        throw new Error("PropertyNotLoaded: 'protected' was not loaded and synced (WorkbookProtection)");
      return this._value;
    },
  };
}

/** A fake Excel with the write support above. */
export function writableFake(sheets: FakeSheetSpec[], options?: FakeOptions): FakeExcel {
  const fake = fakeExcel(sheets, options);
  patch(fake);
  addWorkbookProtection(fake);
  return fake;
}

/** The value of a cell (sheet name, A1) in the fake's model. */
export function valueAt(fake: FakeExcel, sheet: string, ref: string): CellValue {
  const p = parseRef(ref) as MergedRange;
  return fake.sheet(sheet).cells.get(key(p.r1, p.c1))?.v ?? null;
}

export function formatCodeAt(fake: FakeExcel, sheet: string, ref: string): string {
  const p = parseRef(ref) as MergedRange;
  return fake.sheet(sheet).cells.get(key(p.r1, p.c1))?.z ?? 'General';
}

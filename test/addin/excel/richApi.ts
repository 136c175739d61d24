/**
 * A strict Excel behind Microsoft's own Office.js client: answers the RichApi
 * requests (`{Actions, ObjectPaths}`, POSTed to `…/ProcessQuery?flags=N`) the
 * excel-web client sends through `OfficeExtension.HttpUtility`'s custom send
 * function, from a Workbook (workbook.ts).
 *
 * Wire format, as the client (excel-web-16.00.debug.js, @microsoft/office-js
 * 1.1.110) builds and reads it:
 *  - ObjectPaths by id: type 1 the workbook, 3 a method (Name, Arguments; an
 *    argument that is an object is its path id, flagged in
 *    ReferencedObjectPathIds), 4 a property, 5 an indexer, 6 a reference id
 *    this backend handed out, 7 a null object.
 *  - Actions in order: 1 instantiate a path (answer: null for a null object,
 *    else `{_ReferenceId}` so a range stays usable after the sync), 2 query
 *    (Select paths such as "items/name" arrive as "name" on a collection;
 *    answer PascalCase properties, collections as `{_Items: [...]}`),
 *    3 method (answer its return value), 4 set a property.
 *  - Results `[{ActionId, Value}]`; a failure is `Error {Code, Message,
 *    ActionIndex, Location}` after the Results of the actions before it:
 *    a batch runs in order and what ran stays done (no rollback).
 *  - Request flag 64 is `Excel.run({delayForCellEdit: true})`.
 *
 * Excel's behaviour kept here because the adapter depends on it: property
 * values only for what was selected; `*OrNullObject` nulls; AccessDenied on
 * writes to a protected sheet; InvalidOperationInCellEditMode while a cell is
 * edited (unless delayed); RequestPayloadSizeLimitExceeded over 5 MB;
 * getMergedAreasOrNullObject failing over 512 areas and reporting only areas
 * whose top-left cell is in the range (office-js#3611); a cell has a note or
 * a threaded comment, not both; formatting counts in getUsedRange(false);
 * a fill keeps its theme tint until it is set.
 */
import type { CellValue, MergedRange } from '../../../src/core/grid';
import { applyTint, untintColor } from '../../../src/core/marks/tint';
import { a1 } from '../../../src/core/grid';
import {
  parseRef,
  parseSheetAddress,
  quoteSheetName,
  refOf,
  splitSheetAddress,
} from '../../../src/addin/address';
import {
  cellKey,
  ensureCell,
  isBlankCell,
  NO_FILL,
  normColor,
  type Cell,
  type Comment,
  type Part,
  type Sheet,
  type Table,
  type Workbook,
} from './workbook';

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const MERGED_AREAS_LIMIT = 512;
const FLAG_DELAY_FOR_CELL_EDIT = 64;

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
}
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Skip?: number; Top?: number };
}
export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, PathInfo>;
}

type Obj =
  | { t: 'Workbook' }
  | { t: 'Worksheets' }
  | { t: 'Worksheet'; sheet: Sheet }
  | { t: 'Protection'; sheet: Sheet }
  | { t: 'Range'; sheet: Sheet; rect: MergedRange }
  | { t: 'RangeFormat'; sheet: Sheet; rect: MergedRange }
  | { t: 'RangeFill'; sheet: Sheet; rect: MergedRange }
  | { t: 'RangeAreas'; sheet: Sheet; rects: MergedRange[] }
  | { t: 'RangeCollection'; sheet: Sheet; rects: MergedRange[] }
  | { t: 'Parts'; ns: string | null }
  | { t: 'Part'; part: Part }
  | { t: 'Comments' }
  | { t: 'Comment'; comment: Comment }
  | { t: 'Replies'; comment: Comment }
  | { t: 'Reply'; comment: Comment; id: string }
  | { t: 'Notes'; sheet: Sheet }
  | { t: 'Note'; sheet: Sheet; cell: string }
  | { t: 'RangeFont'; sheet: Sheet; rect: MergedRange }
  | { t: 'RangeBorders'; sheet: Sheet; rect: MergedRange }
  | { t: 'RangeBorder'; sheet: Sheet; rect: MergedRange; edge: string }
  | { t: 'DataValidation'; sheet: Sheet; rect: MergedRange }
  | { t: 'WorkbookProtection' }
  | { t: 'Tables'; sheet: Sheet }
  | { t: 'Table'; table: Table }
  | { t: 'FreezePanes'; sheet: Sheet }
  | { t: 'PageLayout'; sheet: Sheet }
  | { t: 'HeadersFooters'; sheet: Sheet }
  | { t: 'HeaderFooter'; sheet: Sheet }
  | { t: 'Null' };

export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location = '',
  ) {
    super(message);
  }
}

/** One answered request, for counting syncs in tests and benchmarks. */
export interface SyncRecord {
  actions: number;
  /** Only the client's bookkeeping (_KeepReference, _RemoveReference at the end of Excel.run): not a sync of the adapter. */
  bookkeeping: boolean;
  /** Cells whose values or number formats were returned. */
  cells: number;
  /** Actions that change the workbook (set property, or a method that writes). */
  writes: number;
  bytes: number;
  responseBytes?: number;
  failed?: string;
  message?: string;
}

export interface BackendOptions {
  /** Request size cap (Excel on the web: 5 MB). */
  requestLimitBytes?: number;
  /** Response size cap (Excel on the web: 5 MB). */
  responseLimitBytes?: number;
  /** Cells one range read may cover (Excel: 5,000,000). */
  maxCellsPerRangeRead?: number;
  /** Merged areas getMergedAreasOrNullObject can return (Excel: 512). */
  mergedAreasLimit?: number;
}

const READ_METHODS = new Set([
  'GetItem',
  'GetItemOrNullObject',
  'GetItemAt',
  'GetRange',
  'GetUsedRange',
  'GetUsedRangeOrNullObject',
  'GetIntersectionOrNullObject',
  'GetMergedAreasOrNullObject',
  'GetByNamespace',
  'GetXml',
  'GetLocation',
  'GetActiveWorksheet',
  'GetSelectedRange',
  'GetCount',
  'GetRow',
  'GetBoundingRect',
  'Select',
  'Activate',
]);

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const uncap = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];

/**
 * Excel's insert of `n` entire rows at row `at`: rows at and below move
 * down; a merged area or validation the new rows cut through grows; the new
 * rows take the format of the row above.
 */
function insertRows(s: Sheet, at: number, n: number): void {
  const shift = <T>(m: Map<string, T> | undefined): Map<string, T> | undefined => {
    if (!m) return m;
    const out = new Map<string, T>();
    for (const [k, v] of m) {
      const [r, c] = k.split(',').map(Number);
      out.set(r >= at ? cellKey(r + n, c) : k, v);
    }
    return out;
  };
  s.cells = shift(s.cells) as Map<string, Cell>;
  s.styles = shift(s.styles);
  s.formulas = shift(s.formulas);
  s.hyperlinks = shift(s.hyperlinks);
  if (at > 0)
    for (const [k, cell] of [...s.cells]) {
      const [r, c] = k.split(',').map(Number);
      if (r !== at - 1) continue;
      const style = s.styles?.get(k);
      for (let i = 0; i < n; i++) {
        s.cells.set(cellKey(at + i, c), { v: null, z: cell.z, fill: { ...cell.fill } });
        if (style) s.styles?.set(cellKey(at + i, c), { ...style });
      }
    }
  const grow = (m: MergedRange): MergedRange =>
    m.r1 >= at ? { ...m, r1: m.r1 + n, r2: m.r2 + n } : m.r2 >= at ? { ...m, r2: m.r2 + n } : m;
  s.merges = s.merges.map(grow);
  s.validations = s.validations?.map((v) => ({ ...v, range: grow(v.range) }));
  if (s.rowHeights) {
    const heights = new Map<number, number>();
    for (const [r, h] of s.rowHeights) heights.set(r >= at ? r + n : r, h);
    s.rowHeights = heights;
  }
  if (s.formattedTo && s.formattedTo.r >= at) s.formattedTo = { ...s.formattedTo, r: s.formattedTo.r + n };
}

function contains(a: MergedRange, b: MergedRange): boolean {
  return a.r1 <= b.r1 && a.r2 >= b.r2 && a.c1 <= b.c1 && a.c2 >= b.c2;
}

/**
 * The value Excel shows for a formula. Only `=HYPERLINK(link, "text")` is
 * calculated (its value is the text); any other formula is NOT calculated:
 * its value stays empty (a test that needs it sets it, saying so).
 */
function calculate(formula: string): CellValue {
  const m = /^=HYPERLINK\(\s*"(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  return m ? m[1].replace(/""/g, '"') : null;
}

function fail(code: string, message: string, location = ''): never {
  throw new ExcelError(code, message, location);
}

function rectOf(sheet: Sheet, address: string): MergedRange {
  const { sheet: named, ref } = splitSheetAddress(address);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())
    fail('InvalidArgument', `The address ${address} is not on ${sheet.name}.`, 'Worksheet.getRange');
  const r = parseRef(ref);
  if (!r)
    fail(
      'InvalidArgument',
      'The argument is invalid or missing or has an incorrect format.',
      'Worksheet.getRange',
    );
  return r;
}

function intersect(a: MergedRange, b: MergedRange): MergedRange | null {
  const r = {
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
    r2: Math.min(a.r2, b.r2),
    c2: Math.min(a.c2, b.c2),
  };
  return r.r1 > r.r2 || r.c1 > r.c2 ? null : r;
}

/** Excel's used range: values only, or anything formatted (fills, number formats, whole-column styles). */
export function usedRect(sheet: Sheet, valuesOnly: boolean): MergedRange | null {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  const grow = (ra: number, ca: number, rb: number, cb: number) => {
    r1 = Math.min(r1, ra);
    c1 = Math.min(c1, ca);
    r2 = Math.max(r2, rb);
    c2 = Math.max(c2, cb);
  };
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly ? cell.v === null : isBlankCell(cell)) continue;
    const [r, c] = k.split(',').map(Number);
    grow(r, c, r, c);
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) grow(m.r1, m.c1, m.r2, m.c2);
    if (sheet.formattedTo && r2 >= 0) grow(r1, c1, sheet.formattedTo.r, sheet.formattedTo.c);
    else if (sheet.formattedTo) grow(0, 0, sheet.formattedTo.r, sheet.formattedTo.c);
  }
  return r2 < 0 ? null : { r1, c1, r2, c2 };
}

function addressOf(sheet: Sheet, r: MergedRange): string {
  const name = /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(sheet.name)
    ? sheet.name
    : quoteSheetName(sheet.name);
  return `${name}!${refOf(r)}`;
}

/** Days since 1899-12-30 (Excel's serial date) for a calendar date. */
function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * Excel converts what is typed: numbers, percentages ("85%" → 0.85 with
 * format 0%), dates ("2023-12-31", "2023/12/31", "2023年12月31日" → serial
 * with a date format), TRUE/FALSE; a leading "'" keeps the rest as text.
 */
function typed(input: unknown): { v: CellValue; z?: string } {
  if (input === null || input === undefined || input === '') return { v: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { v: input };
  const s = String(input);
  if (s.startsWith("'")) return { v: s.slice(1) };
  const t = s.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { v: Number(t) };
  const pct = /^([+-]?(?:\d+\.?\d*|\.\d+))[%％]$/.exec(t);
  if (pct) return { v: Number(pct[1]) / 100, z: '0%' };
  const date = /^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/.exec(t);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2] ?? date[4]), Number(date[3] ?? date[5])];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { v: serial(y, m, d), z: 'yyyy/m/d' };
  }
  if (/^(true|false)$/i.test(t)) return { v: /^true$/i.test(t) };
  return { v: s };
}

export class RichApiBackend {
  readonly syncs: SyncRecord[] = [];
  private refs = new Map<string, Obj>();
  private current: SyncRecord | null = null;
  private refSeq = 0;
  /** Event handlers the client has registered (its _Register…Event / _Unregister…Event calls), selection events aside. */
  eventRegistrations = 0;
  /** Selection-changed handlers registered (_RegisterSelectionChangedEvent). */
  selectionRegistrations = 0;
  /** Called before each request runs; a test may change the workbook or throw there. */
  beforeRequest: ((body: RequestBody) => void) | null = null;
  private readonly requestLimit: number;
  private readonly responseLimit: number;
  private readonly rangeReadLimit: number;
  private readonly mergedLimit: number;

  constructor(
    readonly wb: Workbook,
    options: BackendOptions = {},
  ) {
    this.requestLimit = options.requestLimitBytes ?? REQUEST_LIMIT_BYTES;
    this.responseLimit = options.responseLimitBytes ?? REQUEST_LIMIT_BYTES;
    this.rangeReadLimit = options.maxCellsPerRangeRead ?? 5_000_000;
    this.mergedLimit = options.mergedAreasLimit ?? MERGED_AREAS_LIMIT;
  }

  /** Answers one request as Excel would: the response body (`{Results}` or `{Results, Error}`). */
  process(
    bodyText: string,
    flags: number,
  ): { Results: { ActionId: number; Value: unknown }[]; Error?: unknown } {
    const record: SyncRecord = {
      actions: 0,
      writes: 0,
      bytes: bodyText.length,
      bookkeeping: false,
      cells: 0,
    };
    this.syncs.push(record);
    const body = JSON.parse(bodyText) as RequestBody;
    record.bookkeeping = body.Actions.every(
      (a) => a.ActionType === 1 || (a.ActionType === 3 && a.Name.startsWith('_')),
    );
    this.current = record;
    this.beforeRequest?.(body);
    const results: { ActionId: number; Value: unknown }[] = [];
    const error = (e: ExcelError, index: number) => {
      record.failed = e.code;
      record.message = e.message;
      return {
        Results: results,
        Error: {
          Code: e.code,
          Message: e.message,
          HttpStatusCode: 400,
          ActionIndex: index,
          Location: e.location,
        },
      };
    };
    if (new TextEncoder().encode(bodyText).length > this.requestLimit)
      return error(
        new ExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.'),
        -1,
      );
    if (this.wb.cellEditMode) {
      if (!(flags & FLAG_DELAY_FOR_CELL_EDIT))
        return error(
          new ExcelError(
            'InvalidOperationInCellEditMode',
            'Excel is in cell-editing mode. Please exit the edit mode and try again.',
          ),
          -1,
        );
      this.wb.cellEditMode = false; // Excel waits for the officer to leave the cell, then runs the batch
    }
    const resolved = new Map<number, Obj>();
    const resolve = (id: number): Obj => {
      const hit = resolved.get(id);
      if (hit) return hit;
      const info = body.ObjectPaths[String(id)];
      if (!info) fail('InvalidObjectPath', `Unknown object path ${id}`);
      const obj = this.resolvePath(info, resolve);
      resolved.set(id, obj);
      return obj;
    };
    for (let i = 0; i < body.Actions.length; i++) {
      const action = body.Actions[i];
      try {
        const value = this.runAction(action, resolve, record);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
        record.actions++;
      } catch (e) {
        if (e instanceof ExcelError) return error(e, i);
        throw e;
      }
    }
    const out = { Results: results };
    record.responseBytes = JSON.stringify(out).length;
    if (record.responseBytes > this.responseLimit)
      return error(
        new ExcelError(
          'ResponsePayloadSizeLimitExceeded',
          'The response payload size has exceeded the limit.',
        ),
        -1,
      );
    return out;
  }

  private newRef(obj: Obj): string {
    const id = `ref${++this.refSeq}`;
    this.refs.set(id, obj);
    return id;
  }

  private args(info: { ArgumentInfo?: PathInfo['ArgumentInfo'] }, resolve: (id: number) => Obj): unknown[] {
    const args = info.ArgumentInfo?.Arguments ?? [];
    const refIds = info.ArgumentInfo?.ReferencedObjectPathIds ?? [];
    return args.map((a, i) => (typeof refIds[i] === 'number' && refIds[i] !== 0 ? resolve(a as number) : a));
  }

  private resolvePath(info: PathInfo, resolve: (id: number) => Obj): Obj {
    switch (info.ObjectPathType) {
      case 1:
        return { t: 'Workbook' };
      case 6: {
        const obj = this.refs.get(info.Name);
        if (!obj) fail('InvalidObjectPath', `Unknown reference ${info.Name}`);
        return this.alive(obj);
      }
      case 7:
        return { t: 'Null' };
    }
    const parent = resolve(info.ParentObjectPathId as number);
    if (parent.t === 'Null') fail('InvalidObjectPath', 'The object path is a null object.', info.Name);
    const args = this.args(info, resolve);
    if (info.ObjectPathType === 4) return this.property(parent, info.Name);
    if (info.ObjectPathType === 5) return this.method(parent, 'GetItem', args);
    return this.method(parent, info.Name, args);
  }

  /** An object whose sheet, part or comment has gone fails as Excel's would. */
  private alive(obj: Obj): Obj {
    if ('sheet' in obj && !this.wb.sheets.includes(obj.sheet))
      fail('ItemNotFound', 'The requested resource does not exist.');
    if (obj.t === 'Part' && !this.wb.parts.includes(obj.part))
      fail('ItemNotFound', 'The requested resource does not exist.');
    if ((obj.t === 'Comment' || obj.t === 'Reply') && !this.wb.comments.includes(obj.comment))
      fail('ItemNotFound', 'The requested resource does not exist.');
    return obj;
  }

  private property(o: Obj, name: string): Obj {
    const bad = () =>
      fail('InvalidArgument', `No property ${name} on ${o.t} in this backend.`, `${o.t}.${name}`);
    switch (o.t) {
      case 'Workbook':
        if (name === 'Worksheets') return { t: 'Worksheets' };
        if (name === 'CustomXmlParts') return { t: 'Parts', ns: null };
        if (name === 'Comments') return { t: 'Comments' };
        if (name === 'Protection') return { t: 'WorkbookProtection' };
        return bad();
      case 'Worksheet':
        if (name === 'Protection') return { t: 'Protection', sheet: o.sheet };
        if (name === 'Tables') return { t: 'Tables', sheet: o.sheet };
        if (name === 'FreezePanes') return { t: 'FreezePanes', sheet: o.sheet };
        if (name === 'PageLayout') return { t: 'PageLayout', sheet: o.sheet };
        if (name === 'Notes') return { t: 'Notes', sheet: o.sheet };
        if (name === 'Comments') return { t: 'Comments' };
        return bad();
      case 'Range':
        if (name === 'Format') return { t: 'RangeFormat', sheet: o.sheet, rect: o.rect };
        if (name === 'Worksheet') return { t: 'Worksheet', sheet: o.sheet };
        if (name === 'DataValidation') return { t: 'DataValidation', sheet: o.sheet, rect: o.rect };
        return bad();
      case 'RangeFormat':
        if (name === 'Fill') return { t: 'RangeFill', sheet: o.sheet, rect: o.rect };
        if (name === 'Font') return { t: 'RangeFont', sheet: o.sheet, rect: o.rect };
        if (name === 'Borders') return { t: 'RangeBorders', sheet: o.sheet, rect: o.rect };
        return bad();
      case 'PageLayout':
        if (name === 'HeadersFooters') return { t: 'HeadersFooters', sheet: o.sheet };
        return bad();
      case 'HeadersFooters':
        if (name === 'DefaultForAllPages') return { t: 'HeaderFooter', sheet: o.sheet };
        return bad();
      case 'RangeAreas':
        if (name === 'Areas') return { t: 'RangeCollection', sheet: o.sheet, rects: o.rects };
        return bad();
      case 'Comment':
        if (name === 'Replies') return { t: 'Replies', comment: o.comment };
        return bad();
      default:
        return bad();
    }
  }

  private sheetOf(address: string): { sheet: Sheet; rect: MergedRange } {
    const at = parseSheetAddress(address);
    const sheet = at?.sheet != null ? this.wb.sheet(at.sheet) : undefined;
    if (!at || !sheet)
      fail('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    return { sheet, rect: at.range };
  }

  private structureWritable(what: string): void {
    if (this.wb.structureProtected)
      fail('AccessDenied', 'The workbook is protected and cannot be changed.', what);
  }

  private writable(sheet: Sheet, what: string): void {
    if (sheet.protected)
      fail(
        'AccessDenied',
        'The cell or chart you are trying to change is protected and therefore read-only.',
        what,
      );
  }

  /** Methods that return an object (object paths of type 3 and 5) and those that return a value (actions of type 3). */
  private method(o: Obj, name: string, args: unknown[]): Obj {
    const wb = this.wb;
    const sheets = wb.sheets;
    switch (`${o.t}.${name}`) {
      case 'Worksheets.GetItem':
      case 'Worksheets.GetItemOrNullObject': {
        const s = wb.sheet(String(args[0]));
        if (!s)
          return name === 'GetItem'
            ? fail('ItemNotFound', 'The requested resource does not exist.', 'WorksheetCollection.getItem')
            : { t: 'Null' };
        return { t: 'Worksheet', sheet: s };
      }
      case 'Worksheets.GetItemAt':
        return { t: 'Worksheet', sheet: sheets[Number(args[0])] ?? fail('ItemNotFound', 'No such sheet.') };
      case 'Worksheets.GetActiveWorksheet':
        return { t: 'Worksheet', sheet: wb.sheet(wb.activeSheetId ?? '') ?? sheets[0] };
      case 'Worksheets.Add': {
        this.structureWritable('WorksheetCollection.add');
        const name0 = args[0] == null ? `Sheet${sheets.length + 1}` : String(args[0]);
        if (wb.sheet(name0))
          fail(
            'ItemAlreadyExists',
            'A resource with the same name or identifier already exists.',
            'WorksheetCollection.add',
          );
        if (name0.length > 31 || /[\\/?*[\]:]/.test(name0))
          fail(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
            'WorksheetCollection.add',
          );
        return { t: 'Worksheet', sheet: wb.addSheet({ name: name0 }) };
      }
      case 'Range.Insert': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        this.writable(r.sheet, 'Range.insert');
        if (this.current) this.current.writes++;
        if (String(args[0]) !== 'Down' || r.rect.c1 !== 0 || r.rect.c2 < 16_383)
          fail(
            'InvalidArgument',
            'Range.insert: only entire rows shifted down are answered by this backend.',
            'Range.insert',
          );
        insertRows(r.sheet, r.rect.r1, r.rect.r2 - r.rect.r1 + 1);
        return { t: 'Range', sheet: r.sheet, rect: { ...r.rect } };
      }
      case 'Range.GetRow': {
        // The client sends a large values write row by row through getRow.
        const r = o as { sheet: Sheet; rect: MergedRange };
        const row = r.rect.r1 + Number(args[0]);
        if (row > r.rect.r2)
          fail(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
            'Range.getRow',
          );
        return { t: 'Range', sheet: r.sheet, rect: { ...r.rect, r1: row, r2: row } };
      }
      case 'Range.GetBoundingRect': {
        const a = o as { sheet: Sheet; rect: MergedRange };
        const b = args[0] as Obj;
        if (b.t !== 'Range' || b.sheet !== a.sheet)
          fail(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
            'Range.getBoundingRect',
          );
        const { rect: p } = a;
        const q = b.rect;
        return {
          t: 'Range',
          sheet: a.sheet,
          rect: {
            r1: Math.min(p.r1, q.r1),
            c1: Math.min(p.c1, q.c1),
            r2: Math.max(p.r2, q.r2),
            c2: Math.max(p.c2, q.c2),
          },
        };
      }
      case 'RangeBorders.GetItem': {
        const b = o as { sheet: Sheet; rect: MergedRange };
        const edge = String(args[0]);
        if (!BORDER_EDGES.includes(edge))
          fail(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
            'RangeBorderCollection.getItem',
          );
        return { t: 'RangeBorder', sheet: b.sheet, rect: b.rect, edge };
      }
      case 'Tables.Add': {
        const s = (o as { sheet: Sheet }).sheet;
        this.writable(s, 'TableCollection.add');
        const rect = rectOf(s, String(args[0]));
        if (wb.tables.some((t) => t.sheetId === s.id && intersect(rectOf(s, t.address), rect)))
          fail('InvalidArgument', 'A table cannot overlap another table.', 'TableCollection.add');
        const table: Table = {
          id: wb.newId('table'),
          sheetId: s.id,
          address: addressOf(s, rect).replace(/^.*!/, ''),
          hasHeaders: !!args[1],
          style: 'TableStyleMedium2',
        };
        wb.tables.push(table);
        return { t: 'Table', table };
      }
      case 'Workbook.GetSelectedRange':
      case 'Workbook.GetActiveCell': {
        const sel = wb.selection;
        const s = sel ? wb.sheet(sel.sheetId) : sheets[0];
        return { t: 'Range', sheet: s as Sheet, rect: sel?.rect ?? { r1: 0, c1: 0, r2: 0, c2: 0 } };
      }
      case 'Worksheet.GetRange':
        return {
          t: 'Range',
          sheet: (o as { sheet: Sheet }).sheet,
          rect: rectOf((o as { sheet: Sheet }).sheet, String(args[0] ?? 'A1')),
        };
      case 'Worksheet.GetUsedRange':
      case 'Worksheet.GetUsedRangeOrNullObject': {
        const s = (o as { sheet: Sheet }).sheet;
        const u = usedRect(s, !!args[0]);
        if (!u)
          return name.endsWith('OrNullObject')
            ? { t: 'Null' }
            : { t: 'Range', sheet: s, rect: { r1: 0, c1: 0, r2: 0, c2: 0 } };
        return { t: 'Range', sheet: s, rect: u };
      }
      case 'Range.GetIntersectionOrNullObject': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        const other = args[0] as Obj;
        const otherRect =
          typeof other === 'string'
            ? rectOf(r.sheet, other)
            : other.t === 'Range'
              ? other.rect
              : fail('InvalidArgument', 'Not a range.');
        const x = intersect(r.rect, otherRect);
        return x ? { t: 'Range', sheet: r.sheet, rect: x } : { t: 'Null' };
      }
      case 'Range.GetMergedAreasOrNullObject': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        const inside = r.sheet.merges.filter(
          (m) => m.r1 >= r.rect.r1 && m.r1 <= r.rect.r2 && m.c1 >= r.rect.c1 && m.c1 <= r.rect.c2,
        );
        if (inside.length > this.mergedLimit)
          fail(
            'GeneralException',
            `The range holds ${inside.length} merged areas; at most ${this.mergedLimit} can be returned.`,
            'Range.getMergedAreasOrNullObject',
          );
        return inside.length === 0 ? { t: 'Null' } : { t: 'RangeAreas', sheet: r.sheet, rects: inside };
      }
      case 'Range.GetCell': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        const rr = r.rect.r1 + Number(args[0]);
        const cc = r.rect.c1 + Number(args[1]);
        return { t: 'Range', sheet: r.sheet, rect: { r1: rr, c1: cc, r2: rr, c2: cc } };
      }
      case 'RangeCollection.GetItemAt': {
        const rc = o as { sheet: Sheet; rects: MergedRange[] };
        return {
          t: 'Range',
          sheet: rc.sheet,
          rect: rc.rects[Number(args[0])] ?? fail('ItemNotFound', 'No such area.'),
        };
      }
      case 'Parts.GetByNamespace':
        return { t: 'Parts', ns: String(args[0]) };
      case 'Parts.GetItem':
      case 'Parts.GetItemOrNullObject': {
        const p = wb.parts.find((x) => x.id === args[0]);
        if (!p)
          return name === 'GetItem'
            ? fail('ItemNotFound', 'The requested resource does not exist.')
            : { t: 'Null' };
        return { t: 'Part', part: p };
      }
      case 'Parts.Add': {
        const xml = String(args[0]);
        const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
        if (!/^<[\w:.-]+[\s>/]/.test(xml.trim()))
          fail('InvalidArgument', 'The XML is not well formed.', 'CustomXmlPartCollection.add');
        const part: Part = { id: wb.newId('part'), namespace: ns, xml };
        wb.parts.push(part);
        return { t: 'Part', part };
      }
      case 'Comments.GetItem': {
        const c = wb.comments.find((x) => x.id === args[0]);
        return c
          ? { t: 'Comment', comment: c }
          : fail('ItemNotFound', 'The requested resource does not exist.');
      }
      case 'Comments.Add': {
        const target = args[0] as Obj | string;
        const at =
          typeof target === 'string'
            ? this.sheetOf(target)
            : target.t === 'Range'
              ? target
              : fail('InvalidArgument', 'Not a cell.');
        if (at.rect.r1 !== at.rect.r2 || at.rect.c1 !== at.rect.c2)
          fail('InvalidArgument', 'A comment needs one cell.', 'CommentCollection.add');
        this.writable(at.sheet, 'CommentCollection.add');
        const cell = a1(at.rect.r1, at.rect.c1);
        if (wb.comments.some((c) => c.sheetId === at.sheet.id && c.cell === cell))
          fail('InvalidArgument', 'The cell already has a comment.', 'CommentCollection.add');
        if (at.sheet.notes.has(cell))
          fail(
            'InvalidArgument',
            'The cell has a note; a cell has a note or a comment, not both.',
            'CommentCollection.add',
          );
        const comment: Comment = {
          id: wb.newId('comment'),
          sheetId: at.sheet.id,
          cell,
          content: String(args[1]),
          replies: [],
        };
        wb.comments.push(comment);
        return { t: 'Comment', comment };
      }
      case 'Comment.GetLocation': {
        const c = (o as { comment: Comment }).comment;
        const s = wb.sheet(c.sheetId) as Sheet;
        const r = parseRef(c.cell) as MergedRange;
        return { t: 'Range', sheet: s, rect: r };
      }
      case 'Replies.Add': {
        const c = (o as { comment: Comment }).comment;
        this.writable(wb.sheet(c.sheetId) as Sheet, 'CommentReplyCollection.add');
        const reply = { id: wb.newId('reply'), content: String(args[0]) };
        c.replies.push(reply);
        return { t: 'Reply', comment: c, id: reply.id };
      }
      case 'Replies.GetItem':
      case 'Replies.GetItemAt': {
        const c = (o as { comment: Comment }).comment;
        const r = name === 'GetItemAt' ? c.replies[Number(args[0])] : c.replies.find((x) => x.id === args[0]);
        return r
          ? { t: 'Reply', comment: c, id: r.id }
          : fail('ItemNotFound', 'The requested resource does not exist.');
      }
      case 'Notes.GetItem':
      case 'Notes.GetItemOrNullObject': {
        const s = (o as { sheet: Sheet }).sheet;
        const cell = a1(rectOf(s, String(args[0])).r1, rectOf(s, String(args[0])).c1);
        if (!s.notes.has(cell))
          return name === 'GetItem'
            ? fail('ItemNotFound', 'The requested resource does not exist.')
            : { t: 'Null' };
        return { t: 'Note', sheet: s, cell };
      }
      case 'Notes.Add': {
        const s = (o as { sheet: Sheet }).sheet;
        const target = args[0] as Obj | string;
        const rect =
          typeof target === 'string'
            ? rectOf(s, target)
            : target.t === 'Range'
              ? target.rect
              : fail('InvalidArgument', 'Not a cell.');
        this.writable(s, 'NoteCollection.add');
        const cell = a1(rect.r1, rect.c1);
        if (s.notes.has(cell)) fail('InvalidArgument', 'The cell already has a note.', 'NoteCollection.add');
        if (wb.comments.some((c) => c.sheetId === s.id && c.cell === cell))
          fail(
            'InvalidArgument',
            'The cell has a threaded comment; a cell has a note or a comment, not both.',
            'NoteCollection.add',
          );
        s.notes.set(cell, String(args[1]));
        return { t: 'Note', sheet: s, cell };
      }
    }
    return fail('InvalidArgument', `${o.t}.${name} is not answered by this backend.`, `${o.t}.${name}`);
  }

  private runAction(action: ActionInfo, resolve: (id: number) => Obj, record: SyncRecord): unknown {
    // Trace markers (the client registers event handlers when their result comes back): no object, a null result.
    if (action.ActionType === 5) return null;
    if (action.ActionType < 1 || action.ActionType > 4) return undefined;
    const o = resolve(action.ObjectPathId);
    switch (action.ActionType) {
      case 1:
        if (o.t === 'Null') return null;
        return this.idResult(o);
      case 2:
        if (o.t === 'Null') return null;
        return this.query(o, action.QueryInfo?.Select ?? null);
      case 3: {
        const registration = /^_(Register|Unregister)(\w*)Event$/.exec(action.Name);
        if (registration) {
          const step = registration[1] === 'Register' ? 1 : -1;
          if (registration[2] === 'SelectionChanged') this.selectionRegistrations += step;
          else this.eventRegistrations += step;
        }
        if (action.Name.startsWith('_')) return null; // _KeepReference, event (un)registration: bookkeeping
        if (o.t === 'Null') fail('InvalidObjectPath', 'A method was called on a null object.', action.Name);
        const args = this.args(action, resolve);
        if (!READ_METHODS.has(action.Name) && !action.Name.startsWith('_')) record.writes++;
        return this.invoke(o, action.Name, args);
      }
      case 4: {
        if (o.t === 'Null') fail('InvalidObjectPath', 'A property was set on a null object.', action.Name);
        record.writes++;
        this.set(o, action.Name, (action.ArgumentInfo?.Arguments ?? [])[0]);
        return undefined;
      }
      default:
        return undefined; // trace and keep-reference actions: nothing to do
    }
  }

  private idResult(o: Obj): Record<string, unknown> {
    const ref = { _ReferenceId: this.newRef(o) };
    if (o.t === 'Worksheet') return { ...ref, Id: o.sheet.id };
    if (o.t === 'Part') return { ...ref, Id: o.part.id };
    if (o.t === 'Comment') return { ...ref, Id: o.comment.id };
    return ref;
  }

  private scalars(o: Obj): Record<string, unknown> {
    switch (o.t) {
      case 'Worksheet':
        return {
          Id: o.sheet.id,
          Name: o.sheet.name,
          Visibility: o.sheet.visibility,
          Position: this.wb.sheets.indexOf(o.sheet),
        };
      case 'Protection':
        return { Protected: o.sheet.protected };
      case 'WorkbookProtection':
        return { Protected: this.wb.structureProtected };
      case 'Table':
        return { Id: o.table.id, Style: o.table.style, ShowHeaders: o.table.hasHeaders };
      case 'Range': {
        const { rect, sheet } = o;
        const cells = (f: (r: number, c: number) => unknown) => {
          const rows: unknown[][] = [];
          for (let r = rect.r1; r <= rect.r2; r++) {
            const row: unknown[] = [];
            for (let c = rect.c1; c <= rect.c2; c++) row.push(f(r, c));
            rows.push(row);
          }
          return rows;
        };
        const count = (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1);
        const lazy: Record<string, () => unknown> = {
          Address: () => addressOf(sheet, rect),
          RowIndex: () => rect.r1,
          ColumnIndex: () => rect.c1,
          RowCount: () => rect.r2 - rect.r1 + 1,
          ColumnCount: () => rect.c2 - rect.c1 + 1,
          CellCount: () => count,
          Values: () => cells((r, c) => sheet.cells.get(cellKey(r, c))?.v ?? ''),
          NumberFormat: () => cells((r, c) => sheet.cells.get(cellKey(r, c))?.z ?? 'General'),
          // A constant's formula is the value itself.
          Formulas: () =>
            cells((r, c) => sheet.formulas?.get(cellKey(r, c)) ?? sheet.cells.get(cellKey(r, c))?.v ?? ''),
          Hyperlink: () => sheet.hyperlinks?.get(cellKey(rect.r1, rect.c1)) ?? null,
        };
        return lazy; // values built only when selected (see project)
      }
      case 'RangeFill': {
        const c = o.sheet.cells.get(cellKey(o.rect.r1, o.rect.c1));
        const f = c?.fill ?? NO_FILL;
        return {
          Color: f.color,
          Pattern: f.pattern,
          PatternColor: f.patternColor,
          TintAndShade: f.tintAndShade,
          PatternTintAndShade: f.patternTintAndShade,
        };
      }
      case 'RangeAreas':
        return { AreaCount: o.rects.length, Address: o.rects.map((r) => addressOf(o.sheet, r)).join(',') };
      case 'Part':
        return { Id: o.part.id, NamespaceUri: o.part.namespace };
      case 'Comment':
        return { Id: o.comment.id, Content: o.comment.content, AuthorName: 'Officer', Resolved: false };
      case 'Reply': {
        const r = o.comment.replies.find((x) => x.id === o.id);
        if (!r) fail('ItemNotFound', 'The requested resource does not exist.');
        return { Id: r.id, Content: r.content };
      }
      case 'Note':
        return { Content: o.sheet.notes.get(o.cell) ?? '' };
      default:
        return {};
    }
  }

  private items(o: Obj): Obj[] | null {
    switch (o.t) {
      case 'Worksheets':
        return this.wb.sheets.map((sheet) => ({ t: 'Worksheet', sheet }));
      case 'Parts':
        return this.wb.parts
          .filter((p) => o.ns === null || p.namespace === o.ns)
          .map((part) => ({ t: 'Part', part }));
      case 'Comments':
        return this.wb.comments.map((comment) => ({ t: 'Comment', comment }));
      case 'Replies':
        return o.comment.replies.map((r) => ({ t: 'Reply', comment: o.comment, id: r.id }));
      case 'RangeCollection':
        return o.rects.map((rect) => ({ t: 'Range', sheet: o.sheet, rect }));
      case 'Notes':
        return [...o.sheet.notes.keys()].map((cell) => ({ t: 'Note', sheet: o.sheet, cell }));
      default:
        return null;
    }
  }

  private navigation(o: Obj, prop: string): Obj | null {
    try {
      return this.property(o, cap(prop));
    } catch {
      return null;
    }
  }

  /** A query's answer: the selected properties only (all scalars when nothing is selected). */
  private query(o: Obj, select: string[] | null): unknown {
    const list = this.items(o);
    if (list) {
      const items = list.map((item) => ({ ...this.project(item, select), ...this.idFields(item) }));
      return { _Items: items };
    }
    return this.project(o, select);
  }

  private idFields(o: Obj): Record<string, unknown> {
    if (o.t === 'Worksheet') return { Id: o.sheet.id };
    if (o.t === 'Part') return { Id: o.part.id };
    if (o.t === 'Comment') return { Id: o.comment.id };
    if (o.t === 'Reply') return { Id: o.id };
    return { _ReferenceId: this.newRef(o) };
  }

  private project(o: Obj, select: string[] | null): Record<string, unknown> {
    const scalars = this.scalars(o);
    const read = (k: string) => {
      const v = scalars[k];
      return typeof v === 'function' ? (v as () => unknown)() : v;
    };
    if (!select || select.length === 0) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(scalars)) if (k !== 'Values' && k !== 'NumberFormat') out[k] = read(k);
      if (o.t === 'Range') {
        out.Values = read('Values');
        out.NumberFormat = read('NumberFormat');
      }
      return out;
    }
    const groups = new Map<string, string[]>();
    for (const path of select) {
      const [head, ...rest] = path.split('/');
      const list = groups.get(head) ?? [];
      if (rest.length > 0) list.push(rest.join('/'));
      groups.set(head, list);
    }
    const out: Record<string, unknown> = {};
    for (const [head, rest] of groups) {
      const key = cap(head);
      if (key in scalars) {
        if (o.t === 'Range' && (key === 'Values' || key === 'NumberFormat' || key === 'Text')) {
          const cells = (o.rect.r2 - o.rect.r1 + 1) * (o.rect.c2 - o.rect.c1 + 1);
          if (cells > this.rangeReadLimit)
            fail(
              'RangeExceedsLimit',
              'The number of cells in the range has exceeded the maximum supported number.',
              'Range.load',
            );
        }
        out[key] = read(key);
        if (o.t === 'Range' && key === 'Values' && this.current)
          this.current.cells += (o.rect.r2 - o.rect.r1 + 1) * (o.rect.c2 - o.rect.c1 + 1);
        continue;
      }
      const nav = this.navigation(o, head);
      if (!nav) fail('PropertyNotLoaded', `The property ${head} does not exist on ${o.t} in this backend.`);
      out[key] = this.query(nav, rest.length > 0 ? rest : null);
    }
    return out;
  }

  private rangeCells(o: { sheet: Sheet; rect: MergedRange }, each: (r: number, c: number) => void) {
    for (let r = o.rect.r1; r <= o.rect.r2; r++) for (let c = o.rect.c1; c <= o.rect.c2; c++) each(r, c);
  }

  private invoke(o: Obj, name: string, args: unknown[]): unknown {
    const wb = this.wb;
    // Event (un)registration (events come from fireChanged), _KeepReference, _RemoveReference: bookkeeping.
    if (name.startsWith('_')) return null;
    switch (`${o.t}.${name}`) {
      case 'Part.GetXml':
        return (o as { part: Part }).part.xml;
      case 'Part.SetXml':
        (o as { part: Part }).part.xml = String(args[0]);
        return null;
      case 'Part.Delete':
        wb.parts = wb.parts.filter((p) => p !== (o as { part: Part }).part);
        return null;
      case 'Worksheet.Activate': {
        const s = (o as { sheet: Sheet }).sheet;
        if (s.visibility !== 'Visible')
          fail('InvalidOperation', 'A hidden sheet cannot be activated.', 'Worksheet.activate');
        wb.activeSheetId = s.id;
        return null;
      }
      case 'Worksheet.Delete': {
        this.structureWritable('Worksheet.delete');
        const s = (o as { sheet: Sheet }).sheet;
        wb.sheets = wb.sheets.filter((x) => x !== s);
        wb.tables = wb.tables.filter((t) => t.sheetId !== s.id);
        wb.comments = wb.comments.filter((c) => c.sheetId !== s.id);
        return null;
      }
      case 'Range.Select': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        if (r.sheet.visibility !== 'Visible')
          fail('InvalidOperation', 'A range on a hidden sheet cannot be selected.', 'Range.select');
        wb.selection = { sheetId: r.sheet.id, rect: r.rect };
        wb.activeSheetId = r.sheet.id;
        return null;
      }
      case 'RangeFill.Clear': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        this.writable(r.sheet, 'RangeFill.clear');
        this.rangeCells(r, (rr, cc) => {
          const cell = r.sheet.cells.get(cellKey(rr, cc));
          if (cell) cell.fill = { ...NO_FILL };
        });
        return null;
      }
      case 'Note.Delete': {
        const n = o as { sheet: Sheet; cell: string };
        this.writable(n.sheet, 'Note.delete');
        n.sheet.notes.delete(n.cell);
        return null;
      }
      case 'Comment.Delete': {
        const c = (o as { comment: Comment }).comment;
        this.writable(wb.sheet(c.sheetId) as Sheet, 'Comment.delete');
        wb.comments = wb.comments.filter((x) => x !== c);
        return null;
      }
      case 'Reply.Delete': {
        const r = o as { comment: Comment; id: string };
        this.writable(wb.sheet(r.comment.sheetId) as Sheet, 'CommentReply.delete');
        r.comment.replies = r.comment.replies.filter((x) => x.id !== r.id);
        return null;
      }
      case 'Worksheets.GetCount':
        return wb.sheets.length;
      case 'Range.Merge': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        this.writable(r.sheet, 'Range.merge');
        if (args[0]) fail('InvalidArgument', 'merge(true) is not answered by this backend.', 'Range.merge');
        const overlapping = r.sheet.merges.filter((m) => intersect(m, r.rect));
        // Excel merges a range that covers whole merged areas; one only partly covered fails.
        if (overlapping.some((m) => !contains(r.rect, m)))
          fail('InvalidOperation', 'Cannot merge a range that partly covers a merged area.', 'Range.merge');
        r.sheet.merges = r.sheet.merges.filter((m) => !overlapping.includes(m));
        if (r.rect.r2 > r.rect.r1 || r.rect.c2 > r.rect.c1) r.sheet.merges.push({ ...r.rect });
        return null;
      }
      case 'Range.Unmerge': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        this.writable(r.sheet, 'Range.unmerge');
        r.sheet.merges = r.sheet.merges.filter((m) => !intersect(m, r.rect));
        return null;
      }
      case 'PageLayout.SetPrintArea': {
        const s = (o as { sheet: Sheet }).sheet;
        this.writable(s, 'PageLayout.setPrintArea');
        s.pageLayout = { ...s.pageLayout, printArea: String(args[0]) };
        return null;
      }
      case 'FreezePanes.FreezeRows': {
        const s = (o as { sheet: Sheet }).sheet;
        this.writable(s, 'WorksheetFreezePanes.freezeRows');
        s.frozenRows = Number(args[0] ?? 1);
        return null;
      }
      case 'PageLayout.SetPrintTitleRows': {
        const s = (o as { sheet: Sheet }).sheet;
        this.writable(s, 'PageLayout.setPrintTitleRows');
        s.pageLayout = { ...s.pageLayout, printTitleRows: String(args[0]) };
        return null;
      }
    }
    return fail('InvalidArgument', `${o.t}.${name}() is not answered by this backend.`, `${o.t}.${name}`);
  }

  private set(o: Obj, name: string, value: unknown): void {
    switch (`${o.t}.${name}`) {
      case 'RangeFill.Color':
      case 'RangeFill.Pattern':
      case 'RangeFill.PatternColor':
      case 'RangeFill.TintAndShade':
      case 'RangeFill.PatternTintAndShade': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        this.writable(r.sheet, `RangeFill.${name}`);
        this.rangeCells(r, (rr, cc) => {
          const cell = ensureCell(r.sheet, rr, cc);
          const f = cell.fill;
          if (name === 'Color') {
            // Setting a colour makes a solid fill of exactly that colour: any theme tint is gone.
            cell.fill = {
              ...f,
              color: normColor(String(value)),
              pattern: f.pattern === 'None' ? 'Solid' : f.pattern,
              tintAndShade: 0,
            };
          } else if (name === 'Pattern') cell.fill = { ...f, pattern: String(value) };
          else if (name === 'PatternColor') cell.fill = { ...f, patternColor: normColor(String(value)) };
          else {
            const n = Number(value);
            if (!(n >= -1 && n <= 1))
              fail(
                'InvalidArgument',
                'The argument is invalid or missing or has an incorrect format.',
                `RangeFill.${name}`,
              );
            cell.fill =
              name === 'TintAndShade'
                ? // Excel reports a tinted fill as the colour shown (the base colour tinted) plus the tint.
                  { ...f, tintAndShade: n, color: applyTint(untintColor(f.color, f.tintAndShade), n) }
                : { ...f, patternTintAndShade: n };
          }
        });
        return;
      }
      case 'Range.Values':
      case 'Range.NumberFormat': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        this.writable(r.sheet, `Range.${name}`);
        const rows = value as unknown[][];
        const h = r.rect.r2 - r.rect.r1 + 1;
        const w = r.rect.c2 - r.rect.c1 + 1;
        const single = !Array.isArray(rows);
        if (!single && (rows.length !== h || rows.some((row) => !Array.isArray(row) || row.length !== w)))
          fail(
            'InvalidArgument',
            'The number of rows or columns in the input array does not match the size or dimensions of the range.',
            `Range.${name}`,
          );
        this.rangeCells(r, (rr, cc) => {
          const v = single ? value : rows[rr - r.rect.r1][cc - r.rect.c1];
          const cell = ensureCell(r.sheet, rr, cc);
          if (name === 'Values') {
            r.sheet.formulas?.delete(cellKey(rr, cc));
            // Excel takes a value starting with "=" as a formula unless the cell is formatted as text.
            if (typeof v === 'string' && v.startsWith('=') && cell.z !== '@') {
              (r.sheet.formulas ??= new Map()).set(cellKey(rr, cc), v);
              cell.v = calculate(v);
              return;
            }
            const t = typed(v);
            cell.v = t.v;
            if (t.z && cell.z === 'General') cell.z = t.z;
          } else cell.z = v == null ? 'General' : String(v);
        });
        return;
      }
      case 'Range.Formulas': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        this.writable(r.sheet, 'Range.formulas');
        const rows = value as unknown[][];
        const h = r.rect.r2 - r.rect.r1 + 1;
        const w = r.rect.c2 - r.rect.c1 + 1;
        if (
          !Array.isArray(rows) ||
          rows.length !== h ||
          rows.some((row) => !Array.isArray(row) || row.length !== w)
        )
          fail(
            'InvalidArgument',
            'The number of rows or columns in the input array does not match the size or dimensions of the range.',
            'Range.formulas',
          );
        this.rangeCells(r, (rr, cc) => {
          const f = rows[rr - r.rect.r1][cc - r.rect.c1];
          const cell = ensureCell(r.sheet, rr, cc);
          const key = cellKey(rr, cc);
          if (typeof f === 'string' && f.startsWith('=')) {
            (r.sheet.formulas ??= new Map()).set(key, f);
            cell.v = calculate(f);
          } else {
            r.sheet.formulas?.delete(key);
            cell.v = typed(f).v;
          }
        });
        return;
      }
      case 'Range.Hyperlink': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        this.writable(r.sheet, 'Range.hyperlink');
        const link = value as Record<string, unknown>;
        this.rangeCells(r, (rr, cc) => {
          (r.sheet.hyperlinks ??= new Map()).set(cellKey(rr, cc), { ...link });
          // Excel shows the link's text in the cell.
          if (typeof link.textToDisplay === 'string') ensureCell(r.sheet, rr, cc).v = link.textToDisplay;
        });
        return;
      }
      case 'RangeFont.Bold':
      case 'RangeFont.Italic':
      case 'RangeFont.Size':
      case 'RangeFont.Name':
      case 'RangeFont.Color':
      case 'RangeFormat.WrapText':
      case 'RangeFormat.VerticalAlignment':
      case 'RangeFormat.HorizontalAlignment': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        const key =
          o.t === 'RangeFont' ? `font.${name.charAt(0).toLowerCase()}${name.slice(1)}` : uncap(name);
        this.writable(r.sheet, `${o.t}.${key}`);
        this.rangeCells(r, (rr, cc) => {
          const styles = (r.sheet.styles ??= new Map());
          const k = cellKey(rr, cc);
          styles.set(k, { ...styles.get(k), [key]: value });
        });
        return;
      }
      case 'RangeFormat.RowHeight': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        this.writable(r.sheet, 'RangeFormat.rowHeight');
        for (let rr = r.rect.r1; rr <= r.rect.r2; rr++)
          (r.sheet.rowHeights ??= new Map()).set(rr, Number(value));
        return;
      }
      case 'RangeBorder.Style':
      case 'RangeBorder.Weight':
      case 'RangeBorder.Color': {
        const b = o as { sheet: Sheet; rect: MergedRange; edge: string };
        this.writable(b.sheet, `RangeBorder.${uncap(name)}`);
        const { r1, c1, r2, c2 } = b.rect;
        const styles = (b.sheet.styles ??= new Map());
        const put = (r: number, c: number, side: string) => {
          const k = cellKey(r, c);
          styles.set(k, { ...styles.get(k), [`border.${side}.${uncap(name)}`]: value });
        };
        for (let r = r1; r <= r2; r++)
          for (let c = c1; c <= c2; c++) {
            if (b.edge === 'EdgeTop' && r === r1) put(r, c, 'top');
            if (b.edge === 'EdgeBottom' && r === r2) put(r, c, 'bottom');
            if (b.edge === 'EdgeLeft' && c === c1) put(r, c, 'left');
            if (b.edge === 'EdgeRight' && c === c2) put(r, c, 'right');
            if (b.edge === 'InsideHorizontal') {
              if (r > r1) put(r, c, 'top');
              if (r < r2) put(r, c, 'bottom');
            }
            if (b.edge === 'InsideVertical') {
              if (c > c1) put(r, c, 'left');
              if (c < c2) put(r, c, 'right');
            }
          }
        return;
      }
      case 'DataValidation.Rule':
      case 'DataValidation.ErrorAlert':
      case 'DataValidation.Prompt':
      case 'DataValidation.IgnoreBlanks': {
        const d = o as { sheet: Sheet; rect: MergedRange };
        this.writable(d.sheet, `DataValidation.${uncap(name)}`);
        const list = (d.sheet.validations ??= []);
        const same = (v: { range: MergedRange }) =>
          v.range.r1 === d.rect.r1 &&
          v.range.c1 === d.rect.c1 &&
          v.range.r2 === d.rect.r2 &&
          v.range.c2 === d.rect.c2;
        let v = list.find(same);
        if (!v) list.push((v = { range: { ...d.rect } }));
        v[uncap(name)] = value;
        return;
      }
      case 'RangeFormat.ColumnWidth': {
        const r = o as { sheet: Sheet; rect: MergedRange };
        this.writable(r.sheet, 'RangeFormat.columnWidth');
        for (let c = r.rect.c1; c <= r.rect.c2; c++)
          (r.sheet.columnWidths ??= new Map()).set(c, Number(value));
        return;
      }
      case 'Table.Style': {
        const t = (o as { table: Table }).table;
        this.writable(this.wb.mustSheet(t.sheetId), 'Table.style');
        t.style = String(value);
        return;
      }
      case 'PageLayout.Orientation':
      case 'PageLayout.PaperSize':
      case 'PageLayout.Zoom':
      case 'PageLayout.LeftMargin':
      case 'PageLayout.RightMargin':
      case 'PageLayout.TopMargin':
      case 'PageLayout.BottomMargin':
      case 'PageLayout.HeaderMargin':
      case 'PageLayout.FooterMargin':
      case 'PageLayout.CenterHorizontally':
      case 'PageLayout.CenterVertically':
      case 'HeaderFooter.CenterFooter':
      case 'HeaderFooter.CenterHeader':
      case 'HeaderFooter.LeftFooter':
      case 'HeaderFooter.RightFooter': {
        const s = (o as { sheet: Sheet }).sheet;
        this.writable(s, `${o.t}.${uncap(name)}`);
        s.pageLayout = { ...s.pageLayout, [uncap(name)]: value };
        return;
      }
      case 'Note.Content': {
        const n = o as { sheet: Sheet; cell: string };
        this.writable(n.sheet, 'Note.content');
        n.sheet.notes.set(n.cell, String(value));
        return;
      }
      case 'Comment.Content': {
        const c = (o as { comment: Comment }).comment;
        this.writable(this.wb.sheet(c.sheetId) as Sheet, 'Comment.content');
        c.content = String(value);
        return;
      }
      case 'Reply.Content': {
        const r = o as { comment: Comment; id: string };
        this.writable(this.wb.sheet(r.comment.sheetId) as Sheet, 'CommentReply.content');
        const reply = r.comment.replies.find((x) => x.id === r.id);
        if (!reply) fail('ItemNotFound', 'The requested resource does not exist.');
        reply.content = String(value);
        return;
      }
    }
    fail('InvalidArgument', `${o.t}.${name} cannot be set in this backend.`, `${o.t}.${name}`);
  }
}

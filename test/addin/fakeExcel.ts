/**
 * A small fake of the Excel JavaScript object model, enough for src/addin:
 * worksheets, used ranges, range values / number formats / fills, merged
 * areas, notes, threaded comments, custom XML parts, protection, events.
 *
 * It behaves like Office.js where the adapter's correctness depends on it:
 *  - proxies are resolved and loads answered only at `context.sync()`;
 *    reading a property that was not loaded and synced throws;
 *  - writes are queued and applied at the sync, in order with the loads;
 *  - `*OrNullObject` results report `isNullObject`; calling a method on a
 *    null object fails the sync (the adapter must never chain on one);
 *  - getMergedAreasOrNullObject reports areas whose top-left cell is in the
 *    range and fails on more than 512 of them;
 *  - optional caps: cells loaded per sync (Excel on the web's 5 MB response)
 *    and cells per range read (5,000,000);
 *  - writing to a protected sheet fails the sync.
 * Every sync is recorded (loads, writes, cells) so tests can count them.
 *
 * The request context itself is an office-addin-mock OfficeMockObject whose
 * `sync` is a jest.fn that flushes this fake's queue.
 */
import type { CellValue, MergedRange } from '../../src/core/grid';
import { a1 } from '../../src/core/grid';
import { parseRef, refOf } from '../../src/addin/address';
import { officeMock } from './officeMock';

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export const NO_FILL: FakeFill = Object.freeze({
  color: '#FFFFFF',
  pattern: 'None',
  patternColor: '#000000',
  tintAndShade: 0,
  patternTintAndShade: 0,
});

export interface FakeCellSpec {
  v?: CellValue;
  z?: string;
  fill?: Partial<FakeFill>;
}

export interface FakeSheetSpec {
  name: string;
  id?: string;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  protected?: boolean;
  /** Rows of values placed at (top, left). */
  values?: CellValue[][];
  formats?: (string | null | undefined)[][];
  top?: number;
  left?: number;
  /** Single cells by A1, applied after `values`. */
  cells?: Record<string, FakeCellSpec>;
  merges?: MergedRange[];
  notes?: Record<string, string>;
}

export interface FakeOptions {
  /** Cells of values/number formats one sync may return (Excel on the web: 5 MB). */
  maxResponseCells?: number;
  /** Cells one range read may cover. */
  maxCellsPerRangeRead?: number;
  /** Merged areas getMergedAreasOrNullObject may report. */
  maxMergedAreasPerCall?: number;
}

export interface SyncRecord {
  loads: number;
  writes: number;
  cells: number;
  /** Descriptions of the writes, e.g. "fill.color Sheet1!B3 = #EAAF80". */
  writeLog: string[];
  /** Worksheet ids written to. */
  sheetsWritten: Set<string>;
  /** Error code when the sync failed. */
  failed?: string;
}

interface CellModel {
  v: CellValue;
  z: string;
  fill: FakeFill;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: string;
  protected: boolean;
  cells: Map<string, CellModel>;
  merges: MergedRange[];
  notes: Map<string, string>;
}

export interface CommentModel {
  id: string;
  sheetId: string;
  cell: string;
  content: string;
  replies: { id: string; content: string }[];
}

export interface PartModel {
  id: string;
  namespace: string;
  xml: string;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  parts: PartModel[] = [];
  comments: CommentModel[] = [];
  private seq = 0;
  newId(prefix: string): string {
    this.seq += 1;
    return `{${prefix}-${String(this.seq).padStart(4, '0')}}`;
  }
  sheet(key: string): SheetModel | undefined {
    return (
      this.sheets.find((s) => s.id === key) ??
      this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase())
    );
  }
}

const key = (r: number, c: number) => `${r},${c}`;

function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function officeError(code: string, message: string, location?: string): Error {
  return Object.assign(new Error(message), {
    code,
    name: 'RichApi.Error',
    debugInfo: { code, message, errorLocation: location },
  });
}

export function cellOf(sheet: SheetModel, r: number, c: number): CellModel | undefined {
  return sheet.cells.get(key(r, c));
}

function ensureCell(sheet: SheetModel, r: number, c: number): CellModel {
  let cell = sheet.cells.get(key(r, c));
  if (!cell) sheet.cells.set(key(r, c), (cell = { v: null, z: 'General', fill: { ...NO_FILL } }));
  return cell;
}

function normColor(c: string): string {
  const s = c.trim();
  return s.startsWith('#') ? s.toUpperCase() : `#${s.toUpperCase()}`;
}

/** Bounding box of cells with a value, a number format other than General, a fill, or a merge. */
export function usedRect(sheet: SheetModel): MergedRange | null {
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
    if (cell.v === null && cell.z === 'General' && cell.fill.pattern === 'None') continue;
    const [r, c] = k.split(',').map(Number);
    grow(r, c, r, c);
  }
  for (const m of sheet.merges) grow(m.r1, m.c1, m.r2, m.c2);
  return r2 < 0 ? null : { r1, c1, r2, c2 };
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

type Trie = Map<string, Trie>;

function parseLoad(props?: string | string[] | { select?: string; expand?: string }): Trie {
  const list: string[] = [];
  if (props === undefined) list.push('*');
  else if (typeof props === 'string') list.push(...props.split(','));
  else if (Array.isArray(props)) list.push(...props.flatMap((p) => p.split(',')));
  else list.push(...(props.select ?? '').split(','), ...(props.expand ?? '').split(','));
  const trie: Trie = new Map();
  for (const raw of list) {
    const path = raw.trim();
    if (!path) continue;
    let node = trie;
    for (const part of path.split('/')) {
      let next = node.get(part);
      if (!next) node.set(part, (next = new Map()));
      node = next;
    }
  }
  return trie;
}

/** The request context: an OfficeMockObject carrying the fake workbook and a counting sync. */
export class FakeExcel {
  readonly model = new WorkbookModel();
  readonly syncs: SyncRecord[] = [];
  readonly context: Excel.RequestContext & { sync: jest.Mock };
  /** Registered change handlers (one entry per add, as Excel keeps them). */
  readonly events = new Set<{ handler: (e: Partial<Excel.WorksheetChangedEventArgs>) => unknown }>();
  private queue: (() => void)[] = [];
  private current: SyncRecord | null = null;
  readonly options: Required<FakeOptions>;

  constructor(sheets: FakeSheetSpec[], options: FakeOptions = {}) {
    this.options = {
      maxResponseCells: options.maxResponseCells ?? Infinity,
      maxCellsPerRangeRead: options.maxCellsPerRangeRead ?? 5_000_000,
      maxMergedAreasPerCall: options.maxMergedAreasPerCall ?? 512,
    };
    for (const spec of sheets) this.addSheet(spec);
    const mock = officeMock() as unknown as Record<string, unknown>;
    mock.workbook = new FakeWorkbook(this);
    mock.sync = jest.fn(() => this.flush());
    this.context = mock as unknown as Excel.RequestContext & { sync: jest.Mock };
  }

  addSheet(spec: FakeSheetSpec): SheetModel {
    const sheet: SheetModel = {
      id: spec.id ?? this.model.newId('sheet'),
      name: spec.name,
      visibility: spec.visibility ?? 'Visible',
      protected: !!spec.protected,
      cells: new Map(),
      merges: (spec.merges ?? []).map((m) => ({ ...m })),
      notes: new Map(Object.entries(spec.notes ?? {})),
    };
    const top = spec.top ?? 0;
    const left = spec.left ?? 0;
    (spec.values ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        const z = spec.formats?.[i]?.[j] ?? 'General';
        if (v === null && z === 'General') return;
        const cell = ensureCell(sheet, top + i, left + j);
        cell.v = v;
        cell.z = z;
      }),
    );
    for (const [ref, c] of Object.entries(spec.cells ?? {})) {
      const r = parseRef(ref) as MergedRange;
      const cell = ensureCell(sheet, r.r1, r.c1);
      if (c.v !== undefined) cell.v = c.v;
      if (c.z !== undefined) cell.z = c.z;
      if (c.fill)
        cell.fill = { ...NO_FILL, ...c.fill, ...(c.fill.color ? { color: normColor(c.fill.color) } : {}) };
    }
    this.model.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.model.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** A deep copy of every cell's value and number format, to compare before and after. */
  snapshotValues(): Record<string, Record<string, [CellValue, string]>> {
    const out: Record<string, Record<string, [CellValue, string]>> = {};
    for (const s of this.model.sheets) {
      const cells: Record<string, [CellValue, string]> = {};
      for (const [k, c] of s.cells) if (c.v !== null || c.z !== 'General') cells[k] = [c.v, c.z];
      out[s.id] = cells;
    }
    return out;
  }

  fill(sheet: string, ref: string): FakeFill {
    const r = parseRef(ref) as MergedRange;
    return { ...(cellOf(this.sheet(sheet), r.r1, r.c1)?.fill ?? NO_FILL) };
  }

  note(sheet: string, ref: string): string | undefined {
    return this.sheet(sheet).notes.get(ref);
  }

  /** Fires a change event as Excel would after a user edit. */
  async fireChanged(args: Partial<Excel.WorksheetChangedEventArgs>): Promise<void> {
    for (const entry of [...this.events]) await entry.handler(args);
  }

  // ---- queue ----
  enqueueLoad(run: () => number): void {
    this.queue.push(() => {
      const rec = this.current as SyncRecord;
      rec.loads += 1;
      rec.cells += run();
    });
  }

  enqueueWrite(
    description: string,
    sheet: SheetModel | null | (() => SheetModel | null),
    run: () => void,
  ): void {
    this.queue.push(() => {
      const s = typeof sheet === 'function' ? sheet() : sheet;
      if (s?.protected) throw officeError('AccessDenied', `The sheet ${s.name} is protected.`, description);
      const rec = this.current as SyncRecord;
      rec.writes += 1;
      rec.writeLog.push(description);
      if (s) rec.sheetsWritten.add(s.id);
      run();
    });
  }

  enqueueUi(run: () => void): void {
    this.queue.push(run);
  }

  private async flush(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const rec: SyncRecord = { loads: 0, writes: 0, cells: 0, writeLog: [], sheetsWritten: new Set() };
    this.syncs.push(rec);
    this.current = rec;
    try {
      for (const op of ops) op();
      if (rec.cells > this.options.maxResponseCells) {
        throw officeError(
          'ResponsePayloadSizeLimitExceeded',
          `Response of ${rec.cells} cells exceeds the limit.`,
        );
      }
    } catch (err) {
      rec.failed = (err as { code?: string }).code ?? 'Error';
      throw err;
    } finally {
      this.current = null;
    }
  }
}

// ---- proxies ----

abstract class FakeObject {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly fake: FakeExcel) {}

  get context(): Excel.RequestContext {
    return this.fake.context;
  }

  load(props?: string | string[] | { select?: string; expand?: string }): this {
    const trie = parseLoad(props);
    this.fake.enqueueLoad(() => this.populate(trie));
    return this;
  }

  /** Fills `loaded` from the model; returns the number of range cells it loaded. */
  abstract populate(trie: Trie): number;

  protected get<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new Error(`PropertyNotLoaded: '${name}' was not loaded and synced (${this.constructor.name})`);
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }
}

function populateChildren(trie: Trie, children: Record<string, FakeObject>): number {
  let n = 0;
  for (const [name, sub] of trie) if (children[name]) n += children[name].populate(sub);
  return n;
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeCustomXmlParts;
  readonly comments: FakeCommentCollection;
  constructor(fake: FakeExcel) {
    this.worksheets = new FakeWorksheetCollection(fake);
    this.customXmlParts = new FakeCustomXmlParts(fake);
    this.comments = new FakeCommentCollection(fake);
  }
}

class FakeEvents {
  constructor(private readonly fake: FakeExcel) {}
  add(handler: (e: Partial<Excel.WorksheetChangedEventArgs>) => unknown) {
    const entry = { handler };
    this.fake.enqueueUi(() => this.fake.events.add(entry));
    return {
      context: this.fake.context,
      remove: () => this.fake.enqueueUi(() => this.fake.events.delete(entry)),
    };
  }
}

class FakeWorksheetCollection extends FakeObject {
  readonly onChanged = new FakeEvents(this.fake);
  get items(): FakeWorksheet[] {
    return this.get('items');
  }
  populate(trie: Trie): number {
    let n = 0;
    const sub = trie.get('items');
    if (sub) {
      const items = this.fake.model.sheets.map((s) => new FakeWorksheet(this.fake, () => s));
      for (const ws of items) n += ws.populate(sub);
      this.loaded.set('items', items);
    }
    return n;
  }
  getItem(k: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, () => {
      const s = this.fake.model.sheet(k);
      if (!s) throw officeError('ItemNotFound', `No sheet ${k}`, 'WorksheetCollection.getItem');
      return s;
    });
  }
  getItemOrNullObject(k: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, () => this.fake.model.sheet(k) ?? null);
  }
}

/** Resolves the proxy's target at sync time; null for a null object. */
type Resolver<T> = () => T | null;

function must<T>(resolve: Resolver<T>, what: string): T {
  const t = resolve();
  if (t === null) throw officeError('InvalidOperation', `${what} called on a null object`, what);
  return t;
}

class FakeWorksheet extends FakeObject {
  readonly protection: FakeProtection;
  readonly notes: FakeNoteCollection;
  readonly onChanged = new FakeEvents(this.fake);
  constructor(
    fake: FakeExcel,
    readonly resolve: Resolver<SheetModel>,
  ) {
    super(fake);
    this.protection = new FakeProtection(fake, resolve);
    this.notes = new FakeNoteCollection(fake, resolve);
  }
  get name(): string {
    return this.get('name');
  }
  get id(): string {
    return this.get('id');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  populate(trie: Trie): number {
    const s = this.resolve();
    this.loaded.set('isNullObject', s === null);
    if (!s) return 0;
    for (const name of ['name', 'id', 'visibility'])
      if (trie.has(name) || trie.has('*'))
        this.loaded.set(name, (s as unknown as Record<string, unknown>)[name]);
    return populateChildren(trie, { protection: this.protection });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.fake, () => {
      const s = must(this.resolve, 'Worksheet.getRange');
      const rect = address ? parseRef(address) : { r1: 0, c1: 0, r2: 1_048_575, c2: 16_383 };
      if (!rect) throw officeError('InvalidArgument', `Bad address ${address}`, 'Worksheet.getRange');
      return { sheet: s, rect };
    });
  }
  getUsedRange(): FakeRange {
    return new FakeRange(this.fake, () => {
      const s = must(this.resolve, 'Worksheet.getUsedRange');
      return { sheet: s, rect: usedRect(s) ?? { r1: 0, c1: 0, r2: 0, c2: 0 } };
    });
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.fake, () => {
      const s = must(this.resolve, 'Worksheet.getUsedRangeOrNullObject');
      const rect = usedRect(s);
      return rect ? { sheet: s, rect } : null;
    });
  }
  activate(): void {
    this.fake.enqueueUi(() => {
      const s = must(this.resolve, 'Worksheet.activate');
      if (s.visibility !== 'Visible')
        throw officeError('InvalidOperation', 'Cannot activate a hidden sheet', 'Worksheet.activate');
      (this.fake as unknown as { active?: string }).active = s.name;
    });
  }
}

class FakeProtection extends FakeObject {
  constructor(
    fake: FakeExcel,
    private readonly resolve: Resolver<SheetModel>,
  ) {
    super(fake);
  }
  get protected(): boolean {
    return this.get('protected');
  }
  populate(trie: Trie): number {
    const s = must(this.resolve, 'WorksheetProtection.load');
    if (trie.has('protected') || trie.has('*')) this.loaded.set('protected', s.protected);
    return 0;
  }
}

interface RangeTarget {
  sheet: SheetModel;
  rect: MergedRange;
}

export class FakeRange extends FakeObject {
  readonly format: { fill: FakeRangeFill };
  constructor(
    fake: FakeExcel,
    readonly resolve: Resolver<RangeTarget>,
  ) {
    super(fake);
    this.format = { fill: new FakeRangeFill(fake, resolve) };
  }
  get address(): string {
    return this.get('address');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(_v: unknown[][]) {
    this.fake.enqueueWrite(
      `values ${this.describe()}`,
      () => this.resolve()?.sheet ?? null,
      () => {
        throw new Error('the adapter must never write values');
      },
    );
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  private describe(): string {
    const t = this.resolve();
    return t ? `${t.sheet.name}!${refOf(t.rect)}` : '(null)';
  }
  populate(trie: Trie): number {
    const t = this.resolve();
    this.loaded.set('isNullObject', t === null);
    if (!t) return 0;
    const { sheet, rect } = t;
    const rows = rect.r2 - rect.r1 + 1;
    const cols = rect.c2 - rect.c1 + 1;
    const all = trie.has('*');
    if (all || trie.has('address')) {
      const full = rect.c1 === 0 && rect.c2 === 16_383 ? `${rect.r1 + 1}:${rect.r2 + 1}` : refOf(rect);
      this.loaded.set('address', `${quoteIfNeeded(sheet.name)}!${full}`);
    }
    if (all || trie.has('rowCount')) this.loaded.set('rowCount', rows);
    if (all || trie.has('columnCount')) this.loaded.set('columnCount', cols);
    let cells = 0;
    const wantValues = all || trie.has('values');
    const wantFormats = all || trie.has('numberFormat');
    if (wantValues || wantFormats) {
      if (rows * cols > this.fake.options.maxCellsPerRangeRead) {
        throw officeError('RangeExceedsLimit', `Range of ${rows * cols} cells is too large`, 'Range.load');
      }
      cells = rows * cols;
      const values: unknown[][] = [];
      const formats: unknown[][] = [];
      for (let r = rect.r1; r <= rect.r2; r++) {
        const vr: unknown[] = [];
        const fr: unknown[] = [];
        for (let c = rect.c1; c <= rect.c2; c++) {
          const cell = cellOf(sheet, r, c);
          vr.push(cell && cell.v !== null ? cell.v : '');
          fr.push(cell ? cell.z : 'General');
        }
        values.push(vr);
        formats.push(fr);
      }
      if (wantValues) this.loaded.set('values', values);
      if (wantFormats) this.loaded.set('numberFormat', formats);
    }
    return cells + populateChildren(trie, { format: this.formatObject() });
  }
  private formatObject(): FakeObject {
    const fill = this.format.fill;
    return {
      populate: (trie: Trie) => populateChildren(trie, { fill }),
    } as unknown as FakeObject;
  }
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return new FakeRange(this.fake, () => {
      const t = must(this.resolve, 'Range.getIntersectionOrNullObject');
      const o =
        typeof other === 'string'
          ? { sheet: t.sheet, rect: parseRef(other) as MergedRange }
          : must(other.resolve, 'Range.getIntersectionOrNullObject(arg)');
      if (o.sheet !== t.sheet)
        throw officeError(
          'InvalidArgument',
          'Ranges on different sheets',
          'Range.getIntersectionOrNullObject',
        );
      const rect = intersect(t.rect, o.rect);
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.fake, () => {
      const t = must(this.resolve, 'Range.getMergedAreasOrNullObject');
      const inside = t.sheet.merges.filter(
        (m) => m.r1 >= t.rect.r1 && m.r1 <= t.rect.r2 && m.c1 >= t.rect.c1 && m.c1 <= t.rect.c2,
      );
      if (inside.length > this.fake.options.maxMergedAreasPerCall) {
        throw officeError(
          'GeneralException',
          `${inside.length} merged areas`,
          'Range.getMergedAreasOrNullObject',
        );
      }
      return inside.length ? { sheet: t.sheet, areas: inside } : null;
    });
  }
  select(): void {
    this.fake.enqueueUi(() => {
      const t = must(this.resolve, 'Range.select');
      (this.fake as unknown as { selected?: string }).selected = `${t.sheet.name}!${refOf(t.rect)}`;
    });
  }
}

class FakeRangeFill extends FakeObject {
  constructor(
    fake: FakeExcel,
    private readonly resolve: Resolver<RangeTarget>,
  ) {
    super(fake);
  }
  private cell(): { sheet: SheetModel; cell: CellModel; where: string } {
    const t = must(this.resolve, 'RangeFill');
    if (t.rect.r1 !== t.rect.r2 || t.rect.c1 !== t.rect.c2)
      throw new Error('fake supports single-cell fills only');
    return {
      sheet: t.sheet,
      cell: ensureCell(t.sheet, t.rect.r1, t.rect.c1),
      where: `${t.sheet.name}!${a1(t.rect.r1, t.rect.c1)}`,
    };
  }
  populate(trie: Trie): number {
    const { cell } = this.cell();
    for (const name of ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'] as const) {
      if (trie.has(name) || trie.has('*')) this.loaded.set(name, cell.fill[name]);
    }
    return 0;
  }
  private write(name: keyof FakeFill | 'clear', apply: (fill: FakeFill) => FakeFill, value?: unknown): void {
    this.fake.enqueueWrite(
      `fill.${name} ${value ?? ''}`.trim(),
      () => this.resolve()?.sheet ?? null,
      () => {
        const { cell } = this.cell();
        cell.fill = apply(cell.fill);
      },
    );
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    // Like Excel: a colour on a cell without fill makes it solid; an existing pattern is kept.
    this.write(
      'color',
      (f) => ({ ...f, color: normColor(v), pattern: f.pattern === 'None' ? 'Solid' : f.pattern }),
      v,
    );
  }
  get pattern(): string {
    return this.get('pattern');
  }
  set pattern(v: string) {
    this.write('pattern', (f) => ({ ...f, pattern: v }), v);
  }
  get patternColor(): string {
    return this.get('patternColor');
  }
  set patternColor(v: string) {
    this.write('patternColor', (f) => ({ ...f, patternColor: normColor(v) }), v);
  }
  get tintAndShade(): number {
    return this.get('tintAndShade');
  }
  set tintAndShade(v: number) {
    this.write('tintAndShade', (f) => ({ ...f, tintAndShade: v }), v);
  }
  get patternTintAndShade(): number {
    return this.get('patternTintAndShade');
  }
  set patternTintAndShade(v: number) {
    this.write('patternTintAndShade', (f) => ({ ...f, patternTintAndShade: v }), v);
  }
  clear(): void {
    this.write('clear', () => ({ ...NO_FILL }));
  }
}

class FakeRangeAreas extends FakeObject {
  readonly areas: FakeRangeCollection;
  constructor(
    fake: FakeExcel,
    private readonly resolve: Resolver<{ sheet: SheetModel; areas: MergedRange[] }>,
  ) {
    super(fake);
    this.areas = new FakeRangeCollection(fake);
  }
  populate(trie: Trie): number {
    const t = this.resolve();
    this.loaded.set('isNullObject', t === null);
    if (!t) return 0;
    if (trie.has('areaCount')) this.loaded.set('areaCount', t.areas.length);
    const sub = trie.get('areas');
    if (sub)
      this.areas.setItems(
        t.areas.map((rect) => new FakeRange(this.fake, () => ({ sheet: t.sheet, rect }))),
        sub,
      );
    return 0;
  }
}

class FakeRangeCollection extends FakeObject {
  get items(): FakeRange[] {
    return this.get('items');
  }
  setItems(items: FakeRange[], trie: Trie): void {
    const sub = trie.get('items');
    if (sub) for (const r of items) r.populate(sub);
    this.loaded.set('items', items);
  }
  populate(): number {
    return 0;
  }
}

class FakeNoteCollection extends FakeObject {
  constructor(
    fake: FakeExcel,
    private readonly resolve: Resolver<SheetModel>,
  ) {
    super(fake);
  }
  populate(): number {
    return 0;
  }
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    const where = () => {
      if (typeof cellAddress === 'string')
        return { sheet: must(this.resolve, 'NoteCollection.add'), ref: cellAddress };
      const t = must(cellAddress.resolve, 'NoteCollection.add');
      return { sheet: t.sheet, ref: a1(t.rect.r1, t.rect.c1) };
    };
    this.fake.enqueueWrite(
      `notes.add`,
      () => where().sheet,
      () => {
        const { sheet, ref } = where();
        if (sheet.notes.has(ref))
          throw officeError('InvalidArgument', `Cell ${ref} already has a note`, 'NoteCollection.add');
        sheet.notes.set(ref, content);
      },
    );
    return new FakeNote(this.fake, () => {
      const { sheet, ref } = where();
      return sheet.notes.has(ref) ? { sheet, ref } : null;
    });
  }
  getItemOrNullObject(ref: string): FakeNote {
    return new FakeNote(this.fake, () => {
      const sheet = must(this.resolve, 'NoteCollection.getItemOrNullObject');
      return sheet.notes.has(ref) ? { sheet, ref } : null;
    });
  }
}

class FakeNote extends FakeObject {
  constructor(
    fake: FakeExcel,
    private readonly resolve: Resolver<{ sheet: SheetModel; ref: string }>,
  ) {
    super(fake);
  }
  populate(trie: Trie): number {
    const t = this.resolve();
    this.loaded.set('isNullObject', t === null);
    if (t && (trie.has('content') || trie.has('*'))) this.loaded.set('content', t.sheet.notes.get(t.ref));
    return 0;
  }
  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.fake.enqueueWrite(
      `note.content`,
      () => this.resolve()?.sheet ?? null,
      () => {
        const t = must(this.resolve, 'Note.content');
        t.sheet.notes.set(t.ref, v);
      },
    );
  }
  delete(): void {
    this.fake.enqueueWrite(
      `note.delete`,
      () => this.resolve()?.sheet ?? null,
      () => {
        const t = must(this.resolve, 'Note.delete');
        t.sheet.notes.delete(t.ref);
      },
    );
  }
}

class FakeCommentCollection extends FakeObject {
  get items(): FakeComment[] {
    return this.get('items');
  }
  populate(trie: Trie): number {
    const sub = trie.get('items');
    if (sub) {
      const items = this.fake.model.comments.map((c) => new FakeComment(this.fake, c.id));
      for (const c of items) c.populate(sub);
      this.loaded.set('items', items);
    }
    return 0;
  }
  add(cellAddress: FakeRange | string, content: string): FakeComment {
    const id = this.fake.model.newId('comment');
    const where = () => {
      if (typeof cellAddress !== 'string') {
        const t = must(cellAddress.resolve, 'CommentCollection.add');
        return { sheet: t.sheet, cell: a1(t.rect.r1, t.rect.c1) };
      }
      const bang = cellAddress.lastIndexOf('!');
      const name = cellAddress
        .slice(0, bang)
        .replace(/^'(.*)'$/, '$1')
        .replace(/''/g, "'");
      const sheet = this.fake.model.sheet(name);
      if (!sheet) throw officeError('InvalidArgument', `Bad address ${cellAddress}`, 'CommentCollection.add');
      const ref = parseRef(cellAddress.slice(bang + 1));
      if (!ref) throw officeError('InvalidArgument', `Bad address ${cellAddress}`, 'CommentCollection.add');
      return { sheet, cell: a1(ref.r1, ref.c1) };
    };
    this.fake.enqueueWrite(
      'comments.add',
      () => where().sheet,
      () => {
        const { sheet, cell } = where();
        if (this.fake.model.comments.some((c) => c.sheetId === sheet.id && c.cell === cell)) {
          throw officeError('InvalidArgument', `Cell ${cell} already has a comment`, 'CommentCollection.add');
        }
        this.fake.model.comments.push({ id, sheetId: sheet.id, cell, content, replies: [] });
      },
    );
    return new FakeComment(this.fake, id);
  }
}

class FakeComment extends FakeObject {
  readonly replies: FakeReplyCollection;
  constructor(
    fake: FakeExcel,
    private readonly commentId: string,
  ) {
    super(fake);
    this.replies = new FakeReplyCollection(fake, () => this.model());
  }
  model(): CommentModel | null {
    return this.fake.model.comments.find((c) => c.id === this.commentId) ?? null;
  }
  private sheet(): SheetModel | null {
    const m = this.model();
    return m ? (this.fake.model.sheet(m.sheetId) ?? null) : null;
  }
  populate(trie: Trie): number {
    const m = must(() => this.model(), 'Comment.load');
    if (trie.has('id') || trie.has('*')) this.loaded.set('id', m.id);
    if (trie.has('content') || trie.has('*')) this.loaded.set('content', m.content);
    return populateChildren(trie, { replies: this.replies });
  }
  get id(): string {
    return this.get('id');
  }
  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.fake.enqueueWrite(
      'comment.content',
      () => this.sheet(),
      () => {
        must(() => this.model(), 'Comment.content').content = v;
      },
    );
  }
  delete(): void {
    this.fake.enqueueWrite(
      'comment.delete',
      () => this.sheet(),
      () => {
        this.fake.model.comments = this.fake.model.comments.filter((c) => c.id !== this.commentId);
      },
    );
  }
  getLocation(): FakeRange {
    return new FakeRange(this.fake, () => {
      const m = must(() => this.model(), 'Comment.getLocation');
      const sheet = this.fake.model.sheet(m.sheetId) as SheetModel;
      return { sheet, rect: parseRef(m.cell) as MergedRange };
    });
  }
}

class FakeReplyCollection extends FakeObject {
  constructor(
    fake: FakeExcel,
    private readonly comment: () => CommentModel | null,
  ) {
    super(fake);
  }
  get items(): FakeReply[] {
    return this.get('items');
  }
  populate(trie: Trie): number {
    const m = must(this.comment, 'CommentReplyCollection.load');
    const sub = trie.get('items');
    if (sub) {
      const items = m.replies.map((r) => new FakeReply(this.fake, this.comment, r.id));
      for (const r of items) r.populate(sub);
      this.loaded.set('items', items);
    }
    return 0;
  }
  add(content: string): void {
    const id = this.fake.model.newId('reply');
    this.fake.enqueueWrite(
      'replies.add',
      () => {
        const m = this.comment();
        return m ? (this.fake.model.sheet(m.sheetId) ?? null) : null;
      },
      () => {
        must(this.comment, 'CommentReplyCollection.add').replies.push({ id, content });
      },
    );
  }
}

class FakeReply extends FakeObject {
  constructor(
    fake: FakeExcel,
    private readonly comment: () => CommentModel | null,
    private readonly replyId: string,
  ) {
    super(fake);
  }
  private sheet(): SheetModel | null {
    const m = this.comment();
    return m ? (this.fake.model.sheet(m.sheetId) ?? null) : null;
  }
  populate(trie: Trie): number {
    const r = must(
      () => this.comment()?.replies.find((x) => x.id === this.replyId) ?? null,
      'CommentReply.load',
    );
    if (trie.has('id') || trie.has('*')) this.loaded.set('id', r.id);
    if (trie.has('content') || trie.has('*')) this.loaded.set('content', r.content);
    return 0;
  }
  get id(): string {
    return this.get('id');
  }
  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.fake.enqueueWrite(
      'reply.content',
      () => this.sheet(),
      () => {
        const r = this.comment()?.replies.find((x) => x.id === this.replyId);
        if (!r) throw officeError('ItemNotFound', 'reply gone', 'CommentReply.content');
        r.content = v;
      },
    );
  }
  delete(): void {
    this.fake.enqueueWrite(
      'reply.delete',
      () => this.sheet(),
      () => {
        const m = must(this.comment, 'CommentReply.delete');
        m.replies = m.replies.filter((x) => x.id !== this.replyId);
      },
    );
  }
}

class FakeCustomXmlParts extends FakeObject {
  populate(): number {
    return 0;
  }
  getByNamespace(ns: string): FakeScopedParts {
    return new FakeScopedParts(this.fake, ns);
  }
  add(xml: string): FakeCustomXmlPart {
    const id = this.fake.model.newId('part');
    this.fake.enqueueWrite('customXmlParts.add', null, () => {
      const ns = /xmlns(?::\w+)?="([^"]*)"/.exec(xml)?.[1] ?? '';
      this.fake.model.parts.push({ id, namespace: ns, xml });
    });
    return new FakeCustomXmlPart(this.fake, id);
  }
}

class FakeScopedParts extends FakeObject {
  constructor(
    fake: FakeExcel,
    private readonly ns: string,
  ) {
    super(fake);
  }
  get items(): FakeCustomXmlPart[] {
    return this.get('items');
  }
  populate(trie: Trie): number {
    const sub = trie.get('items');
    if (sub) {
      const items = this.fake.model.parts
        .filter((p) => p.namespace === this.ns)
        .map((p) => new FakeCustomXmlPart(this.fake, p.id));
      for (const p of items) p.populate(sub);
      this.loaded.set('items', items);
    }
    return 0;
  }
}

class FakeCustomXmlPart extends FakeObject {
  constructor(
    fake: FakeExcel,
    private readonly partId: string,
  ) {
    super(fake);
  }
  private model(): PartModel | null {
    return this.fake.model.parts.find((p) => p.id === this.partId) ?? null;
  }
  populate(trie: Trie): number {
    const p = must(() => this.model(), 'CustomXmlPart.load');
    if (trie.has('id') || trie.has('*')) this.loaded.set('id', p.id);
    if (trie.has('namespaceUri') || trie.has('*')) this.loaded.set('namespaceUri', p.namespace);
    return 0;
  }
  get id(): string {
    return this.get('id');
  }
  getXml(): { value: string } {
    const result = {} as { value: string };
    let loaded = false;
    let value = '';
    Object.defineProperty(result, 'value', {
      get: () => {
        if (!loaded) throw new Error('PropertyNotLoaded: ClientResult.value before sync');
        return value;
      },
    });
    this.fake.enqueueLoad(() => {
      // Excel hands the part back with an XML declaration.
      value = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${must(() => this.model(), 'CustomXmlPart.getXml').xml}`;
      loaded = true;
      return 0;
    });
    return result;
  }
  delete(): void {
    this.fake.enqueueWrite('customXmlPart.delete', null, () => {
      this.fake.model.parts = this.fake.model.parts.filter((p) => p.id !== this.partId);
    });
  }
}

/** Builds the fake and returns its context (an Excel.RequestContext for the adapter). */
export function fakeExcel(sheets: FakeSheetSpec[], options?: FakeOptions): FakeExcel {
  return new FakeExcel(sheets, options);
}

/** An Excel.run stand-in: every batch gets the same fake context. */
export function fakeRun(fake: FakeExcel) {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(fake.context);
}

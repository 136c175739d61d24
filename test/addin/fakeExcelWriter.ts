/**
 * A fake of the Excel JavaScript object model for the *write* paths
 * (src/addin/insertTemplate.ts, src/addin/insertIndicators.ts), until the
 * Office.js backend in ./excel models them (every other adapter test runs there):
 *
 *  - proxies resolve and loads answer only at `context.sync()`; reading a
 *    property that was not loaded and synced throws;
 *  - writes are queued and applied at the sync, in order (an insert shifts
 *    what later operations of the same batch address, as in Excel);
 *  - worksheets.add, range values / formulas / numberFormat, format (font,
 *    fill, alignment, wrap, borders, column width, row height), merge /
 *    unmerge, insert (entire rows, shift down), dataValidation, pageLayout,
 *    getSelectedRange, getUsedRange, getMergedAreasOrNullObject;
 *  - strict where Excel is, or where the adapter should not rely on leniency:
 *    2-D arrays must match the range's size, a value written into a cell
 *    covered by a merge fails, a merge overlapping part of another fails, an
 *    inside border on a range without inside edges fails, writes to a
 *    protected sheet fail, a duplicate sheet name fails;
 *  - Excel's insert rules: rows at and below the insertion point move down;
 *    a merged area the inserted rows cut through grows; new rows take the
 *    format of the row above.
 * Every sync is recorded (loads, writes) so tests can count round trips.
 */
import type { CellValue, MergedRange, SheetGrid } from '../../src/core/grid';
import { parseRef, refOf } from '../../src/addin/address';
import { officeMock } from './officeMock';

export type Edge =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface CellFormat {
  font: { name?: string; size?: number; bold?: boolean };
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders: { top?: string; bottom?: string; left?: string; right?: string };
}

export interface WCell {
  v: CellValue;
  formula?: string;
  z: string;
  fmt: CellFormat;
}

export interface WValidation {
  range: MergedRange;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
  ignoreBlanks?: boolean;
}

export interface WSheet {
  id: string;
  name: string;
  protected: boolean;
  cells: Map<string, WCell>;
  merges: MergedRange[];
  validations: WValidation[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  pageLayout: Record<string, unknown>;
}

export interface WSync {
  loads: number;
  writes: number;
  log: string[];
  failed?: string;
}

export interface WSheetSpec {
  name: string;
  values?: CellValue[][];
  formats?: (string | null | undefined)[][];
  merges?: MergedRange[];
  protected?: boolean;
}

const k = (r: number, c: number) => `${r},${c}`;
const emptyFormat = (): CellFormat => ({ font: {}, borders: {} });
const copyFormat = (f: CellFormat): CellFormat => ({ ...f, font: { ...f.font }, borders: { ...f.borders } });

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error' });
}

function overlaps(a: MergedRange, b: MergedRange): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

function contains(a: MergedRange, b: MergedRange): boolean {
  return a.r1 <= b.r1 && a.r2 >= b.r2 && a.c1 <= b.c1 && a.c2 >= b.c2;
}

const FULL_COLS = 16_383;

export class FakeExcelWriter {
  readonly sheets: WSheet[] = [];
  readonly syncs: WSync[] = [];
  readonly context: Excel.RequestContext & { sync: jest.Mock };
  selection: { sheet: string; ref: string };
  active: string;
  private queue: (() => void)[] = [];
  private current: WSync | null = null;
  private seq = 0;

  constructor(specs: WSheetSpec[] = [{ name: 'Sheet1' }], selection?: { sheet: string; ref: string }) {
    for (const s of specs) this.addSheet(s);
    this.selection = selection ?? { sheet: specs[0].name, ref: 'A1' };
    this.active = this.selection.sheet;
    const mock = officeMock() as unknown as Record<string, unknown>;
    mock.workbook = new FWorkbook(this);
    mock.sync = jest.fn(() => this.flush());
    this.context = mock as unknown as Excel.RequestContext & { sync: jest.Mock };
  }

  addSheet(spec: WSheetSpec): WSheet {
    const s: WSheet = {
      id: `{sheet-${++this.seq}}`,
      name: spec.name,
      protected: !!spec.protected,
      cells: new Map(),
      merges: (spec.merges ?? []).map((m) => ({ ...m })),
      validations: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      pageLayout: {},
    };
    (spec.values ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        const z = spec.formats?.[r]?.[c] ?? 'General';
        if (v === null && z === 'General') return;
        s.cells.set(k(r, c), { v, z, fmt: emptyFormat() });
      }),
    );
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): WSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  cell(sheet: WSheet, r: number, c: number): WCell {
    let cell = sheet.cells.get(k(r, c));
    if (!cell) sheet.cells.set(k(r, c), (cell = { v: null, z: 'General', fmt: emptyFormat() }));
    return cell;
  }

  /** The sheet as the core's grid (what readWorkbookGrid would hand over). */
  grid(name: string): SheetGrid {
    const s = this.sheet(name);
    const used = usedRect(s) ?? { r1: 0, c1: 0, r2: 0, c2: 0 };
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    for (let r = 0; r <= used.r2; r++) {
      values.push([]);
      formats.push([]);
      for (let c = 0; c <= used.c2; c++) {
        const cell = s.cells.get(k(r, c));
        values[r].push(cell ? cell.v : null);
        formats[r].push(cell && cell.z !== 'General' ? cell.z : null);
      }
    }
    return { name: s.name, values, formats, merges: s.merges.map((m) => ({ ...m })) };
  }

  // ---- queue ----
  enqueueLoad(run: () => void): void {
    this.queue.push(() => {
      this.current!.loads += 1;
      run();
    });
  }

  enqueueWrite(what: string, sheet: () => WSheet, run: (s: WSheet) => void): void {
    this.queue.push(() => {
      const s = sheet();
      if (s.protected) throw officeError('AccessDenied', `The sheet ${s.name} is protected.`);
      this.current!.writes += 1;
      this.current!.log.push(what);
      run(s);
    });
  }

  enqueue(run: () => void): void {
    this.queue.push(run);
  }

  private async flush(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const rec: WSync = { loads: 0, writes: 0, log: [] };
    this.syncs.push(rec);
    this.current = rec;
    try {
      for (const op of ops) op();
    } catch (e) {
      rec.failed = (e as { code?: string }).code ?? 'Error';
      throw e;
    } finally {
      this.current = null;
    }
  }

  newSheet(name: string): WSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw officeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
    if (!name || name.length > 31 || /[\\/?*:[\]]/.test(name))
      throw officeError('InvalidArgument', `Bad sheet name ${name}`);
    return this.addSheet({ name });
  }
}

export function usedRect(s: WSheet): MergedRange | null {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  for (const [key, cell] of s.cells) {
    if (cell.v === null && cell.formula === undefined && cell.z === 'General') continue;
    const [r, c] = key.split(',').map(Number);
    r1 = Math.min(r1, r);
    c1 = Math.min(c1, c);
    r2 = Math.max(r2, r);
    c2 = Math.max(c2, c);
  }
  for (const m of s.merges) {
    r1 = Math.min(r1, m.r1);
    c1 = Math.min(c1, m.c1);
    r2 = Math.max(r2, m.r2);
    c2 = Math.max(c2, m.c2);
  }
  return r2 < 0 ? null : { r1, c1, r2, c2 };
}

// ---- proxies ----

abstract class FObject {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly fake: FakeExcelWriter) {}
  get context(): Excel.RequestContext {
    return this.fake.context;
  }
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(','))
      .map((p) => p.trim())
      .filter(Boolean);
    this.fake.enqueueLoad(() => this.populate(list));
    return this;
  }
  protected abstract populate(props: string[]): void;
  protected get<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new Error(`PropertyNotLoaded: '${name}' was not loaded and synced (${this.constructor.name})`);
    return this.loaded.get(name) as T;
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
}

class FWorkbook {
  readonly worksheets: FWorksheets;
  constructor(private readonly fake: FakeExcelWriter) {
    this.worksheets = new FWorksheets(fake);
  }
  getSelectedRange(): FRange {
    return new FRange(this.fake, () => {
      const s = this.fake.sheet(this.fake.selection.sheet);
      return { sheet: s, rect: parseRef(this.fake.selection.ref)! };
    });
  }
  getActiveWorksheet(): FWorksheet {
    return new FWorksheet(this.fake, () => this.fake.sheet(this.fake.active));
  }
}

class FWorksheets extends FObject {
  get items(): FWorksheet[] {
    return this.get('items');
  }
  protected populate(props: string[]): void {
    if (props.some((p) => p.startsWith('items'))) {
      this.loaded.set(
        'items',
        this.fake.sheets.map((s) => {
          const ws = new FWorksheet(this.fake, () => s);
          ws.setLoaded('name', s.name);
          return ws;
        }),
      );
    }
  }
  add(name: string): FWorksheet {
    let made: WSheet | null = null;
    this.fake.enqueue(() => {
      made = this.fake.newSheet(name);
      this.fake.syncs[this.fake.syncs.length - 1].writes += 1;
      this.fake.syncs[this.fake.syncs.length - 1].log.push(`worksheets.add ${name}`);
    });
    return new FWorksheet(this.fake, () => {
      if (!made) throw officeError('InvalidOperation', 'the sheet was not added');
      return made;
    });
  }
  getItem(name: string): FWorksheet {
    return new FWorksheet(this.fake, () => this.fake.sheet(name));
  }
}

class FPageLayout {
  constructor(
    private readonly fake: FakeExcelWriter,
    private readonly resolve: () => WSheet,
  ) {
    return new Proxy(this, {
      set: (target, prop, value) => {
        if (typeof prop === 'string' && !['fake', 'resolve'].includes(prop)) {
          fake.enqueueWrite(`pageLayout.${prop}`, resolve, (s) => {
            s.pageLayout[prop] = value;
          });
          return true;
        }
        (target as unknown as Record<string | symbol, unknown>)[prop] = value;
        return true;
      },
    });
  }
  setPrintTitleRows(address: string): void {
    this.fake.enqueueWrite('pageLayout.setPrintTitleRows', this.resolve, (s) => {
      s.pageLayout.printTitleRows = address;
    });
  }
  setPrintArea(address: string): void {
    this.fake.enqueueWrite('pageLayout.setPrintArea', this.resolve, (s) => {
      s.pageLayout.printArea = address;
    });
  }
}

export class FWorksheet extends FObject {
  readonly pageLayout: FPageLayout;
  constructor(
    fake: FakeExcelWriter,
    readonly resolve: () => WSheet,
  ) {
    super(fake);
    this.pageLayout = new FPageLayout(fake, resolve);
  }
  setLoaded(name: string, v: unknown): void {
    this.loaded.set(name, v);
  }
  get name(): string {
    return this.get('name');
  }
  protected populate(props: string[]): void {
    const s = this.resolve();
    this.loaded.set('isNullObject', false);
    if (props.includes('name') || !props.length) this.loaded.set('name', s.name);
    if (props.includes('id') || !props.length) this.loaded.set('id', s.id);
  }
  getRange(address: string): FRange {
    return new FRange(this.fake, () => {
      const rect = parseRef(address);
      if (!rect) throw officeError('InvalidArgument', `Bad address ${address}`);
      return { sheet: this.resolve(), rect };
    });
  }
  getUsedRange(): FRange {
    return new FRange(this.fake, () => {
      const s = this.resolve();
      return { sheet: s, rect: usedRect(s) ?? { r1: 0, c1: 0, r2: 0, c2: 0 } };
    });
  }
  activate(): void {
    this.fake.enqueue(() => {
      this.fake.active = this.resolve().name;
    });
  }
}

interface Target {
  sheet: WSheet;
  rect: MergedRange;
}

class FBorder {
  constructor(
    private readonly range: FRange,
    private readonly edge: Edge,
  ) {}
  set style(v: string) {
    this.range.setBorder(this.edge, 'style', v);
  }
  set weight(v: string) {
    this.range.setBorder(this.edge, 'weight', v);
  }
  set color(v: string) {
    this.range.setBorder(this.edge, 'color', v);
  }
}

class FFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: Edge): FBorder };
  constructor(private readonly range: FRange) {
    const prop = (apply: (f: CellFormat, v: unknown) => void, what: string) =>
      new Proxy({} as Record<string, unknown>, {
        set: (_t, p, v) => {
          range.setFormat(`${what}.${String(p)}`, (f) => apply(f, { [p]: v }));
          return true;
        },
      });
    this.font = prop((f, v) => Object.assign(f.font, v), 'font');
    this.fill = prop((f, v) => {
      const c = (v as { color?: string }).color;
      if (c !== undefined) f.fill = c.toUpperCase();
    }, 'fill');
    this.borders = { getItem: (edge: Edge) => new FBorder(range, edge) };
  }
  set horizontalAlignment(v: string) {
    this.range.setFormat('horizontalAlignment', (f) => (f.hAlign = v));
  }
  set verticalAlignment(v: string) {
    this.range.setFormat('verticalAlignment', (f) => (f.vAlign = v));
  }
  set wrapText(v: boolean) {
    this.range.setFormat('wrapText', (f) => (f.wrap = v));
  }
  set columnWidth(v: number) {
    this.range.write('columnWidth', (t) => {
      for (let c = t.rect.c1; c <= t.rect.c2; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.range.write('rowHeight', (t) => {
      for (let r = t.rect.r1; r <= t.rect.r2; r++) t.sheet.rowHeights.set(r, v);
    });
  }
}

class FDataValidation {
  constructor(private readonly range: FRange) {}
  private entry(t: Target): WValidation {
    let e = t.sheet.validations.find((v) => refOf(v.range) === refOf(t.rect));
    if (!e) {
      t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(v.range, t.rect));
      t.sheet.validations.push((e = { range: { ...t.rect } }));
    }
    return e;
  }
  set rule(v: Excel.DataValidationRule) {
    this.range.write('dataValidation.rule', (t) => (this.entry(t).rule = v));
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.range.write('dataValidation.errorAlert', (t) => (this.entry(t).errorAlert = v));
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.range.write('dataValidation.prompt', (t) => (this.entry(t).prompt = v));
  }
  set ignoreBlanks(v: boolean) {
    this.range.write('dataValidation.ignoreBlanks', (t) => (this.entry(t).ignoreBlanks = v));
  }
}

class FRangeAreas extends FObject {
  readonly areas: { items: FRange[] };
  private items: FRange[] = [];
  constructor(
    fake: FakeExcelWriter,
    private readonly resolve: () => Target,
  ) {
    super(fake);
    const items = () => this.get<FRange[]>('items');
    this.areas = {
      get items() {
        return items();
      },
    };
  }
  protected populate(): void {
    const t = this.resolve();
    const inside = t.sheet.merges.filter(
      (m) => m.r1 >= t.rect.r1 && m.r1 <= t.rect.r2 && m.c1 >= t.rect.c1 && m.c1 <= t.rect.c2,
    );
    if (inside.length > 512) throw officeError('GeneralException', `${inside.length} merged areas`);
    this.loaded.set('isNullObject', inside.length === 0);
    this.items = inside.map((m) => {
      const r = new FRange(this.fake, () => ({ sheet: t.sheet, rect: m }));
      r.setLoaded('address', `${t.sheet.name}!${refOf(m)}`);
      return r;
    });
    this.loaded.set('items', this.items);
  }
}

export class FRange extends FObject {
  readonly format: FFormat;
  readonly dataValidation: FDataValidation;
  constructor(
    fake: FakeExcelWriter,
    readonly resolve: () => Target,
  ) {
    super(fake);
    this.format = new FFormat(this);
    this.dataValidation = new FDataValidation(this);
  }
  setLoaded(name: string, v: unknown): void {
    this.loaded.set(name, v);
  }
  get worksheet(): FWorksheet {
    return new FWorksheet(this.fake, () => this.resolve().sheet);
  }
  get address(): string {
    return this.get('address');
  }
  get values(): CellValue[][] {
    return this.get('values');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  protected populate(props: string[]): void {
    const t = this.resolve();
    this.loaded.set('isNullObject', false);
    const { r1, c1, r2, c2 } = t.rect;
    const q = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(t.sheet.name)
      ? t.sheet.name
      : `'${t.sheet.name.replace(/'/g, "''")}'`;
    if (props.includes('address')) this.loaded.set('address', `${q}!${refOf(t.rect)}`);
    if (props.includes('values') || props.includes('numberFormat')) {
      if ((r2 - r1 + 1) * (c2 - c1 + 1) > 5_000_000) throw officeError('RangeExceedsLimit', 'too large');
      const values: unknown[][] = [];
      const formats: string[][] = [];
      for (let r = r1; r <= r2; r++) {
        values.push([]);
        formats.push([]);
        for (let c = c1; c <= c2; c++) {
          const cell = t.sheet.cells.get(k(r, c));
          values[values.length - 1].push(cell && cell.v !== null ? cell.v : '');
          formats[formats.length - 1].push(cell ? cell.z : 'General');
        }
      }
      this.loaded.set('values', values);
      this.loaded.set('numberFormat', formats);
    }
  }

  write(what: string, run: (t: Target) => void): void {
    this.fake.enqueueWrite(
      `${what} ${this.describe()}`,
      () => this.resolve().sheet,
      () => run(this.resolve()),
    );
  }

  private describe(): string {
    try {
      const t = this.resolve();
      return `${t.sheet.name}!${refOf(t.rect)}`;
    } catch {
      return '(pending)';
    }
  }

  setFormat(what: string, apply: (f: CellFormat) => void): void {
    this.write(`format.${what}`, (t) => {
      for (let r = t.rect.r1; r <= t.rect.r2; r++)
        for (let c = t.rect.c1; c <= t.rect.c2; c++) apply(this.fake.cell(t.sheet, r, c).fmt);
    });
  }

  setBorder(edge: Edge, prop: 'style' | 'weight' | 'color', v: string): void {
    this.write(`format.borders.${edge}.${prop}`, (t) => {
      const { r1, c1, r2, c2 } = t.rect;
      if ((edge === 'InsideHorizontal' && r1 === r2) || (edge === 'InsideVertical' && c1 === c2)) {
        throw officeError('InvalidArgument', `${edge} on a range without inside edges`);
      }
      if (prop !== 'style') return;
      const mark = (r: number, c: number, side: keyof CellFormat['borders']) =>
        (this.fake.cell(t.sheet, r, c).fmt.borders[side] = v);
      for (let r = r1; r <= r2; r++)
        for (let c = c1; c <= c2; c++) {
          if (edge === 'EdgeTop' && r === r1) mark(r, c, 'top');
          if (edge === 'EdgeBottom' && r === r2) mark(r, c, 'bottom');
          if (edge === 'EdgeLeft' && c === c1) mark(r, c, 'left');
          if (edge === 'EdgeRight' && c === c2) mark(r, c, 'right');
          if (edge === 'InsideHorizontal') {
            if (r > r1) mark(r, c, 'top');
            if (r < r2) mark(r, c, 'bottom');
          }
          if (edge === 'InsideVertical') {
            if (c > c1) mark(r, c, 'left');
            if (c < c2) mark(r, c, 'right');
          }
        }
    });
  }

  private grid2(name: string, data: unknown[][], t: Target): void {
    const rows = t.rect.r2 - t.rect.r1 + 1;
    const cols = t.rect.c2 - t.rect.c1 + 1;
    if (data.length !== rows || data.some((r) => r.length !== cols)) {
      throw officeError(
        'InvalidArgument',
        `${name}: ${data.length}×${data[0]?.length} array for a ${rows}×${cols} range`,
      );
    }
  }

  private covered(t: Target, r: number, c: number): boolean {
    return t.sheet.merges.some(
      (m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2 && (r !== m.r1 || c !== m.c1),
    );
  }

  set values(data: CellValue[][]) {
    this.write('values', (t) => {
      this.grid2('values', data, t);
      data.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = t.rect.r1 + i;
          const c = t.rect.c1 + j;
          const value = v === '' || v === undefined ? null : v;
          if (value !== null && this.covered(t, r, c))
            throw officeError(
              'InvalidArgument',
              `value written into merged cell ${refOf({ r1: r, c1: c, r2: r, c2: c })}`,
            );
          const cell = this.fake.cell(t.sheet, r, c);
          cell.v =
            typeof value === 'string' && /^[=+]/.test(value) && cell.z !== '@' ? `#FORMULA(${value})` : value;
          delete cell.formula;
        }),
      );
    });
  }

  set formulas(data: unknown[][]) {
    this.write('formulas', (t) => {
      this.grid2('formulas', data, t);
      data.forEach((row, i) =>
        row.forEach((v, j) => {
          const cell = this.fake.cell(t.sheet, t.rect.r1 + i, t.rect.c1 + j);
          if (typeof v === 'string' && v.startsWith('=')) {
            cell.formula = v;
            cell.v = null; // the fake does not calculate: what Excel shows for IF(COUNT(…)=0,"",…) on blank inputs
          } else cell.v = (v as CellValue) ?? null;
        }),
      );
    });
  }

  set numberFormat(data: string[][]) {
    this.write('numberFormat', (t) => {
      this.grid2('numberFormat', data, t);
      data.forEach((row, i) =>
        row.forEach((z, j) => (this.fake.cell(t.sheet, t.rect.r1 + i, t.rect.c1 + j).z = z)),
      );
    });
  }

  merge(across = false): void {
    this.write('merge', (t) => {
      if (across) throw new Error('the fake merges whole areas only');
      const inside = t.sheet.merges.filter((m) => overlaps(m, t.rect));
      for (const m of inside)
        if (!contains(t.rect, m))
          throw officeError('InvalidOperation', `merge ${refOf(t.rect)} overlaps part of ${refOf(m)}`);
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.rect));
      if (t.rect.r1 !== t.rect.r2 || t.rect.c1 !== t.rect.c2) t.sheet.merges.push({ ...t.rect });
    });
  }

  unmerge(): void {
    this.write('unmerge', (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.rect));
    });
  }

  insert(shift: string): FRange {
    this.write('insert', (t) => {
      if (shift !== 'Down') throw new Error('the fake inserts rows (shift down) only');
      if (t.rect.c1 !== 0 || t.rect.c2 !== FULL_COLS) throw new Error('the fake inserts entire rows only');
      const at = t.rect.r1;
      const n = t.rect.r2 - t.rect.r1 + 1;
      const s = t.sheet;
      const moved = new Map<string, WCell>();
      for (const [key, cell] of s.cells) {
        const [r, c] = key.split(',').map(Number);
        moved.set(r >= at ? k(r + n, c) : key, cell);
      }
      // New rows take the format of the row above (Excel's "format same as above").
      if (at > 0) {
        for (const [key, cell] of [...moved]) {
          const [r, c] = key.split(',').map(Number);
          if (r !== at - 1) continue;
          for (let i = 0; i < n; i++)
            moved.set(k(at + i, c), { v: null, z: cell.z, fmt: copyFormat(cell.fmt) });
        }
      }
      s.cells = moved;
      s.merges = s.merges.map((m) =>
        m.r1 >= at ? { ...m, r1: m.r1 + n, r2: m.r2 + n } : m.r2 >= at ? { ...m, r2: m.r2 + n } : m,
      );
      s.validations = s.validations.map((v) =>
        v.range.r1 >= at
          ? { ...v, range: { ...v.range, r1: v.range.r1 + n, r2: v.range.r2 + n } }
          : v.range.r2 >= at
            ? { ...v, range: { ...v.range, r2: v.range.r2 + n } }
            : v,
      );
      const heights = new Map<number, number>();
      for (const [r, h] of s.rowHeights) heights.set(r >= at ? r + n : r, h);
      s.rowHeights = heights;
    });
    return new FRange(this.fake, () => {
      const t = this.resolve();
      return t;
    });
  }

  getMergedAreasOrNullObject(): FRangeAreas {
    return new FRangeAreas(this.fake, () => this.resolve());
  }
}

export function fakeWriter(
  specs?: WSheetSpec[],
  selection?: { sheet: string; ref: string },
): FakeExcelWriter {
  return new FakeExcelWriter(specs, selection);
}

/** 0-based rectangle of an A1 reference (test convenience). */
export function rect(ref: string): MergedRange {
  return parseRef(ref)!;
}

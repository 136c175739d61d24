/**
 * Microsoft's Office.js Excel client (the excel-web debug build shipped in
 * @microsoft/office-js) talking to our RichApiBackend, for the adapter tests
 * under Node. The client is loaded once per test file into its own VM
 * context; every `context.sync()` it makes becomes a request through
 * `OfficeExtension.HttpUtility.setCustomSendRequestFunc`, answered by the
 * backend. Change events reach the client through its own test hooks
 * (`_testSetRichApiMessageReadyImpl`, `_testTriggerRichApiMessageEvent`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { installNotesShim } from './notesShim';
import { RichApiBackend, type BackendOptions, type SyncRecord } from './richApi';
import { selectInWorkbook, selectionMessage, Workbook, type SheetSpec } from './workbook';

const CLIENT = path.join(
  __dirname,
  '..',
  '..',
  '..',
  'node_modules',
  '@microsoft',
  'office-js',
  'dist',
  'excel-web-16.00.debug.js',
);
export const BACKEND_URL = 'https://excel-backend.invalid/';

/* eslint-disable @typescript-eslint/no-explicit-any */
interface ClientGlobals {
  Excel: typeof Excel;
  OfficeExtension: any;
  /** Answers requests; replaced per workbook. */
  backend: RichApiBackend | null;
}

let loaded: ClientGlobals | null = null;

/** Loads Microsoft's client once (about 3 MB of JavaScript) and points it at the current backend. */
export function officeClient(): ClientGlobals {
  if (loaded) return loaded;
  const source = fs.readFileSync(CLIENT, 'utf8');
  // Evaluated at global scope in this realm (each jest test file has its own), as a <script> would be:
  // its top-level vars become globals, and options objects the adapter passes to Excel.run pass the
  // client's isPlainJsonObject check.
  const g = globalThis as any;
  g.window ??= g;
  g.self ??= g;
  if (!('document' in g)) g.document = undefined;
  if (!('navigator' in g)) g.navigator = { userAgent: 'node' };
  (0, eval)(source);
  const sandbox = g;
  const OE = sandbox.OfficeExtension;
  const ExcelNs = sandbox.Excel;
  installNotesShim(ExcelNs, OE);
  const state: ClientGlobals = { Excel: ExcelNs, OfficeExtension: OE, backend: null };
  OE.ClientRequestContext.defaultRequestUrlAndHeaders = { url: BACKEND_URL, headers: {} };
  OE._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  OE.HttpUtility.setCustomSendRequestFunc((request: { url: string; body: unknown }) => {
    const backend = state.backend;
    if (!backend) return Promise.reject(new Error('no backend'));
    const flags = Number(/flags=(-?\d+)/.exec(request.url)?.[1] ?? 0);
    const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    const body = backend.process(text, flags);
    return Promise.resolve({ statusCode: 200, headers: {}, body: JSON.stringify(body) });
  });
  loaded = state;
  return state;
}

export interface TestExcel {
  wb: Workbook;
  backend: RichApiBackend;
  Excel: typeof Excel;
  /** Excel.run as the add-in calls it. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  runIn: <T>(
    context: Excel.RequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ) => Promise<T>;
  /** A user edit: the change event Excel sends for it. */
  fireChanged(args: {
    worksheetId: string;
    address: string;
    changeType?: string;
    source?: string;
  }): Promise<void>;
  /**
   * The officer selects `address` on a sheet: the selection moves and Excel
   * sends the selection-changed event (to the collection's handlers and the
   * sheet's own).
   */
  fireSelectionChanged(args: { worksheetId: string; address: string }): Promise<void>;
  /** Syncs made so far (requests other than the client's reference bookkeeping). */
  readonly syncCount: number;
  /** Those syncs' records. */
  readonly syncs: SyncRecord[];
}

/** A workbook (specs or an existing Workbook) behind Microsoft's client. */
export function testExcel(sheets: SheetSpec[] | Workbook, options: BackendOptions = {}): TestExcel {
  const client = officeClient();
  const wb = sheets instanceof Workbook ? sheets : new Workbook(sheets);
  const backend = new RichApiBackend(wb, options);
  client.backend = backend;
  const ExcelNs = client.Excel;
  (globalThis as { Excel?: unknown }).Excel = ExcelNs;
  return {
    wb,
    backend,
    Excel: ExcelNs,
    run: (batch) => ExcelNs.run({ delayForCellEdit: true } as any, batch as any) as any,
    runIn: (context, batch) => (ExcelNs.run as any)(context, batch),
    async fireChanged(args) {
      const message = JSON.stringify({
        changeType: 'RangeEdited',
        source: 'Local',
        shiftDirection: 'None',
        ...args,
      });
      client.OfficeExtension._testTriggerRichApiMessageEvent({
        entries: [{ messageCategory: 65536, messageType: 10, targetId: 'Workbook', message }],
      });
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 1));
    },
    async fireSelectionChanged(args) {
      selectInWorkbook(wb, args.worksheetId, args.address);
      client.OfficeExtension._testTriggerRichApiMessageEvent(selectionMessage(args));
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 1));
    },
    get syncCount() {
      return backend.syncs.filter((s) => !s.bookkeeping).length;
    },
    get syncs() {
      return backend.syncs.filter((s) => !s.bookkeeping);
    },
  };
}

/**
 * What crosses between the page and the check worker: progress, the result,
 * failures as data, and the grid packed for the crossing. Kept apart from
 * checkJob.ts (the reading and checking), so the page's side of the worker
 * loads no SheetJS and no core: those run in the worker only.
 */
import type { CheckResult } from '../core/check';
import type { SheetGrid, WorkbookGrid } from '../core/grid';

export interface CheckProgress {
  stage: 'read' | 'check';
  /** Sheets read, once known. */
  sheets?: number;
}

export interface CheckJobResult {
  grid: WorkbookGrid;
  result: CheckResult;
}

/** A failure as plain data (errors lose their fields on the way out of a worker). */
export interface JobError {
  message: string;
  messageZh?: string;
  messageEn?: string;
  stage: 'read' | 'check';
}

/** The error as data, keeping the project errors' Chinese and English messages. */
export function jobError(err: unknown, stage: 'read' | 'check'): JobError {
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as Partial<JobError>;
  return {
    message: String(e.message ?? err),
    messageZh: typeof e.messageZh === 'string' ? e.messageZh : undefined,
    messageEn: typeof e.messageEn === 'string' ? e.messageEn : undefined,
    stage,
  };
}

/** A JobError thrown again on the page's side, with the messages the notices read. */
export class CheckJobError extends Error {
  readonly messageZh?: string;
  readonly messageEn?: string;
  readonly stage: 'read' | 'check';
  constructor(e: JobError) {
    super(e.message);
    this.messageZh = e.messageZh;
    this.messageEn = e.messageEn;
    this.stage = e.stage;
  }
}

/** Rows with nothing in them, shared (the reader's empty rows are one array too). */
const NO_ROW: never[] = Object.freeze([]) as unknown as never[];

/** The rows that hold something, at their places; the empty ones left as holes. */
function holey<T>(rows: T[][] | undefined): T[][] | undefined {
  if (!rows) return rows;
  const out: T[][] = [];
  out.length = rows.length;
  rows.forEach((row, i) => {
    if (row && row.length) out[i] = row;
  });
  return out;
}

function filled<T>(rows: T[][] | undefined): T[][] | undefined {
  if (!rows) return rows;
  const out = new Array<T[]>(rows.length).fill(NO_ROW);
  for (const key of Object.keys(rows)) out[Number(key)] = rows[Number(key)];
  return out;
}

/**
 * The grid as the worker posts it: empty rows become holes, which a structured clone skips,
 * so a sheet with one far cell (XFD1048576) crosses to the page as a few rows, not a million
 * the page would spend its own time unpacking. `unpackGrid` gives the rows back.
 */
export function packGrid(grid: WorkbookGrid): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s): SheetGrid => {
      const out: SheetGrid = { ...s, values: holey(s.values) ?? [] };
      if (s.formats) out.formats = holey(s.formats);
      return out;
    }),
  };
}

/** The grid packed by `packGrid`, each empty row an empty array again. */
export function unpackGrid(grid: WorkbookGrid): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s): SheetGrid => {
      const out: SheetGrid = { ...s, values: filled(s.values) ?? [] };
      if (s.formats) out.formats = filled(s.formats);
      return out;
    }),
  };
}

/**
 * Reading and checking a workbook file in one go: SheetJS → grid → core.
 * Runs inside the Web Worker (check.worker.ts) in the page and in the same
 * thread in the tests. Reports its stage so the page can show progress.
 */
import { checkWorkbook, type CheckResult } from '../core/check';
import type { WorkbookGrid } from '../core/grid';
import type { Profile } from '../core/profile';
import { readWorkbookBytes } from '../xlsx/readGrid';

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

export function runCheckJob(
  bytes: Uint8Array,
  fileName: string,
  profile: Profile | undefined,
  progress: (p: CheckProgress) => void = () => undefined,
): CheckJobResult {
  progress({ stage: 'read' });
  const grid = readWorkbookBytes(bytes, fileName);
  progress({ stage: 'check', sheets: grid.sheets.length });
  return { grid, result: checkWorkbook(grid, profile) };
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

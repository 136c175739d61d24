/**
 * Reading and checking a workbook file in one go: SheetJS → grid → core.
 * Runs inside the Web Worker (check.worker.ts) in the page and in the same
 * thread in the tests. Reports its stage so the page can show progress.
 */
import { checkWorkbook } from '../core/check';
import type { Profile } from '../core/profile';
import { readWorkbookBytes } from '../xlsx/readGrid';
import type { CheckJobResult, CheckProgress } from './jobMessages';

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

/**
 * How the web page gets a workbook: a file the user picks or drops, the
 * sample bundled beside the page (fetched from the same origin), or a new
 * workbook made from a template. FileHost and the file libraries load only
 * now, on first use.
 */
import type { TemplateKind } from '../core/templates/types';
import type { TemplateInsertResult, WorkbookHost } from '../host/types';
import type { WebOpeners } from '../ui/Pane';
import type { CheckRunner } from './fileHost';

/** Copied into the build by webpack (samples/seed-projects-2023.xlsx). */
export const SAMPLE_PATH = 'samples/seed-projects-2023.xlsx';

class SampleFetchError extends Error {
  constructor(
    readonly status: number,
    readonly messageEn: string,
  ) {
    super(`示例文件无法下载（HTTP ${status}）。`);
  }
}

/**
 * The Web Worker runner where the page can start workers; undefined elsewhere (the
 * tests, which cannot load a module using import.meta), where checks run in-thread.
 */
async function workerChecker(): Promise<CheckRunner | undefined> {
  if (typeof Worker === 'undefined' || typeof process !== 'undefined') return undefined;
  const m = await import(/* webpackChunkName: "file-host" */ './workerChecker');
  return m.workerChecker;
}

export const webOpeners: WebOpeners = {
  async openFile(file: File): Promise<WorkbookHost> {
    const [{ FileHost }, checker] = await Promise.all([
      import(/* webpackChunkName: "file-host" */ './fileHost'),
      workerChecker(),
    ]);
    return FileHost.fromFile(file, checker);
  },
  async openSample(): Promise<WorkbookHost> {
    const [{ FileHost }, res] = await Promise.all([
      import(/* webpackChunkName: "file-host" */ './fileHost'),
      fetch(SAMPLE_PATH),
    ]);
    if (!res.ok)
      throw new SampleFetchError(res.status, `The sample file could not be loaded (HTTP ${res.status}).`);
    const name = SAMPLE_PATH.slice(SAMPLE_PATH.lastIndexOf('/') + 1);
    return new FileHost(name, new Uint8Array(await res.arrayBuffer()), { checker: await workerChecker() });
  },
  async newFromTemplate(kind: TemplateKind, year: number): Promise<TemplateInsertResult> {
    const { FileHost } = await import(/* webpackChunkName: "file-host" */ './fileHost');
    return FileHost.newFromTemplate(kind, year);
  },
};

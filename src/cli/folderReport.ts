/**
 * `kpicheck report DIR... -o 审核汇总.xlsx [--baseline LASTYEAR_DIR] [--format xlsx|html]`:
 * checks every workbook under the folders (the same worker pool as `check`)
 * and writes one review workbook (or page) for them all (folderModel.ts,
 * folderXlsx.ts, folderHtml.ts). Exit status as `check`: 0 clean, 1 some
 * error or unreadable file, 2 usage error or the report could not be written.
 */
import { promises as fsp } from 'fs';
import type { ReportArgs } from './args';
import { discoverFiles } from './discover';
import { FolderCollector } from './folderModel';
import { errorLine, filesFor, profileFor, version, type CliIO } from './main';
import { MSG, say } from './messages';
import { refuseOutput, writeFileAtomically } from './outputs';
import { checkAll, type PoolOptions } from './pool';
import { Tally } from './report';

export async function runReport(args: ReportArgs, io: CliIO): Promise<number> {
  const profile = await profileFor(args);
  if (!('severities' in profile)) {
    await io.stderr.write(errorLine(profile, args.lang));
    return 2;
  }
  let baselineFiles: string[] = [];
  if (args.baseline !== undefined) {
    const st = await fsp.stat(args.baseline).catch(() => null);
    if (!st?.isDirectory()) {
      await io.stderr.write(errorLine(MSG.baselineNotFolder(args.baseline), args.lang));
      return 2;
    }
    baselineFiles = (await discoverFiles([args.baseline])).files;
  }
  const files = await filesFor(args, io);
  if (!files) return 2;
  const why = await refuseOutput(args.output, [...files, ...baselineFiles], args.force);
  if (why) {
    await io.stderr.write(errorLine(why, args.lang));
    return 2;
  }

  const pool: PoolOptions = {
    jobs: args.jobs,
    profile,
    memoryMb: args.fileMemory,
    timeoutMs: args.fileTimeout * 1000,
    extract: true,
  };
  const collector = new FolderCollector(args.paths, args.baseline ? [args.baseline] : []);
  const tally = new Tally();
  try {
    await checkAll(files, pool, (r) => {
      tally.add(r);
      collector.add(r);
    });
    if (args.baseline !== undefined) {
      collector.expectBaseline();
      await checkAll(baselineFiles, pool, (r) => collector.addBaseline(r));
    }
  } catch (e) {
    await io.stderr.write(errorLine(MSG.poolFailed(e instanceof Error ? e.message : String(e)), args.lang));
    return 2;
  }
  const model = collector.finish();
  try {
    if (args.format === 'html') {
      const { folderHtml } = await import('./folderHtml');
      await writeFileAtomically(args.output, folderHtml(model, args.output, version()));
    } else {
      const { folderWorkbook } = await import('./folderXlsx');
      await writeFileAtomically(args.output, await folderWorkbook(model, args.output));
    }
  } catch (e) {
    await io.stderr.write(
      errorLine(MSG.cannotWrite(args.output, e instanceof Error ? e.message : String(e)), args.lang),
    );
    return 2;
  }
  await io.stderr.write(`${say(MSG.reportWritten(args.output), args.lang)}\n`);
  return tally.exitCode();
}

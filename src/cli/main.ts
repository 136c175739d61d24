/**
 * `kpicheck`: the command line. Thin on purpose: arguments (args.ts), files
 * (discover.ts), reading (../xlsx/readFile.ts), the core's checkWorkbook, and
 * the formatters (formatText.ts, formatJson.ts). ExcelJS is never loaded on
 * this path (start-up time).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOptions } from '../core/check';
import { defaultProfile, type Profile } from '../core/profile';
import { parseArgs, UsageError, type CheckArgs, type RunArgs } from './args';
import { discoverFiles } from './discover';
import { JsonStream } from './formatJson';
import { displayWidth, formatFileText, formatTally, type TextOptions } from './formatText';
import { loadProfile, ProfileLoadError } from './loadProfile';
import { HELP, MSG, say, type Lang, type Text } from './messages';
import { fileSink, refuseOutput, stdoutSink, type Sink } from './outputs';
import { checkAll, PoolError } from './pool';
import { Tally, type FileReport } from './report';

export interface OutStream {
  write(s: string): void | Promise<void>;
  isTTY?: boolean;
  /** Terminal width, for the progress line. */
  columns?: number;
}

export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  /** Seams into the core's check (a sheet reader, the rules); tests inject failing ones. */
  check?: CheckOptions;
}

/** Writes that resolve once the data is handed to the OS (process.exit follows main). */
function streamOf(s: NodeJS.WriteStream): OutStream {
  return {
    write: (text: string) =>
      new Promise<void>((resolve) => {
        try {
          s.write(text, () => resolve());
        } catch {
          resolve(); // EPIPE (output piped into `head`): nothing more to say
        }
      }),
    get isTTY() {
      return Boolean(s.isTTY);
    },
    get columns() {
      return s.columns;
    },
  };
}

export function processIO(): CliIO {
  process.stdout.on('error', () => undefined);
  return { stdout: streamOf(process.stdout), stderr: streamOf(process.stderr), env: process.env };
}

function version(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'))
      .version as string;
  } catch {
    return 'unknown';
  }
}

/** Message for stderr: Chinese with English after, or English only. */
function errorLine(t: Text, lang: Lang): string {
  return `kpicheck: ${say(t, lang, true)}\n`;
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  // `template` has its own options and loads ExcelJS: dispatch before the check parser, lazily.
  const at = firstPositional(argv);
  if (at >= 0 && argv[at] === 'template') {
    const { runTemplate } = await import('./template');
    return runTemplate([...argv.slice(0, at), ...argv.slice(at + 1)], io);
  }
  if (at >= 0 && argv[at] === 'explain') {
    const { runExplain } = await import('./explain');
    return runExplain([...argv.slice(0, at), ...argv.slice(at + 1)], io);
  }
  let args;
  try {
    args = parseArgs(argv, io.env);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    await io.stderr.write(errorLine(e.text, e.lang) + say(MSG.usageHint, e.lang) + '\n');
    return 2;
  }
  if (args.command === 'help') {
    await io.stdout.write(HELP[args.lang]);
    return 0;
  }
  if (args.command === 'version') {
    await io.stdout.write(`kpicheck ${version()}\n`);
    return 0;
  }
  if (args.command === 'report') {
    const { runReport } = await import('./folderReport');
    return runReport(args, io);
  }
  return runCheck(args, io);
}

/** The profile (--profile, else the default) with the --rule overrides; a Text when it cannot be loaded. */
export async function profileFor(args: RunArgs): Promise<Profile | Text> {
  let profile: Profile = defaultProfile();
  if (args.profile !== undefined) {
    try {
      profile = await loadProfile(args.profile);
    } catch (e) {
      if (!(e instanceof ProfileLoadError)) throw e;
      return e.text;
    }
  }
  return { ...profile, severities: { ...profile.severities, ...args.rules } };
}

/** Folders and files on the command line → the files, with a line per empty folder; null when none. */
export async function filesFor(args: RunArgs, io: CliIO): Promise<string[] | null> {
  const { files, emptyFolders } = await discoverFiles(args.paths);
  for (const d of emptyFolders) await io.stderr.write(errorLine(MSG.emptyFolder(d), args.lang));
  if (files.length === 0) {
    await io.stderr.write(errorLine(MSG.nothingFound, args.lang));
    return null;
  }
  return files;
}

export { errorLine, version };

/** Options that take a value as the next argument (for finding the command word). */
const VALUE_OPTIONS = new Set([
  '--lang',
  '--format',
  '--profile',
  '-o',
  '--output',
  '--kinds',
  '--rule',
  '--jobs',
  '--max-warnings',
  '--file-timeout',
  '--file-memory',
  '--baseline',
]);

/** Index of the first argument that is not an option or an option's value, or -1. */
function firstPositional(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return i + 1 < argv.length ? i + 1 : -1;
    if (VALUE_OPTIONS.has(a)) {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return i;
  }
  return -1;
}

/**
 * One file up to this size is checked in the CLI's own process (see PoolOptions.inProcessUpTo):
 * a department's workbook is well under it (1,000 tables: 0.4 MB). Bigger files, and any run
 * given --file-timeout or --file-memory, go to a worker with those limits.
 */
const SINGLE_FILE_IN_PROCESS_BYTES = 8 * 1024 * 1024;

async function runCheck(args: CheckArgs, io: CliIO): Promise<number> {
  const profile = await profileFor(args);
  if (!('severities' in profile)) {
    await io.stderr.write(errorLine(profile, args.lang));
    return 2;
  }

  if (args.fix) {
    const { runFix } = await import('./fix');
    return runFix(
      {
        input: args.paths[0],
        output: args.output ?? '',
        kinds: args.kinds,
        reviewSheet: args.reviewSheet,
        dryRun: args.dryRun,
        force: args.force,
        profile,
        lang: args.lang,
      },
      io,
    );
  }

  const files = await filesFor(args, io);
  if (!files) return 2;

  let sink: Sink = stdoutSink(io.stdout);
  const toFile = args.output !== undefined;
  if (toFile) {
    const output = args.output!;
    if (/\.(xlsx|xlsm|xls|et)$/i.test(output)) {
      await io.stderr.write(errorLine(MSG.reportOverInput(output), args.lang));
      return 2;
    }
    const why = await refuseOutput(output, files, args.force);
    if (why) {
      await io.stderr.write(errorLine(why, args.lang));
      return 2;
    }
    try {
      sink = fileSink(output);
    } catch (e) {
      await io.stderr.write(
        errorLine(MSG.cannotWrite(output, e instanceof Error ? e.message : String(e)), args.lang),
      );
      return 2;
    }
  }
  const text: TextOptions = {
    lang: args.lang,
    color: !toFile && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR,
    verbose: args.verbose,
  };
  const writer = await reportWriter(args, text);
  const progress = new Progress(io.stderr, files.length, args.lang);
  const tally = new Tally();
  const shown = new Tally(); // what the output holds (--quiet: errors only)
  try {
    await sink.write(writer.head());
    await progress.update(1, files[0]);
    await checkAll(
      files,
      {
        jobs: args.jobs,
        profile,
        memoryMb: args.fileMemory,
        timeoutMs: args.fileTimeout * 1000,
        inProcessUpTo: args.limitsGiven ? 0 : SINGLE_FILE_IN_PROCESS_BYTES,
        seams: io.check,
      },
      async (report, i) => {
        tally.add(report);
        if (args.quiet && report.result)
          report.result = {
            ...report.result,
            findings: report.result.findings.filter((f) => f.severity === 'error'),
          };
        shown.add(report);
        const piece = writer.file(report);
        await progress.clear();
        if (piece) await sink.write(piece);
        await progress.update(i + 2, files[i + 1]);
      },
    );
    await progress.clear();
    await sink.write(writer.tail(shown));
    await sink.close();
  } catch (e) {
    await progress.clear();
    await sink.abort();
    const why = e instanceof Error ? e.message : String(e);
    await io.stderr.write(
      errorLine(
        toFile && !(e instanceof PoolError) ? MSG.cannotWrite(args.output!, why) : MSG.poolFailed(why),
        args.lang,
      ),
    );
    return 2;
  }
  if (toFile) await io.stderr.write(`${say(MSG.reportWritten(args.output!), args.lang)}\n`);
  if (args.maxWarnings !== undefined && tally.warnings > args.maxWarnings)
    await io.stderr.write(
      `kpicheck: ${say(MSG.warningsOverMax(tally.warnings, args.maxWarnings), args.lang, true)}\n`,
    );
  return tally.exitCode(args.maxWarnings);
}

/** A report in pieces: what goes before the files, each file's piece as it comes, what goes after. */
interface ReportWriter {
  head(): string;
  file(r: FileReport): string;
  tail(t: Tally): string;
}

async function reportWriter(args: CheckArgs, text: TextOptions): Promise<ReportWriter> {
  switch (args.format) {
    case 'json': {
      const json = new JsonStream();
      return { head: () => json.head(), file: (r) => json.file(r), tail: () => json.tail() };
    }
    case 'csv': {
      const { formatCsv } = await import('./reportFormats');
      let first = true;
      return {
        head: () => '',
        file: (r) => {
          const s = formatCsv([r], { lang: args.lang, bom: first });
          if (first) {
            first = false;
            return s;
          }
          return s.slice(s.indexOf('\r\n') + 2);
        },
        tail: () => (first ? formatCsv([], { lang: args.lang }) : ''),
      };
    }
    case 'html': {
      // One page with totals at the top: the (slim) reports are kept until the end.
      const { formatHtml } = await import('./reportFormats');
      const all: FileReport[] = [];
      return {
        head: () => '',
        file: (r) => {
          all.push(r);
          return '';
        },
        tail: () => formatHtml(all, { version: version() }),
      };
    }
    default:
      return { head: () => '', file: (r) => formatFileText(r, text), tail: (t) => formatTally(t, text) };
  }
}

/** "正在检查 3/120 path" on stderr, only for more than 5 files and only on a terminal. */
class Progress {
  private shown = false;
  private readonly enabled: boolean;

  constructor(
    private readonly err: OutStream,
    private readonly total: number,
    private readonly lang: Lang,
  ) {
    this.enabled = total > 5 && Boolean(err.isTTY);
  }

  async update(i: number, file: string | undefined): Promise<void> {
    if (!this.enabled || file === undefined || i > this.total) return;
    const width = Math.max(20, (this.err.columns ?? 80) - 1);
    let line = `${say(MSG.progress(i, this.total), this.lang)} ${file}`;
    while (displayWidth(line) > width) line = line.slice(0, -2) + '…';
    await this.err.write(`\r\x1b[K${line}`);
    this.shown = true;
  }

  async clear(): Promise<void> {
    if (!this.shown) return;
    await this.err.write('\r\x1b[K');
    this.shown = false;
  }
}

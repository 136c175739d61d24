/**
 * `kpicheck`: the command line. Thin on purpose: arguments (args.ts), files
 * (discover.ts), reading (../xlsx/readFile.ts), the core's checkWorkbook, and
 * the formatters (formatText.ts, formatJson.ts). ExcelJS is never loaded on
 * this path (start-up time).
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook, type CheckOptions } from '../core/check';
import { defaultProfile, type Profile } from '../core/profile';
import { readWorkbookFile } from '../xlsx/readFile';
import { isFileReadError } from '../xlsx/errors';
import { parseArgs, UsageError, type CheckArgs } from './args';
import { discoverFiles } from './discover';
import { formatJson } from './formatJson';
import { displayWidth, formatFileText, formatTotals, type TextOptions } from './formatText';
import { loadProfile, ProfileLoadError } from './loadProfile';
import { HELP, MSG, say, type Lang, type Text } from './messages';
import { exitCode, type FileReport } from './report';

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
  return runCheck(args, io);
}

/** Index of the first argument that is not an option or an option's value, or -1. */
function firstPositional(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return i + 1 < argv.length ? i + 1 : -1;
    if (
      a === '--lang' ||
      a === '--format' ||
      a === '--profile' ||
      a === '-o' ||
      a === '--output' ||
      a === '--kinds'
    ) {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return i;
  }
  return -1;
}

async function runCheck(args: CheckArgs, io: CliIO): Promise<number> {
  let profile: Profile = defaultProfile();
  if (args.profile !== undefined) {
    try {
      profile = await loadProfile(args.profile);
    } catch (e) {
      if (!(e instanceof ProfileLoadError)) throw e;
      await io.stderr.write(errorLine(e.text, args.lang));
      return 2;
    }
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
        profile,
        lang: args.lang,
      },
      io,
    );
  }

  const { files, emptyFolders } = await discoverFiles(args.paths);
  for (const d of emptyFolders) await io.stderr.write(errorLine(MSG.emptyFolder(d), args.lang));
  if (files.length === 0) {
    await io.stderr.write(errorLine(MSG.nothingFound, args.lang));
    return 2;
  }

  if (
    args.output &&
    (/\.(xlsx|xlsm|xls|et)$/i.test(args.output) ||
      files.some((f) => path.resolve(f) === path.resolve(args.output!)))
  ) {
    await io.stderr.write(errorLine(MSG.reportOverInput(args.output), args.lang));
    return 2;
  }
  const toFile = args.output !== undefined;
  const text: TextOptions = {
    lang: args.lang,
    color: !toFile && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR,
  };
  const progress = new Progress(io.stderr, files.length, args.lang);
  const reports: FileReport[] = [];
  let out = '';
  for (let i = 0; i < files.length; i++) {
    await progress.update(i + 1, files[i]);
    const report = await checkFile(files[i], profile, io.check);
    reports.push(report);
    if (args.format === 'text') {
      await progress.clear();
      if (toFile) out += formatFileText(report, text);
      else await io.stdout.write(formatFileText(report, text));
    }
  }
  await progress.clear();
  out += await formatReport(args, reports, text);
  if (!toFile) {
    await io.stdout.write(out);
    return exitCode(reports);
  }
  try {
    fs.writeFileSync(args.output!, out);
  } catch (e) {
    await io.stderr.write(
      errorLine(MSG.cannotWrite(args.output!, e instanceof Error ? e.message : String(e)), args.lang),
    );
    return 2;
  }
  await io.stderr.write(`${say(MSG.reportWritten(args.output!), args.lang)}\n`);
  return exitCode(reports);
}

async function formatReport(args: CheckArgs, reports: FileReport[], text: TextOptions): Promise<string> {
  switch (args.format) {
    case 'json':
      return formatJson(reports);
    case 'csv':
    case 'html': {
      const { formatCsv, formatHtml } = await import('./reportFormats');
      return args.format === 'csv'
        ? formatCsv(reports, { lang: args.lang })
        : formatHtml(reports, { version: version() });
    }
    default:
      return formatTotals(reports, text);
  }
}

async function checkFile(file: string, profile: Profile, seams?: CheckOptions): Promise<FileReport> {
  let grid;
  try {
    grid = await readWorkbookFile(file);
  } catch (e) {
    if (isFileReadError(e))
      return { file, error: { code: e.code, messageZh: e.messageZh, messageEn: e.messageEn }, result: null };
    throw e;
  }
  try {
    return { file, error: null, result: checkWorkbook(grid, profile, seams) };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const t = MSG.internalError(why);
    return { file, error: { code: 'internal', messageZh: t.zh, messageEn: t.en }, result: null };
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

  async update(i: number, file: string): Promise<void> {
    if (!this.enabled) return;
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

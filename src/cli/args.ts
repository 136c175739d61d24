/**
 * Command-line parsing. A table of commands, each with its own options, so
 * more commands (template, …) and options (--fix, …) slot in as entries.
 */
import * as os from 'os';
import type { Severity } from '../core/findings';
import { allRules } from '../core/rules/registry';
import { kindNames, unknownKinds } from './fixKinds';
import { MSG, type Lang, type Text } from './messages';

export type Format = 'text' | 'json' | 'csv' | 'html';

/** How the files are checked: shared by `check` and `report`. */
export interface RunArgs {
  paths: string[];
  profile?: string;
  lang: Lang;
  /** `--rule id=severity`, on top of the profile. */
  rules: Record<string, Severity | 'off'>;
  /** Worker threads (default: the number of cores). */
  jobs: number;
  /** Per-file time limit, seconds. */
  fileTimeout: number;
  /** Per-worker heap limit, MB. */
  fileMemory: number;
  /** `--file-timeout` or `--file-memory` was given: check even a single file in a worker, under those limits. */
  limitsGiven?: boolean;
  /** `-o` may replace an existing file. */
  force?: boolean;
}

const DEFAULT_FILE_TIMEOUT_S = 60;
const DEFAULT_FILE_MEMORY_MB = 768;

export interface CheckArgs extends RunArgs {
  command: 'check';
  format: Format;
  /** Errors only. */
  quiet?: boolean;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** Text: list the tables with no issues one by one. */
  verbose?: boolean;
  /** Write a copy with form-only fixes applied (`--fix -o FILE`); never the input. */
  fix?: boolean;
  /** `-o FILE`: the fixed copy (with --fix) or the report (csv/html/json/text). */
  output?: string;
  dryRun?: boolean;
  reviewSheet?: boolean;
  /** Fix kinds to apply (labels or rule ids), comma-separated on the command line. */
  kinds?: string[];
}

export interface ReportArgs extends RunArgs {
  command: 'report';
  format: 'xlsx' | 'html';
  output: string;
  /** Last year's submissions, for what changed. */
  baseline?: string;
}

export type ParsedArgs =
  CheckArgs | ReportArgs | { command: 'help'; lang: Lang } | { command: 'version'; lang: Lang };

export class UsageError extends Error {
  constructor(
    readonly text: Text,
    readonly lang: Lang,
  ) {
    super(text.en);
    this.name = 'UsageError';
  }
}

interface OptionSpec {
  /** Allowed values; undefined = any string. */
  values?: readonly string[];
  /** A switch that takes no value. */
  flag?: boolean;
  /** May be given more than once; the values are joined with a newline. */
  multi?: boolean;
}

/** Short spellings of long options. */
const SHORT: Record<string, string> = { '-o': '--output' };

interface CommandSpec<T extends ParsedArgs> {
  options: Record<string, OptionSpec>;
  build(positionals: string[], opts: Record<string, string>, lang: Lang): T;
}

/** Options every command takes. */
const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  lang: { values: ['zh', 'en'] },
};

/** Options of every command that checks files. */
const RUN_OPTIONS: Record<string, OptionSpec> = {
  profile: {},
  output: {},
  rule: { multi: true },
  jobs: {},
  'file-timeout': {},
  'file-memory': {},
  force: { flag: true },
};

const SEVERITY_VALUES = ['off', 'info', 'warning', 'error'];

function wholeNumber(name: string, v: string | undefined, lang: Lang, min = 0): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(MSG.badNumber(`--${name}`, v), lang);
  return Number(v);
}

function positive(name: string, v: string | undefined, lang: Lang): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !(n > 0)) throw new UsageError(MSG.badPositive(`--${name}`, v), lang);
  return n;
}

/** `--rule id=severity` (repeatable; `warn` is taken for `warning`, as ESLint spells it). */
function parseRules(v: string | undefined, lang: Lang): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  if (!v) return out;
  const ids = allRules.map((r) => r.id);
  for (const item of v.split('\n').flatMap((x) => x.split(/[,，](?=[^=]*=)/))) {
    const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(item);
    if (!m) throw new UsageError(MSG.badRule(item), lang);
    const sev = m[2].toLowerCase() === 'warn' ? 'warning' : m[2].toLowerCase();
    if (!SEVERITY_VALUES.includes(sev)) throw new UsageError(MSG.badRule(item), lang);
    if (!ids.includes(m[1])) {
      const tail = m[1].split('/').pop() ?? m[1];
      throw new UsageError(
        MSG.unknownRule(m[1], ids.filter((id) => id.endsWith(`/${tail}`) || id.includes(tail)).slice(0, 5)),
        lang,
      );
    }
    out[m[1]] = sev as Severity | 'off';
  }
  return out;
}

function runArgs(paths: string[], opts: Record<string, string>, lang: Lang): RunArgs {
  if (paths.length === 0) throw new UsageError(MSG.noPaths, lang);
  return {
    paths,
    profile: opts.profile,
    lang,
    rules: parseRules(opts.rule, lang),
    jobs:
      wholeNumber('jobs', opts.jobs, lang, 1) ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length),
    fileTimeout: positive('file-timeout', opts['file-timeout'], lang) ?? DEFAULT_FILE_TIMEOUT_S,
    fileMemory: wholeNumber('file-memory', opts['file-memory'], lang, 64) ?? DEFAULT_FILE_MEMORY_MB,
    limitsGiven: opts['file-timeout'] !== undefined || opts['file-memory'] !== undefined || undefined,
    force: opts.force === 'true' || undefined,
  };
}

const COMMANDS: Record<string, CommandSpec<ParsedArgs>> = {
  check: {
    options: {
      ...RUN_OPTIONS,
      format: { values: ['text', 'json', 'csv', 'html'] },
      fix: { flag: true },
      'dry-run': { flag: true },
      'review-sheet': { flag: true },
      kinds: {},
      quiet: { flag: true },
      'max-warnings': {},
      verbose: { flag: true },
    },
    build(paths, opts, lang): CheckArgs {
      const base = runArgs(paths, opts, lang);
      const fix = opts.fix === 'true';
      if (fix && paths.length !== 1) throw new UsageError(MSG.fixOneFile, lang);
      if (fix && !opts.output && opts['dry-run'] !== 'true') throw new UsageError(MSG.fixNeedsOutput, lang);
      if (!fix && (opts['dry-run'] || opts['review-sheet'] || opts.kinds))
        throw new UsageError(MSG.fixOnly, lang);
      const kinds = opts.kinds
        ? opts.kinds
            .split(/[,，]/)
            .map((k) => k.trim())
            .filter(Boolean)
        : undefined;
      const bad = kinds ? unknownKinds(kinds) : [];
      if (bad.length > 0) throw new UsageError(MSG.unknownKinds(bad, kindNames(lang)), lang);
      return {
        ...base,
        command: 'check',
        format: (opts.format as Format) ?? 'text',
        fix: fix || undefined,
        output: opts.output,
        dryRun: opts['dry-run'] === 'true' || undefined,
        reviewSheet: opts['review-sheet'] === 'true' || undefined,
        kinds,
        quiet: opts.quiet === 'true' || undefined,
        maxWarnings: wholeNumber('max-warnings', opts['max-warnings'], lang),
        verbose: opts.verbose === 'true' || undefined,
      };
    },
  },
  report: {
    options: {
      ...RUN_OPTIONS,
      format: { values: ['xlsx', 'html'] },
      baseline: {},
    },
    build(paths, opts, lang): ReportArgs {
      const base = runArgs(paths, opts, lang);
      if (!opts.output) throw new UsageError(MSG.reportNeedsOutput, lang);
      const format =
        (opts.format as 'xlsx' | 'html' | undefined) ?? (/\.html?$/i.test(opts.output) ? 'html' : 'xlsx');
      const ext = format === 'html' ? /\.html?$/i : /\.xlsx$/i;
      if (!ext.test(opts.output))
        throw new UsageError(MSG.reportExtension(opts.output, format === 'html' ? '.html' : '.xlsx'), lang);
      return { ...base, command: 'report', format, output: opts.output, baseline: opts.baseline };
    },
  },
};

/** Default language: Chinese, English when the locale (LC_ALL, LC_MESSAGES, LANG) says English. */
export function defaultLang(env: Record<string, string | undefined>): Lang {
  const loc = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(loc) ? 'en' : 'zh';
}

export function parseArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): ParsedArgs {
  // --lang applies to usage errors too, so find it first.
  let lang = defaultLang(env);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'zh' || v === 'en') lang = v;
  }

  const positionals: string[] = [];
  const opts: Record<string, string> = {};
  let command: string | undefined;
  let help = false;
  let version = false;
  let endOfOptions = false;
  for (let i = 0; i < argv.length; i++) {
    const a = SHORT[argv[i]] ?? argv[i];
    if (endOfOptions || !a.startsWith('-') || a === '-') {
      if (command === undefined) {
        command = a;
        if (!COMMANDS[a] && !help && !version)
          throw new UsageError(MSG.unknownCommand(a, /\.[a-z]{2,4}$/i.test(a) || /[\\/]/.test(a)), lang);
      } else positionals.push(a);
      continue;
    }
    if (a === '--') {
      endOfOptions = true;
      continue;
    }
    if (a === '-h' || a === '--help') {
      help = true;
      continue;
    }
    if (a === '-V' || a === '--version') {
      version = true;
      continue;
    }
    if (!a.startsWith('--')) throw new UsageError(MSG.unknownOption(a), lang);
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    const spec = GLOBAL_OPTIONS[name] ?? (command ? COMMANDS[command]?.options[name] : undefined);
    if (!spec) throw new UsageError(MSG.unknownOption(`--${name}`), lang);
    let value: string | undefined;
    if (spec.flag) {
      if (eq > 0) throw new UsageError(MSG.flagNoValue(`--${name}`), lang);
      value = 'true';
    } else if (eq > 0) value = a.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2))
        throw new UsageError(MSG.missingValue(`--${name}`), lang);
      i++;
    }
    if (spec.values && !spec.values.includes(value))
      throw new UsageError(MSG.badValue(`--${name}`, value, spec.values), lang);
    if (spec.multi && name in opts) opts[name] += `\n${value}`;
    else if (name in opts && opts[name] !== value) throw new UsageError(MSG.repeated(`--${name}`), lang);
    else opts[name] = value;
  }
  if (help) return { command: 'help', lang };
  if (version) return { command: 'version', lang };
  if (command === undefined) throw new UsageError(MSG.noCommand, lang);
  const { lang: _ignored, ...commandOpts } = opts;
  return COMMANDS[command].build(positionals, commandOpts, lang);
}

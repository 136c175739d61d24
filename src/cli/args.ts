/**
 * Command-line parsing. A table of commands, each with its own options, so
 * more commands (template, …) and options (--fix, …) slot in as entries.
 */
import { MSG, type Lang, type Text } from './messages';

export type Format = 'text' | 'json' | 'csv' | 'html';

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: Format;
  profile?: string;
  lang: Lang;
  /** Write a copy with form-only fixes applied (`--fix -o FILE`); never the input. */
  fix?: boolean;
  /** `-o FILE`: the fixed copy (with --fix) or the report (csv/html/json/text). */
  output?: string;
  dryRun?: boolean;
  reviewSheet?: boolean;
  /** Fix kinds to apply (labels or rule ids), comma-separated on the command line. */
  kinds?: string[];
}

export type ParsedArgs = CheckArgs | { command: 'help'; lang: Lang } | { command: 'version'; lang: Lang };

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

const COMMANDS: Record<string, CommandSpec<ParsedArgs>> = {
  check: {
    options: {
      format: { values: ['text', 'json', 'csv', 'html'] },
      profile: {},
      fix: { flag: true },
      output: {},
      'dry-run': { flag: true },
      'review-sheet': { flag: true },
      kinds: {},
    },
    build(paths, opts, lang): CheckArgs {
      if (paths.length === 0) throw new UsageError(MSG.noPaths, lang);
      const fix = opts.fix === 'true';
      if (fix && paths.length !== 1) throw new UsageError(MSG.fixOneFile, lang);
      if (fix && !opts.output && opts['dry-run'] !== 'true') throw new UsageError(MSG.fixNeedsOutput, lang);
      if (!fix && (opts['dry-run'] || opts['review-sheet'] || opts.kinds))
        throw new UsageError(MSG.fixOnly, lang);
      return {
        command: 'check',
        paths,
        format: (opts.format as Format) ?? 'text',
        profile: opts.profile,
        lang,
        fix: fix || undefined,
        output: opts.output,
        dryRun: opts['dry-run'] === 'true' || undefined,
        reviewSheet: opts['review-sheet'] === 'true' || undefined,
        kinds: opts.kinds
          ? opts.kinds
              .split(/[,，]/)
              .map((k) => k.trim())
              .filter(Boolean)
          : undefined,
      };
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
    if (name in opts && opts[name] !== value) throw new UsageError(MSG.repeated(`--${name}`), lang);
    opts[name] = value;
  }
  if (help) return { command: 'help', lang };
  if (version) return { command: 'version', lang };
  if (command === undefined) throw new UsageError(MSG.noCommand, lang);
  const { lang: _ignored, ...commandOpts } = opts;
  return COMMANDS[command].build(positionals, commandOpts, lang);
}

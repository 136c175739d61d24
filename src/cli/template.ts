/**
 * `kpicheck template <project-2015|project-2021|department> -o FILE [--year 2024]`:
 * writes a blank (or, with --sample, filled-in example) 绩效目标表 template
 * as a new .xlsx file.
 *
 * Contract (for the wiring in main.ts):
 *
 *   runTemplate(argv, io): Promise<number>
 *
 *   argv  the arguments AFTER the word "template", as typed
 *         (e.g. ['project-2021', '-o', 'out.xlsx', '--year', '2025']);
 *   io    { stdout, stderr, env } — structurally the CliIO of main.ts; only
 *         `write(string)` of the streams and `env` (LANG / LC_* for the
 *         default language) are used.
 *   returns the exit status: 0 the file was written (or help shown);
 *         2 usage error (unknown template or option, missing -o, bad year,
 *         not .xlsx, file exists without --force) or the file could not be
 *         written. Nothing is thrown for these; messages go to stderr in the
 *         chosen language (Chinese with the English after it, or English).
 *
 *   Options: -o/--output FILE (required, .xlsx), --year YYYY (default: next
 *   calendar year), --sample (fill with a sound example), --force
 *   (overwrite), --lang zh|en, -h/--help. `--name=value` forms are accepted.
 *
 * ExcelJS is loaded only when a file is written (start-up time of `check`).
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import {
  MAX_YEAR,
  MIN_YEAR,
  TEMPLATE_DEFINITIONS,
  TEMPLATE_KINDS,
  defaultBudgetYear,
  fillSample,
  isTemplateKind,
  layoutTemplate,
  type TemplateKind,
} from '../core/templates';
import { defaultLang } from './args';

type Lang = 'zh' | 'en';

interface Text {
  zh: string;
  en: string;
}

interface Stream {
  write(s: string): void | Promise<void>;
}

export interface TemplateIO {
  stdout: Stream;
  stderr: Stream;
  env: Record<string, string | undefined>;
}

const KINDS = TEMPLATE_KINDS.join('|');

/** Help of the command (main.ts may show it under `kpicheck --help` too). */
export const TEMPLATE_HELP: Text = {
  zh: `用法：
  kpicheck template <${KINDS}> -o 文件.xlsx [--year 年度] [--sample] [--force]

生成一张格式完整、可直接打印的绩效目标表模板（新的 .xlsx 文件）：
  project-2015   项目支出绩效目标表（财预〔2015〕88号框架，与示例表格式相同）
  project-2021   项目支出绩效目标表（财预〔2021〕101号框架，含指标性质、度量单位、权重）
  department     部门整体支出绩效目标表

选项：
  -o, --output 文件   输出文件（.xlsx）
  --year 年度          预算年度（默认明年），用于标题
  --sample             填入一份示例内容（可通过检查），供参考
  --force              文件已存在时覆盖
  --lang zh|en         提示信息的语言
`,
  en: `Usage:
  kpicheck template <${KINDS}> -o FILE.xlsx [--year YEAR] [--sample] [--force]

Writes a formatted, print-ready performance target table template as a new .xlsx file:
  project-2015   project table, 2015 framework (财预〔2015〕88号; the sample workbook's layout)
  project-2021   project table, 2021 framework (财预〔2021〕101号; nature, unit and weight columns)
  department     department-wide table (部门整体)

Options:
  -o, --output FILE   the file to write (.xlsx)
  --year YEAR         budget year for the title (default: next year)
  --sample            fill in a sound example (it passes the check)
  --force             overwrite an existing file
  --lang zh|en        language of the messages
`,
};

const MSG = {
  noKind: {
    zh: `缺少模板类型；可用：${TEMPLATE_KINDS.join('、')}。`,
    en: `No template given; use one of: ${TEMPLATE_KINDS.join(', ')}.`,
  },
  badKind: (k: string): Text => ({
    zh: `未知的模板类型“${k}”；可用：${TEMPLATE_KINDS.join('、')}。`,
    en: `Unknown template "${k}"; use one of: ${TEMPLATE_KINDS.join(', ')}.`,
  }),
  extra: (a: string): Text => ({ zh: `多余的参数“${a}”。`, en: `Unexpected argument "${a}".` }),
  noOutput: {
    zh: '缺少输出文件：请用 -o 文件.xlsx 指定。',
    en: 'No output file: give one with -o FILE.xlsx.',
  },
  notXlsx: (f: string): Text => ({
    zh: `输出文件“${f}”应以 .xlsx 结尾。`,
    en: `The output file "${f}" should end in .xlsx.`,
  }),
  badYear: (y: string): Text => ({
    zh: `年度“${y}”无效；请填写 ${MIN_YEAR} 到 ${MAX_YEAR} 之间的四位年份。`,
    en: `Invalid year "${y}"; give a year from ${MIN_YEAR} to ${MAX_YEAR}.`,
  }),
  unknownOption: (o: string): Text => ({ zh: `未知选项“${o}”。`, en: `Unknown option "${o}".` }),
  missingValue: (o: string): Text => ({ zh: `选项 ${o} 缺少值。`, en: `Option ${o} needs a value.` }),
  badLang: (v: string): Text => ({
    zh: `--lang 只能是 zh 或 en，而不是“${v}”。`,
    en: `--lang must be zh or en, not "${v}".`,
  }),
  exists: (f: string): Text => ({
    zh: `文件“${f}”已存在；要覆盖请加 --force。`,
    en: `The file "${f}" exists; add --force to overwrite it.`,
  }),
  writeFailed: (f: string, why: string): Text => ({
    zh: `无法写入“${f}”：${why}`,
    en: `Could not write "${f}": ${why}`,
  }),
  written: (f: string, label: Text, year: number, sample: boolean): Text => ({
    zh: `已生成${sample ? '示例' : '模板'}：${f}（${label.zh}，${year} 年度）\n`,
    en: `Wrote ${sample ? 'an example' : 'a template'}: ${f} (${label.en}, budget year ${year})\n`,
  }),
  hint: { zh: '运行 kpicheck template --help 查看用法。', en: 'Run kpicheck template --help for usage.' },
};

function say(t: Text, lang: Lang, both = false): string {
  if (lang === 'en') return t.en;
  return both ? `${t.zh} (${t.en})` : t.zh;
}

class Usage extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

interface TemplateArgs {
  help: boolean;
  kind?: TemplateKind;
  output?: string;
  year: number;
  sample: boolean;
  force: boolean;
}

function parse(argv: readonly string[]): TemplateArgs {
  const out: TemplateArgs = { help: false, year: defaultBudgetYear(), sample: false, force: false };
  const positionals: string[] = [];
  let endOfOptions = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (endOfOptions || !a.startsWith('-') || a === '-') {
      positionals.push(a);
      continue;
    }
    if (a === '--') {
      endOfOptions = true;
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('-') && v.length > 1)) throw new Usage(MSG.missingValue(name));
      i++;
      return v;
    };
    switch (name) {
      case '-h':
      case '--help':
        out.help = true;
        break;
      case '-o':
      case '--output':
        out.output = value();
        break;
      case '--year': {
        const y = value();
        if (!/^\d{4}$/.test(y) || Number(y) < MIN_YEAR || Number(y) > MAX_YEAR)
          throw new Usage(MSG.badYear(y));
        out.year = Number(y);
        break;
      }
      case '--lang':
        value();
        break;
      case '--sample':
        out.sample = true;
        break;
      case '--force':
        out.force = true;
        break;
      default:
        throw new Usage(MSG.unknownOption(name));
    }
  }
  if (out.help) return out;
  if (!positionals.length) throw new Usage(MSG.noKind);
  const [kind, ...rest] = positionals;
  if (!isTemplateKind(kind)) throw new Usage(MSG.badKind(kind));
  if (rest.length) throw new Usage(MSG.extra(rest[0]));
  out.kind = kind;
  if (!out.output) throw new Usage(MSG.noOutput);
  if (path.extname(out.output).toLowerCase() !== '.xlsx') throw new Usage(MSG.notXlsx(out.output));
  return out;
}

/** The language: --lang when given (valid or not, it is looked for first), else the locale. */
function langOf(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): { lang: Lang; bad?: string } {
  let lang: Lang = defaultLang(env);
  let bad: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === undefined) continue;
    if (v === 'zh' || v === 'en') lang = v;
    else bad = v;
  }
  return { lang, bad };
}

export async function runTemplate(argv: readonly string[], io: TemplateIO): Promise<number> {
  const { lang, bad } = langOf(argv, io.env);
  const fail = async (t: Text, hint = true) => {
    await io.stderr.write(`kpicheck: ${say(t, lang, true)}\n${hint ? say(MSG.hint, lang) + '\n' : ''}`);
    return 2;
  };
  if (bad !== undefined) return fail(MSG.badLang(bad));
  let args: TemplateArgs;
  try {
    args = parse(argv);
  } catch (e) {
    if (e instanceof Usage) return fail(e.text);
    throw e;
  }
  if (args.help) {
    await io.stdout.write(TEMPLATE_HELP[lang]);
    return 0;
  }
  const kind = args.kind!;
  const file = args.output!;
  const sheet = layoutTemplate(kind, {
    year: args.year,
    fill: args.sample ? fillSample(kind, args.year) : undefined,
  });
  const { writeTemplateBuffer } = await import('../xlsx/writeTemplate');
  const bytes = await writeTemplateBuffer(sheet);
  try {
    await fsp.writeFile(file, bytes, { flag: args.force ? 'w' : 'wx' });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EEXIST') return fail(MSG.exists(file), false);
    return fail(MSG.writeFailed(file, err.message ?? String(e)), false);
  }
  await io.stdout.write(
    say(MSG.written(file, TEMPLATE_DEFINITIONS[kind].label, args.year, args.sample), lang),
  );
  return 0;
}

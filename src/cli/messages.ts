/** Every user-facing string of the CLI, in Chinese and English. */
import { SEVERITY_LABEL } from '../core/findings';

export type Lang = 'zh' | 'en';

export interface Text {
  zh: string;
  en: string;
}

/** One line of text in the chosen language; for Chinese, English follows in brackets where `both` is asked. */
export function say(t: Text, lang: Lang, both = false): string {
  if (lang === 'en') return t.en;
  return both ? `${t.zh} (${t.en})` : t.zh;
}

export const HELP: Text = {
  zh: `kpicheck — 绩效目标表审核

用法：
  kpicheck check <文件或文件夹>... [选项]
  kpicheck check <文件> --fix [-o <副本.xlsx>] [--kinds 种类,...] [--review-sheet] [--dry-run]
  kpicheck report <文件夹>... -o <审核汇总.xlsx|.html> [--baseline <上年文件夹>]
  kpicheck template <project-2015|project-2021|department> -o <文件.xlsx> [--year 2024]
  kpicheck explain <文件>... [--format text|json]

检查 Excel 工作簿（.xlsx、.xlsm、.xls）中的预算绩效目标表。文件夹会递归查找其中的工作簿
（跳过 ~$ 开头的临时文件、以 . 开头的文件夹和 node_modules）。每个文件在单独的检查进程中
检查（有内存和时间上限），结果按输入顺序逐个输出；一个文件损坏或过大只影响它自己。

检查（check）的选项：
  --format text|json|csv|html
                       输出格式：text（默认：每个文件一行汇总，再列出有问题的表和问题）、
                       json（{"version":1,"files":[…]}，逐个文件输出）、csv 或 html（一个自包含网页）
  -o 文件              把报告写入文件（不会写到被检查的工作簿上，链接也不行）；与 --fix 一起时为修正副本
  --force              -o 指定的文件已存在时覆盖它（被检查的文件除外）
  --quiet              只输出“错误”级问题（警告和提示不输出）
  --max-warnings N     警告超过 N 条时退出码为 1
  --rule 规则=级别     临时调整一条规则：off、info、warning（或 warn）、error；可重复，
                       如 --rule value/vague=error --rule plan/back-loaded=off
  --verbose            text 格式中逐一列出没有问题的表（默认合并为一行）
  --profile 文件       JSON 配置文件：调整规则级别、阈值和必填层级；或内置配置名 national
  --jobs N             同时检查的文件数（默认为 CPU 核数）
  --file-timeout 秒    每个文件的检查时限（默认 60 秒），超时记为该文件的错误
  --file-memory MB     每个检查进程的内存上限（默认 768 MB），超出记为该文件的错误
  --lang zh|en         文字输出的语言（默认中文；环境变量 LANG 以 en 开头时为英文）

修正（--fix）的选项：
  --fix                只修正写法（如“70%以上”→“≥70%”、全角转半角、多余空格），不改含义；
                       结果写入 -o 指定的副本，从不改写原文件
  --kinds 种类,...     只做这些种类的修正：规范写法、删除多余空格、规范指标名称（或规则编号）
  --review-sheet       在副本中添加“审核结果”工作表，列出修正后仍有的问题
  --dry-run            只列出将做的修正，不写任何文件（不需要 -o）

汇总（report）的选项：
  -o 文件              汇总工作簿（.xlsx，默认）或网页（.html）：汇总表（部门、表数、错误、警告、
                       按六类退回原因统计）、问题清单（带打开文件的链接）、跨文件问题、与上年对比
  --format xlsx|html   汇总的格式（默认按 -o 的扩展名）
  --baseline 文件夹    上一年度的报送材料：列出新增、不再报送的项目和降低的指标值
  以及 --force、--profile、--rule、--jobs、--file-timeout、--file-memory、--lang

说明（explain）：列出读取器如何看每张工作表（找到的表、表头行、各列的作用及依据、框架及依据、
采用和跳过的行），--format json 输出供工具使用。

  -h, --help           显示本帮助
  -V, --version        显示版本号

退出码（与 ESLint 相同）：0 没有“错误”级问题；1 有“错误”级问题、有文件无法读取（记为该文件的错误）、
警告超过 --max-warnings，或 --fix 后仍有错误；2 用法错误、配置文件有误或内部错误（包括检查未完成：
某张工作表或某条规则在检查器内部出错）。
设置 NO_COLOR 环境变量可关闭彩色输出。
`,
  en: `kpicheck — KPI Sheet Checker (绩效目标表审核)

Usage:
  kpicheck check <file|folder>... [options]
  kpicheck check <file> --fix [-o <copy.xlsx>] [--kinds kind,...] [--review-sheet] [--dry-run]
  kpicheck report <folder>... -o <summary.xlsx|.html> [--baseline <last-year folder>]
  kpicheck template <project-2015|project-2021|department> -o <file.xlsx> [--year 2024]
  kpicheck explain <file>... [--format text|json]

Checks the budget performance target tables in Excel workbooks (.xlsx, .xlsm, .xls).
Folders are searched recursively (skipping ~$ lock files, dot-folders and node_modules).
Each file is checked in a separate worker process with a memory and a time limit, and the
results are written one by one in input order; a damaged or huge file affects only itself.

Options of check:
  --format text|json|csv|html
                       output: text (default: a summary line per file, then the tables with
                       findings), json ({"version":1,"files":[…]}, written file by file), csv, or
                       html (one self-contained page)
  -o FILE              write the report to FILE (never onto a checked workbook, not through a link
                       either); with --fix, the fixed copy
  --force              let -o replace an existing file (never a checked one)
  --quiet              report error-severity findings only (no warnings or info)
  --max-warnings N     exit 1 when there are more than N warnings
  --rule ID=LEVEL      set one rule for this run: off, info, warning (or warn), error; repeatable,
                       e.g. --rule value/vague=error --rule plan/back-loaded=off
  --verbose            text: list each table with no findings (folded into one line by default)
  --profile FILE       JSON profile: rule severities, thresholds, required levels; or the
                       built-in name national
  --jobs N             files checked at once (default: the number of CPU cores)
  --file-timeout S     time limit per file (default 60 s); over it is that file's error
  --file-memory MB     memory limit per worker (default 768 MB); over it is that file's error
  --lang zh|en         language of the output (default Chinese; English when LANG starts with en)

Options of --fix:
  --fix                fix form only (70%以上 → ≥70%, full-width to half-width, stray spaces), never
                       meaning; written to the copy named by -o, never to the input
  --kinds KIND,...     only these kinds: Standard form, Remove stray spaces, Standard level name
                       (or rule ids)
  --review-sheet       add a 审核结果 sheet listing what is left after the fixes
  --dry-run            print what would change; write nothing (no -o needed)

Options of report:
  -o FILE              the review workbook (.xlsx, default) or page (.html): summary (department,
                       tables, errors, warnings, tally by the six rejection reasons), all findings
                       (with links that open the file), cross-file findings, changes against last year
  --format xlsx|html   the report's format (default: from the -o extension)
  --baseline FOLDER    last year's submissions: new and dropped projects, targets lowered
  and --force, --profile, --rule, --jobs, --file-timeout, --file-memory, --lang

explain: how the reader saw each sheet (the tables found, header rows, each column's role and
why, the framework and why, rows taken and skipped); --format json for tools.

  -h, --help           show this help
  -V, --version        show the version

Exit status (as ESLint's): 0 no error-severity finding; 1 some error, an unreadable file (that
file's fatal error), more warnings than --max-warnings, or errors left after --fix; 2 usage
error, bad profile or internal error (including an incomplete check: a sheet or rule failed
inside the checker).
Set NO_COLOR to turn colours off.
`,
};

export const MSG = {
  usageHint: { zh: '运行 kpicheck --help 查看用法。', en: 'Run kpicheck --help for usage.' },
  noCommand: { zh: '缺少命令。', en: 'No command given.' },
  unknownCommand: (c: string, looksLikeFile: boolean): Text => ({
    zh: `未知命令“${c}”。${looksLikeFile ? `要检查这个文件，请运行：kpicheck check ${c}` : '可用命令：check、report、template。'}`,
    en: `Unknown command "${c}". ${looksLikeFile ? `To check this file run: kpicheck check ${c}` : 'Available commands: check, report, template.'}`,
  }),
  unknownOption: (o: string): Text => ({ zh: `未知选项“${o}”。`, en: `Unknown option "${o}".` }),
  missingValue: (o: string): Text => ({ zh: `选项 ${o} 需要一个值。`, en: `Option ${o} needs a value.` }),
  badValue: (o: string, v: string, allowed: readonly string[]): Text => ({
    zh: `选项 ${o} 的值“${v}”无效，可用：${allowed.join('、')}。`,
    en: `Invalid value "${v}" for ${o}; allowed: ${allowed.join(', ')}.`,
  }),
  repeated: (o: string): Text => ({
    zh: `选项 ${o} 只能给一次。`,
    en: `Option ${o} may be given only once.`,
  }),
  fixOneFile: { zh: '--fix 一次只处理一个工作簿。', en: '--fix takes exactly one workbook.' },
  fixNeedsOutput: {
    zh: '--fix 需要用 -o 指定修正副本的保存位置（不会改写原文件）。',
    en: '--fix needs -o FILE for the fixed copy (the input is never overwritten).',
  },
  fixOnly: {
    zh: '--dry-run、--review-sheet 和 --kinds 只能与 --fix 一起使用。',
    en: '--dry-run, --review-sheet and --kinds go with --fix only.',
  },
  flagNoValue: (o: string): Text => ({ zh: `选项 ${o} 不带值。`, en: `Option ${o} takes no value.` }),
  reportOverInput: (p: string): Text => ({
    zh: `报告不能写到“${p}”：它是被检查的工作簿或工作簿文件名。`,
    en: `Will not write the report to "${p}": it is a workbook being checked or has a workbook's extension.`,
  }),
  reportWritten: (p: string): Text => ({ zh: `报告已写入 ${p}`, en: `Report written to ${p}` }),
  cannotWrite: (p: string, why: string): Text => ({
    zh: `无法写入“${p}”：${why}`,
    en: `Cannot write "${p}": ${why}`,
  }),
  noPaths: { zh: '请指定要检查的文件或文件夹。', en: 'Name the files or folders to check.' },
  nothingFound: {
    zh: '没有找到要检查的工作簿（.xlsx、.xlsm、.xls）。',
    en: 'No workbooks (.xlsx, .xlsm, .xls) found to check.',
  },
  emptyFolder: (d: string): Text => ({
    zh: `文件夹“${d}”中没有工作簿（.xlsx、.xlsm、.xls）。`,
    en: `Folder "${d}" holds no workbooks (.xlsx, .xlsm, .xls).`,
  }),
  profileMissing: (p: string): Text => ({
    zh: `找不到配置文件“${p}”。`,
    en: `Profile file "${p}" not found.`,
  }),
  profileUnreadable: (p: string, why: string): Text => ({
    zh: `无法读取配置文件“${p}”：${why}`,
    en: `Cannot read profile file "${p}": ${why}`,
  }),
  profileNotJson: (p: string, why: string): Text => ({
    zh: `配置文件“${p}”不是有效的 JSON：${why}`,
    en: `Profile file "${p}" is not valid JSON: ${why}`,
  }),
  profileInvalid: (p: string, zh: string, en: string): Text => ({
    zh: `配置文件“${p}”有误：${zh}`,
    en: `Profile file "${p}" is invalid: ${en}`,
  }),
  internalError: (why: string): Text => ({
    zh: `检查此文件时发生内部错误：${why}`,
    en: `Internal error while checking this file: ${why}`,
  }),
  incomplete: {
    zh: '检查未完成（内部错误，以下内容未检查）',
    en: 'check incomplete (internal errors: what follows was not checked)',
  },
  incompleteTotals: (files: number, n: number): Text => ({
    zh: `注意：${files} 个文件检查未完成，共 ${n} 处内部错误，见上文。`,
    en: `Note: the check of ${files} file${files === 1 ? '' : 's'} is incomplete: ${n} internal error${n === 1 ? '' : 's'}, see above.`,
  }),
  fileOutOfMemory: (mb: number): Text => ({
    zh: `文件过大或已损坏：检查时超出内存上限（${mb} MB），已停止检查此文件，其余文件照常检查。请确认文件完整；如果 Excel 能打开它，请把绩效目标表复制到一个新工作簿后再检查。`,
    en: `The file is too large or damaged: checking it went over the memory limit (${mb} MB), so it was stopped; the other files are still checked. Make sure the file is complete; if Excel opens it, copy the tables into a new workbook and check that.`,
  }),
  fileTimeout: (seconds: number): Text => ({
    zh: `文件过大或已损坏：检查超过 ${seconds} 秒仍未完成，已停止检查此文件，其余文件照常检查。请确认文件完整，或把绩效目标表复制到一个新工作簿后再检查（也可用 --file-timeout 放宽时限）。`,
    en: `The file is too large or damaged: checking it took longer than ${seconds} s, so it was stopped; the other files are still checked. Make sure the file is complete, or copy the tables into a new workbook and check that (--file-timeout allows more time).`,
  }),
  fileCrashed: (why: string): Text => ({
    zh: `文件过大或已损坏：读取时超出了可处理的上限，检查此文件的进程已停止${why ? `（${why}）` : ''}，其余文件照常检查。请确认文件完整；如果 Excel 能打开它，请把绩效目标表复制到一个新工作簿后再检查。`,
    en: `The file is too large or damaged: reading it went over what can be handled, so checking it was stopped${why ? ` (${why})` : ''}; the other files are still checked. Make sure the file is complete; if Excel opens it, copy the tables into a new workbook and check that.`,
  }),
  poolFailed: (why: string): Text => ({
    zh: `无法启动检查进程：${why}`,
    en: `Cannot start the checking workers: ${why}`,
  }),
  outputExists: (p: string): Text => ({
    zh: `“${p}”已存在；要覆盖它请加 --force。`,
    en: `"${p}" already exists; add --force to overwrite it.`,
  }),
  outputIsInput: (p: string, input: string): Text => ({
    zh: `拒绝写入“${p}”：它就是被检查的文件“${input}”（同一文件或指向它的链接）。请用 -o 指定另一个文件。`,
    en: `Refusing to write "${p}": it is the checked file "${input}" (the same file or a link to it). Give -o another file.`,
  }),
  badNumber: (o: string, v: string): Text => ({
    zh: `选项 ${o} 需要一个非负整数，而不是“${v}”。`,
    en: `Option ${o} needs a non-negative whole number, not "${v}".`,
  }),
  badPositive: (o: string, v: string): Text => ({
    zh: `选项 ${o} 需要一个正数，而不是“${v}”。`,
    en: `Option ${o} needs a positive number, not "${v}".`,
  }),
  badRule: (v: string): Text => ({
    zh: `--rule 的写法是“规则编号=off|info|warning|error”，而不是“${v}”。`,
    en: `--rule takes "rule-id=off|info|warning|error", not "${v}".`,
  }),
  unknownRule: (id: string, near: string[]): Text => ({
    zh: `未知的规则编号“${id}”。${near.length ? `是否要找：${near.join('、')}？` : '规则编号形如 structure/missing-value，见 README。'}`,
    en: `Unknown rule id "${id}". ${near.length ? `Did you mean: ${near.join(', ')}?` : 'Rule ids look like structure/missing-value; see the README.'}`,
  }),
  unknownKinds: (bad: string[], valid: string[]): Text => ({
    zh: `未知的修正种类：${bad.join('、')}。可用的种类：${valid.join('、')}（也可写规则编号）。`,
    en: `Unknown fix kind: ${bad.join(', ')}. Valid kinds: ${valid.join(', ')} (rule ids are accepted too).`,
  }),
  reportOnly: (o: string): Text => ({
    zh: `选项 ${o} 只能用于 kpicheck report。`,
    en: `Option ${o} goes with kpicheck report only.`,
  }),
  reportNeedsOutput: {
    zh: 'kpicheck report 需要用 -o 指定汇总文件（如 -o 审核汇总.xlsx）。',
    en: 'kpicheck report needs -o FILE for the summary (e.g. -o 审核汇总.xlsx).',
  },
  reportExtension: (p: string, ext: string): Text => ({
    zh: `汇总文件“${p}”须以 ${ext} 结尾。`,
    en: `The summary file "${p}" must end in ${ext}.`,
  }),
  baselineNotFolder: (p: string): Text => ({
    zh: `--baseline 须是上一年度报送材料所在的文件夹，“${p}”不是。`,
    en: `--baseline must be the folder of last year's submissions; "${p}" is not one.`,
  }),
  fileSummary: (tables: number, e: number, w: number, i: number): Text => ({
    zh: `${tables} 张表，错误 ${e}，警告 ${w}${i ? `，提示 ${i}` : ''}`,
    en: `${tables} table${tables === 1 ? '' : 's'}, ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}${i ? `, ${i} info` : ''}`,
  }),
  cleanFolded: (n: number, list: string): Text => ({
    zh: `另有 ${n} 张表未发现问题：${list}（加 --verbose 逐一列出）`,
    en: `${n} more table${n === 1 ? '' : 's'} with no issues: ${list} (--verbose lists them)`,
  }),
  allClean: { zh: '未发现问题', en: 'no issues' },
  warningsOverMax: (w: number, max: number): Text => ({
    zh: `警告 ${w} 条，超过 --max-warnings ${max}。`,
    en: `${w} warning${w === 1 ? '' : 's'}, more than --max-warnings ${max}.`,
  }),
  progress: (i: number, n: number): Text => ({ zh: `正在检查 ${i}/${n}`, en: `Checking ${i}/${n}` }),
  cannotRead: { zh: '无法读取', en: 'cannot read' },
  noTables: { zh: '未找到绩效目标表', en: 'no performance target table found' },
  noIssues: { zh: '未发现问题', en: 'no issues' },
  sheetLevel: { zh: '（不属于某张表）', en: '(not in a table)' },
  untitled: { zh: '（无名称）', en: '(no name)' },
  framework: (f: string): Text => ({ zh: `${f} 框架`, en: `${f} framework` }),
  kind: {
    project: { zh: '项目', en: 'project' },
    department: { zh: '部门整体', en: 'department' },
  } as Record<string, Text>,
  severity: SEVERITY_LABEL as Record<string, Text>,
  totals: (files: number, unreadable: number, tables: number, e: number, w: number, i: number): Text => ({
    zh: `共 ${files} 个文件${unreadable ? `（${unreadable} 个无法读取）` : ''}，${tables} 张表：错误 ${e}，警告 ${w}，提示 ${i}。`,
    en: `${files} file${files === 1 ? '' : 's'}${unreadable ? ` (${unreadable} unreadable)` : ''}, ${tables} table${tables === 1 ? '' : 's'}: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info.`,
  }),
};

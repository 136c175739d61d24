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
  kpicheck check <文件> --fix -o <副本.xlsx> [--kinds 种类,...] [--review-sheet] [--dry-run]
  kpicheck template <project-2015|project-2021|department> -o <文件.xlsx> [--year 2024]

检查 Excel 工作簿（.xlsx、.xlsm、.xls）中的预算绩效目标表。文件夹会递归查找其中的工作簿
（跳过 ~$ 开头的临时文件、以 . 开头的文件夹和 node_modules）。

选项：
  --format text|json|csv|html
                       输出格式：text（默认，按文件和表分组）、json、csv 或 html（一个自包含网页）
  -o 文件              把报告写入文件；与 --fix 一起时为修正副本（从不改写原文件）
  --fix                只修正写法（如“70%以上”→“≥70%”、全角转半角、多余空格），不改含义
  --profile 文件       JSON 配置文件：调整规则级别、阈值和必填层级
  --lang zh|en         文字输出的语言（默认中文；环境变量 LANG 以 en 开头时为英文）
  -h, --help           显示本帮助
  -V, --version        显示版本号

退出码：0 没有“错误”级问题；1 有“错误”级问题；2 用法错误、配置文件有误、有文件无法读取或检查未完成。
设置 NO_COLOR 环境变量可关闭彩色输出。
`,
  en: `kpicheck — KPI Sheet Checker (绩效目标表审核)

Usage:
  kpicheck check <file|folder>... [options]
  kpicheck check <file> --fix -o <copy.xlsx> [--kinds kind,...] [--review-sheet] [--dry-run]
  kpicheck template <project-2015|project-2021|department> -o <file.xlsx> [--year 2024]

Checks the budget performance target tables in Excel workbooks (.xlsx, .xlsm, .xls).
Folders are searched recursively (skipping ~$ lock files, dot-folders and node_modules).

Options:
  --format text|json|csv|html
                       output: text (default, grouped by file and table), json, csv or html (one self-contained page)
  -o FILE              write the report to FILE; with --fix, the fixed copy (the input is never overwritten)
  --fix                fix form only (70%以上 → ≥70%, full-width to half-width, stray spaces), never meaning
  --profile FILE       JSON profile: rule severities, thresholds, required levels
  --lang zh|en         language of the text output (default Chinese; English when LANG starts with en)
  -h, --help           show this help
  -V, --version        show the version

Exit status: 0 no error-severity finding; 1 some; 2 usage error, bad profile, an unreadable file or an incomplete check.
Set NO_COLOR to turn colours off.
`,
};

export const MSG = {
  usageHint: { zh: '运行 kpicheck --help 查看用法。', en: 'Run kpicheck --help for usage.' },
  noCommand: { zh: '缺少命令。', en: 'No command given.' },
  unknownCommand: (c: string, looksLikeFile: boolean): Text => ({
    zh: `未知命令“${c}”。${looksLikeFile ? `要检查这个文件，请运行：kpicheck check ${c}` : '可用命令：check、template。'}`,
    en: `Unknown command "${c}". ${looksLikeFile ? `To check this file run: kpicheck check ${c}` : 'Available commands: check, template.'}`,
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

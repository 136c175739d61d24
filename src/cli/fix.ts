/**
 * `kpicheck check FILE --fix -o OUT.xlsx`: writes a copy of FILE with the
 * form-only fixes applied (core/fixes, xlsx/writeFixed) to OUT, and prints
 * each fix as before → after. The input file is never written: OUT must not
 * resolve to it (same path, a symlink or a hard link to it), and the copy is
 * written to a temporary file next to OUT and renamed into place, so a
 * failure leaves no half-written file.
 *
 * Findings about content (a missing value, a spending plan that does not
 * reach 100%, …) are never fixed; they are counted and left to the author.
 *
 * ExcelJS is loaded only on this path (the plain check stays fast to start).
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../core/check';
import type { CheckResult } from '../core/check';
import { defaultProfile, type Profile } from '../core/profile';
import { planFixes, selectByKind, type FixEdit } from '../core/fixes';
import { readWorkbookFile } from '../xlsx/readFile';
import { readWorkbookBytes } from '../xlsx/readGrid';
import { isCopyRefusedError, isFileReadError } from '../xlsx/errors';
import { MSG, say, type Lang, type Text } from './messages';
import { writeFileAtomically } from './outputs';

async function exists(p: string): Promise<boolean> {
  return fsp.stat(p).then(
    () => true,
    () => false,
  );
}

export interface FixStream {
  write(s: string): void | Promise<void>;
}

export interface FixIO {
  stdout: FixStream;
  stderr: FixStream;
}

export interface FixCommandOptions {
  /** The workbook to fix (one file). */
  input: string;
  /** Where the fixed copy goes (`-o`); must not be the input; must end in .xlsx. */
  output: string;
  /** Kinds to apply: fix labels (规范写法 / Standard form …) or rule ids; default all. */
  kinds?: readonly string[];
  /** Also add the 审核结果 sheet, listing what is left after the fixes, to the copy. */
  reviewSheet?: boolean;
  /** Print what would change; write nothing (no -o needed). */
  dryRun?: boolean;
  /** -o may replace an existing file (never the input). */
  force?: boolean;
  profile?: Profile;
  lang: Lang;
}

export const FIX_MSG = {
  sameFile: (p: string): Text => ({
    zh: `拒绝写入：-o 指向的“${p}”就是输入文件。修正只写入副本，请用 -o 指定另一个文件。`,
    en: `Refusing to write: -o "${p}" is the input file. Fixes are written to a copy only; give -o another file.`,
  }),
  needOutput: {
    zh: '使用 --fix 时须用 -o 指定输出文件（修正只写入副本，不改原文件）。',
    en: '--fix needs -o OUTPUT (fixes go to a copy; the input is never changed).',
  },
  notXlsm: (p: string): Text => ({
    zh: `输出文件“${p}”须以 .xlsm 结尾：原文件含宏，副本保留宏，Excel 只以 .xlsm 打开这样的文件。`,
    en: `The output "${p}" must end in .xlsm: the file has macros, the copy keeps them, and Excel opens such files only as .xlsm.`,
  }),
  notXlsx: (p: string): Text => ({
    zh: `输出文件“${p}”须以 .xlsx 结尾（副本总是 .xlsx 格式）。`,
    en: `The output "${p}" must end in .xlsx (the copy is always .xlsx).`,
  }),
  outputIsDir: (p: string): Text => ({
    zh: `输出路径“${p}”是一个文件夹。`,
    en: `The output "${p}" is a folder.`,
  }),
  writeFailed: (p: string, why: string): Text => ({
    zh: `无法写入“${p}”：${why}`,
    en: `Cannot write "${p}": ${why}`,
  }),
  copyRefused: (p: string, zh: string, en: string): Text => ({
    zh: `“${p}”：${zh}`,
    en: `"${p}": ${en}`,
  }),
  readFailed: (p: string, zh: string, en: string): Text => ({
    zh: `无法读取“${p}”：${zh}`,
    en: `Cannot read "${p}": ${en}`,
  }),
  heading: (p: string): Text => ({ zh: `修正 ${p}：`, en: `Fixes for ${p}:` }),
  applied: (n: number, out: string): Text => ({
    zh: `已修正 ${n} 处，副本已写入 ${out}；原文件未改动。`,
    en: `${n} fix${n === 1 ? '' : 'es'} applied; the copy is ${out}. The input file is unchanged.`,
  }),
  dryRun: (n: number): Text => ({
    zh: `将修正 ${n} 处（--dry-run：未写入任何文件）。`,
    en: `${n} fix${n === 1 ? '' : 'es'} would be applied (--dry-run: nothing written).`,
  }),
  nothing: { zh: '没有可自动修正的问题。', en: 'Nothing to fix automatically.' },
  refused: { zh: '未修正：', en: 'Not fixed:' },
  left: (n: number): Text => ({
    zh: `另有 ${n} 条问题涉及内容（如缺少指标值、资金支出计划未达100%），不会自动修正，请人工修改。`,
    en: `${n} other finding${n === 1 ? '' : 's'} concern content (a missing value, a spending plan short of 100% …); they are never fixed automatically.`,
  }),
  reviewSheet: (n: number): Text => ({
    zh: `副本中已添加“审核结果”工作表（${n} 条问题）。`,
    en: `The copy has a 审核结果 (review) sheet listing ${n} finding${n === 1 ? '' : 's'}.`,
  }),
  repaired: { zh: '注意：', en: 'Note:' },
  errorsLeft: (n: number): Text => ({
    zh: `修正后仍有 ${n} 条“错误”级问题（退出码 1）。`,
    en: `${n} error${n === 1 ? '' : 's'} remain after the fixes (exit status 1).`,
  }),
};

function line(t: Text, lang: Lang): string {
  return say(t, lang, false);
}

function quote(s: string, lang: Lang): string {
  return lang === 'zh' ? `“${s}”` : JSON.stringify(s);
}

/** Does `output` name the same file as `input` (path, case on case-insensitive systems, symlink, hard link)? */
export async function sameFile(input: string, output: string): Promise<boolean> {
  const a = path.resolve(input);
  const b = path.resolve(output);
  const fold = process.platform === 'win32' || process.platform === 'darwin';
  if (a === b || (fold && a.toLowerCase() === b.toLowerCase())) return true;
  const real = async (p: string): Promise<string | null> => {
    try {
      return await fsp.realpath(p);
    } catch {
      return null;
    }
  };
  const ra = (await real(a)) ?? a;
  // The output may not exist yet: resolve its folder.
  const rb = (await real(b)) ?? path.join((await real(path.dirname(b))) ?? path.dirname(b), path.basename(b));
  if (ra === rb || (fold && ra.toLowerCase() === rb.toLowerCase())) return true;
  try {
    const [sa, sb] = await Promise.all([fsp.stat(a), fsp.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function editLine(e: FixEdit, lang: Lang): string {
  const label = lang === 'zh' ? e.label : e.labelEn;
  return `  ${e.sheet}!${e.cell}  ${quote(e.from, lang)} → ${quote(e.to, lang)}  (${label})\n`;
}

/**
 * Runs the fix command. Returns the exit status (ESLint's `--fix`): 0 the copy
 * was written (or, with dryRun, would be) and no error-severity finding is
 * left; 1 the same, but errors remain; 2 it was not written (the output is
 * the input, exists without --force, a bad output name, the copy cannot be
 * written); 1 also when the input cannot be read (its fatal error).
 */
export async function runFix(options: FixCommandOptions, io: FixIO): Promise<number> {
  const { input, output, lang } = options;
  const fail = async (t: Text) => {
    await io.stderr.write(`kpicheck: ${say(t, lang, true)}\n`);
    return 2;
  };
  if (!output && !options.dryRun) return fail(FIX_MSG.needOutput);
  if (output) {
    if (await sameFile(input, output)) return fail(FIX_MSG.sameFile(output));
    // A workbook with macros is copied with them, so the copy must be .xlsm too.
    if (/\.xlsm$/i.test(input)) {
      if (!/\.xlsm$/i.test(output)) return fail(FIX_MSG.notXlsm(output));
    } else if (!/\.xlsx$/i.test(output)) return fail(FIX_MSG.notXlsx(output));
    try {
      if ((await fsp.stat(output)).isDirectory()) return fail(FIX_MSG.outputIsDir(output));
    } catch {
      /* does not exist yet: fine */
    }
    if (!options.dryRun && !options.force && (await exists(output))) return fail(MSG.outputExists(output));
  }

  let result: CheckResult;
  let bytes: Buffer;
  try {
    const grid = await readWorkbookFile(input);
    result = checkWorkbook(grid, options.profile ?? defaultProfile());
    bytes = await fsp.readFile(input);
  } catch (e) {
    // The file's fatal error: exit 1, as for `check` (2 is for usage errors).
    if (isFileReadError(e)) return (await fail(FIX_MSG.readFailed(input, e.messageZh, e.messageEn))) - 1;
    throw e;
  }

  const chosen = selectByKind(result.findings, options.kinds);
  const plan = planFixes(chosen);
  await io.stdout.write(line(FIX_MSG.heading(input), lang) + '\n');

  // Lazy: ExcelJS only when a copy is made.
  const { writeFixedCopy } = await import('../xlsx/writeFixed');
  let applied: FixEdit[] = plan.edits;
  let refused = plan.rejected.map((r) => ({
    where: `${r.finding.sheet}!${r.finding.fix?.cell ?? r.finding.cell}`,
    reason: lang === 'zh' ? r.reason : r.reasonEn,
  }));
  let data: Uint8Array | null = null;
  let notes: string[] = [];
  // A copy that would lose content, or of a format no copy is written for, is a message, not a stack.
  const copyFailed = (e: unknown) => {
    if (isCopyRefusedError(e)) return fail(FIX_MSG.copyRefused(input, e.messageZh, e.messageEn));
    if (isFileReadError(e)) return fail(FIX_MSG.readFailed(input, e.messageZh, e.messageEn));
    throw e;
  };
  if (!options.dryRun) {
    let out: Awaited<ReturnType<typeof writeFixedCopy>>;
    try {
      out = await writeFixedCopy(bytes, plan.edits);
    } catch (e) {
      return copyFailed(e);
    }
    applied = out.applied;
    refused = refused.concat(
      out.refused.map((r) => ({
        where: `${r.edit.sheet}!${r.edit.cell}`,
        reason: lang === 'zh' ? r.reason : r.reasonEn,
      })),
    );
    notes = out.repairs.map((r) => (lang === 'zh' ? r.messageZh : r.messageEn));
    data = out.data;
  }

  for (const e of applied) await io.stdout.write(editLine(e, lang));
  if (applied.length === 0) await io.stdout.write(`  ${line(FIX_MSG.nothing, lang)}\n`);
  if (refused.length > 0) {
    await io.stdout.write(`${line(FIX_MSG.refused, lang)}\n`);
    for (const r of refused) await io.stdout.write(`  ${r.where}  ${r.reason}\n`);
  }
  const content = result.findings.filter((f) => !f.fix).length;
  if (content > 0) await io.stdout.write(line(FIX_MSG.left(content), lang) + '\n');

  if (options.dryRun || !data) {
    await io.stdout.write(line(FIX_MSG.dryRun(applied.length), lang) + '\n');
    // Errors that the planned fixes would not remove.
    const fixed = new Set(applied.map((e) => `${e.sheet}!${e.cell}`));
    const left = result.findings.filter(
      (f) => f.severity === 'error' && !(f.fix && fixed.has(`${f.sheet}!${f.fix.cell}`)),
    ).length;
    if (left > 0) await io.stdout.write(line(FIX_MSG.errorsLeft(left), lang) + '\n');
    return left > 0 ? 1 : 0;
  }

  // What is left after the fixes, read from the fixed copy itself.
  const after = checkWorkbook(readWorkbookBytes(data, output), options.profile ?? defaultProfile());
  const errorsLeft = after.findings.filter((f) => f.severity === 'error').length;
  if (options.reviewSheet) {
    const { writeReviewSheetCopy } = await import('../xlsx/writeReviewSheet');
    let withSheet: Awaited<ReturnType<typeof writeReviewSheetCopy>>;
    try {
      withSheet = await writeReviewSheetCopy(data, after, { lang, source: path.basename(input) });
    } catch (e) {
      return copyFailed(e);
    }
    data = withSheet.data;
    await io.stdout.write(line(FIX_MSG.reviewSheet(withSheet.rows), lang) + '\n');
  }

  for (const n of notes) await io.stdout.write(`${line(FIX_MSG.repaired, lang)}${n}\n`);
  // Checked once more just before writing: the target must still not be the input.
  if (await sameFile(input, output)) return fail(FIX_MSG.sameFile(output));
  try {
    await writeFileAtomically(output, data);
  } catch (e) {
    return fail(FIX_MSG.writeFailed(output, e instanceof Error ? e.message : String(e)));
  }
  await io.stdout.write(line(FIX_MSG.applied(applied.length, output), lang) + '\n');
  if (errorsLeft > 0) await io.stdout.write(line(FIX_MSG.errorsLeft(errorsLeft), lang) + '\n');
  return errorsLeft > 0 ? 1 : 0;
}

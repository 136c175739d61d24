/**
 * `kpicheck explain FILE…`: how the reader saw each sheet (tables, header rows, column roles and why,
 * framework and why, rows taken and skipped, near misses). Text by default, `--format json` for tools.
 */
import { explainWorkbook, formatExplanation } from '../core/reader/explain';
import { readWorkbookFile } from '../xlsx/readFile';
import { isFileReadError } from '../xlsx/errors';
import { defaultLang } from './args';
import type { CliIO } from './main';

const USAGE = {
  zh: '用法：kpicheck explain [--format text|json] [--lang zh|en] 文件…\n',
  en: 'usage: kpicheck explain [--format text|json] [--lang zh|en] FILE…\n',
};

export async function runExplain(argv: string[], io: CliIO): Promise<number> {
  let lang = defaultLang(io.env);
  let format: 'text' | 'json' = 'text';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (name: string) =>
      a === name ? argv[++i] : a.startsWith(name + '=') ? a.slice(name.length + 1) : null;
    const l = val('--lang');
    if (l !== null) {
      if (l !== 'zh' && l !== 'en') return usage(io, lang);
      lang = l;
      continue;
    }
    const f = val('--format');
    if (f !== null) {
      if (f !== 'text' && f !== 'json') return usage(io, lang);
      format = f;
      continue;
    }
    if (a === '-h' || a === '--help') {
      await io.stdout.write(USAGE[lang]);
      return 0;
    }
    if (a.startsWith('-')) return usage(io, lang);
    files.push(a);
  }
  if (!files.length) return usage(io, lang);
  let failed = false;
  const json: { file: string; sheets?: unknown; error?: string }[] = [];
  for (const file of files) {
    try {
      const sheets = explainWorkbook(await readWorkbookFile(file));
      if (format === 'json') json.push({ file, sheets });
      else await io.stdout.write(`${file}\n${formatExplanation(sheets, lang)}\n`);
    } catch (e) {
      failed = true;
      const msg = isFileReadError(e) ? (lang === 'zh' ? e.message : e.messageEn) : String(e);
      if (format === 'json') json.push({ file, error: msg });
      else await io.stderr.write(`kpicheck: ${file}: ${msg}\n`);
    }
  }
  if (format === 'json') await io.stdout.write(JSON.stringify({ files: json }, null, 2) + '\n');
  return failed ? 1 : 0;
}

async function usage(io: CliIO, lang: 'zh' | 'en'): Promise<number> {
  await io.stderr.write(USAGE[lang]);
  return 2;
}

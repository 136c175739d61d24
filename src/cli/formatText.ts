/**
 * The human-readable report: per file a summary line (tables, errors,
 * warnings), then each table with findings (code and name) and one line per
 * finding (cell, severity, message, rule id); the tables with no finding are
 * folded into one line (listed one by one with --verbose). Then totals.
 */
import { rangeA1 } from '../core/grid';
import { countBySeverity, severityRank, type Finding, type Severity } from '../core/findings';
import type { Table } from '../core/model';
import { MSG, say, type Lang } from './messages';
import { fieldText, Tally, type FileReport } from './report';

export interface TextOptions {
  lang: Lang;
  color: boolean;
  /** List each table with no finding instead of folding them into one line. */
  verbose?: boolean;
}

/** How many clean tables the folded line names before "…". */
const FOLDED_NAMES = 5;

const SGR = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36', green: '32' } as const;
const SEVERITY_COLOR: Record<Severity, keyof typeof SGR> = { error: 'red', warning: 'yellow', info: 'cyan' };

function paint(o: TextOptions, style: keyof typeof SGR, s: string): string {
  return o.color ? `\x1b[${SGR[style]}m${s}\x1b[0m` : s;
}

/** Display width: CJK and full-width characters count two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      cp >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - displayWidth(s)));
}

function byPosition(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col || severityRank[a.severity] - severityRank[b.severity];
}

function tableTitle(t: Table, o: TextOptions): string {
  const code = fieldText(t, 'code');
  const name = fieldText(t, 'name');
  const label = [code, name].filter(Boolean).join(' ') || say(MSG.untitled, o.lang);
  const meta = [
    say(MSG.kind[t.kind] ?? { zh: t.kind, en: t.kind }, o.lang),
    say(MSG.framework(t.framework), o.lang),
    t.year ? String(t.year) : '',
  ]
    .filter(Boolean)
    .join(o.lang === 'zh' ? '，' : ', ');
  const bracket = o.lang === 'zh' ? `（${meta}）` : ` (${meta})`;
  return `${paint(o, 'bold', label)}${paint(o, 'dim', `${bracket}  ${t.sheet}!${rangeA1(t.range)}`)}`;
}

function findingLine(f: Finding, o: TextOptions): string {
  const sev = say(MSG.severity[f.severity], o.lang);
  const sevCol = pad(sev, o.lang === 'zh' ? 4 : 7);
  const msg = f.text[o.lang];
  return `    ${pad(f.cell, 6)} ${paint(o, SEVERITY_COLOR[f.severity], sevCol)} ${msg}  ${paint(o, 'dim', f.rule)}`;
}

function shortTitle(t: Table): string {
  return fieldText(t, 'code') ?? fieldText(t, 'name') ?? `${t.sheet}!${rangeA1(t.range)}`;
}

/** The lines for one file: its summary line, tables with findings, clean tables folded. */
export function formatFileText(r: FileReport, o: TextOptions): string {
  if (r.error) {
    const reason = o.lang === 'en' ? r.error.text.en : `${r.error.text.zh} (${r.error.text.en})`;
    const head = `${paint(o, 'bold', r.file)}  ${paint(o, 'red', say(MSG.cannotRead, o.lang))}`;
    return `${head}\n  ${reason}\n`;
  }
  const { tables, findings } = r.result!;
  const c = countBySeverity(findings);
  const summary = say(MSG.fileSummary(tables.length, c.error, c.warning, c.info), o.lang);
  const tone = c.error ? 'red' : c.warning ? 'yellow' : 'green';
  const out: string[] = [`${paint(o, 'bold', r.file)}  ${paint(o, tone, summary)}`];
  if (tables.length === 0) out.push(`  ${paint(o, 'dim', say(MSG.noTables, o.lang))}`);
  const perTable = new Map<number, Finding[]>();
  for (const f of findings) {
    const list = perTable.get(f.table) ?? [];
    list.push(f);
    perTable.set(f.table, list);
  }
  const clean: Table[] = [];
  tables.forEach((t, i) => {
    const list = (perTable.get(i) ?? []).sort(byPosition);
    if (list.length === 0 && !o.verbose) {
      clean.push(t);
      return;
    }
    out.push(`  ${tableTitle(t, o)}`);
    if (list.length === 0) out.push(`    ${paint(o, 'green', say(MSG.noIssues, o.lang))}`);
    for (const f of list) out.push(findingLine(f, o));
  });
  if (clean.length > 0) {
    const sep = o.lang === 'zh' ? '、' : ', ';
    const names = clean.slice(0, FOLDED_NAMES).map((t) => shortTitle(t));
    const list = names.join(sep) + (clean.length > FOLDED_NAMES ? `${sep}…` : '');
    const line =
      clean.length === tables.length
        ? `${say(MSG.allClean, o.lang)}${o.lang === 'zh' ? '：' : ': '}${list}`
        : say(MSG.cleanFolded(clean.length, list), o.lang);
    out.push(`  ${paint(o, 'green', line)}`);
  }
  // Findings outside any table (or pointing at a table index the result does not hold), per sheet.
  const loose = findings.filter((f) => f.table < 0 || f.table >= tables.length);
  const sheets = [...new Set(loose.map((f) => f.sheet))];
  for (const sheet of sheets) {
    out.push(`  ${paint(o, 'bold', sheet)} ${paint(o, 'dim', say(MSG.sheetLevel, o.lang))}`);
    for (const f of loose.filter((x) => x.sheet === sheet).sort(byPosition)) out.push(findingLine(f, o));
  }
  // What the checker failed on: the check of this file is incomplete.
  const { diagnostics } = r.result!;
  if (diagnostics.length > 0) {
    out.push(`  ${paint(o, 'red', say(MSG.incomplete, o.lang))}`);
    for (const d of diagnostics) {
      const where = [d.sheet, d.rule].filter(Boolean).join('  ');
      const msg = d.text[o.lang];
      out.push(`    ${msg}${where ? `  ${paint(o, 'dim', where)}` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

/** The closing line from running totals, and a note when some file's check is incomplete. */
export function formatTally(t: Tally, o: TextOptions): string {
  const line = say(MSG.totals(t.files, t.unreadable, t.tables, t.errors, t.warnings, t.infos), o.lang);
  const note = t.incomplete
    ? '\n' + paint(o, 'red', say(MSG.incompleteTotals(t.incomplete, t.diagnostics), o.lang))
    : '';
  const tone = t.errors || t.unreadable || t.incomplete ? 'red' : t.warnings ? 'yellow' : 'green';
  return '\n' + paint(o, tone, line) + note + '\n';
}

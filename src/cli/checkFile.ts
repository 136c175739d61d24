/**
 * Checks one file and returns what the CLI keeps of it: the findings, and the
 * tables reduced to what the reports print (sheet, range, kind, framework,
 * year and the code, name and department fields). A full Table carries every
 * cell the reader saw; keeping only this is what lets a run over thousands of
 * files stay flat in memory and cheap to send back from a worker.
 *
 * With `extract`, each table also carries its indicators (for `kpicheck
 * report`: cross-file findings and the comparison with last year).
 */
import { checkWorkbook, type CheckOptions, type CheckResult } from '../core/check';
import { a1 } from '../core/grid';
import type { Field, Table } from '../core/model';
import type { Profile } from '../core/profile';
import { readWorkbookFile } from '../xlsx/readFile';
import { isFileReadError } from '../xlsx/errors';
import { MSG } from './messages';
import type { FileReport, TableExtract } from './report';

const KEPT_FIELDS = new Set<Field['key']>(['code', 'name', 'department']);

/** The table without its grids, plan and non-header cells. */
function slimTable(t: Table): Table {
  return {
    sheet: t.sheet,
    range: t.range,
    kind: t.kind,
    framework: t.framework,
    legacySatisfaction: t.legacySatisfaction,
    year: t.year,
    moneyUnit: t.moneyUnit,
    title: t.title ? { row: t.title.row, col: t.title.col, value: null, text: t.title.text } : null,
    fields: t.fields
      .filter((f) => KEPT_FIELDS.has(f.key))
      .map((f) => ({
        key: f.key,
        label: f.label,
        labelCell: { row: f.labelCell.row, col: f.labelCell.col, value: null, text: f.labelCell.text },
        value: f.value ? { row: f.value.row, col: f.value.col, value: null, text: f.value.text } : null,
      })),
    plan: [],
    planLabel: null,
    grids: [],
  };
}

function text(c: { text: string } | null | undefined): string {
  return c?.text?.trim() ?? '';
}

/** What `kpicheck report` compares across files and years: per table, its indicators. */
function extractTable(t: Table): TableExtract {
  const indicators: TableExtract['indicators'] = [];
  for (const g of t.grids) {
    if (g.sharesRows) continue;
    for (const r of g.rows) {
      const name = text(r.name);
      if (!name) continue;
      indicators.push({
        grid: g.kind,
        level1: r.level1Std ?? text(r.level1),
        level2: r.level2Std ?? text(r.level2),
        name,
        value: text(r.value),
        cell: r.value ? a1(r.value.row, r.value.col) : '',
      });
    }
  }
  return { indicators };
}

export interface CheckFileOptions {
  extract?: boolean;
  /** Seams into the core's check (a sheet reader, the rules); tests inject failing ones. */
  seams?: CheckOptions;
}

export async function checkFile(
  file: string,
  profile: Profile,
  options: CheckFileOptions = {},
): Promise<FileReport> {
  let grid;
  try {
    grid = await readWorkbookFile(file);
  } catch (e) {
    if (isFileReadError(e))
      return { file, error: { code: e.code, text: { zh: e.messageZh, en: e.messageEn } }, result: null };
    return internal(file, e);
  }
  let result: CheckResult;
  try {
    result = checkWorkbook(grid, profile, options.seams);
  } catch (e) {
    return internal(file, e);
  }
  const slim: CheckResult = { ...result, tables: result.tables.map(slimTable) };
  const report: FileReport = { file, error: null, result: slim };
  if (options.extract) report.extracts = result.tables.map(extractTable);
  return report;
}

function internal(file: string, e: unknown): FileReport {
  const why = e instanceof Error ? e.message : String(e);
  const t = MSG.internalError(why);
  return { file, error: { code: 'internal', text: t }, result: null };
}

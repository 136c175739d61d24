/**
 * The folder report as one workbook (ExcelJS): 汇总 (per file: department,
 * tables, errors, warnings and the tally by the six reasons), 问题清单 (every
 * finding, each with a link that opens its file at the cell), 跨文件问题
 * (a code in two files, one grid in two departments) and, with a baseline,
 * 与上年对比. Headers in Chinese with the English after; links relative to
 * the report's folder, so the report travels with the folder.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Change, CrossFinding, FolderModel } from './folderModel';
import { REASONS } from './rejectionReasons';
import { MSG } from './messages';
import { UNREADABLE_RULE } from '../core/report/csv';

export const SHEETS = {
  summary: '汇总',
  findings: '问题清单',
  cross: '跨文件问题',
  changes: '与上年对比',
} as const;

const SEVERITY = MSG.severity;

function h(zh: string, en: string): string {
  return `${zh} ${en}`;
}

/** The link from the report to `file` (at `sheet!cell` when given). */
export function fileLink(reportFile: string, file: string, sheet?: string, cell?: string): string {
  let rel = path.relative(path.dirname(path.resolve(reportFile)), path.resolve(file));
  rel = rel.split(path.sep).join('/');
  if (sheet && cell) rel += `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return rel;
}

function header(ws: ExcelJS.Worksheet, cols: { title: string; width: number }[]): void {
  ws.columns = cols.map((c) => ({ header: c.title, width: c.width }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

function link(cell: ExcelJS.Cell, text: string, target: string): void {
  cell.value = { text, hyperlink: target };
  cell.font = { color: { argb: 'FF0563C1' }, underline: true };
}

export async function folderWorkbook(model: FolderModel, reportFile: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kpicheck';
  wb.created = new Date();

  const summary = wb.addWorksheet(SHEETS.summary);
  header(summary, [
    { title: h('文件', 'File'), width: 40 },
    { title: h('部门', 'Department'), width: 24 },
    { title: h('表数', 'Tables'), width: 8 },
    { title: h('错误', 'Errors'), width: 8 },
    { title: h('警告', 'Warnings'), width: 8 },
    ...REASONS.map((r) => ({ title: h(r.label.zh, r.label.en), width: 14 })),
    { title: h('无法读取的原因', 'Why it could not be read'), width: 50 },
  ]);
  for (const f of model.files) {
    const row = summary.addRow([
      f.file,
      f.department,
      f.tables,
      f.errors,
      f.warnings,
      ...REASONS.map((r) => f.reasons[r.id]),
      f.error ?? '',
    ]);
    link(row.getCell(1), f.file, fileLink(reportFile, f.file));
    if (f.error || f.errors) row.getCell(4).font = { color: { argb: 'FFC00000' }, bold: true };
  }
  const t = model.totals;
  const total = summary.addRow([
    h('合计', 'Total') +
      `（${t.files} 个文件 files${t.unreadable ? `，${t.unreadable} 个无法读取 unreadable` : ''}）`,
    '',
    t.tables,
    t.errors,
    t.warnings,
    ...REASONS.map((r) => t.reasons[r.id]),
    '',
  ]);
  total.font = { bold: true };

  const findings = wb.addWorksheet(SHEETS.findings);
  header(findings, [
    { title: h('文件', 'File'), width: 36 },
    { title: h('部门', 'Department'), width: 20 },
    { title: h('项目编码', 'Project code'), width: 16 },
    { title: h('项目名称', 'Project name'), width: 24 },
    { title: h('工作表', 'Sheet'), width: 16 },
    { title: h('单元格', 'Cell'), width: 8 },
    { title: h('级别', 'Severity'), width: 8 },
    { title: h('退回原因', 'Reason'), width: 18 },
    { title: h('规则', 'Rule'), width: 24 },
    { title: h('问题说明', 'Finding'), width: 60 },
    { title: 'Finding (English)', width: 60 },
  ]);
  const reasonLabel = new Map(REASONS.map((r) => [r.id, r.label.zh]));
  for (const f of model.findings) {
    const row = findings.addRow([
      f.file,
      f.department,
      f.code,
      f.name,
      f.sheet,
      f.cell,
      SEVERITY[f.severity].zh,
      reasonLabel.get(f.reason) ?? '',
      f.rule,
      f.message,
      f.messageEn,
    ]);
    link(row.getCell(1), f.file, fileLink(reportFile, f.file, f.sheet, f.cell));
  }
  for (const f of model.files.filter((x) => x.error)) {
    const row = findings.addRow([
      f.file,
      f.department,
      '',
      '',
      '',
      '',
      SEVERITY.error.zh,
      '',
      UNREADABLE_RULE,
      f.error,
      '',
    ]);
    link(row.getCell(1), f.file, fileLink(reportFile, f.file));
  }

  writeCross(wb.addWorksheet(SHEETS.cross), model.cross, reportFile);
  if (model.changes) writeChanges(wb.addWorksheet(SHEETS.changes), model.changes, reportFile);

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

function writeCross(ws: ExcelJS.Worksheet, cross: readonly CrossFinding[], reportFile: string): void {
  header(ws, [
    { title: h('类型', 'Kind'), width: 16 },
    { title: h('说明', 'Finding'), width: 60 },
    { title: h('文件', 'File'), width: 36 },
    { title: h('部门', 'Department'), width: 20 },
    { title: h('项目编码', 'Project code'), width: 16 },
    { title: h('项目名称', 'Project name'), width: 24 },
    { title: 'Finding (English)', width: 60 },
  ]);
  const kind = { 'same-code': '编码重复 Same code', 'same-grid': '指标雷同 Same grid' };
  for (const c of cross)
    for (const p of c.places) {
      const row = ws.addRow([kind[c.kind], c.text.zh, p.file, p.department, p.code, p.name, c.text.en]);
      link(row.getCell(3), p.file, fileLink(reportFile, p.file));
    }
  if (cross.length === 0) ws.addRow(['', '未发现跨文件问题。 No cross-file findings.']);
}

function writeChanges(ws: ExcelJS.Worksheet, changes: readonly Change[], reportFile: string): void {
  header(ws, [
    { title: h('变化', 'Change'), width: 18 },
    { title: h('部门', 'Department'), width: 20 },
    { title: h('项目编码', 'Project code'), width: 16 },
    { title: h('项目名称', 'Project name'), width: 24 },
    { title: h('指标', 'Indicator'), width: 36 },
    { title: h('上年', 'Last year'), width: 14 },
    { title: h('今年', 'This year'), width: 14 },
    { title: h('文件', 'File'), width: 36 },
  ]);
  const kind = {
    new: '新增项目 New project',
    dropped: '不再报送 Dropped project',
    lowered: '目标降低 Target lowered',
  };
  for (const c of changes) {
    const row = ws.addRow([
      kind[c.kind],
      c.department,
      c.code,
      c.name,
      c.indicator ?? '',
      c.before ?? '',
      c.after ?? '',
      c.file,
    ]);
    link(row.getCell(8), c.file, fileLink(reportFile, c.file, c.sheet, c.cell));
  }
  if (changes.length === 0) ws.addRow(['与上年相比没有变化。 No changes against last year.']);
}

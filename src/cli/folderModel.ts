/**
 * What `kpicheck report` says about a folder of submissions, built file by
 * file as results stream in: per file its department, counts and the tally
 * by the national system's six reasons; every finding; findings across files
 * (one project code in two files, the same indicator grid in two
 * departments); and, against last year's submissions, what changed (new and
 * dropped projects, indicator targets lowered). The writers
 * (folderXlsx.ts, folderHtml.ts) only lay this out.
 */
import * as path from 'path';
import { rangeA1 } from '../core/grid';
import type { Severity } from '../core/findings';
import { parseValue } from '../core/value/parseValue';
import type { Text } from './messages';
import { fieldText, type FileReport, type IndicatorExtract } from './report';
import { reasonOf, REASONS, type ReasonId } from './rejectionReasons';

export type ReasonCounts = Record<ReasonId, number>;

export interface FolderFile {
  file: string;
  department: string;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
  reasons: ReasonCounts;
  /** Why the file could not be checked (Chinese, then English), or null. */
  error: string | null;
}

export interface FolderFinding {
  file: string;
  department: string;
  code: string;
  name: string;
  sheet: string;
  cell: string;
  severity: Severity;
  rule: string;
  reason: ReasonId;
  message: string;
  messageEn: string;
}

export interface Place {
  file: string;
  department: string;
  sheet: string;
  range: string;
  code: string;
  name: string;
}

export interface CrossFinding {
  kind: 'same-code' | 'same-grid';
  text: Text;
  places: Place[];
}

export interface Change {
  kind: 'new' | 'dropped' | 'lowered';
  department: string;
  code: string;
  name: string;
  /** This year's file (new, lowered) or last year's (dropped). */
  file: string;
  indicator?: string;
  before?: string;
  after?: string;
  /** This year's cell of the lowered target. */
  sheet?: string;
  cell?: string;
}

export interface FolderModel {
  files: FolderFile[];
  findings: FolderFinding[];
  cross: CrossFinding[];
  /** null when no baseline was given. */
  changes: Change[] | null;
  totals: {
    files: number;
    unreadable: number;
    tables: number;
    errors: number;
    warnings: number;
    infos: number;
    reasons: ReasonCounts;
  };
}

interface ProjectEntry {
  key: string;
  code: string;
  name: string;
  department: string;
  file: string;
  sheet: string;
  indicators: IndicatorExtract[];
}

function emptyReasons(): ReasonCounts {
  return Object.fromEntries(REASONS.map((r) => [r.id, 0])) as ReasonCounts;
}

/** The department: the table's 单位/部门 field, else the first folder under the folder given, else ''. */
function departmentOf(report: FileReport, roots: readonly string[]): string {
  for (const t of report.result?.tables ?? []) {
    const d = fieldText(t, 'department');
    if (d) return d;
  }
  const abs = path.resolve(report.file);
  for (const root of roots) {
    const rel = path.relative(path.resolve(root), abs);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const parts = rel.split(path.sep);
    if (parts.length >= 2) return parts[0];
  }
  return '';
}

function projectKey(code: string, name: string): string | null {
  if (code) return `code:${code}`;
  if (name) return `name:${name.replace(/\s+/g, '')}`;
  return null;
}

function indicatorKey(i: IndicatorExtract): string {
  return [i.grid, i.level1, i.level2, i.name].map((s) => s.replace(/\s+/g, '')).join('|');
}

/** A grid's fingerprint: its indicators and values, in order; null for grids too small to say anything. */
function gridKey(indicators: readonly IndicatorExtract[]): string | null {
  const annual = indicators.filter((i) => i.grid === 'annual');
  const list = annual.length > 0 ? annual : indicators;
  if (list.length < 3) return null;
  return list.map((i) => `${indicatorKey(i)}=${i.value.replace(/\s+/g, '')}`).join('\n');
}

/** Is `after` a lower (less demanding) target than `before`: ≥95% → ≥90%, ≤100元 → ≤120元? */
export function lowered(before: string, after: string): boolean {
  const a = parseValue(before);
  const b = parseValue(after);
  if (a.kind !== 'number' || b.kind !== 'number' || a.num === undefined || b.num === undefined) return false;
  if ((a.unit ?? '') !== (b.unit ?? '')) return false;
  const opA = a.op ?? '=';
  const opB = b.op ?? '=';
  const floor = (op: string) => op === '>=' || op === '>' || op === '=';
  if (floor(opA) && floor(opB)) return b.num < a.num;
  if (!floor(opA) && !floor(opB)) return b.num > a.num;
  return false;
}

export class FolderCollector {
  private readonly files: FolderFile[] = [];
  private readonly findings: FolderFinding[] = [];
  private readonly projects: ProjectEntry[] = [];
  private readonly baseline: ProjectEntry[] = [];
  private hasBaseline = false;
  private readonly grids = new Map<string, Place[]>();

  constructor(
    private readonly roots: readonly string[],
    private readonly baselineRoots: readonly string[] = [],
  ) {}

  add(report: FileReport): void {
    const department = departmentOf(report, this.roots);
    const reasons = emptyReasons();
    const entry: FolderFile = {
      file: report.file,
      department,
      tables: report.result?.tables.length ?? 0,
      errors: 0,
      warnings: 0,
      infos: 0,
      reasons,
      error: report.error ? `${report.error.text.zh} (${report.error.text.en})` : null,
    };
    const tables = report.result?.tables ?? [];
    for (const f of report.result?.findings ?? []) {
      if (f.severity === 'error') entry.errors++;
      else if (f.severity === 'warning') entry.warnings++;
      else entry.infos++;
      const reason = reasonOf(f.rule);
      if (f.severity !== 'info') reasons[reason]++;
      const t = f.table >= 0 ? tables[f.table] : undefined;
      this.findings.push({
        file: report.file,
        department,
        code: t ? (fieldText(t, 'code') ?? '') : '',
        name: t ? (fieldText(t, 'name') ?? '') : '',
        sheet: f.sheet,
        cell: f.cell,
        severity: f.severity,
        rule: f.rule,
        reason,
        message: f.text.zh,
        messageEn: f.text.en,
      });
    }
    this.files.push(entry);
    tables.forEach((t, i) => {
      const code = fieldText(t, 'code') ?? '';
      const name = fieldText(t, 'name') ?? '';
      const indicators = report.extracts?.[i]?.indicators ?? [];
      const key = projectKey(code, name);
      if (key)
        this.projects.push({ key, code, name, department, file: report.file, sheet: t.sheet, indicators });
      const g = gridKey(indicators);
      if (g) {
        const list = this.grids.get(g) ?? [];
        list.push({ file: report.file, department, sheet: t.sheet, range: rangeA1(t.range), code, name });
        this.grids.set(g, list);
      }
    });
  }

  addBaseline(report: FileReport): void {
    this.hasBaseline = true;
    const department = departmentOf(report, this.baselineRoots);
    (report.result?.tables ?? []).forEach((t, i) => {
      const code = fieldText(t, 'code') ?? '';
      const name = fieldText(t, 'name') ?? '';
      const key = projectKey(code, name);
      if (key)
        this.baseline.push({
          key,
          code,
          name,
          department,
          file: report.file,
          sheet: t.sheet,
          indicators: report.extracts?.[i]?.indicators ?? [],
        });
    });
  }

  /** Marks that a baseline was given even when it held no table. */
  expectBaseline(): void {
    this.hasBaseline = true;
  }

  finish(): FolderModel {
    const totals = {
      files: this.files.length,
      unreadable: this.files.filter((f) => f.error).length,
      tables: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
      reasons: emptyReasons(),
    };
    for (const f of this.files) {
      totals.tables += f.tables;
      totals.errors += f.errors;
      totals.warnings += f.warnings;
      totals.infos += f.infos;
      for (const r of REASONS) totals.reasons[r.id] += f.reasons[r.id];
    }
    return {
      files: this.files,
      findings: this.findings,
      cross: this.crossFindings(),
      changes: this.hasBaseline ? this.changes() : null,
      totals,
    };
  }

  private crossFindings(): CrossFinding[] {
    const out: CrossFinding[] = [];
    const byCode = new Map<string, ProjectEntry[]>();
    for (const p of this.projects) {
      if (!p.code) continue;
      const list = byCode.get(p.code) ?? [];
      list.push(p);
      byCode.set(p.code, list);
    }
    for (const [code, list] of byCode) {
      const files = new Set(list.map((p) => p.file));
      if (files.size < 2) continue;
      out.push({
        kind: 'same-code',
        text: {
          zh: `项目编码 ${code} 出现在 ${files.size} 个文件中：同一项目重复报送，或编码填错。请核对后只保留一份。`,
          en: `Project code ${code} appears in ${files.size} files: the same project submitted twice, or a wrong code. Check and keep one.`,
        },
        places: list.map((p) => ({
          file: p.file,
          department: p.department,
          sheet: p.sheet,
          range: '',
          code: p.code,
          name: p.name,
        })),
      });
    }
    for (const places of this.grids.values()) {
      const departments = new Set(places.map((p) => p.department));
      if (departments.size < 2) continue;
      out.push({
        kind: 'same-grid',
        text: {
          zh: `${departments.size} 个部门的绩效指标完全相同（指标和指标值一致）：可能是照搬他人的表。请按本项目的实际产出和效益填写。`,
          en: `${departments.size} departments have identical indicators (same indicators and targets): likely copied from another's table. Write the indicators for this project's own outputs and effects.`,
        },
        places,
      });
    }
    return out;
  }

  private changes(): Change[] {
    const out: Change[] = [];
    const before = new Map<string, ProjectEntry>();
    for (const p of this.baseline) if (!before.has(p.key)) before.set(p.key, p);
    const now = new Map<string, ProjectEntry>();
    for (const p of this.projects) if (!now.has(p.key)) now.set(p.key, p);
    for (const p of now.values()) {
      const b = before.get(p.key);
      if (!b) {
        out.push({ kind: 'new', department: p.department, code: p.code, name: p.name, file: p.file });
        continue;
      }
      const last = new Map(b.indicators.map((i) => [indicatorKey(i), i]));
      for (const i of p.indicators) {
        const prev = last.get(indicatorKey(i));
        if (prev && lowered(prev.value, i.value))
          out.push({
            kind: 'lowered',
            department: p.department,
            code: p.code,
            name: p.name,
            file: p.file,
            indicator: [i.level1, i.level2, i.name].filter(Boolean).join(' / '),
            before: prev.value,
            after: i.value,
            sheet: p.sheet,
            cell: i.cell,
          });
      }
    }
    for (const b of before.values())
      if (!now.has(b.key))
        out.push({ kind: 'dropped', department: b.department, code: b.code, name: b.name, file: b.file });
    return out;
  }
}

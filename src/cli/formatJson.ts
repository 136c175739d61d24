/**
 * The JSON report (version 1). Fields may be added in later versions; none
 * are renamed or removed.
 *
 * {"version":1,"files":[{"file","error","errorCode","tables":[{"sheet","range","kind","framework","code","name","year"}],
 *   "issues":[{"rule","severity","sheet","cell","message","messageEn","messageId","table","fix"?}],
 *   "diagnostics":[{"kind":"internal","sheet","rule"?,"message","messageEn"}]}]}
 * A file with diagnostics was not fully checked: a sheet or rule failed inside the checker.
 *
 * Written as a stream (JsonStream): the head, then each file's object as soon
 * as it is known, then the tail; the whole is the same document.
 */
import { rangeA1 } from '../core/grid';
import type { Diagnostic } from '../core/diagnostics';
import type { Fix, Severity } from '../core/findings';
import { fieldText, type FileReport } from './report';

export interface JsonTable {
  sheet: string;
  range: string;
  kind: 'project' | 'department';
  framework: '2015' | '2021';
  code: string | null;
  name: string | null;
  year: number | null;
}

export interface JsonIssue {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  messageEn: string;
  /** Which of the rule's messages this is (its `messages` key): stable where the wording changes. */
  messageId: string;
  /** Index into this file's `tables`, or -1 for a sheet-level finding. */
  table: number;
  fix?: Fix;
}

export interface JsonFile {
  file: string;
  /** Chinese then English reason the file could not be read; null when it was. */
  error: string | null;
  /** Machine-readable reason ('encrypted', 'corrupt', 'not-excel', …); null when read. */
  errorCode: string | null;
  tables: JsonTable[];
  issues: JsonIssue[];
  /** What the checker failed on (a sheet it could not read, a rule that threw); empty when none. */
  diagnostics: Diagnostic[];
}

export interface JsonReport {
  version: 1;
  files: JsonFile[];
}

/** What the checker failed on for this file (none when it could not be read). */
export function diagnosticsOf(r: FileReport): Diagnostic[] {
  return r.result?.diagnostics ?? [];
}

export function toJsonFile(r: FileReport): JsonFile {
  return {
    file: r.file,
    error: r.error ? `${r.error.messageZh} (${r.error.messageEn})` : null,
    errorCode: r.error ? r.error.code : null,
    tables: (r.result?.tables ?? []).map((t) => ({
      sheet: t.sheet,
      range: rangeA1(t.range),
      kind: t.kind,
      framework: t.framework,
      code: fieldText(t, 'code'),
      name: fieldText(t, 'name'),
      year: t.year ?? null,
    })),
    issues: (r.result?.findings ?? []).map((f) => {
      const issue: JsonIssue = {
        rule: f.rule,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        message: f.message,
        messageEn: f.messageEn,
        messageId: f.messageId,
        table: f.table,
      };
      if (f.fix) issue.fix = f.fix;
      return issue;
    }),
    diagnostics: diagnosticsOf(r).map((d) => ({ ...d })),
  };
}

export function formatJson(reports: readonly FileReport[]): string {
  const s = new JsonStream();
  return s.head() + reports.map((r) => s.file(r)).join('') + s.tail();
}

/** The JSON report in pieces: head(), file(r) per file in order, tail(). */
export class JsonStream {
  private count = 0;

  head(): string {
    return '{\n  "version": 1,\n  "files": [';
  }

  file(r: FileReport): string {
    const body = JSON.stringify(toJsonFile(r), null, 2).replace(/\n/g, '\n    ');
    return `${this.count++ === 0 ? '' : ','}\n    ${body}`;
  }

  tail(): string {
    return this.count === 0 ? ']\n}\n' : '\n  ]\n}\n';
  }
}

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
  fix?: JsonFix;
}

interface JsonFix {
  cell: string;
  from: string;
  to: string;
  label: string;
  labelEn: string;
}

interface JsonDiagnostic {
  kind: Diagnostic['kind'];
  sheet: string | null;
  rule?: string;
  message: string;
  messageEn: string;
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
  diagnostics: JsonDiagnostic[];
}

/** What the checker failed on for this file (none when it could not be read). */
export function diagnosticsOf(r: FileReport): Diagnostic[] {
  return r.result?.diagnostics ?? [];
}

export function toJsonFile(r: FileReport): JsonFile {
  return {
    file: r.file,
    error: r.error ? `${r.error.text.zh} (${r.error.text.en})` : null,
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
        message: f.text.zh,
        messageEn: f.text.en,
        messageId: f.messageId,
        table: f.table,
      };
      if (f.fix) issue.fix = jsonFix(f.fix);
      return issue;
    }),
    diagnostics: diagnosticsOf(r).map(jsonDiagnostic),
  };
}

/** A fix as report version 1 gives it: the label in two fields. */
function jsonFix(f: Fix): JsonFix {
  return { cell: f.cell, from: f.from, to: f.to, label: f.label.zh, labelEn: f.label.en };
}

/** A diagnostic as report version 1 gives it: the text in `message` and `messageEn`. */
function jsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return {
    kind: d.kind,
    sheet: d.sheet,
    ...(d.rule !== undefined ? { rule: d.rule } : {}),
    message: d.text.zh,
    messageEn: d.text.en,
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

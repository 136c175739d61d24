/**
 * One rule, one module (after ESLint's rule modules): id, default severity,
 * description, its messages by id, and a check that reports findings through
 * its context as `{ at, messageId, data }`.
 */
import type { Severity } from '../findings';
import type { Text, TextData } from '../text';
import type { Table } from '../model';
import type { Profile } from '../profile';
import type { WorkbookGrid } from '../grid';

export interface Report {
  /** Cell to point at (0-based sheet position). */
  at: { row: number; col: number };
  /** Key of the rule's `messages`; the runner throws on an id the rule does not declare. */
  messageId: string;
  /** Values for the message's `{{name}}` placeholders. */
  data?: TextData;
  /** Override of the rule's severity for this finding (e.g. 成本 under 2015 is a warning). */
  severity?: Severity;
  /** The form-only fix (the runner adds the cell and the rule's `fixable` label). */
  fix?: { from: string; to: string };
  /**
   * The national system's rejection reason for this finding, where it differs from the
   * one the profile gives the rule (a space in a 一级 name: 一级指标类型错误).
   */
  reason?: string;
}

export interface TableContext {
  table: Table;
  /** Index of `table` among all tables. */
  index: number;
  tables: readonly Table[];
  profile: Profile;
  report(r: Report): void;
}

export interface WorkbookContext {
  tables: readonly Table[];
  workbook: WorkbookGrid;
  profile: Profile;
  /** Report against table `index` (or -1). */
  report(index: number, sheet: string, r: Report): void;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  description: Text;
  /** Longer explanation for the task pane. */
  explain?: Text;
  /**
   * What the rule's findings say, by message id (ESLint's `meta.messages`): each says what is wrong
   * and what would be right, in both languages, with `{{name}}` placeholders for the report's data.
   */
  messages: Readonly<Record<string, Text>>;
  /**
   * The form-only fix this rule's findings may carry, as ESLint's `meta.fixable`: its label. The
   * fixer and `--fix --kinds` read it; findings of a rule without it are never fixed.
   */
  fixable?: Text;
  /** Per-table check. */
  check?(ctx: TableContext): void;
  /** False for rules that run only when a profile names them (the national import checks). */
  enabledByDefault?: boolean;
  /** Whole-workbook check (duplicate codes, duplicate grids across tables). */
  checkWorkbook?(ctx: WorkbookContext): void;
}

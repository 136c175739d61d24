/**
 * When the checker itself fails: a sheet the reader could not read, or a rule
 * that threw on a table. Each becomes a diagnostic every front end shows, so a
 * crash never looks like a clean table.
 */
import type { Text } from './text';

export interface Diagnostic {
  /** Always 'internal': the checker failed, not the table. */
  kind: 'internal';
  /** The sheet being read or checked; null when the failure was not tied to one sheet. */
  sheet: string | null;
  /** The rule that threw; absent when the reader failed. */
  rule?: string;
  /** What was not checked and why. */
  text: Text;
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  try {
    return String(error);
  } catch {
    return 'unknown error';
  }
}

/** The reader threw on a sheet: none of its tables were checked. */
export function sheetDiagnostic(sheet: string, error: unknown): Diagnostic {
  const why = reason(error);
  return {
    kind: 'internal',
    sheet,
    text: {
      zh: `内部错误：工作表“${sheet}”读取失败，其中的表未检查（${why}）。`,
      en: `Internal error: sheet "${sheet}" could not be read; its tables were not checked (${why}).`,
    },
  };
}

/** A rule threw: its checks on that sheet's table (or on the workbook) are missing. */
export function ruleDiagnostic(rule: string, sheet: string | null, error: unknown): Diagnostic {
  const why = reason(error);
  return sheet === null
    ? {
        kind: 'internal',
        sheet,
        rule,
        text: {
          zh: `内部错误：规则 ${rule} 检查工作簿时失败，其结果不完整（${why}）。`,
          en: `Internal error: rule ${rule} failed on the workbook; its results are incomplete (${why}).`,
        },
      }
    : {
        kind: 'internal',
        sheet,
        rule,
        text: {
          zh: `内部错误：规则 ${rule} 检查工作表“${sheet}”的表时失败，该表的这项检查未完成（${why}）。`,
          en: `Internal error: rule ${rule} failed on a table on sheet "${sheet}"; that check is missing for it (${why}).`,
        },
      };
}

/** What the report builders take: one entry per checked file (the CLI's FileReport has this shape). */
import type { CheckResult } from '../check';
import type { Text } from '../text';

export interface ReportFileProblem {
  /** Machine-readable reason ('encrypted', 'corrupt', 'internal', …), if any. */
  code?: string;
  /** Why, in both languages. */
  text: Text;
}

export interface ReportFile {
  /** The path or name as the user gave it. */
  file: string;
  /** Why the file could not be checked; null when it was. */
  error: ReportFileProblem | null;
  /** Tables and findings; null when the file could not be checked. */
  result: CheckResult | null;
}

export type ReportLang = 'zh' | 'en';

/**
 * The shipped profiles' JSON by name: data only (no rule registry), so the
 * pane can list and parse them without loading the rules. builtin.ts reads
 * them for the CLI and the core.
 */
import { NATIONAL_PROFILE } from './national';

export const SHIPPED_PROFILES: Readonly<Record<string, unknown>> = { national: NATIONAL_PROFILE };

/** Profiles shipped with the checker, by name (`--profile national`). */
import type { Profile } from '../profile';
import { parseProfile } from '../profile';
import { allRules } from '../rules/registry';
import { SHIPPED_PROFILES as BUILT_IN } from './shipped';

export const BUILT_IN_PROFILE_NAMES: readonly string[] = Object.keys(BUILT_IN);

/** A fresh copy of a built-in profile, or undefined for an unknown name. */
export function builtInProfile(name: string): Profile | undefined {
  const json = BUILT_IN[name];
  if (!json) return undefined;
  return parseProfile(
    JSON.parse(JSON.stringify(json)),
    allRules.map((r) => r.id),
  );
}

/** A profile from JSON that may extend a built-in one (`"extends": "national"`). */
export function parseProfileWithBuiltIns(json: unknown, knownRules?: readonly string[]): Profile {
  return parseProfile(json, knownRules, builtInProfile);
}

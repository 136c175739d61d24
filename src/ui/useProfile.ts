/**
 * The bureau's review profile (a JSON file, core/profile.ts format, the same
 * the CLI takes with --profile), remembered in localStorage so it is there
 * the next time the page or pane opens.
 */
import { useCallback, useState } from 'react';
import { parseProfile, type Profile } from '../core/profile';

export const PROFILE_STORAGE_KEY = 'kpicheck.profile';

function stored(): Profile | null {
  try {
    const raw = globalThis.localStorage?.getItem(PROFILE_STORAGE_KEY);
    return raw ? parseProfile(JSON.parse(raw)) : null;
  } catch {
    return null; // a stored profile that no longer parses is dropped: the default applies
  }
}

export function useProfile() {
  const [profile, setProfile] = useState<Profile | null>(stored);

  /** Parses the file's text (throws ProfileError or SyntaxError) and remembers it. */
  const load = useCallback((text: string, knownRules?: readonly string[]): Profile => {
    const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    const p = parseProfile(json, knownRules);
    try {
      globalThis.localStorage?.setItem(PROFILE_STORAGE_KEY, JSON.stringify(json));
    } catch {
      // storage full or disabled: the profile still applies now
    }
    setProfile(p);
    return p;
  }, []);

  const reset = useCallback(() => {
    try {
      globalThis.localStorage?.removeItem(PROFILE_STORAGE_KEY);
    } catch {
      // nothing stored
    }
    setProfile(null);
  }, []);

  return { profile, load, reset };
}

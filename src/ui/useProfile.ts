/**
 * The bureau's review profile: a shipped one (national) or a JSON file
 * (core/profile.ts format, the same the CLI takes with --profile, which may
 * extend a shipped one), remembered in localStorage so it is there the next
 * time the page or pane opens. A shipped profile is stored as
 * `{"extends": name}`, so a newer release's version of it applies.
 */
import { useCallback, useState } from 'react';
import { parseProfile, type Profile } from '../core/profile';
import { SHIPPED_PROFILES } from '../core/profiles/shipped';

export const PROFILE_STORAGE_KEY = 'kpicheck.profile';

/** The shipped profiles' names, in the order offered. */
export const SHIPPED_PROFILE_NAMES: readonly string[] = Object.keys(SHIPPED_PROFILES);

function shipped(name: string): Profile | undefined {
  const json = SHIPPED_PROFILES[name];
  return json ? parseProfile(JSON.parse(JSON.stringify(json))) : undefined;
}

/** The shipped profile's name when the JSON only picks one (`{"extends": "national"}`), else null. */
function shippedName(json: unknown): string | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const keys = Object.keys(json);
  const ext = (json as { extends?: unknown }).extends;
  return keys.length === 1 && typeof ext === 'string' && SHIPPED_PROFILES[ext] ? ext : null;
}

interface Chosen {
  profile: Profile | null;
  /** The shipped profile in use, or null (the default or a file). */
  builtIn: string | null;
}

const NONE: Chosen = { profile: null, builtIn: null };

function stored(): Chosen {
  try {
    const raw = globalThis.localStorage?.getItem(PROFILE_STORAGE_KEY);
    if (!raw) return NONE;
    const json: unknown = JSON.parse(raw);
    return { profile: parseProfile(json, undefined, shipped), builtIn: shippedName(json) };
  } catch {
    return NONE; // a stored profile that no longer parses is dropped: the default applies
  }
}

function remember(json: unknown) {
  try {
    globalThis.localStorage?.setItem(PROFILE_STORAGE_KEY, JSON.stringify(json));
  } catch {
    // storage full or disabled: the profile still applies now
  }
}

export function useProfile() {
  const [chosen, setChosen] = useState<Chosen>(stored);

  /** Parses the file's text (throws ProfileError or SyntaxError) and remembers it. */
  const load = useCallback((text: string, knownRules?: readonly string[]): Profile => {
    const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    const p = parseProfile(json, knownRules, shipped);
    remember(json);
    setChosen({ profile: p, builtIn: shippedName(json) });
    return p;
  }, []);

  /** Picks a shipped profile by name and remembers the choice. */
  const choose = useCallback((name: string) => {
    const p = shipped(name);
    if (!p) return;
    remember({ extends: name });
    setChosen({ profile: p, builtIn: name });
  }, []);

  const reset = useCallback(() => {
    try {
      globalThis.localStorage?.removeItem(PROFILE_STORAGE_KEY);
    } catch {
      // nothing stored
    }
    setChosen(NONE);
  }, []);

  return { profile: chosen.profile, builtIn: chosen.builtIn, load, choose, reset };
}

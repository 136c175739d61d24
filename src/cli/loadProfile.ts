/**
 * Reads a --profile: a built-in name (national) or a JSON file on top of the default
 * profile (or of a built-in one it extends), unknown rule ids rejected.
 */
import { promises as fsp } from 'fs';
import { ProfileError, type Profile } from '../core/profile';
import { builtInProfile, parseProfileWithBuiltIns } from '../core/profiles/builtin';
import { allRules } from '../core/rules/registry';
import { MSG, type Text } from './messages';

export class ProfileLoadError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'ProfileLoadError';
  }
}

export async function loadProfile(file: string): Promise<Profile> {
  // A built-in name wins unless a file of that very name is there.
  const builtIn = builtInProfile(file);
  if (builtIn && !(await fsp.stat(file).catch(() => null))) return builtIn;
  let raw: string;
  try {
    raw = await fsp.readFile(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new ProfileLoadError(MSG.profileMissing(file));
    throw new ProfileLoadError(
      MSG.profileUnreadable(file, err.code === 'EISDIR' ? '这是一个文件夹 (a folder)' : err.message),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ProfileLoadError(MSG.profileNotJson(file, (e as Error).message));
  }
  try {
    return parseProfileWithBuiltIns(
      json,
      allRules.map((r) => r.id),
    );
  } catch (e) {
    if (e instanceof ProfileError)
      throw new ProfileLoadError(MSG.profileInvalid(file, e.message, e.messageEn));
    throw e;
  }
}

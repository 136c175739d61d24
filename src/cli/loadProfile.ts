/** Reads a --profile file: JSON on top of the default profile, unknown rule ids rejected. */
import { promises as fsp } from 'fs';
import { parseProfile, ProfileError, type Profile } from '../core/profile';
import { allRules } from '../core/rules/registry';
import { MSG, type Text } from './messages';

export class ProfileLoadError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'ProfileLoadError';
  }
}

export async function loadProfile(file: string): Promise<Profile> {
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
    return parseProfile(
      json,
      allRules.map((r) => r.id),
    );
  } catch (e) {
    if (e instanceof ProfileError)
      throw new ProfileLoadError(MSG.profileInvalid(file, e.message, e.messageEn));
    throw e;
  }
}

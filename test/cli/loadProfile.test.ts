/** kpicheck --profile FILE: each way loading a profile can go (src/cli/loadProfile.ts). */
import * as fs from 'fs';
import * as path from 'path';
import { loadProfile, ProfileLoadError } from '../../src/cli/loadProfile';
import { defaultProfile } from '../../src/core/profile';
import { tempDir } from '../xlsx/files';

const dir = tempDir('profile');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

async function loadError(file: string): Promise<ProfileLoadError> {
  const e: unknown = await loadProfile(file).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ProfileLoadError);
  return e as ProfileLoadError;
}

describe('loadProfile', () => {
  test('a good profile, with or without a byte-order mark', async () => {
    const json = JSON.stringify({ framework: '2015', severities: { 'value/vague': 'off' } });
    for (const text of [json, '\uFEFF' + json]) {
      const p = await loadProfile(write('good.json', text));
      expect(p).toEqual({ ...defaultProfile(), framework: '2015', severities: { 'value/vague': 'off' } });
    }
  });

  test('a missing file', async () => {
    const file = path.join(dir, 'nope.json');
    const e = await loadError(file);
    expect(e.text.zh).toBe(`找不到配置文件“${file}”。`);
    expect(e.text.en).toBe(`Profile file "${file}" not found.`);
  });

  test('a folder', async () => {
    const e = await loadError(dir);
    expect(e.text.zh).toContain('这是一个文件夹');
    expect(e.text.en).toContain('Cannot read profile file');
  });

  test('not JSON', async () => {
    const e = await loadError(write('bad.json', '{ framework: 2015 '));
    expect(e.text.zh).toMatch(/不是有效的 JSON/);
    expect(e.text.en).toMatch(/is not valid JSON/);
  });

  test('JSON the profile rejects: the reason in both languages', async () => {
    const e = await loadError(write('invalid.json', JSON.stringify({ framework: '2020' })));
    expect(e.text.zh).toMatch(/有误：framework 只能是 auto、2015 或 2021/);
    expect(e.text.en).toMatch(/is invalid: framework must be auto, 2015 or 2021/);
  });

  test('a rule id the checker does not have', async () => {
    const e = await loadError(write('unknown.json', JSON.stringify({ severities: { 'no/such': 'off' } })));
    expect(e.text.zh).toContain('未知的规则编号“no/such”');
    expect(e.text.en).toContain('Unknown rule id "no/such"');
  });
});

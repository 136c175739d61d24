/**
 * The public acceptance set, scored by shared/tools/score.mjs through the
 * built CLI (`npx kpicheck check --format json`), as a reviewer would run it.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..');
const scorer = path.join(root, '..', 'shared', 'tools', 'score.mjs');
const cli = path.join(root, 'bin', 'kpicheck.js');

describe('public acceptance score', () => {
  it('finds every planted defect and every table, with no false positive', () => {
    expect(fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))).toBe(true);
    let out: string;
    try {
      out = execFileSync(process.execPath, [scorer], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, KPICHECK: `"${process.execPath}" "${cli}" check --format json` },
      });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      throw new Error(`score.mjs failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    }
    const line = out.trim().split('\n').pop()!;
    const m = /recall (\d+)% \((\d+)\/(\d+)\).*false positives (\d+), tables (\d+)\/(\d+)/.exec(line);
    expect(m).not.toBeNull();
    const [, recall, , , fp, tOk, tAll] = m!.map(Number);
    expect({ recall, fp, tables: `${tOk}/${tAll}` }).toEqual({
      recall: 100,
      fp: 0,
      tables: `${tAll}/${tAll}`,
    });
  });
});

/**
 * Start-up time: the check path must not load ExcelJS (about 0.2 s to
 * require) nor SheetJS's codepage tables. Follows the static imports from
 * src/cli/main.ts.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '../../src');

function importsOf(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(
    /^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'|require\('([^']+)'\)/gm,
  ))
    out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function resolveTs(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base + '.ts', path.join(base, 'index.ts')]) if (fs.existsSync(c)) return c;
  return null;
}

describe('kpicheck start-up', () => {
  it('does not reach exceljs, jszip, the annotator or codepage tables from the check path', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    // The main process and the worker processes it starts (pool.ts → checkWorker.ts).
    const todo = [path.join(SRC, 'cli', 'main.ts'), path.join(SRC, 'cli', 'checkWorker.ts')];
    while (todo.length) {
      const f = todo.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      for (const spec of importsOf(f)) {
        if (spec.startsWith('.')) {
          const r = resolveTs(f, spec);
          if (r) todo.push(r);
        } else packages.add(spec);
      }
    }
    expect([...seen].map((f) => path.relative(SRC, f))).not.toContain(path.join('xlsx', 'annotate.ts'));
    expect(packages.has('exceljs')).toBe(false);
    expect(packages.has('jszip')).toBe(false);
    // SheetJS's core build; the main entry would load the codepage tables (~80 ms).
    expect(packages.has('@e965/xlsx/dist/xlsx.core.min')).toBe(true);
    expect(packages.has('@e965/xlsx')).toBe(false);
    expect([...packages].some((p) => p.includes('cpexcel'))).toBe(false);
  });
});

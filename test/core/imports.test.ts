/** The core is host-agnostic: it imports nothing from Office.js, React, ExcelJS, SheetJS, Node or the adapters. */
import * as fs from 'fs';
import * as path from 'path';

const coreDir = path.join(__dirname, '..', '..', 'src', 'core');

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? files(path.join(dir, e.name))
        : /\.tsx?$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
}

describe('src/core imports', () => {
  it('names only relative modules inside src/core', () => {
    const bad: string[] = [];
    for (const f of files(coreDir)) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)) {
        const spec = m[1];
        const resolved = spec.startsWith('.') ? path.resolve(path.dirname(f), spec) : null;
        if (!resolved || !resolved.startsWith(coreDir)) bad.push(`${path.relative(coreDir, f)}: ${spec}`);
      }
      if (
        /\bOffice\.|\bExcel\.run|\bwindow\.|\bdocument\.|\bprocess\./.test(
          text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''),
        )
      )
        bad.push(`${path.relative(coreDir, f)}: host global`);
    }
    expect(bad).toEqual([]);
  });
});

/** The kinds `--kinds` accepts (src/cli/fixKinds.ts) are the kinds the rules offer. */
import { FIX_KINDS, unknownKinds } from '../../src/cli/fixKinds';
import { checkWorkbook } from '../../src/core/check';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import { fixableBytes } from '../core/fixes/fixableWorkbook';

describe('fix kinds', () => {
  it('lists every fix the rules offer on a workbook with every kind of form error', async () => {
    const { findings } = checkWorkbook(readWorkbookBytes(await fixableBytes()));
    const offered = findings.filter((f) => f.fix);
    expect(offered.length).toBeGreaterThan(0);
    for (const f of offered) expect(FIX_KINDS).toContainEqual({ rule: f.rule, label: f.fix!.label });
  });

  it('knows labels in either language and rule ids, case-insensitively', () => {
    expect(unknownKinds(['规范写法', 'remove stray spaces', 'STRUCTURE/UNKNOWN-LEVEL-NAME'])).toEqual([]);
    expect(unknownKinds(['colour', '规范写法'])).toEqual(['colour']);
  });
});

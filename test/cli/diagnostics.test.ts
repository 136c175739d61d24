/**
 * A sheet reader or a rule that throws is not swallowed: the CLI shows it as a
 * diagnostic (JSON `diagnostics`, a block in the text report), and the exit
 * status says the check is incomplete.
 */
import { readSheet, type SheetReader } from '../../src/core/reader/readWorkbook';
import { allRules } from '../../src/core/rules/registry';
import type { Rule } from '../../src/core/rules/types';
import { SEED } from '../xlsx/files';
import { run } from './io';

const DEPT_SHEET = '部门整体绩效目标';
const PROJECT_SHEET = '项目支出绩效目标表';

/** The real reader, except on the department sheet. */
const brokenReader: SheetReader = (sheet, options) => {
  if (sheet.name === DEPT_SHEET) throw new Error('reader broke on purpose');
  return readSheet(sheet, options);
};

/** A rule that throws on every table. */
const throwingRule: Rule = {
  id: 'test/throws',
  defaultSeverity: 'error',
  description: { zh: '总是出错', en: 'always throws' },
  messages: {},
  check() {
    throw new TypeError('rule broke on purpose');
  },
};

const seams = { readSheet: brokenReader, rules: [...allRules, throwingRule] };

interface JsonDiagnostic {
  kind: string;
  sheet: string | null;
  rule?: string;
  message: string;
  messageEn: string;
}

describe('kpicheck check with a failing sheet reader and a failing rule', () => {
  it('JSON: a diagnostic per failure, the other sheet still checked, exit 2', async () => {
    const r = await run(['check', SEED, '--format', 'json'], { check: seams });
    expect(r.code).toBe(2);
    const file = JSON.parse(r.stdout).files[0];
    // The department sheet gave no tables; the project sheet was read and checked by the real rules.
    expect(file.tables.length).toBeGreaterThan(0);
    expect(file.tables.every((t: { sheet: string }) => t.sheet === PROJECT_SHEET)).toBe(true);
    expect(file.issues.some((i: { rule: string }) => i.rule === 'structure/missing-level1')).toBe(true);
    expect(file.issues.some((i: { rule: string }) => i.rule === 'test/throws')).toBe(false);

    const diags = file.diagnostics as JsonDiagnostic[];
    expect(diags[0]).toEqual({
      kind: 'internal',
      sheet: DEPT_SHEET,
      message: `内部错误：工作表“${DEPT_SHEET}”读取失败，其中的表未检查（reader broke on purpose）。`,
      messageEn: `Internal error: sheet "${DEPT_SHEET}" could not be read; its tables were not checked (reader broke on purpose).`,
    });
    const ruleDiags = diags.slice(1);
    // One per table the rule threw on.
    expect(ruleDiags).toHaveLength(file.tables.length);
    for (const d of ruleDiags) {
      expect(d).toEqual({
        kind: 'internal',
        sheet: PROJECT_SHEET,
        rule: 'test/throws',
        message: expect.stringContaining('规则 test/throws') as unknown as string,
        messageEn: expect.stringContaining('rule test/throws failed') as unknown as string,
      });
      expect(d.message).toContain('rule broke on purpose');
    }
  });

  it('text: an "incomplete" block under the file naming each failure, a note under the totals, exit 2', async () => {
    const zh = await run(['check', SEED], { check: seams });
    expect(zh.code).toBe(2);
    expect(zh.stdout).toContain('  检查未完成（内部错误，以下内容未检查）\n');
    expect(zh.stdout).toContain(
      `    内部错误：工作表“${DEPT_SHEET}”读取失败，其中的表未检查（reader broke on purpose）。  ${DEPT_SHEET}\n`,
    );
    expect(zh.stdout).toMatch(
      new RegExp(
        `\\n {4}内部错误：规则 test/throws 检查工作表“${PROJECT_SHEET}”的表时失败.*rule broke on purpose.*  ${PROJECT_SHEET}  test/throws\\n`,
      ),
    );
    expect(zh.stdout).toMatch(/注意：1 个文件检查未完成，共 \d+ 处内部错误，见上文。\n$/);

    const en = await run(['check', SEED, '--lang', 'en'], { check: seams });
    expect(en.code).toBe(2);
    expect(en.stdout).toContain('  check incomplete (internal errors: what follows was not checked)\n');
    expect(en.stdout).toContain(`Internal error: sheet "${DEPT_SHEET}" could not be read`);
    expect(en.stdout).toContain('Internal error: rule test/throws failed on a table on sheet');
    expect(en.stdout).toMatch(/Note: the check of 1 file is incomplete: \d+ internal errors, see above\.\n$/);
  });

  it('without failures: no diagnostics, no block, no note', async () => {
    const json = await run(['check', SEED, '--format', 'json']);
    expect(JSON.parse(json.stdout).files[0].diagnostics).toEqual([]);
    const text = await run(['check', SEED]);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toContain('检查未完成');
    expect(text.stdout).not.toContain('注意：');
  });
});

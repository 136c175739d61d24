import { checkWorkbook, type CheckResult } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings';
import {
  CSV_BOM,
  csvField,
  reviewRows,
  reviewRowValues,
  REVIEW_COLUMNS,
  sheetRef,
  toCsv,
  toHtml,
  type ReportFile,
} from '../../../src/core/report';
import { readWorkbookBytes } from '../../../src/xlsx/readGrid';
import { fixableBytes, seedBytes } from '../fixes/fixableWorkbook';

function seedResult(): CheckResult {
  return checkWorkbook(readWorkbookBytes(seedBytes()));
}

/** Parses RFC 4180 CSV (CRLF records, quoted fields). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('reviewRows', () => {
  test('one row per seed finding, with the table code and name', () => {
    const result = seedResult();
    const rows = reviewRows(result);
    expect(rows).toHaveLength(result.findings.length);
    expect(rows.map((r) => r.no)).toEqual(rows.map((_, i) => i + 1));
    const level1 = rows.filter((r) => r.rule === 'structure/missing-level1');
    expect(level1).toHaveLength(2);
    for (const r of level1)
      expect(r).toMatchObject({
        tableCode: '102001006',
        tableName: '清理暂付款',
        sheet: '项目支出绩效目标表',
        severity: 'error',
      });
    expect(rows.find((r) => r.rule === 'plan/incomplete')).toMatchObject({
      tableCode: '102001006',
      cell: 'B89',
    });
    const values = reviewRowValues(level1[0]);
    expect(values).toHaveLength(REVIEW_COLUMNS.length);
    expect(values[REVIEW_COLUMNS.findIndex((c) => c.key === 'severity')]).toBe('错误');
    expect(reviewRowValues(level1[0], 'en')[REVIEW_COLUMNS.findIndex((c) => c.key === 'severity')]).toBe(
      'Error',
    );
  });

  test('sheet-level findings have no table; sheet references are quoted', () => {
    const f: Finding = {
      rule: 'text/duplicate-grid',
      messageId: 'copiedTable',
      severity: 'warning',
      sheet: "It's 表",
      cell: 'A1',
      row: 0,
      col: 0,
      text: { zh: '重复', en: 'dup' },
      table: -1,
    };
    const rows = reviewRows({ tables: [], findings: [f], diagnostics: [] });
    expect(rows[0]).toMatchObject({ tableCode: '', tableName: '', table: -1 });
    expect(sheetRef("It's 表", '$E$12')).toBe("'It''s 表'!E12");
  });
});

describe('toCsv', () => {
  test('UTF-8 BOM, CRLF records, RFC 4180 quoting, the seed findings', () => {
    const csv = toCsv([{ file: 'seed,2023 "final".xlsx', error: null, result: seedResult() }]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      '文件',
      '项目编码',
      '项目名称',
      '工作表',
      '单元格',
      '级别',
      '规则',
      '问题说明',
      '英文说明',
      '建议修正',
    ]);
    const body = rows.slice(1);
    expect(body).toHaveLength(seedResult().findings.length);
    expect(body.every((r) => r.length === 10 && r[0] === 'seed,2023 "final".xlsx')).toBe(true);
    expect(body.filter((r) => r[6] === 'structure/missing-level1' && r[1] === '102001006')).toHaveLength(2);
    expect(body.some((r) => r[6] === 'plan/incomplete' && r[5] === '警告')).toBe(true);
    expect(csv).toContain('"seed,2023 ""final"".xlsx"');
  });

  test('unreadable files get one row; fix suggestions; English headers; no BOM on request', async () => {
    const files: ReportFile[] = [
      {
        file: 'bad.xlsx',
        error: { code: 'corrupt', text: { zh: '文件已损坏', en: 'The file is damaged' } },
        result: null,
      },
      { file: 'fix.xlsx', error: null, result: checkWorkbook(readWorkbookBytes(await fixableBytes())) },
    ];
    const rows = parseCsv(toCsv(files, { lang: 'en', bom: false }));
    expect(rows[0][0]).toBe('File');
    expect(rows[1]).toEqual([
      'bad.xlsx',
      '',
      '',
      '',
      '',
      'error',
      'file/unreadable',
      '文件已损坏',
      'The file is damaged',
      '',
    ]);
    expect(rows.find((r) => r[4] === 'E11' && r[6] === 'value/non-standard')?.[9]).toBe('≥90%');
  });

  test('defuses formula-like fields and quotes line breaks', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM')).toBe("'@SUM");
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('普通文字')).toBe('普通文字');
    expect(csvField(12)).toBe('12');
  });
});

describe('toHtml', () => {
  const files = (): ReportFile[] => [
    { file: 'seed-projects-2023.xlsx', error: null, result: seedResult() },
    { file: 'broken <x>.xlsx', error: { text: { zh: '文件已损坏', en: 'damaged' } }, result: null },
  ];

  test('one self-contained page: inline CSS, no script, no external resource', () => {
    const html = toHtml(files(), { generatedAt: new Date(2024, 0, 2, 3, 4) });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1].startsWith('#')).toBe(true);
    expect(html).toContain('2024-01-02 03:04');
  });

  test('totals per file and per severity; findings grouped by file and table, Chinese with English below', () => {
    const result = seedResult();
    const html = toHtml(files());
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of result.findings) c[f.severity]++;
    expect(html).toContain(`data-total="error"><b>${c.error}</b>`);
    expect(html).toContain(`data-total="warning"><b>${c.warning}</b>`);
    expect(html).toContain(`data-total="info"><b>${c.info}</b>`);
    expect(html).toContain(`data-total="tables"><b>7</b>`);
    expect(html).toContain(`data-total="files"><b>2</b>`);
    // Six project tables and the department goal list of the seed, each its own section;
    // 102001006 carries the two missing-level1 findings.
    expect(html.match(/<section class="table"/g)).toHaveLength(7);
    const t6 = html.slice(html.indexOf('data-code="102001006"'));
    const section = t6.slice(0, t6.indexOf('</section>'));
    expect(section.match(/data-rule="structure\/missing-level1"/g)).toHaveLength(2);
    expect(section).toContain('data-rule="plan/incomplete"');
    expect(section).toContain('class="en" lang="en"');
    // Clean tables say so.
    const t1 = html.slice(html.indexOf('data-code="102001001"'));
    expect(t1.slice(0, t1.indexOf('</section>'))).toContain('未发现问题');
    // The unreadable file, escaped.
    expect(html).toContain('broken &lt;x&gt;.xlsx');
    expect(html).toContain('文件已损坏');
  });
});

import { codepageTables } from '../../src/xlsx/codepages';

// SheetJS's own tables, as the reference (the adapter does not load them).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cpexcel = require('@e965/xlsx/dist/cpexcel.js') as {
  utils: { encode(cp: number, s: string): number[]; decode(cp: number, b: number[]): string };
};

const { decode, encode } = codepageTables.utils;

describe('codepageTables (TextDecoder in place of cpexcel)', () => {
  it.each([
    [936, '项目编码 一般债券到期还本 ≥85% 万元'],
    [950, '項目編碼 一般債券到期還本'],
    [932, '項目コード 満足度'],
    [949, '프로젝트 코드'],
    [1251, 'Код проекта'],
    [1252, 'Café – “quoted” €5'],
    [65001, '项目编码 ≥85% Café'],
    [1200, '项目编码 ≥85%'],
  ])('decodes codepage %i as SheetJS does', (cp, text) => {
    const bytes = Array.from(cpexcel.utils.encode(cp, text));
    expect(decode(cp, bytes)).toBe(text);
    expect(decode(cp, Uint8Array.from(bytes))).toBe(cpexcel.utils.decode(cp, bytes));
    expect(decode(cp, String.fromCharCode(...bytes))).toBe(text); // binary strings too
  });

  it('reads GB18030 (a superset of GBK)', () => {
    expect(decode(54936, cpexcel.utils.encode(936, '项目编码 ≥85%'))).toBe('项目编码 ≥85%');
  });

  it('decodes every Windows-1252 byte as SheetJS does', () => {
    const all = Array.from({ length: 256 }, (_, i) => i);
    expect(decode(1252, all)).toBe(cpexcel.utils.decode(1252, all));
  });

  it('falls back to one character per byte for codepages the platform lacks', () => {
    expect(decode(437, [0x41, 0x42])).toBe('AB');
    expect(decode(28591, [0x41, 0xe9])).toBe('Aé');
  });

  it('encodes UTF-8 and UTF-16LE exactly', () => {
    expect(encode(65001, '中A')).toEqual(Array.from(cpexcel.utils.encode(65001, '中A')));
    expect(encode(1200, '中A')).toEqual([0x2d, 0x4e, 0x41, 0x00]);
    expect(encode(1252, 'Aé中', 'str')).toBe('Aé?');
  });
});

/**
 * Fuzz: thousands of random grids, and randomly damaged fixture grids, go
 * through reader and rules without an exception and without a diagnostic
 * (no sheet the reader failed on, no rule that threw).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import type { CellValue, MergedRange, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { checkWorkbook } from '../../src/core/check';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '指标性质',
  '度量单位',
  '权重',
  '分值',
  '指标值确定依据',
  '绩效指标描述',
  '符号',
  '值',
  '单位',
  '产出指标',
  '效益指标',
  '效果指标',
  '满意度指标',
  '成本指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '经济成本指标',
  '社会效益指标',
  '服务对象满意度指标',
  '项目名称',
  '项目编码',
  '年度资金总额',
  '其中：财政拨款',
  '其他资金',
  '绩效目标',
  '实施期绩效目标',
  '资金支出计划（%）',
  '3月底',
  '6月底',
  '12月底',
  '单位：万元',
  '≥90%',
  '≤25%',
  '＝100％',
  '70%以上',
  '5851万元',
  '0',
  '100%',
  '110%',
  '下降',
  '提升',
  '待定',
  '**',
  '≥**%',
  'XX',
  '定性',
  '定量',
  '≥',
  '≤',
  '合格',
  '优良',
  '2023年12月31日',
  '2022年1月',
  '2023.07-2024.01',
  '12月底前',
  '预算数 5851万元。',
  '',
  ' ',
  '  数 量 指 标 ',
  '\n',
  '注：',
  '合计',
  '填表人',
  '🙂',
  '\u0000',
  'a'.repeat(300),
  '-',
  '/',
  '1e309',
  'NaN',
];
const NUMBERS: CellValue[] = [
  0,
  1,
  -1,
  0.3,
  0.85,
  100,
  5851,
  1e12,
  -0,
  Number.NaN,
  Infinity,
  -Infinity,
  45291,
  true,
  false,
  null,
];

function randomSheet(rand: () => number, name: string): SheetGrid {
  const rows = 1 + Math.floor(rand() * 40);
  const cols = 1 + Math.floor(rand() * 10);
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    const frow: (string | null)[] = [];
    const len = Math.floor(rand() * (cols + 1));
    for (let c = 0; c < len; c++) {
      const x = rand();
      row.push(
        x < 0.45
          ? WORDS[Math.floor(rand() * WORDS.length)]
          : x < 0.7
            ? NUMBERS[Math.floor(rand() * NUMBERS.length)]
            : null,
      );
      frow.push(rand() < 0.2 ? ['0%', '0.00%', 'yyyy-mm-dd', '@', 'General'][Math.floor(rand() * 5)] : null);
    }
    values.push(row);
    formats.push(frow);
  }
  const merges: MergedRange[] = [];
  const n = Math.floor(rand() * 12);
  for (let i = 0; i < n; i++) {
    const r1 = Math.floor(rand() * rows);
    const c1 = Math.floor(rand() * cols);
    // Overlapping, inverted and out-of-range merges on purpose.
    merges.push({ r1, c1, r2: r1 + Math.floor(rand() * 5) - 1, c2: c1 + Math.floor(rand() * 3) - 1 });
  }
  return {
    name,
    values,
    formats,
    merges,
    top: rand() < 0.1 ? Math.floor(rand() * 5) : 0,
    left: rand() < 0.1 ? Math.floor(rand() * 3) : 0,
  };
}

/** The diagnostics of a check, in English (none when the reader and every rule did their work). */
function check(wb: WorkbookGrid): string[] {
  return checkWorkbook(wb).diagnostics.map((d) => d.text.en);
}

function fixtureGrid(file: string): WorkbookGrid {
  const wb = XLSX.read(fs.readFileSync(file), { cellNF: true });
  return {
    sheets: wb.SheetNames.map((name) => {
      const ws = wb.Sheets[name];
      const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
      const values: CellValue[][] = [];
      const formats: (string | null)[][] = [];
      for (let r = 0; r <= range.e.r; r++) {
        values.push([]);
        formats.push([]);
        for (let c = 0; c <= range.e.c; c++) {
          const cell = ws[XLSX.utils.encode_cell({ r, c })];
          values[r].push(cell ? (cell.v as CellValue) : null);
          formats[r].push(cell?.z ? String(cell.z) : null);
        }
      }
      return {
        name,
        values,
        formats,
        merges: (ws['!merges'] ?? []).map((m) => ({ r1: m.s.r, c1: m.s.c, r2: m.e.r, c2: m.e.c })),
      };
    }),
  };
}

describe('fuzz', () => {
  it('random grids never throw', () => {
    const rand = rng(20231124);
    for (let i = 0; i < 3000; i++) {
      const wb: WorkbookGrid = { sheets: [randomSheet(rand, `S${i}`), randomSheet(rand, `T${i}`)] };
      expect(check(wb)).toEqual([]);
    }
  });

  it('randomly damaged fixture grids never throw', () => {
    const root = path.join(__dirname, '..', '..', '..', 'shared');
    const bases = [
      path.join(root, 'fixtures', 'seed-projects-2023.xlsx'),
      path.join(root, 'acceptance', 'planted-seed.xlsx'),
    ].map(fixtureGrid);
    const rand = rng(7);
    for (let i = 0; i < 1500; i++) {
      const base = bases[i % bases.length];
      const sheets = base.sheets.map((s) => ({
        ...s,
        values: s.values.map((r) => [...r]),
        merges: [...s.merges],
      }));
      const s = sheets[Math.floor(rand() * sheets.length)];
      const edits = 1 + Math.floor(rand() * 20);
      for (let k = 0; k < edits; k++) {
        const r = Math.floor(rand() * s.values.length);
        const op = rand();
        if (op < 0.15)
          s.values.splice(r, 1); // delete a row
        else if (op < 0.25)
          s.values.splice(r, 0, s.values[Math.floor(rand() * s.values.length)] ?? []); // duplicate a row
        else if (op < 0.35)
          s.merges.splice(Math.floor(rand() * s.merges.length), 1); // lose a merge
        else if (op < 0.4)
          s.merges = []; // a host that cannot report merges
        else {
          const row = s.values[r] ?? [];
          const c = Math.floor(rand() * 8);
          row[c] =
            rand() < 0.5
              ? WORDS[Math.floor(rand() * WORDS.length)]
              : NUMBERS[Math.floor(rand() * NUMBERS.length)];
          s.values[r] = row;
        }
      }
      expect(check({ sheets })).toEqual([]);
    }
  });

  it('malformed input shapes give no tables and no diagnostics rather than an exception', () => {
    const bad = [
      null,
      undefined,
      {},
      { sheets: null },
      { sheets: [null] },
      { sheets: [{ name: 'x' }] },
      { sheets: [{ name: 'x', values: [null, 5, 'a'], merges: null }] },
    ];
    for (const wb of bad) {
      expect(check(wb as unknown as WorkbookGrid)).toEqual([]);
      expect(checkWorkbook(wb as unknown as WorkbookGrid).tables).toEqual([]);
    }
  });
});

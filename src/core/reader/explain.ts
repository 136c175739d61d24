/**
 * How the reader saw a workbook: every table's range, header rows, the role of each column and why,
 * the framework and why, rows taken and skipped, and rows that looked like a header but were not
 * taken. Shared by `kpicheck explain`, the pane and the web page (plain text via formatExplanation).
 */
import { a1, columnName, rangeA1, type SheetGrid, type WorkbookGrid } from '../grid';
import type { ColumnNote, ColumnRole, IndicatorGrid, RowNote, Table } from '../model';
import { LEVEL2_2021_ONLY } from '../vocabulary/levels';
import { nearMissHeader } from './findGrids';
import { readSheet, type ReadOptions } from './readWorkbook';
import { SheetView } from './sheetView';

export interface Bilingual {
  en: string;
  zh: string;
}

export interface GridExplanation {
  kind: 'annual' | 'period';
  kindWhy: Bilingual;
  range: string;
  headerRows: number[];
  columns: (ColumnNote & { letter: string })[];
  /** Sheet rows (1-based, like `skipped` and `end`) read as indicators. */
  rowsTaken: number[];
  skipped: RowNote[];
  end: RowNote | null;
  sharesRows: boolean;
}

export interface TableExplanation {
  range: string;
  kind: 'project' | 'department';
  framework: string;
  frameworkWhy: Bilingual;
  selfEvaluation: boolean;
  year: number | null;
  moneyUnit: string | null;
  fields: { key: string; label: string; value: string | null; at: string | null }[];
  grids: GridExplanation[];
}

export interface SheetExplanation {
  sheet: string;
  tables: TableExplanation[];
  /** Rows with header words that were not taken as a grid header, and why. */
  nearMisses: { row: number; roles: { col: string; role: ColumnRole }[]; why: Bilingual }[];
  /** Set when the sheet could not be read at all. */
  error?: string;
}

export function explainWorkbook(wb: WorkbookGrid, options: ReadOptions = {}): SheetExplanation[] {
  const sheets = wb && Array.isArray(wb.sheets) ? wb.sheets : [];
  return sheets.map((s) => explainSheet(s, options));
}

export function explainSheet(sheet: SheetGrid, options: ReadOptions = {}): SheetExplanation {
  const name = sheet?.name ?? '';
  try {
    const tables = readSheet(sheet, options);
    return {
      sheet: name,
      tables: tables.map((t) => explainTable(t, options)),
      nearMisses: nearMisses(sheet, tables),
    };
  } catch (e) {
    return { sheet: name, tables: [], nearMisses: [], error: String(e) };
  }
}

function explainTable(t: Table, options: ReadOptions): TableExplanation {
  return {
    range: rangeA1(t.range),
    kind: t.kind,
    framework: t.levelsKnown === false ? 'unknown' : t.framework,
    frameworkWhy: frameworkWhy(t, options),
    selfEvaluation: !!t.selfEvaluation,
    year: t.year,
    moneyUnit: t.moneyUnit,
    fields: t.fields.map((f) => ({
      key: f.sub ? `${f.key}:${f.sub}` : f.key,
      label: f.label.replace(/\s+/g, ' ').trim(),
      value: f.value ? f.value.text : null,
      at: f.value ? a1(f.value.row, f.value.col) : null,
    })),
    grids: t.grids.map(explainGrid),
  };
}

function explainGrid(g: IndicatorGrid): GridExplanation {
  const headerRows: number[] = [];
  for (let r = g.headerTop; r <= g.headerBottom; r++) headerRows.push(r + 1);
  return {
    kind: g.kind,
    kindWhy: g.notes?.kind ?? { en: g.kind, zh: g.kind },
    range: rangeA1(g.range),
    headerRows,
    columns: (g.notes?.columns ?? []).map((c) => ({ ...c, letter: columnName(c.col) })),
    rowsTaken: g.rows.map((r) => r.row + 1),
    skipped: (g.notes?.skipped ?? []).map((k) => ({ ...k, row: k.row + 1 })),
    end: g.notes?.end ? { ...g.notes.end, row: g.notes.end.row + 1 } : null,
    sharesRows: !!g.sharesRows,
  };
}

function frameworkWhy(t: Table, options: ReadOptions): Bilingual {
  if (t.levelsKnown === false)
    return {
      en: 'unknown: the grid has no level columns (level rules off, value rules on)',
      zh: '未知：表格没有一级/二级指标列（不检查层级，只检查指标值）',
    };
  if (options.framework && options.framework !== 'auto')
    return { en: `set by the profile (${options.framework})`, zh: `由配置指定（${options.framework}）` };
  for (const g of t.grids)
    for (const r of g.rows) {
      if (r.level1Std === '成本指标' && r.level1)
        return {
          en: `2021: 成本指标 is a 一级 at ${a1(r.level1.row, r.level1.col)}`,
          zh: `2021 版：${a1(r.level1.row, r.level1.col)} 的成本指标为一级指标`,
        };
      if (r.level2Std && (LEVEL2_2021_ONLY as readonly string[]).includes(r.level2Std) && r.level2)
        return {
          en: `2021: ${r.level2Std} (a 2021-only 二级) at ${a1(r.level2.row, r.level2.col)}`,
          zh: `2021 版：${a1(r.level2.row, r.level2.col)} 的${r.level2Std}只属于 2021 版框架`,
        };
    }
  return { en: '2015: no 成本指标 as a 一级', zh: '2015 版：没有作为一级指标的成本指标' };
}

function nearMisses(sheet: SheetGrid, tables: Table[]): SheetExplanation['nearMisses'] {
  const v = new SheetView(sheet);
  const headers = new Set<number>();
  for (const t of tables)
    for (const g of t.grids) for (let r = g.headerTop; r <= g.headerBottom; r++) headers.add(r);
  const out: SheetExplanation['nearMisses'] = [];
  for (let r = v.top; r < v.rowEnd && out.length < 20; r++) {
    if (headers.has(r)) continue;
    const roles = nearMissHeader(v, r);
    if (!roles) continue;
    const set = new Set(roles.map((x) => x.role));
    const lacks: string[] = [];
    if (!set.has('level1') && !set.has('level2') && !set.has('level3')) lacks.push('a level or name column');
    if (!set.has('value') && !set.has('level3')) lacks.push('a name or value column');
    if (!lacks.length) lacks.push('too few columns of a grid');
    out.push({
      row: r + 1,
      roles: roles.map((x) => ({ col: columnName(x.col), role: x.role })),
      why: {
        en: `header words, but it lacks ${lacks.join(' and ')}`,
        zh: `有表头字样，但缺少${lacks.map((l) => LACKS_ZH[l] ?? l).join('和')}`,
      },
    });
  }
  return out;
}

const LACKS_ZH: Record<string, string> = {
  'a level or name column': '层级或指标名称列',
  'a name or value column': '指标名称或指标值列',
  'too few columns of a grid': '足够的指标表列',
};

const ROLE_ZH: Record<ColumnRole, string> = {
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标（名称）',
  description: '指标解释',
  nature: '指标性质',
  operator: '运算符号',
  value: '指标值',
  unit: '计量单位',
  basis: '确定依据',
  weight: '分值/权重',
  actual: '实际完成值（不检查）',
  score: '得分/原因（不检查）',
};

const SOURCE_TEXT: Record<string, Bilingual> = {
  header: { en: 'header word', zh: '表头文字' },
  subheader: { en: 'second header row', zh: '第二行表头' },
  content: { en: 'its cells', zh: '单元格内容' },
  shared: { en: 'shared with the half beside it', zh: '与并排的另一组共用' },
};

/** Plain text, one block per sheet. */
export function formatExplanation(sheets: SheetExplanation[], lang: 'zh' | 'en' = 'zh'): string {
  const zh = lang === 'zh';
  const L = (b: Bilingual) => (zh ? b.zh : b.en);
  const out: string[] = [];
  for (const s of sheets) {
    out.push(zh ? `工作表「${s.sheet}」` : `Sheet "${s.sheet}"`);
    if (s.error) out.push(zh ? `  无法读取：${s.error}` : `  could not be read: ${s.error}`);
    if (!s.tables.length && !s.error) out.push(zh ? '  未找到绩效指标表' : '  no indicator table found');
    s.tables.forEach((t, i) => {
      out.push(
        zh
          ? `  表 ${i + 1}：${t.range}，${t.kind === 'department' ? '部门整体' : '项目'}，框架 ${t.framework}（${L(t.frameworkWhy)}）${t.selfEvaluation ? '，自评表（只检查目标值列）' : ''}`
          : `  Table ${i + 1}: ${t.range}, ${t.kind}, framework ${t.framework} (${L(t.frameworkWhy)})${t.selfEvaluation ? ', self-evaluation (only the target column is checked)' : ''}`,
      );
      if (t.year || t.moneyUnit)
        out.push(
          zh
            ? `    年度 ${t.year ?? '未知'}，金额单位 ${t.moneyUnit ?? '未注明'}`
            : `    year ${t.year ?? 'unknown'}, money unit ${t.moneyUnit ?? 'not stated'}`,
        );
      for (const f of t.fields)
        out.push(
          `    ${zh ? '字段' : 'field'} ${f.key}: "${f.label}" → ${f.at ? `${f.at} "${clip(f.value ?? '')}"` : zh ? '（无值）' : '(no value)'}`,
        );
      t.grids.forEach((g, j) => {
        out.push(
          zh
            ? `    指标组 ${j + 1}：${g.range}，表头第 ${g.headerRows.join('、')} 行，${L(g.kindWhy)}`
            : `    Grid ${j + 1}: ${g.range}, header row(s) ${g.headerRows.join(', ')}, ${L(g.kindWhy)}`,
        );
        for (const c of g.columns)
          out.push(
            `      ${c.letter}: ${zh ? ROLE_ZH[c.role] : c.role} ← ${L(SOURCE_TEXT[c.source])}${c.word ? ` "${clip(c.word)}"` : ''}`,
          );
        if (!g.sharesRows) {
          out.push(
            zh
              ? `      读取的指标行：${ranges(g.rowsTaken) || '无'}`
              : `      rows taken: ${ranges(g.rowsTaken) || 'none'}`,
          );
          for (const k of g.skipped)
            out.push(
              `      ${zh ? '跳过' : 'skipped'} ${zh ? '第' : 'row '}${k.row}${zh ? '行' : ''}: ${zh ? k.whyZh : k.why}`,
            );
          if (g.end)
            out.push(
              zh
                ? `      第 ${g.end.row} 行结束：${g.end.whyZh}`
                : `      ends at row ${g.end.row}: ${g.end.why}`,
            );
        }
      });
    });
    for (const m of s.nearMisses)
      out.push(
        zh
          ? `  第 ${m.row} 行像表头但未采用（${m.roles.map((r) => `${r.col}:${ROLE_ZH[r.role]}`).join('，')}）：${m.why.zh}`
          : `  row ${m.row} looked like a header but was not taken (${m.roles.map((r) => `${r.col}:${r.role}`).join(', ')}): ${m.why.en}`,
      );
  }
  return out.join('\n') + '\n';
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? t.slice(0, 39) + '…' : t;
}

/** 15,16,17,19 → "15-17, 19". */
function ranges(rows: number[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(j > i ? `${rows[i]}-${rows[j]}` : `${rows[i]}`);
    i = j + 1;
  }
  return out.join(', ');
}

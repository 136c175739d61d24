/**
 * What a copy of a workbook would lose: the input's and the copy's packages
 * are compared feature by feature (macros, charts, pictures, drawings,
 * comments, protection with its password, page breaks, validation, names and
 * their scope, print setup, freeze panes, links, tables …) and cell by cell
 * (every value the input holds is in the copy, unless the checker meant to
 * change that cell). Writers call it before handing a copy back and refuse
 * the copy when the list is not empty. Browser-safe.
 */
import { copyErrors, type CopyLoss } from './errors';
import { readZipParts, type ZipParts } from './zipParts';
import { checkPackage, relsPartOf, resolveTarget } from './packageCheck';

interface Feature {
  count: number;
  part: string;
  zh: string;
  en: string;
}

type Inventory = Map<string, Feature>;

const dec = new TextDecoder('utf-8');
const text = (zip: ZipParts, part: string): string => {
  const b = zip.parts.get(part.toLowerCase());
  return b ? dec.decode(b) : '';
};

/** Kinds of parts a copy must carry over, by name. */
const PART_KINDS: [RegExp, string, string][] = [
  [/vbaproject\.bin$/, '宏（VBA 代码）', 'macros (VBA code)'],
  [/^xl\/charts\/chart[^/]*\.xml$/, '图表', 'charts'],
  [/^xl\/chartsheets\/[^/]*\.xml$/, '图表工作表', 'chart sheets'],
  [
    /^xl\/drawings\/[^/_]*\.xml$/,
    '绘图（图表、图片、形状的位置）',
    'drawings (where charts, pictures and shapes sit)',
  ],
  [/^xl\/media\//, '图片', 'pictures'],
  [/^xl\/tables\/[^/]*\.xml$/, '表格（“套用表格格式”）', 'tables (Format as Table)'],
  [/^xl\/pivottables\//, '数据透视表', 'pivot tables'],
  [/^xl\/pivotcache\//, '数据透视表缓存', 'pivot caches'],
  [/^xl\/externallinks\/[^/]*\.xml$/, '外部链接', 'external links'],
  [/^xl\/printersettings\//, '打印机设置', 'printer settings'],
  [/^xl\/ctrlprops\//, '表单控件', 'form controls'],
  [/^xl\/activex\//, 'ActiveX 控件', 'ActiveX controls'],
  [/^xl\/embeddings\//, '嵌入的对象', 'embedded objects'],
  [/^xl\/threadedcomments\//, '批注（新式）', 'threaded comments'],
  [/^xl\/slicers?\//, '切片器', 'slicers'],
  [/^xl\/timelines?\//, '日程表', 'timelines'],
  [/^customxml\//, '自定义 XML 数据', 'custom XML data'],
  [/^xl\/connections\.xml$/, '数据连接', 'data connections'],
  [/^xl\/querytables\//, '查询表', 'query tables'],
];

function count(xml: string, re: RegExp): number {
  let n = 0;
  for (const _ of xml.matchAll(re)) n++;
  return n;
}

interface SheetRef {
  name: string;
  part: string;
  index: number;
}

/** Sheets in workbook order, with their parts (lower-cased). */
export function sheetRefs(zip: ZipParts): SheetRef[] {
  const rootRels = text(zip, '_rels/.rels');
  const doc = /<(?:\w+:)?Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rootRels)?.[0];
  const target = doc && /Target="([^"]*)"/.exec(doc)?.[1];
  if (!target) return [];
  const wbPart = resolveTarget('', target).toLowerCase();
  const rels = new Map<string, string>();
  for (const m of text(zip, relsPartOf(wbPart)).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]*)"/.exec(m[0])?.[1];
    const t = /\sTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && t) rels.set(id, resolveTarget(wbPart, t).toLowerCase());
  }
  const out: SheetRef[] = [];
  for (const m of text(zip, wbPart).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = xmlUnescape(/\sname="([^"]*)"/.exec(m[0])?.[1] ?? '');
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(m[0])?.[1] ?? '';
    out.push({ name, part: rels.get(id) ?? '', index: out.length });
  }
  return out;
}

function xmlUnescape(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()] ?? '';
  });
}

function add(inv: Inventory, key: string, n: number, part: string, zh: string, en: string): void {
  if (n <= 0) return;
  const f = inv.get(key);
  if (f) f.count += n;
  else inv.set(key, { count: n, part, zh, en });
}

/** Sheet-level features: what the sheet XML says, per sheet name. */
const SHEET_FEATURES: [string, RegExp, string, string][] = [
  ['protection', /<(?:\w+:)?sheetProtection\b/g, '工作表保护', 'sheet protection'],
  [
    'protection-password',
    /<(?:\w+:)?sheetProtection\b[^>]*\s(?:password|hashValue)=/g,
    '工作表保护的密码',
    'the sheet protection password',
  ],
  ['row-breaks', /<(?:\w+:)?brk\b/g, '手动分页符', 'manual page breaks'],
  ['validation', /<(?:\w+:)?dataValidation\b/g, '数据验证（下拉列表）', 'data validation (drop-downs)'],
  ['cond-format', /<(?:\w+:)?cfRule\b/g, '条件格式', 'conditional formats'],
  ['hyperlink', /<(?:\w+:)?hyperlink\b/g, '超链接', 'hyperlinks'],
  ['merge', /<(?:\w+:)?mergeCell\b/g, '合并单元格', 'merged cells'],
  ['page-setup', /<(?:\w+:)?pageSetup\b/g, '页面设置', 'page setup'],
  [
    'print-options',
    /<(?:\w+:)?printOptions\b[^>]*\s(?:headings|gridLines|horizontalCentered|verticalCentered)="(?:1|true)"/g,
    '打印选项（网格线、标题、居中）',
    'print options (grid lines, headings, centring)',
  ],
  ['header-footer', /<(?:\w+:)?(?:odd|even|first)(?:Header|Footer)>[^<]/g, '页眉页脚', 'headers and footers'],
  ['pane', /<(?:\w+:)?pane\b[^>]*state="frozen/g, '冻结窗格', 'frozen panes'],
  [
    'drawing',
    /<(?:\w+:)?(?:drawing|legacyDrawing)\b/g,
    '图表、图片或批注的引用',
    'links to charts, pictures or notes',
  ],
  ['table-parts', /<(?:\w+:)?tablePart\b/g, '表格（“套用表格格式”）', 'tables (Format as Table)'],
  ['auto-filter', /<(?:\w+:)?autoFilter\b/g, '自动筛选', 'auto filters'],
  ['col-widths', /<(?:\w+:)?col\b/g, '列宽设置', 'column widths'],
  [
    'x14',
    /<(?:\w+:)?ext\b/g,
    '扩展功能（如新式数据验证、迷你图）',
    'extensions (newer validation, sparklines …)',
  ],
];

/** Cells that hold a value: sheet XML `<c r="A1" …>` with `<v>` or `<is>`. */
function cellsOf(xml: string, strings: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const attrs = m[1];
    const body = m[2] ?? '';
    const r = /\sr="([A-Z]+\d+)"/.exec(attrs)?.[1];
    if (!r) continue;
    const t = /\st="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
    let v: string | undefined;
    if (t === 'inlineStr') v = plainText(/<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1] ?? '');
    else {
      const raw = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      if (raw === undefined) continue;
      v = t === 's' ? strings[Number(raw)] : t === 'str' || t === 'e' ? xmlUnescape(raw) : raw;
      if (t === 'n' || t === 'b') v = String(Number(raw));
    }
    if (v !== undefined && v !== '') out.set(r, v);
  }
  return out;
}

function plainText(runs: string): string {
  let s = '';
  for (const m of runs.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)) s += m[1];
  for (const m of runs.matchAll(/<(?:\w+:)?t\b[^>]*\/>/g)) void m;
  return xmlUnescape(s.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, ''));
}

export function sharedStrings(zip: ZipParts): string[] {
  const part = [...zip.parts.keys()].find((k) => /(^|\/)sharedstrings\.xml$/.test(k));
  if (!part) return [];
  const xml = text(zip, part);
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g))
    out.push(plainText((m[1] ?? '').replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '')));
  return out;
}

function inventory(zip: ZipParts): { inv: Inventory; cells: Map<string, Map<string, string>> } {
  const inv: Inventory = new Map();
  for (const stored of zip.names.values()) {
    const key = stored.toLowerCase();
    for (const [re, zh, en] of PART_KINDS) if (re.test(key)) add(inv, `part:${zh}`, 1, stored, zh, en);
  }
  // Comments (notes): every one, in whatever part.
  for (const [key, b] of zip.parts)
    if (/^xl\/comments[^/]*\.xml$|\/comments[^/]*\.xml$/.test(key) && !/threaded/.test(key))
      add(inv, 'comments', count(dec.decode(b), /<(?:\w+:)?comment\b/g), key, '批注', 'notes (comments)');
  const refs = sheetRefs(zip);
  const wbXml = (() => {
    const k = [...zip.parts.keys()].find((x) => /^[^/]*\/?workbook\.xml$/.test(x) || x === 'xl/workbook.xml');
    return k ? text(zip, k) : '';
  })();
  add(
    inv,
    'wb-protection',
    count(wbXml, /<(?:\w+:)?workbookProtection\b[^>]*(?:lock\w*|\w*[pP]assword|hashValue)="(?!0|false)/g),
    'xl/workbook.xml',
    '工作簿保护',
    'workbook protection',
  );
  for (const m of wbXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const name = xmlUnescape(/\sname="([^"]*)"/.exec(m[1])?.[1] ?? '');
    const local = /\slocalSheetId="(\d+)"/.exec(m[1])?.[1];
    const scope = local !== undefined ? (refs[Number(local)]?.name ?? `#${local}`) : '';
    add(
      inv,
      `name:${scope}!${name}`,
      1,
      'xl/workbook.xml',
      scope ? `名称“${name}”（仅工作表“${scope}”）` : `名称“${name}”`,
      scope ? `the name "${name}" (scoped to sheet "${scope}")` : `the name "${name}"`,
    );
  }
  for (const s of refs) {
    const state = /state="(hidden|veryHidden)"/.exec(
      [...wbXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)][s.index]?.[0] ?? '',
    )?.[1];
    if (state)
      add(
        inv,
        `hidden:${s.name}:${state}`,
        1,
        'xl/workbook.xml',
        `工作表“${s.name}”的隐藏状态`,
        `sheet "${s.name}" being hidden`,
      );
    add(inv, `sheet:${s.name}`, 1, s.part, `工作表“${s.name}”`, `the sheet "${s.name}"`);
  }
  const strings = sharedStrings(zip);
  const cells = new Map<string, Map<string, string>>();
  for (const s of refs) {
    const xml = text(zip, s.part);
    if (!xml) continue;
    for (const [key, re, zh, en] of SHEET_FEATURES)
      add(
        inv,
        `${key}:${s.name}`,
        count(xml, re),
        s.part,
        `工作表“${s.name}”的${zh}`,
        `${en} of sheet "${s.name}"`,
      );
    cells.set(s.name, cellsOf(xml, strings));
  }
  return { inv, cells };
}

export interface FidelityOptions {
  /** Cells the copy was meant to change ('Sheet!A1'). */
  changedCells?: ReadonlySet<string>;
  /** Sheets the copy was meant to add (not losses, and not compared). */
  addedSheets?: readonly string[];
}

/**
 * What `copy` lacks of `input` (both OOXML packages). Empty when the copy
 * carries everything over. Inputs that are not zip packages give [] (the
 * caller states what a conversion keeps).
 */
export function copyLosses(input: Uint8Array, copy: Uint8Array, options: FidelityOptions = {}): CopyLoss[] {
  if (input[0] !== 0x50 || input[1] !== 0x4b) return [];
  const a = inventory(readZipParts(input));
  const b = inventory(readZipParts(copy));
  const losses: CopyLoss[] = [];
  const replaced = new Set(options.addedSheets ?? []);
  for (const [key, f] of a.inv) {
    if ([...replaced].some((n) => key.endsWith(`:${n}`))) continue;
    const g = b.inv.get(key);
    const have = g?.count ?? 0;
    if (have < f.count)
      losses.push({
        part: f.part,
        whatZh: f.count > 1 ? `${f.zh}（${f.count - have}/${f.count} 处）` : f.zh,
        whatEn: f.count > 1 ? `${f.en} (${f.count - have} of ${f.count})` : f.en,
      });
    else if (key.startsWith('validation:') && have > f.count)
      losses.push({ part: f.part, whatZh: `${f.zh}被重复写入`, whatEn: `${f.en} written twice` });
  }
  const changed = options.changedCells ?? new Set<string>();
  for (const [sheet, cells] of a.cells) {
    if (replaced.has(sheet)) continue;
    const out = b.cells.get(sheet);
    let lost = 0;
    let first = '';
    for (const [ref, v] of cells) {
      if (changed.has(`${sheet}!${ref}`)) continue;
      const w = out?.get(ref);
      if (w === v || (w !== undefined && Number(w) === Number(v) && !Number.isNaN(Number(v)))) continue;
      lost++;
      if (!first) first = ref;
    }
    if (lost > 0)
      losses.push({
        part: '',
        whatZh: `工作表“${sheet}”中 ${lost} 个单元格的值（如 ${first}）`,
        whatEn: `the values of ${lost} cells of sheet "${sheet}" (e.g. ${first})`,
      });
  }
  return losses;
}

/** Throws CopyRefusedError listing what `copy` would lose of `input`. */
export function guardCopy(input: Uint8Array, copy: Uint8Array, options: FidelityOptions = {}): void {
  const losses = copyLosses(input, copy, options);
  if (losses.length) throw copyErrors.wouldLose(losses);
}

/**
 * Refuses, before any work, inputs no copy can be written for: .xlsb (binary
 * parts) and OpenDocument (.ods). Damaged packages throw their FileReadError.
 */
export function assertCopyable(input: Uint8Array): void {
  if (input[0] !== 0x50 || input[1] !== 0x4b) return;
  const zip = readZipParts(input);
  if (zip.names.has('content.xml') || zip.names.has('meta-inf/manifest.xml'))
    throw copyErrors.unsupportedFormat('OpenDocument 表格（.ods）', 'OpenDocument spreadsheets (.ods)');
  if ([...zip.names.keys()].some((k) => /^xl\/workbook\.bin$/.test(k)))
    throw copyErrors.unsupportedFormat('Excel 二进制工作簿（.xlsb）', 'Excel binary workbooks (.xlsb)');
  checkPackage(zip);
}

import type { CellRead, Table } from '../../model';
import { field } from '../../model';
import type { Rule } from '../types';
import { remembered } from '../../memo';
import { isBlank } from '../util';

const CJK_FIRST = 0x3400;
const CJK_SPAN = 0x9fff - CJK_FIRST + 1;

/**
 * Two-character words that name no project's own subject: budget vocabulary
 * every project shares. They are never taken as another project's subject.
 */
const GENERIC: ReadonlySet<number> = new Set(
  (
    '项目 资金 经费 补助 补贴 专项 建设 工作 管理 服务 运转 运行 保障 支出 预算 业务 费用 其他 发展 单位 部门 区级 ' +
    '县级 市级 省级 中央 年度 购买 采购 维护 改造 工程 一般 政府 本级 上级 配套 日常 办公 公用 人员 基本 工资 ' +
    '福利 机关 事业 行政 财政 专用 设备 购置 完成 按时 及时 资金 拨付 使用 开展 实施 相关 全区 全县 全市 社会 ' +
    '公共 经济 效益 满意 质量 数量 时效 成本 指标 目标 次数 比例 比率 总额 规模 金额 群众 '
  )
    .trim()
    .split(/\s+/)
    .map((w) => pair(w.charCodeAt(0), w.charCodeAt(1))),
);

const isCjk = (c: number) => c >= CJK_FIRST && c <= 0x9fff;

/**
 * A two-character word (both characters CJK) as one number: no string per word, and small enough
 * (under 2^30) to stay a small integer, which sets and maps hash without allocating.
 */
function pair(a: number, b: number): number {
  return (a - CJK_FIRST) * CJK_SPAN + (b - CJK_FIRST);
}

function wordText(w: number): string {
  return String.fromCharCode(CJK_FIRST + Math.floor(w / CJK_SPAN), CJK_FIRST + (w % CJK_SPAN));
}

/** The pairs of adjacent CJK characters of a text. */
function bigrams(text: string): Set<number> {
  const out = new Set<number>();
  let prev = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const cur = text.charCodeAt(i);
    if (isCjk(prev) && isCjk(cur)) out.add(pair(prev, cur));
    prev = cur;
  }
  return out;
}

const OWN_FIELDS: ReadonlySet<string> = new Set(['name', 'goal', 'periodGoal', 'purpose']);

/** What a table says about itself: the words of its name, goals and purpose. */
function ownWords(t: Table): Set<number> {
  const own = new Set<number>();
  for (const f of t.fields)
    if (OWN_FIELDS.has(f.key) && f.value && !isBlank(f.value))
      for (const w of wordsOf(f.value.text)) own.add(w);
  return own;
}

interface Subject {
  index: number;
  name: string;
  /** Words of the name that are not generic. */
  words: readonly number[];
}

/**
 * An indicator whose wording names the subject of another project in the
 * workbook and nothing of its own (a 付息 project counting 延迟还本次数,
 * copied from the 还本 project).
 */
export const foreignTerm: Rule = {
  id: 'text/foreign-term',
  defaultSeverity: 'warning',
  description: {
    zh: '指标内容属于本工作簿中的另一个项目',
    en: "An indicator names another project's subject",
  },
  explain: {
    zh: '判断方法：把每个项目名称拆成两字词（去掉“项目”“资金”“补助”等各项目通用的词），作为该项目的主题词；本项目的名称、绩效目标和资金用途中出现的两字词是本项目自己的词。一条三级指标（名称或描述）如果含有另一个项目的主题词，而这个词不出现在本项目的名称、目标、用途和其他指标中，同时这条指标又不含任何本项目自己的词，就很可能是从那个项目复制后没有改写，例如付息项目的时效指标写成“延迟还本次数”。复制通常来自相邻的表，所以只和工作簿中紧挨着的前后两个项目比较；相邻项目中一字不差的同一条指标若已被判为复制来的，这条也一样（整张表连续复制）。只在一个工作簿有两个以上带名称的项目时检查。',
    en: "Heuristic: each project's name, split into two-character words without the words every project shares (项目, 资金, 补助 …), gives its subject words; the two-character words of a project's own name, goals and purpose are its own words. An indicator (name or description) that contains another project's subject word, absent from this project's name, goals, purpose and other indicators, and none of this project's own words, was most likely copied from that project and not rewritten — e.g. a 付息 (interest) project counting 延迟还本次数 (late principal repayments). Copies come from the table next door, so a project is compared with the projects just before and after it in the workbook; the same indicator text in a neighbour that was itself copied counts too (a table copied on down the sheet). Checked only when a workbook has two or more named projects.",
  },
  messages: {
    foreign: {
      zh: '指标“{{text}}”说的是“{{word}}”，这是另一个项目“{{source}}”{{where}}的内容，本项目“{{project}}”的名称、目标和用途中都没有；疑为从该项目复制后未改写，请改为衡量本项目的指标。',
      en: 'The indicator "{{text}}" speaks of "{{word}}", the subject of another project ("{{source}}"{{where}}), and of nothing in this project ("{{project}}"): its name, goal and purpose never mention it. It looks copied from that project; rewrite it to measure this project.',
    },
  },
  checkWorkbook({ tables, report }) {
    const subjects: Subject[] = [];
    tables.forEach((t, index) => {
      const name = field(t, 'name')?.value;
      if (!name || isBlank(name) || !t.grids.length) return;
      const words = [...bigrams(name.text)].filter((w) => !GENERIC.has(w));
      subjects.push({ index, name: name.text.trim(), words });
    });
    if (subjects.length < 2) return;
    // Candidates: indicators that say nothing of their own project, with the foreign words they use.
    const cands = subjects.map((me) => cachedCandidates(tables[me.index]));
    // A copy comes from the table next to it: an indicator is copied when it names the subject of a
    // neighbouring project, or when the neighbour carries the same text, itself copied (a chain).
    const byKey = cands.map((cs) => new Map(cs.map((c) => [c.key, c])));
    const found = new Map<Candidate, Found>();
    for (let changed = true; changed;) {
      changed = false;
      subjects.forEach((me, k) => {
        for (const n of [k - 1, k + 1]) {
          const other = subjects[n];
          if (!other || other.name === me.name) continue;
          for (const c of cands[k]) {
            if (found.has(c)) continue;
            let code = other.words.find((w) => c.foreign.has(w));
            let source = other;
            if (code === undefined) {
              const same = byKey[n].get(c.key);
              const chained = same && found.get(same);
              if (chained && c.foreign.has(chained.code)) ({ code, source } = chained);
            }
            if (code === undefined) continue;
            found.set(c, { word: wordText(code), code, source, me, cand: c });
            changed = true;
          }
        }
      });
    }
    for (const f of found.values()) {
      const t = tables[f.me.index];
      const at = f.cand.cells.find((c) => c.text.includes(f.word)) ?? f.cand.cells[0];
      const src = tables[f.source.index];
      const where =
        src.sheet === t.sheet
          ? { zh: '', en: '' }
          : { zh: `（工作表“${src.sheet}”）`, en: `, sheet "${src.sheet}"` };
      report(f.me.index, t.sheet, {
        at: { row: at.row, col: at.col },
        messageId: 'foreign',
        data: { text: at.text.trim(), word: f.word, source: f.source.name, where, project: f.me.name },
      });
    }
  },
};

interface Candidate {
  /** The indicator's words joined: the same text in two tables has the same key. */
  key: string;
  cells: CellRead[];
  /** Its words that neither this project's texts nor its other indicators use. */
  foreign: Set<number>;
}

interface Found {
  word: string;
  code: number;
  source: Subject;
  me: Subject;
  cand: Candidate;
}

/** Per table (tables are not changed once read): the live re-check runs this rule on tables it kept. */
const candidateCache = new WeakMap<Table, Candidate[]>();

function cachedCandidates(t: Table): Candidate[] {
  let c = candidateCache.get(t);
  if (!c) candidateCache.set(t, (c = candidates(t)));
  return c;
}

/** Indicators of a table that share no word with its name, goals or purpose. */
function candidates(t: Table): Candidate[] {
  const own = ownWords(t);
  const rows = t.grids.flatMap((g) => g.rows).filter((r) => !isBlank(r.name));
  const texts = rows.map((r) => [r.description, r.name].filter((c): c is CellRead => !!c && !isBlank(c)));
  const words = texts.map((cells) => wordsOfCells(cells));
  // How many of the table's indicators use each word: a word only one of them uses is its own.
  // (Index loops: this runs once per table, mostly before the code is optimized.)
  const uses = new Map<number, number>();
  for (let i = 0; i < words.length; i++) {
    const ws = words[i];
    for (let j = 0; j < ws.length; j++) uses.set(ws[j], (uses.get(ws[j]) ?? 0) + 1);
  }
  const out: Candidate[] = [];
  for (let i = 0; i < rows.length; i++) {
    const mine = words[i];
    if (mine.some((w) => own.has(w))) continue;
    const foreign = new Set(mine.filter((w) => !GENERIC.has(w) && uses.get(w) === 1));
    if (!foreign.size) continue;
    out.push({ key: texts[i].map((c) => c.text.trim()).join('|'), cells: texts[i], foreign });
  }
  return out;
}

/** The two-character words of a text, each once (per text: indicator names and descriptions repeat). */
const wordsOf = remembered((text: string): readonly number[] => [...bigrams(text)]);

/** The words of an indicator's cells together, each once. */
function wordsOfCells(cells: readonly CellRead[]): readonly number[] {
  if (cells.length === 1) return wordsOf(cells[0].text);
  const all: number[] = [];
  for (const c of cells) {
    const ws = wordsOf(c.text);
    for (let j = 0; j < ws.length; j++) if (!all.includes(ws[j])) all.push(ws[j]);
  }
  return all;
}

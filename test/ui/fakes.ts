/**
 * In-memory stand-ins for the UI tests: WorkbookHosts (plain, with the
 * edits as Excel has them, and the web page's), a check engine, and results
 * shaped like the seed's (one with fixable findings).
 */
import type { CheckResult } from '../../src/core/check';
import type { Finding, Severity } from '../../src/core/findings';
import type { FixEdit } from '../../src/core/fixes/plan';
import type { WorkbookGrid } from '../../src/core/grid';
import type { LibraryIndicator } from '../../src/core/library/types';
import type { CellRead, Field, Table } from '../../src/core/model';
import type { Rule } from '../../src/core/rules/types';
import type { TemplateKind } from '../../src/core/templates/types';
import type {
  FixResult,
  HighlightResult,
  HostKind,
  IndicatorsInsertResult,
  ReviewSheetResult,
  TemplateInsertResult,
  UndoResult,
  WorkbookHost,
} from '../../src/host/types';
import type { CheckEngine } from '../../src/ui/engine';

const SHEET = '项目支出绩效目标表';

function cell(row: number, col: number, text: string): CellRead {
  return { row, col, value: text, text };
}

function fieldOf(key: 'code' | 'name', row: number, text: string): Field {
  return {
    key,
    label: key === 'code' ? '项目编码' : '项目名称',
    labelCell: cell(row, 0, key),
    value: cell(row, 1, text),
  };
}

export function table(code: string, name: string, top: number): Table {
  return {
    sheet: SHEET,
    range: { r1: top, c1: 0, r2: top + 20, c2: 7 },
    kind: 'project',
    framework: '2015',
    legacySatisfaction: false,
    year: 2023,
    moneyUnit: '万元',
    title: null,
    fields: [fieldOf('code', top + 1, code), fieldOf('name', top + 2, name)],
    plan: [],
    planLabel: null,
    grids: [],
  };
}

export function finding(
  rule: string,
  severity: Severity,
  cellA1: string,
  row: number,
  tableIndex: number,
  message: string,
  messageEn: string,
): Finding {
  return {
    rule,
    messageId: 'm',
    severity,
    sheet: SHEET,
    cell: cellA1,
    row,
    col: 0,
    text: { zh: message, en: messageEn },
    table: tableIndex,
  };
}

export const rules: Rule[] = [
  {
    id: 'structure/missing-level1',
    defaultSeverity: 'error',
    messages: {},
    description: { zh: '缺少必填的一级指标', en: 'A required level-1 indicator is missing' },
    explain: {
      zh: '每张表都要有产出、效益和满意度指标。',
      en: 'Every table needs output, outcome and satisfaction indicators.',
    },
  },
  {
    id: 'plan/incomplete',
    defaultSeverity: 'warning',
    description: { zh: '资金支出计划有空缺', en: 'The spending plan has blanks' },
    messages: {},
  },
  {
    id: 'plan/back-loaded',
    defaultSeverity: 'info',
    description: { zh: '资金集中在年底支出', en: 'Spending is back-loaded' },
    messages: {},
  },
];

export function seedLikeResult(): CheckResult {
  return {
    diagnostics: [],
    tables: [table('102001005', '农业产业发展', 0), table('102001006', '债券付息', 30)],
    findings: [
      finding(
        'structure/missing-level1',
        'error',
        'A45',
        44,
        1,
        '缺少一级指标“效益指标”。',
        'Level-1 indicator 效益指标 is missing.',
      ),
      finding(
        'structure/missing-level1',
        'error',
        'A48',
        47,
        1,
        '缺少一级指标“满意度指标”。',
        'Level-1 indicator 满意度指标 is missing.',
      ),
      finding(
        'plan/incomplete',
        'warning',
        'C36',
        35,
        1,
        '资金支出计划 3月底 未填写。',
        'Spending plan for end of March is blank.',
      ),
      finding(
        'plan/back-loaded',
        'info',
        'F8',
        7,
        0,
        '70% 以上的资金安排在最后两个月。',
        '70% or more of the money is planned for the last two months.',
      ),
    ],
  };
}

/** A finding with a form-only fix (as value/non-standard, text/stray-space … report them). */
export function fixable(
  rule: string,
  cellA1: string,
  from: string,
  to: string,
  label: string,
  labelEn: string,
): Finding {
  return {
    ...finding(rule, 'warning', cellA1, 0, 0, `“${from}”宜写作“${to}”。`, `"${from}" should read "${to}".`),
    fix: { cell: cellA1, from, to, label: { zh: label, en: labelEn } },
  };
}

/** The seed-like result plus three fixable findings of two kinds. */
export function fixableResult(): CheckResult {
  const base = seedLikeResult();
  return {
    diagnostics: [],
    tables: base.tables,
    findings: [
      ...base.findings,
      fixable('value/non-standard', 'E11', '９０％以上', '≥90%', '规范写法', 'Standard form'),
      fixable('value/non-standard', 'E27', '100百分比', '100%', '规范写法', 'Standard form'),
      fixable('text/stray-space', 'B8', ' 质量指标 ', '质量指标', '删除多余空格', 'Remove stray spaces'),
    ],
  };
}

/** Checks return `results` in turn (the last one again once they run out). */
export function fakeEngine(...results: CheckResult[]): CheckEngine & { checks: number } {
  const list = results.length ? results : [seedLikeResult()];
  const engine = {
    checks: 0,
    rules,
    check(_wb: WorkbookGrid) {
      engine.checks += 1;
      return list[Math.min(engine.checks, list.length) - 1];
    },
  };
  return engine;
}

export class FakeHost implements WorkbookHost {
  selected: [string, string][] = [];
  highlighted: number[] = [];
  clears = 0;
  reads = 0;
  readError: Error | null = null;
  highlightResult: HighlightResult = { marked: 4, skipped: [] };

  constructor(
    readonly kind: HostKind = 'excel',
    private readonly name = '绩效目标.xlsx',
  ) {}

  title() {
    return this.name;
  }
  async read(): Promise<WorkbookGrid> {
    this.reads += 1;
    if (this.readError) throw this.readError;
    return { sheets: [] };
  }
  async highlight(findings: readonly Finding[]) {
    this.highlighted.push(findings.length);
    return this.highlightResult;
  }
  async clear() {
    this.clears += 1;
  }
  async select(sheet: string, cellA1: string) {
    this.selected.push([sheet, cellA1]);
  }
}

/** What an edit host was asked to do, in order. */
export type EditCall =
  | { op: 'insertTemplate'; kind: TemplateKind; year: number }
  | { op: 'insertIndicators'; ids: string[] }
  | { op: 'applyFixes'; edits: FixEdit[] }
  | { op: 'undoFixes' }
  | { op: 'undoableFixes' }
  | { op: 'writeReviewSheet'; findings: number; lang?: string };

/**
 * An Excel host with every edit (as ExcelHost has them). Each records its
 * call; set `fail.<op>` to make it throw, or the results to shape its answer.
 */
export class FakeEditHost extends FakeHost {
  calls: EditCall[] = [];
  fail: Partial<Record<EditCall['op'], Error>> = {};
  undoable = 0;
  /** Edits to refuse (by cell), with the reason. */
  refuse: Record<string, { reason: string; reasonEn: string }> = {};
  blocked: FixResult['blocked'] = [];
  undoResult: UndoResult | null = null;
  skippedIndicators: string[] = [];

  constructor(name = '绩效目标.xlsx') {
    super('excel', name);
  }
  private record(call: EditCall) {
    this.calls.push(call);
    const err = this.fail[call.op];
    if (err) throw err;
  }
  ops() {
    return this.calls.map((c) => c.op);
  }
  async insertTemplate(kind: TemplateKind, year: number): Promise<TemplateInsertResult> {
    this.record({ op: 'insertTemplate', kind, year });
    return { sheet: `绩效目标表 ${year}`, skipped: ['pageLayout'] };
  }
  async insertIndicators(indicators: readonly LibraryIndicator[]): Promise<IndicatorsInsertResult> {
    this.record({ op: 'insertIndicators', ids: indicators.map((i) => i.id) });
    const written = indicators.filter((i) => !this.skippedIndicators.includes(i.id)).length;
    return { sheet: SHEET, written, insertedRows: written, skipped: this.skippedIndicators };
  }
  async applyFixes(edits: readonly FixEdit[]): Promise<FixResult> {
    this.record({ op: 'applyFixes', edits: [...edits] });
    if (this.blocked.length)
      return {
        applied: [],
        refused: edits.map((edit) => ({ edit, reason: '受保护', reasonEn: 'protected' })),
        blocked: this.blocked,
        undoable: null,
      };
    const refused = edits
      .filter((e) => this.refuse[e.cell])
      .map((edit) => ({ edit, ...this.refuse[edit.cell] }));
    const applied = edits.filter((e) => !this.refuse[e.cell]);
    this.undoable += applied.length;
    return { applied, refused, blocked: [], undoable: this.undoable };
  }
  async undoFixes(): Promise<UndoResult> {
    this.record({ op: 'undoFixes' });
    const res = this.undoResult ?? { restored: this.undoable, leftAlone: [], blocked: [], remaining: 0 };
    this.undoable = res.remaining;
    return res;
  }
  async undoableFixes(): Promise<number> {
    this.record({ op: 'undoableFixes' });
    return this.undoable;
  }
  async writeReviewSheet(
    result: CheckResult,
    options: { lang?: 'zh' | 'en' } = {},
  ): Promise<ReviewSheetResult> {
    this.record({ op: 'writeReviewSheet', findings: result.findings.length, lang: options.lang });
    return { sheet: '审核结果', rows: result.findings.length, replaced: false };
  }
}

/** A web-page host with an annotated copy, fixed copies and the review-sheet copy (as FileHost has them). */
export class FakeFileHost extends FakeHost {
  copies = 0;
  calls: EditCall[] = [];
  /** Hosts this one made (fixed copies), in order. */
  made: FakeFileHost[] = [];
  constructor(name = 'seed.xlsx') {
    super('web', name);
  }
  async annotatedCopy(findings: readonly Finding[]) {
    this.copies += 1;
    return { name: 'seed-标注.xlsx', data: new Uint8Array([80, 75, findings.length]) };
  }
  async insertTemplate(kind: TemplateKind, year: number): Promise<TemplateInsertResult> {
    this.calls.push({ op: 'insertTemplate', kind, year });
    return newFakeTemplate(kind, year);
  }
  async applyFixes(edits: readonly FixEdit[]): Promise<FixResult> {
    this.calls.push({ op: 'applyFixes', edits: [...edits] });
    const name = `${this.title()
      .replace(/\.xlsx$/, '')
      .replace(/-修正$/, '')}-修正.xlsx`;
    const opened = new FakeFileHost(name);
    this.made.push(opened);
    return {
      applied: [...edits],
      refused: [],
      blocked: [],
      file: { name, data: new Uint8Array([80, 75, edits.length]) },
      opened,
    };
  }
  async writeReviewSheet(
    result: CheckResult,
    options: { lang?: 'zh' | 'en' } = {},
  ): Promise<ReviewSheetResult> {
    this.calls.push({ op: 'writeReviewSheet', findings: result.findings.length, lang: options.lang });
    const name = `${this.title().replace(/\.xlsx$/, '')}-审核结果.xlsx`;
    return {
      sheet: '审核结果',
      rows: result.findings.length,
      file: { name, data: new Uint8Array([80, 75]) },
    };
  }
}

/** What the web page's newFromTemplate gives: the file and a host over it. */
export function newFakeTemplate(kind: TemplateKind, year: number): TemplateInsertResult {
  const name = `绩效目标表模板-${kind}-${year}.xlsx`;
  return {
    sheet: '项目支出绩效目标表',
    skipped: [],
    file: { name, data: new Uint8Array([80, 75, 3, 4]) },
    opened: new FakeFileHost(name),
  };
}

/** An Excel host that reports edits: `change()` plays an edit. */
export class FakeLiveHost extends FakeHost {
  listeners = new Set<() => void>();
  onChanged(cb: () => void) {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
  change() {
    for (const cb of this.listeners) cb();
  }
}

export const SHEET_NAME = SHEET;

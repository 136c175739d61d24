/** In-memory stand-ins for the UI tests: a WorkbookHost, a check engine, and a result shaped like the seed's. */
import type { CheckResult } from '../../src/core/check';
import type { Finding, Severity } from '../../src/core/findings';
import type { WorkbookGrid } from '../../src/core/grid';
import type { CellRead, Field, Table } from '../../src/core/model';
import type { Rule } from '../../src/core/rules/types';
import type { HighlightResult, HostKind, WorkbookHost } from '../../src/host/types';
import type { CheckEngine } from '../../src/ui/engine';

const SHEET = '项目支出绩效目标表';

function cell(row: number, col: number, text: string): CellRead {
  return { row, col, value: text, text };
}

function fieldOf(key: 'code' | 'name', row: number, text: string): Field {
  return { key, label: key === 'code' ? '项目编码' : '项目名称', labelCell: cell(row, 0, key), value: cell(row, 1, text) };
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

export function finding(rule: string, severity: Severity, cellA1: string, row: number, tableIndex: number, message: string, messageEn: string): Finding {
  return { rule, severity, sheet: SHEET, cell: cellA1, row, col: 0, message, messageEn, table: tableIndex };
}

export const rules: Rule[] = [
  {
    id: 'structure/missing-level1',
    defaultSeverity: 'error',
    description: { zh: '缺少必填的一级指标', en: 'A required level-1 indicator is missing' },
    explain: { zh: '每张表都要有产出、效益和满意度指标。', en: 'Every table needs output, outcome and satisfaction indicators.' },
  },
  {
    id: 'plan/incomplete',
    defaultSeverity: 'warning',
    description: { zh: '资金支出计划有空缺', en: 'The spending plan has blanks' },
  },
  {
    id: 'plan/back-loaded',
    defaultSeverity: 'info',
    description: { zh: '资金集中在年底支出', en: 'Spending is back-loaded' },
  },
];

export function seedLikeResult(): CheckResult {
  return {
    tables: [table('102001005', '农业产业发展', 0), table('102001006', '债券付息', 30)],
    findings: [
      finding('structure/missing-level1', 'error', 'A45', 44, 1, '缺少一级指标“效益指标”。', 'Level-1 indicator 效益指标 is missing.'),
      finding('structure/missing-level1', 'error', 'A48', 47, 1, '缺少一级指标“满意度指标”。', 'Level-1 indicator 满意度指标 is missing.'),
      finding('plan/incomplete', 'warning', 'C36', 35, 1, '资金支出计划 3月底 未填写。', 'Spending plan for end of March is blank.'),
      finding('plan/back-loaded', 'info', 'F8', 7, 0, '70% 以上的资金安排在最后两个月。', '70% or more of the money is planned for the last two months.'),
    ],
  };
}

export function fakeEngine(result: CheckResult = seedLikeResult()): CheckEngine & { checks: number } {
  const engine = {
    checks: 0,
    rules,
    check(_wb: WorkbookGrid) {
      engine.checks += 1;
      return result;
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

/** A web-page host with an annotated copy. */
export class FakeFileHost extends FakeHost {
  copies = 0;
  constructor(name = 'seed.xlsx') {
    super('web', name);
  }
  async annotatedCopy(findings: readonly Finding[]) {
    this.copies += 1;
    return { name: 'seed-标注.xlsx', data: new Uint8Array([80, 75, findings.length]) };
  }
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

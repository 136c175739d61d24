import type { Rule } from '../types';
import { gridHeaderCell, isFilled, level1Cell, structuralGrids } from '../util';

/** A required 一级 of the table's framework with no filled 三级. */
export const missingLevel1: Rule = {
  id: 'structure/missing-level1',
  defaultSeverity: 'error',
  description: {
    zh: '缺少必填的一级指标（如没有效益指标、满意度指标）',
    en: 'A required 一级 (level-1) indicator has no filled indicator',
  },
  explain: {
    zh: '项目绩效目标表须包含框架要求的全部一级指标：2015 版为产出、效益、满意度；2021 版另加成本。每个一级下至少填写一条三级指标。',
    en: 'A project table needs every 一级 of its framework (2015: output, benefit, satisfaction; 2021 adds cost), each with at least one filled indicator.',
  },
  messages: {
    empty: {
      zh: '一级指标“{{level1}}”下没有填写任何三级指标；请至少填写一条带指标值的三级指标。',
      en: 'No indicator is filled in under the 一级 "{{level1}}"; fill in at least one indicator with a target value.',
    },
    missing: {
      zh: '缺少一级指标“{{level1}}”（{{framework}} 版框架要求）；请补充该一级指标及其三级指标。',
      en: 'The 一级 "{{level1}}" that the {{framework}} framework requires is missing; add it with its indicators.',
    },
  },
  check({ table, profile, report }) {
    if (table.levelsKnown === false) return; // no level columns: the framework is unknown
    for (const grid of structuralGrids(table)) {
      if (!grid.rows.length && grid.kind === 'period') continue;
      for (const l1 of profile.required.level1[table.framework]) {
        const rows = grid.rows.filter((r) => r.level1Std === l1);
        let filled = rows.some(isFilled);
        // Older forms place satisfaction as a 二级 under 效益.
        if (!filled && l1 === '满意度指标' && table.legacySatisfaction)
          filled = grid.rows.some((r) => r.level2Std === '服务对象满意度指标' && isFilled(r));
        if (filled) continue;
        const cell = level1Cell(grid, l1);
        const where = cell ? { row: cell.row, col: cell.col } : gridHeaderCell(grid);
        const present = !!cell;
        report({
          at: where,
          messageId: present ? 'empty' : 'missing',
          data: { level1: l1, framework: table.framework },
        });
      }
    }
  },
};

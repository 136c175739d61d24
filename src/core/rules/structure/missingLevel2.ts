import type { Text } from '../../text';
import type { Rule } from '../types';
import { gridHeaderCell, isFilled, level1Cell, structuralGrids } from '../util';
import { PARENTS, nearestLevel } from '../../vocabulary/levels';

/** A required 二级 with no filled 三级 (产出 needs 数量, 质量, 时效; 2015 产出 needs 成本; 2021 成本 needs one of its 二级). */
export const missingLevel2: Rule = {
  id: 'structure/missing-level2',
  defaultSeverity: 'error',
  description: {
    zh: '缺少必填的二级指标（如产出指标下没有数量、质量、时效指标）',
    en: 'A required 二级 (level-2) indicator has no filled indicator',
  },
  explain: {
    zh: '产出指标须有数量、质量、时效三类二级指标（2015 版还须有成本指标，缺少时为警告）；2021 版的成本指标下至少填写一类成本。',
    en: 'Output needs quantity, quality and timeliness (and cost under 2015, a warning); under 2021 the cost 一级 needs at least one of its 二级.',
  },
  messages: {
    empty: {
      zh: '二级指标“{{level2}}”下没有填写三级指标；请填写至少一条，如{{example}}。',
      en: 'No indicator is filled in under the 二级 "{{level2}}"; fill in at least one, such as {{example}}.',
    },
    missing: {
      zh: '“{{level1}}”下缺少二级指标“{{level2}}”；请补充该二级指标及其三级指标。',
      en: '"{{level1}}" lacks the 二级 "{{level2}}"; add it with its indicators.',
    },
    costKind: {
      zh: '“成本指标”下的三级指标没有所属的二级指标；请填写经济成本指标、社会成本指标或生态环境成本指标之一。',
      en: 'The indicators under 成本指标 sit under none of its 二级; put them under one of 经济成本指标, 社会成本指标 or 生态环境成本指标.',
    },
  },
  check({ table, profile, report }) {
    if (table.levelsKnown === false) return; // no level columns: the framework is unknown
    const fw = table.framework;
    for (const grid of structuralGrids(table)) {
      for (const [l1, needed] of Object.entries(profile.required.level2[fw])) {
        const rows = grid.rows.filter((r) => r.level1Std === l1);
        if (!rows.some(isFilled)) continue; // missing-level1 covers an empty 一级
        for (const l2 of needed) {
          // A misspelt 二级 ("时效性指标") is unknown-level-name's finding; its rows still count here.
          const own = rows.filter(
            (r) => r.level2Std === l2 || (!r.level2Std && r.level2 && nearestLevel(r.level2.text, 2) === l2),
          );
          if (own.some(isFilled)) continue;
          const cell = own.find((r) => r.level2)?.level2 ?? null;
          // rules.md: at the 二级 cell when its row is there, else the grid's header row (its 二级 header).
          const h = grid.headerCells.level2;
          const where = cell
            ? { row: cell.row, col: cell.col }
            : h
              ? { row: h.row, col: h.col }
              : gridHeaderCell(grid);
          const soft = fw === '2015' && l1 === '产出指标' && l2 === '成本指标';
          report({
            at: where,
            severity: soft ? 'warning' : undefined,
            messageId: cell ? 'empty' : 'missing',
            data: { level1: l1, level2: l2, example: hint(l2) },
          });
        }
      }
      // 2021: the 成本 一级 needs one of its own 二级 (经济/社会/生态环境成本), which the profile's lists cannot say.
      if (fw === '2021' && !profile.required.level2[fw]['成本指标']) {
        const kinds = PARENTS['2021']['成本指标'] as readonly string[];
        const filled = grid.rows.filter((r) => r.level1Std === '成本指标' && isFilled(r));
        const ofKind = (r: (typeof filled)[number]) =>
          kinds.includes(r.level2Std ?? '') ||
          (!r.level2Std && !!r.level2 && kinds.includes(nearestLevel(r.level2.text, 2) ?? ''));
        if (filled.length && !filled.some(ofKind)) {
          const first = filled[0];
          const l2col = grid.columns.level2;
          const l1c = level1Cell(grid, '成本指标');
          const where =
            l2col !== undefined
              ? { row: first.level2?.row ?? first.row, col: l2col }
              : l1c
                ? { row: l1c.row, col: l1c.col }
                : gridHeaderCell(grid);
          report({
            at: where,
            messageId: 'costKind',
          });
        }
      }
    }
  },
};

function hint(l2: string): Text {
  const hints: Record<string, Text> = {
    数量指标: { zh: '“完成××数量 ≥N个”', en: 'a quantity ("完成××数量 ≥N个")' },
    质量指标: { zh: '“验收合格率 100%”', en: 'a pass rate ("验收合格率 100%")' },
    时效指标: { zh: '“完成时间 年底前”', en: 'a completion date ("完成时间 年底前")' },
    成本指标: { zh: '“成本控制在预算内 ≤N万元”', en: 'a cost ceiling ("成本控制在预算内 ≤N万元")' },
  };
  return hints[l2] ?? { zh: '一条可衡量的指标', en: 'a measurable indicator' };
}

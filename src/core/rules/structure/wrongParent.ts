import type { Rule } from '../types';
import { PARENTS, type Level1Name, type Level2Name } from '../../vocabulary/levels';
import { structuralGrids } from '../util';
import { normCore } from '../../vocabulary/normalize';

/** A 二级 under the wrong 一级 (数量指标 under 效益指标); satisfaction under 社会效益 when the table has a 满意度 一级. */
export const wrongParent: Rule = {
  id: 'structure/wrong-parent',
  defaultSeverity: 'error',
  description: { zh: '二级指标放在了错误的一级指标下', en: 'A 二级 indicator sits under the wrong 一级' },
  explain: {
    zh: '每个二级指标只属于一个一级指标：数量、质量、时效属于产出指标；经济、社会、生态效益和可持续影响属于效益指标；服务对象满意度属于满意度指标（旧式表格放在效益指标下也可接受）。',
    en: 'Each 二级 belongs to one 一级: quantity/quality/timeliness under output; economic/social/ecological benefit and sustainability under benefit; service-recipient satisfaction under satisfaction (older forms under benefit are accepted).',
  },
  messages: {
    wrongParent: {
      zh: '二级指标“{{level2}}”不属于一级指标“{{level1}}”，应放在“{{right}}”下。',
      en: 'The 二级 "{{level2}}" does not belong under the 一级 "{{level1}}"; move it under "{{right}}".',
    },
    satisfaction: {
      zh: '满意度指标“{{name}}”放在了“{{under}}”下；应放在“满意度指标—服务对象满意度指标”下。',
      en: 'The satisfaction indicator "{{name}}" sits under "{{under}}"; move it under 满意度指标 — 服务对象满意度指标.',
    },
  },
  check({ table, report }) {
    if (table.levelsKnown === false) return; // no level columns: the framework is unknown
    const parents = PARENTS[table.framework];
    for (const grid of structuralGrids(table)) {
      const hasSatisfactionL1 = grid.rows.some((r) => r.level1Std === '满意度指标');
      for (const r of grid.rows) {
        if (!r.level1Std) continue;
        if (r.level2 && r.level2Own && r.level2Std) {
          const ok = (parents[r.level1Std as Level1Name] as readonly string[]).includes(
            r.level2Std as Level2Name,
          );
          if (!ok) {
            const right = Object.entries(parents).find(([, l2s]) =>
              (l2s as readonly string[]).includes(r.level2Std!),
            )?.[0];
            if (!right) continue; // every standard 二级 has a 一级 of its own
            report({
              at: { row: r.level2.row, col: r.level2.col },
              messageId: 'wrongParent',
              data: { level2: r.level2.text.trim(), level1: r.level1Std, right },
            });
          }
        }
        // Satisfaction measured under 社会效益 while the table has a 满意度 一级.
        if (
          hasSatisfactionL1 &&
          r.level1Std === '效益指标' &&
          r.name &&
          r.level2Std !== '服务对象满意度指标'
        ) {
          const n = normCore(r.name.text);
          if (/满意/.test(n) && !/不满意/.test(n)) {
            report({
              at: { row: r.name.row, col: r.name.col },
              severity: 'warning',
              messageId: 'satisfaction',
              data: { name: r.name.text.trim(), under: r.level2?.text.trim() || r.level1Std },
            });
          }
        }
      }
    }
  },
};

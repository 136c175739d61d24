import type { Rule } from '../types';
import { gridHeaderCell, isBlank, structuralGrids } from '../util';
import { normCore } from '../../vocabulary/normalize';

/** An indicator the profile fixes (固化指标) that a project table does not carry. */
export const requiredIndicator: Rule = {
  id: 'structure/required-indicator',
  defaultSeverity: 'error',
  enabledByDefault: false,
  description: { zh: '缺少固化指标', en: 'A required (fixed) indicator is missing' },
  explain: {
    zh: '一些省份在预算系统中固化了每个项目都必须填报的指标（如“预算执行率”“服务对象满意度”）。配置的 requiredIndicators 列出这些指标（名称，及其所属一级、二级）；项目表中没有的，在其所属二级（或表头）处提示。',
    en: 'Some provinces fix indicators every project must carry (预算执行率, 服务对象满意度). The profile’s requiredIndicators lists them (name, and the 一级/二级 they sit under); a project table without one is flagged at that 二级 (or the header).',
  },
  messages: {
    missing: {
      zh: '缺少固化指标“{{name}}”；请按要求填报该指标及其指标值。',
      en: 'The required indicator "{{name}}" is missing; add it with its target value as required.',
    },
    missingUnder: {
      zh: '缺少固化指标“{{name}}”（{{under}}）；请按要求填报该指标及其指标值。',
      en: 'The required indicator "{{name}}" ({{under}}) is missing; add it with its target value as required.',
    },
  },
  check({ table, profile, report }) {
    const wanted = profile.requiredIndicators ?? [];
    if (!wanted.length || table.kind !== 'project') return;
    const grids = structuralGrids(table).filter((g) => g.kind === 'annual');
    const grid = grids[0] ?? structuralGrids(table)[0];
    if (!grid) return;
    for (const w of wanted) {
      const key = normCore(w.name);
      const has = grids.some((g) =>
        g.rows.some(
          (r) =>
            !isBlank(r.name) &&
            normCore(r.name!.text).includes(key) &&
            (!w.level1 || r.level1Std === w.level1) &&
            (!w.level2 || r.level2Std === w.level2),
        ),
      );
      if (has) continue;
      const home =
        grid.rows.find((r) => w.level2 && r.level2Std === w.level2 && r.level2)?.level2 ??
        grid.rows.find((r) => w.level1 && r.level1Std === w.level1 && r.level1)?.level1;
      const under = [w.level1, w.level2].filter(Boolean).join('—');
      report({
        at: home ? { row: home.row, col: home.col } : gridHeaderCell(grid),
        messageId: under ? 'missingUnder' : 'missing',
        data: { name: w.name, under },
      });
    }
  },
};

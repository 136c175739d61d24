/** The text cells of a table a person wrote: header fields, level names, names, descriptions, values, the goal list. */
import { cellKey } from './util';
import type { CellRead, Table } from '../model';

export interface TextCell {
  cell: CellRead;
  /** What the cell is, for messages (zh, en). */
  what: string;
  whatEn: string;
  kind: 'field' | 'level' | 'name' | 'description' | 'value' | 'basis' | 'goal-list';
}

const FIELD_WHAT: Record<string, [string, string]> = {
  goal: ['绩效目标', 'goal'],
  periodGoal: ['实施期绩效目标', 'period goal'],
  purpose: ['项目资金主要用途', 'purpose'],
  name: ['项目名称', 'project name'],
  department: ['主管部门', 'department'],
};

/** Every string cell of the table once, in reading order. */
export function textCells(table: Table): TextCell[] {
  const out: TextCell[] = [];
  const seen = new Set<number>();
  const add = (cell: CellRead | null | undefined, what: string, whatEn: string, kind: TextCell['kind']) => {
    if (!cell || typeof cell.value !== 'string' || !cell.value.trim()) return;
    const k = cellKey(cell.row, cell.col);
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ cell, what, whatEn, kind });
  };
  for (const f of table.fields) {
    const w = FIELD_WHAT[f.key];
    if (w) add(f.value, w[0], w[1], 'field');
  }
  for (const it of table.goalList?.items ?? []) {
    add(it.item, '分项', 'item', 'goal-list');
    add(it.goal, '绩效目标', 'goal', 'goal-list');
    add(it.indicator, '绩效指标', 'indicator', 'goal-list');
  }
  for (const g of table.grids)
    for (const r of g.rows) {
      if (r.level1Own) add(r.level1, '一级指标', 'level name', 'level');
      if (r.level2Own) add(r.level2, '二级指标', 'level name', 'level');
      add(r.name, '三级指标', 'indicator name', 'name');
      add(r.description, '指标描述', 'description', 'description');
      add(r.value, '指标值', 'value', 'value');
      add(r.basis, '指标值确定依据', 'basis', 'basis');
    }
  return out;
}

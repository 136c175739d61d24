/** The text cells of a table a person wrote: header fields, level names, names, descriptions, values, the goal list. */
import { CELL } from './cellLabels';
import { onceEach } from './util';
import type { CellRead, Table } from '../model';
import type { Text } from '../text';

export interface TextCell {
  cell: CellRead;
  /** What the cell is, for messages. */
  what: Text;
  kind: 'field' | 'level' | 'name' | 'description' | 'value' | 'basis' | 'goal-list';
}

const FIELD_WHAT: Record<string, Text> = {
  goal: { zh: '绩效目标', en: 'goal' },
  periodGoal: { zh: '实施期绩效目标', en: 'period goal' },
  purpose: { zh: '项目资金主要用途', en: 'purpose' },
  name: { zh: '项目名称', en: 'project name' },
  department: { zh: '主管部门', en: 'department' },
};

/** What each grid and goal-list cell is, for messages (made once, shared by every table). */
const WHAT = {
  item: { zh: '分项', en: 'item' },
  goal: CELL.goal,
  indicator: CELL.indicator,
  level1: CELL.level1,
  level2: CELL.level2,
  name: CELL.name,
  description: { zh: '指标描述', en: 'description' },
  value: CELL.value,
  basis: CELL.basis,
} satisfies Record<string, Text>;

/** Every string cell of the table once, in reading order. */
export function textCells(table: Table): TextCell[] {
  const out: TextCell[] = [];
  const first = onceEach();
  const add = (cell: CellRead | null | undefined, what: Text, kind: TextCell['kind']) => {
    if (!cell || typeof cell.value !== 'string' || !cell.value.trim()) return;
    if (!first(cell)) return;
    out.push({ cell, what, kind });
  };
  for (const f of table.fields) {
    const w = FIELD_WHAT[f.key];
    if (w) add(f.value, w, 'field');
  }
  for (const it of table.goalList?.items ?? []) {
    add(it.item, WHAT.item, 'goal-list');
    add(it.goal, WHAT.goal, 'goal-list');
    add(it.indicator, WHAT.indicator, 'goal-list');
  }
  for (const g of table.grids)
    for (const r of g.rows) {
      if (r.level1Own) add(r.level1, WHAT.level1, 'level');
      if (r.level2Own) add(r.level2, WHAT.level2, 'level');
      add(r.name, WHAT.name, 'name');
      add(r.description, WHAT.description, 'description');
      add(r.value, WHAT.value, 'value');
      add(r.basis, WHAT.basis, 'basis');
    }
  return out;
}

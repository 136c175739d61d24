/** A department goal list laid out as in the seed's 部门整体绩效目标 sheet (title, overall goal, 序号 | 分项 | 绩效目标 | 绩效指标). */
import type { Cell } from './ruleTester';
import { rawSheet } from './ruleTester';

export const SEED_GOAL_ROWS: [string, string, string, string][] = [
  [
    '（一）',
    '落实法律、法规和制度',
    '严格落实法律、法规和制度要求。',
    '全局所有行政行为主体、职权、事实、程序合法率 100%。',
  ],
  [
    '（二）',
    '组织年度财政收入',
    '认真组织年度财政收入工作。',
    '加强财税调度，2023年一般公共预算收入同比增长 8%。',
  ],
  ['（五）', '实施财政支出投资评审', '加强项目资金财政评审力度。', '财政投资的政府采购项目评审率 100%。'],
  ['（八）', '全面推进预算绩效管理', '持续做好预算绩效管理工作。', '所有预算项目全部纳入预算绩效管理。'],
];

/**
 * Rows: 1 title, 2 总体绩效目标 | goal (B:D), 3 blank, 4 header, 5… items; then a blank row and a
 * 保障措施 block merged across (which is not part of the list).
 */
export function deptGoalSheet(
  opts: { goal?: string; rows?: Cell[][]; header?: string[]; name?: string } = {},
) {
  const rows = opts.rows ?? SEED_GOAL_ROWS;
  const first = 5;
  const after = first + rows.length + 1;
  return rawSheet(
    [
      ['2023年部门整体支出绩效目标'],
      [
        '总体绩效目标',
        opts.goal ?? '贯彻执行国家财政、税收、财务、会计管理的各项法律法规，拟订辖区财政管理办法。',
      ],
      [],
      opts.header ?? ['序号', '分项', '绩效目标', '绩效指标'],
      ...rows,
      [],
      ['目标规划及保障措施'],
      ['（一）', '完善制度建设。制定完善预算绩效管理制度、资金管理办法、工作保障制度等。'],
    ],
    {
      name: opts.name ?? '部门整体绩效目标',
      merges: ['A1:D1', 'B2:D2', `A${after + 1}:D${after + 1}`, `B${after + 2}:D${after + 2}`],
    },
  );
}

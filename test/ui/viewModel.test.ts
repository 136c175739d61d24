import { countBySeverity } from '../../src/core/findings';
import { groupFindings } from '../../src/ui/groupFindings';
import { messages } from '../../src/ui/messages';
import { isDarkColor } from '../../src/ui/useDarkMode';
import { seedLikeResult } from './fakes';

describe('groupFindings', () => {
  test('every table is a group (also without findings), findings in sheet order', () => {
    const groups = groupFindings(seedLikeResult(), 'all');
    expect(groups.map((g) => [g.code, g.name, g.findings.length])).toEqual([
      ['102001005', '农业产业发展', 1],
      ['102001006', '债券付息', 3],
    ]);
    expect(groups[1].findings.map((f) => f.finding.cell)).toEqual(['C36', 'A45', 'A48']);
  });

  test('the filter keeps one severity; findings without a table form a workbook group', () => {
    const r = seedLikeResult();
    r.findings.push({ ...r.findings[0], table: -1, cell: 'B2' });
    const groups = groupFindings(r, 'error');
    expect(groups.map((g) => [g.table, g.findings.length])).toEqual([
      [1, 2],
      [-1, 1],
    ]);
    expect(groupFindings(r, 'all').map((g) => g.table)).toEqual([0, 1, -1]);
    expect(countBySeverity(r.findings)).toEqual({ error: 3, warning: 1, info: 1 });
  });
});

describe('messages', () => {
  test('English has every key Chinese has', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.zh).sort());
  });
});

describe('theme', () => {
  test('Office body background decides light or dark', () => {
    expect(isDarkColor('#262626')).toBe(true);
    expect(isDarkColor('#ffffff')).toBe(false);
    expect(isDarkColor('#FFF')).toBe(false);
    expect(isDarkColor(undefined)).toBeNull();
    expect(isDarkColor('rgb(0,0,0)')).toBeNull();
  });
});

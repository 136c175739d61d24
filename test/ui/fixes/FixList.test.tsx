/** @jest-environment jsdom */
import '../jsdomPolyfills';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { Finding } from '../../../src/core/findings';
import { groupFixes, type FixGroup } from '../../../src/core/fixes';
import { FixList, type FixListProps } from '../../../src/ui/fixes';

const SHEET = '项目支出绩效目标表';

function f(rule: string, cell: string, from: string, to: string, label: string, labelEn: string): Finding {
  return {
    rule,
    messageId: 'm',
    severity: 'info',
    sheet: SHEET,
    cell,
    row: 0,
    col: 0,
    text: { zh: 'm', en: 'm' },
    table: 0,
    fix: { cell, from, to, label: { zh: label, en: labelEn } },
  };
}

const FINDINGS: Finding[] = [
  f('value/non-standard', 'E11', '９０％以上', '≥90%', '规范写法', 'Standard form'),
  f('value/non-standard', 'E27', '100百分比', '100%', '规范写法', 'Standard form'),
  f('text/stray-space', 'B8', ' 质量指标 ', '质量指标', '删除多余空格', 'Remove stray spaces'),
  f('structure/unknown-level-name', 'B24', '数量指', '数量指标', '规范指标名称', 'Standard level name'),
  // never listed: a meaning change dressed as a fix
  f('plan/not-100', 'E21', '90%', '100%', '补全', 'Complete'),
];

function setup(extra: Partial<FixListProps> = {}) {
  const groups = groupFixes(FINDINGS);
  const calls = { apply: [] as string[], applyAll: [] as string[], undo: 0, select: [] as string[] };
  const props: FixListProps = {
    groups,
    onApply: (i) => void calls.apply.push(i.id),
    onApplyAll: (g: FixGroup) => void calls.applyAll.push(g.label),
    onUndo: () => void calls.undo++,
    undoable: 0,
    ...extra,
  };
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <FixList {...props} />
    </FluentProvider>,
  );
  return { ...utils, calls, groups };
}

describe('FixList', () => {
  test('grouped by kind, each fix before → after with 应用, 全部应用 per kind; no axe violations', async () => {
    const { container, calls } = setup();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('可一键修正（4 处）');
    const kinds = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(kinds).toEqual(['规范写法 · 2 处', '删除多余空格 · 1 处', '规范指标名称 · 1 处']);
    expect(container.textContent).not.toContain('补全');

    const std = screen.getByRole('region', { name: /规范写法/ });
    expect(within(std).getAllByRole('listitem')).toHaveLength(2);
    expect(within(std).getByText('９０％以上').tagName).toBe('DEL');
    expect(within(std).getByText('≥90%').tagName).toBe('INS');

    fireEvent.click(screen.getByRole('button', { name: '应用修正：E11“９０％以上”改为“≥90%”' }));
    expect(calls.apply).toEqual([`${SHEET}!E11|规范写法`]);
    fireEvent.click(screen.getByRole('button', { name: '全部应用“规范写法”（2 处）' }));
    expect(calls.applyAll).toEqual(['规范写法']);

    // Stray spaces are made visible, with a legend.
    expect(screen.getByText('␣质量指标␣')).toBeTruthy();
    expect(container.textContent).toContain('“␣”表示空格');
    expect(await axe(container)).toHaveNoViolations();
  });

  test('撤销修正: disabled with nothing to undo, enabled with a count; busy disables everything', () => {
    const first = setup();
    expect((screen.getByRole('button', { name: /撤销修正/ }) as HTMLButtonElement).disabled).toBe(true);
    first.unmount();

    const { calls, unmount } = setup({ undoable: 3 });
    const undo = screen.getByRole('button', { name: /撤销修正/ }) as HTMLButtonElement;
    expect(undo.textContent).toContain('(3)');
    fireEvent.click(undo);
    expect(calls.undo).toBe(1);
    unmount();

    setup({ undoable: 3, busy: true });
    for (const b of screen.getAllByRole('button')) expect((b as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('正在修正');
  });

  test('English, notes, status, go-to-cell', () => {
    const { calls, groups } = setup({
      lang: 'en',
      onSelect: (sheet, cell) => void calls.select.push(`${sheet}!${cell}`),
      notes: { [`${SHEET}!E27|规范写法`]: 'E27 was changed since the check; not fixed.' },
      status: '3 fixes applied.',
    });
    expect(groups).toHaveLength(3);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('One-click fixes');
    expect(screen.getByRole('button', { name: 'Apply all "Standard form" (2)' })).toBeTruthy();
    expect(screen.getByText('E27 was changed since the check; not fixed.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('3 fixes applied.');
    fireEvent.click(screen.getByRole('button', { name: `Go to ${SHEET}!B24` }));
    expect(calls.select).toEqual([`${SHEET}!B24`]);
  });

  test('nothing to fix', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <FixList groups={[]} onApply={() => {}} onApplyAll={() => {}} />
      </FluentProvider>,
    );
    expect(screen.getByText('没有可自动修正的问题。')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

/** @jest-environment jsdom */
import './jsdomPolyfills';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import * as explain from '../../src/core/reader/explain';
import { checkWorkbook } from '../../src/core/check';
import type { WorkbookGrid } from '../../src/core/grid';
import { LanguageProvider } from '../../src/ui/LanguageContext';
import { ResultsView } from '../../src/ui/ResultsView';
import type { Lang } from '../../src/ui/messages';
import { projectTable, workbook } from '../core/rules/ruleTester';

const grid = (): WorkbookGrid => workbook(projectTable({ goal: '完成培训 提高就业' }));

function show(lang: Lang, g: WorkbookGrid | null) {
  const wb = grid();
  const result = checkWorkbook(wb);
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider initial={lang}>
        <ResultsView result={result} rules={[]} checkedAt={null} onSelect={() => {}} grid={g} />
      </LanguageProvider>
    </FluentProvider>,
  );
}

afterEach(() => jest.restoreAllMocks());

describe('ResultsView: how the workbook was read', () => {
  test('closed at first and not worked out; opened it shows each table range and column roles (zh)', async () => {
    const spy = jest.spyOn(explain, 'explainWorkbook');
    const g = grid();
    show('zh', g);
    expect(screen.queryByTestId('reading-text')).toBeNull();
    expect(spy).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '查看读取方式' }));
    const pre = await screen.findByTestId('reading-text');
    expect(pre.tagName).toBe('PRE');
    expect(spy).toHaveBeenCalledTimes(1);
    const expected = explain.formatExplanation(explain.explainWorkbook(g), 'zh');
    expect(pre.textContent).toBe(expected);
    const table = explain.explainWorkbook(g)[0].tables[0];
    expect(pre.textContent).toContain(`表 1：${table.range}`);
    expect(table.grids[0].columns.length).toBeGreaterThan(2);
    for (const c of table.grids[0].columns) expect(pre.textContent).toContain(`      ${c.letter}: `);
    expect(pre.textContent).toContain('三级指标');
    expect(pre.textContent).toMatch(/指标组 1：/);
    expect(screen.getByRole('button', { name: '收起读取方式' }).getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: '收起读取方式' }));
    expect(screen.queryByTestId('reading-text')).toBeNull();
  });

  test('in English', async () => {
    const g = grid();
    show('en', g);
    fireEvent.click(screen.getByRole('button', { name: 'How this workbook was read' }));
    const pre = await screen.findByTestId('reading-text');
    expect(pre.textContent).toBe(explain.formatExplanation(explain.explainWorkbook(g), 'en'));
    expect(pre.textContent).toMatch(/Table 1: A1:/);
  });

  test('no grid (a pane without one): no button', () => {
    show('zh', null);
    expect(screen.queryByTestId('reading-explanation')).toBeNull();
  });
});

/** @jest-environment jsdom */
import '../jsdomPolyfills';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { ReactElement } from 'react';
import { LIBRARY, PROJECT_TYPES, searchLibrary, type LibraryIndicator } from '../../../src/core/library';
import { InsertIndicatorsError } from '../../../src/addin/insertIndicators';
import { LanguageProvider } from '../../../src/ui/LanguageContext';
import { IndicatorLibraryPanel, TemplatePicker } from '../../../src/ui/library';

function renderIn(ui: ReactElement, lang: 'zh' | 'en' = 'zh') {
  return render(
    <LanguageProvider initial={lang}>
      <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
    </LanguageProvider>,
  );
}

const boxes = () =>
  screen.getByRole('group', { name: '指标列表' }).querySelectorAll('input[type="checkbox"]');

describe('IndicatorLibraryPanel', () => {
  test('lists the whole library grouped by level; no axe violations', async () => {
    const { container } = renderIn(<IndicatorLibraryPanel onInsert={() => {}} />);
    expect(screen.getByRole('heading', { level: 2, name: '指标库' })).toBeTruthy();
    expect(screen.getByTestId('library-count').textContent).toBe(`共 ${LIBRARY.length} 条指标`);
    expect(boxes()).toHaveLength(LIBRARY.length);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toBe('产出指标 › 数量指标');
    expect(headings).toContain('满意度指标 › 服务对象满意度指标');
    expect(screen.getByRole('button', { name: '插入所选指标' })).toHaveProperty('disabled', true);
    expect(await axe(container)).toHaveNoViolations();
  });

  test('search by project type and keyword', () => {
    renderIn(<IndicatorLibraryPanel onInsert={() => {}} />);
    fireEvent.change(screen.getByRole('combobox', { name: '项目类型' }), {
      target: { value: 'student-aid' },
    });
    expect(boxes()).toHaveLength(searchLibrary({ type: 'student-aid' }).length);
    fireEvent.change(screen.getByRole('searchbox', { name: '关键词' }), { target: { value: '满意度' } });
    expect(boxes()).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: '受助学生满意度' })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: '关键词' }), {
      target: { value: '不存在的指标' },
    });
    expect(screen.getByTestId('library-count').textContent).toBe('没有符合条件的指标。');
    expect(boxes()).toHaveLength(0);
  });

  test('ticked indicators (kept across filters) go to onInsert in library order; then the selection clears', async () => {
    const onInsert = jest.fn(async (_x: LibraryIndicator[]) => {});
    renderIn(<IndicatorLibraryPanel onInsert={onInsert} initialType="construction" />);
    fireEvent.click(screen.getByRole('checkbox', { name: '周边群众满意度' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '工程验收合格率' }));
    fireEvent.change(screen.getByRole('combobox', { name: '项目类型' }), {
      target: { value: 'debt-interest' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: '年度付息金额' }));
    expect(screen.getByTestId('library-count').textContent).toContain('已选 3 条');
    const button = screen.getByRole('button', { name: '插入所选指标（3）' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(onInsert).toHaveBeenCalledTimes(1);
    expect(onInsert.mock.calls[0][0].map((x) => x.name)).toEqual([
      '年度付息金额',
      '工程验收合格率',
      '周边群众满意度',
    ]);
    expect(screen.getByRole('button', { name: '插入所选指标' })).toHaveProperty('disabled', true);
  });

  test('an error from the host is shown, in the pane’s language, and the selection kept', async () => {
    const onInsert = jest.fn(async () => {
      throw new InsertIndicatorsError('no-grid');
    });
    renderIn(<IndicatorLibraryPanel onInsert={onInsert} initialType="subsidy" />, 'en');
    expect(screen.getByRole('heading', { level: 2, name: 'Indicator library' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: '补贴发放人数' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Insert selected (1)' }));
    });
    await waitFor(() => expect(screen.getByText('Could not insert')).toBeTruthy());
    expect(screen.getByText(/Select a cell of an indicator grid/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Insert selected (1)' })).toHaveProperty('disabled', false);
    expect(
      within(screen.getByRole('combobox', { name: 'Project type' })).getByRole('option', {
        name: /Subsidy payments/,
      }),
    ).toBeTruthy();
  });

  test('disabled: nothing can be inserted', () => {
    renderIn(<IndicatorLibraryPanel onInsert={() => {}} disabled lang="zh" />);
    fireEvent.click(screen.getAllByRole('checkbox')[0]);
    expect(screen.getByRole('button', { name: '插入所选指标（1）' })).toHaveProperty('disabled', true);
  });

  test('every project type is offered', () => {
    renderIn(<IndicatorLibraryPanel onInsert={() => {}} />);
    const options = within(screen.getByRole('combobox', { name: '项目类型' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['全部类型', ...PROJECT_TYPES.map((p) => p.zh)]);
  });
});

describe('TemplatePicker', () => {
  test('three templates, a year; onInsert(kind, year); no axe violations', async () => {
    const onInsert = jest.fn();
    const { container } = renderIn(<TemplatePicker onInsert={onInsert} initialYear={2025} />);
    expect(screen.getByRole('heading', { level: 2, name: '插入模板' })).toBeTruthy();
    const radios = screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value);
    expect(radios).toEqual(['project-2015', 'project-2021', 'department']);
    fireEvent.click(screen.getByRole('radio', { name: '部门整体支出绩效目标表' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '插入模板' }));
    });
    expect(onInsert).toHaveBeenCalledWith('department', 2025);
    expect(await axe(container)).toHaveNoViolations();
  });

  test('a bad year is refused with a message; the default year is next year', async () => {
    const onInsert = jest.fn();
    renderIn(<TemplatePicker onInsert={onInsert} />);
    const year = screen.getByRole('spinbutton', { name: '预算年度' }) as HTMLInputElement;
    expect(year.value).toBe(String(new Date().getFullYear() + 1));
    fireEvent.change(year, { target: { value: '24' } });
    expect(screen.getByText('请填写 2000 到 2100 之间的年份。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '插入模板' })).toHaveProperty('disabled', true);
    fireEvent.change(year, { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('radio', { name: '项目支出绩效目标表（2015 版框架）' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '插入模板' }));
    });
    expect(onInsert).toHaveBeenCalledWith('project-2015', 2026);
  });

  test('English, and a failing insert shows its message', async () => {
    renderIn(
      <TemplatePicker
        onInsert={async () => {
          throw new Error('The workbook is protected.');
        }}
      />,
      'en',
    );
    expect(screen.getByRole('radio', { name: 'Project table (2021 framework)' })).toHaveProperty(
      'checked',
      true,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Insert template' }));
    });
    await waitFor(() => expect(screen.getByText('Could not insert the template')).toBeTruthy());
    expect(screen.getByText('The workbook is protected.')).toBeTruthy();
  });
});

/** @jest-environment jsdom */
import './jsdomPolyfills';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { axe } from 'jest-axe';
import { App } from '../../src/ui/App';
import { FakeHost, FakeLiveHost, SHEET_NAME, fakeEngine } from './fakes';

function renderExcel(host = new FakeHost(), engine = fakeEngine()) {
  const utils = render(<App kind="excel" host={host} loadEngine={async () => engine} initialLang="zh" />);
  return { ...utils, host, engine };
}

async function checkNow() {
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByTestId('findings');
}

describe('task pane in Excel', () => {
  test('empty state: Check button, no findings yet, no axe violations', async () => {
    const { container } = renderExcel();
    expect(screen.getByRole('heading', { level: 1, name: '绩效目标表审核' })).toBeTruthy();
    expect(screen.getByTestId('empty-state').textContent).toContain('检查');
    expect(screen.getByRole('button', { name: '标记' })).toHaveProperty('disabled', true);
    expect(await axe(container)).toHaveNoViolations();
  });

  test('findings list: grouped by table with code and name, counts per severity, no axe violations', async () => {
    const { container } = renderExcel();
    await checkNow();
    expect(screen.getByTestId('result-summary').textContent).toContain('2 张表，共 4 条问题');
    expect(screen.getByRole('button', { name: '全部 4' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '错误 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '警告 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '提示 1' })).toBeTruthy();
    // A heading per table; the findings' rows carry the table's code (a virtual list: flat rows).
    expect(screen.getByRole('heading', { name: '102001006 · 债券付息' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '102001005 · 农业产业发展' })).toBeTruthy();
    const inTable = (code: string) =>
      Array.from(
        document.querySelectorAll<HTMLButtonElement>(`section[data-code="${code}"] button[data-finding]`),
      );
    expect(inTable('102001006')).toHaveLength(3);
    expect(inTable('102001005')[0].textContent).toContain('plan/back-loaded');
    // Findings in sheet order within a table; the rule's short description beside each.
    const first = inTable('102001006')[0];
    expect(first.textContent).toContain('C36');
    expect(first.textContent).toContain('资金支出计划有空缺');
    expect(await axe(container)).toHaveNoViolations();
  });

  test('clicking a finding selects its cell in the workbook and shows the rule explanation', async () => {
    const { host } = renderExcel();
    await checkNow();
    const item = screen.getByText('缺少一级指标“满意度指标”。').closest('button') as HTMLButtonElement;
    fireEvent.click(item);
    expect(host.selected).toEqual([[SHEET_NAME, 'A48']]);
    expect(item.getAttribute('aria-current')).toBe('true');
    expect(screen.getByTestId('rule-explanation').textContent).toContain(
      '每张表都要有产出、效益和满意度指标。',
    );
  });

  test('a cell selected in Excel selects its finding (the cell is not selected again); removed on unmount', async () => {
    type At = { sheet: string; cell: string };
    const listeners = new Set<(at: At) => void>();
    const host = Object.assign(new FakeHost(), {
      async onSelectionChanged(cb: (at: At) => void) {
        listeners.add(cb);
        return async () => void listeners.delete(cb);
      },
    });
    const { unmount } = renderExcel(host);
    expect(listeners.size).toBe(0); // nothing to show before a check
    await checkNow();
    await waitFor(() => expect(listeners.size).toBe(1));
    act(() => listeners.forEach((cb) => cb({ sheet: SHEET_NAME, cell: 'A48' })));
    const item = document.querySelector('button[data-finding][data-cell="A48"]') as HTMLButtonElement;
    expect(item.getAttribute('aria-current')).toBe('true');
    expect(screen.getByTestId('finding-detail').textContent).toContain('A48');
    // A cell without a finding leaves the selection as it is.
    act(() => listeners.forEach((cb) => cb({ sheet: SHEET_NAME, cell: 'Z1' })));
    expect(item.getAttribute('aria-current')).toBe('true');
    expect(host.selected).toEqual([]);
    unmount();
    await waitFor(() => expect(listeners.size).toBe(0));
  });

  test('severity filter shows only findings of that severity', async () => {
    renderExcel();
    await checkNow();
    fireEvent.click(screen.getByRole('button', { name: '警告 1' }));
    const items = screen.getByTestId('findings').querySelectorAll('button[data-finding]');
    expect(Array.from(items, (b) => b.getAttribute('data-rule'))).toEqual(['plan/incomplete']);
    expect(screen.getByRole('button', { name: '警告 1' }).getAttribute('aria-pressed')).toBe('true');
    // Tables without a warning are left out while filtered.
    expect(screen.queryByRole('heading', { name: '102001005 · 农业产业发展' })).toBeNull();
    expect(screen.getByRole('heading', { name: '102001006 · 债券付息' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '全部 4' }));
    expect(screen.getByTestId('findings').querySelectorAll('button[data-finding]')).toHaveLength(4);
  });

  test('keyboard: one tab stop in the list, arrow keys move, Enter selects', async () => {
    const { host } = renderExcel();
    await checkNow();
    const items = Array.from(
      screen.getByTestId('findings').querySelectorAll<HTMLButtonElement>('button[data-finding]'),
    );
    expect(items.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1]);
    act(() => items[0].focus());
    fireEvent.keyDown(items[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1], { key: 'End' });
    expect(document.activeElement).toBe(items[3]);
    fireEvent.keyDown(items[3], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[2]);
    expect(items[2].tabIndex).toBe(0);
    // Enter on a native button is a click.
    fireEvent.click(items[2]);
    expect(host.selected).toHaveLength(1);
  });

  test('language toggle switches every text to English and back', async () => {
    renderExcel();
    await checkNow();
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'KPI Sheet Checker' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Error 2' })).toBeTruthy();
    expect(screen.getByText('Level-1 indicator 满意度指标 is missing.')).toBeTruthy();
    expect(screen.getAllByText(/The spending plan has blanks/).length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(screen.getByRole('button', { name: '检查' })).toBeTruthy();
  });

  test('mark and clear: counts confirmed, protected sheets reported, nothing lost', async () => {
    const host = new FakeHost();
    host.highlightResult = { marked: 3, skipped: [{ sheet: '封面', reason: '工作表受保护' }] };
    renderExcel(host);
    await checkNow();
    fireEvent.click(screen.getByRole('button', { name: '标记' }));
    await screen.findByText('已标记 3 个单元格。');
    expect(host.highlighted).toEqual([4]);
    expect(screen.getByText('工作表“封面”未标记：工作表受保护')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText('已清除标记。');
    expect(host.clears).toBe(1);
    // Earlier notices stay until dismissed.
    expect(screen.getAllByTestId('notice')).toHaveLength(3);
    fireEvent.click(screen.getAllByRole('button', { name: '关闭' })[0]);
    expect(screen.getAllByTestId('notice')).toHaveLength(2);
  });

  test('error state: an unreadable workbook shows a MessageBar and keeps the last result; no axe violations', async () => {
    const { host, container } = renderExcel();
    await checkNow();
    host.readError = Object.assign(new Error('工作簿已损坏'), { messageEn: 'The workbook is damaged' });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText('无法读取工作簿 · 绩效目标.xlsx');
    expect(screen.getByText('工作簿已损坏')).toBeTruthy();
    expect(screen.getByTestId('findings').querySelectorAll('button[data-finding]')).toHaveLength(4);
    expect(await axe(container)).toHaveNoViolations();
  });

  test('error state before any result: no axe violations', async () => {
    const host = new FakeHost();
    host.readError = new Error('无法访问工作簿');
    const { container } = renderExcel(host);
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText('无法访问工作簿');
    expect(screen.getByTestId('empty-state')).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  test('live check: offered when the host reports edits; re-checks once edits pause', async () => {
    jest.useFakeTimers();
    try {
      const host = new FakeLiveHost();
      const engine = fakeEngine();
      renderExcel(host, engine);
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: '检查' }));
      });
      expect(engine.checks).toBe(1);
      await act(async () => {
        fireEvent.click(screen.getByRole('switch', { name: '实时检查' }));
      });
      expect(host.listeners.size).toBe(1);
      await act(async () => {
        host.change();
        jest.advanceTimersByTime(500);
        host.change();
        jest.advanceTimersByTime(500);
      });
      expect(engine.checks).toBe(1);
      await act(async () => {
        jest.advanceTimersByTime(400);
      });
      await waitFor(() => expect(engine.checks).toBe(2));
      await act(async () => {
        fireEvent.click(screen.getByRole('switch', { name: '实时检查' }));
      });
      expect(host.listeners.size).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  test('live check that the host cannot start: error shown, switch back off', async () => {
    const host = new FakeLiveHost();
    host.onChanged = () => {
      throw new Error('此版本的 Excel 不支持实时检查');
    };
    renderExcel(host);
    fireEvent.click(screen.getByRole('switch', { name: '实时检查' }));
    await screen.findByText('无法开启实时检查');
    expect(screen.getByText('此版本的 Excel 不支持实时检查')).toBeTruthy();
    expect((screen.getByRole('switch', { name: '实时检查' }) as HTMLInputElement).checked).toBe(false);
  });

  test('no live switch without onChanged; no download button in Excel', async () => {
    renderExcel();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByRole('button', { name: '下载标注副本' })).toBeNull();
  });
});

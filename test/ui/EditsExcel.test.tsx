/** @jest-environment jsdom */
/**
 * The pane's edits inside Excel: 生成审核结果, the 修正 tab (apply one, apply
 * all of a kind, refusals, a protected sheet, undo), the 模板 tab and the
 * 指标库 tab, against a host that records what it is asked (FakeEditHost).
 */
import './jsdomPolyfills';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { InsertIndicatorsError } from '../../src/addin/insertIndicators';
import { App } from '../../src/ui/App';
import { FakeEditHost, SHEET_NAME, fakeEngine, fixableResult, seedLikeResult } from './fakes';

function renderExcel(host = new FakeEditHost(), engine = fakeEngine(fixableResult())) {
  const utils = render(<App kind="excel" host={host} loadEngine={async () => engine} initialLang="zh" />);
  return { ...utils, host, engine };
}

async function checkNow() {
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByTestId('findings');
}

async function openTab(name: string) {
  fireEvent.click(screen.getByRole('tab', { name }));
  return screen.findByRole('tabpanel', { name });
}

async function click(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

const edits = (host: FakeEditHost) =>
  host.calls.flatMap((c) =>
    c.op === 'applyFixes' ? [c.edits.map((e) => `${e.cell}:${e.from}→${e.to}`)] : [],
  );

describe('pane edits in Excel', () => {
  test('tabs 问题 / 修正 / 模板 / 指标库; one tab stop, arrow keys move and select; no axe violations', async () => {
    const { container } = renderExcel();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['问题', '修正', '模板', '指标库']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    act(() => tabs[0].focus());
    fireEvent.keyDown(tabs[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '修正' }));
    expect(screen.getByRole('tab', { name: '修正' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText('请先点击“检查”，这里会列出可一键修正的问题。')).toBeTruthy();
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '指标库' }));
    await screen.findByTestId('indicator-library');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '问题' }));
    expect(screen.getByRole('tabpanel', { name: '问题' })).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  test('生成审核结果: disabled before a check; writes the sheet with the findings in the pane’s language', async () => {
    const { host } = renderExcel();
    expect(screen.getByRole('button', { name: '生成审核结果' })).toHaveProperty('disabled', true);
    await checkNow();
    await click('生成审核结果');
    expect(host.calls.filter((c) => c.op === 'writeReviewSheet')).toEqual([
      { op: 'writeReviewSheet', findings: 7, lang: 'zh' },
    ]);
    await screen.findByText('已生成“审核结果”工作表，列出 7 条问题。');
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    await click('Write review sheet');
    expect(
      host.calls.filter((c) => c.op === 'writeReviewSheet').map((c) => (c as { lang?: string }).lang),
    ).toEqual(['zh', 'en']);
  });

  test('a review sheet that cannot be written: the host’s message in the notices', async () => {
    const host = new FakeEditHost();
    host.fail.writeReviewSheet = Object.assign(new Error('工作簿结构受保护，无法添加“审核结果”工作表。'), {
      messageZh: '工作簿结构受保护，无法添加“审核结果”工作表。',
      messageEn: 'The workbook structure is protected.',
    });
    renderExcel(host);
    await checkNow();
    await click('生成审核结果');
    await screen.findByText('生成审核结果失败');
    expect(screen.getByText('工作簿结构受保护，无法添加“审核结果”工作表。')).toBeTruthy();
  });

  test('修正: the check’s fixes by kind; apply one, then all of a kind; each re-checks; undo; no axe violations', async () => {
    const after = { ...fixableResult(), findings: fixableResult().findings.filter((f) => f.cell !== 'E11') };
    const { host, engine, container } = renderExcel(
      new FakeEditHost(),
      fakeEngine(fixableResult(), after, seedLikeResult()),
    );
    await checkNow();
    const panel = await openTab('修正');
    await within(panel).findByTestId('fix-list');
    // Asked once shown how many fixes undo could restore.
    expect(host.ops()).toContain('undoableFixes');
    expect(
      within(panel)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['规范写法 · 2 处', '删除多余空格 · 1 处']);
    expect(await axe(container)).toHaveNoViolations();

    await click('应用修正：E11“９０％以上”改为“≥90%”');
    expect(edits(host)).toEqual([['E11:９０％以上→≥90%']]);
    expect(host.calls.find((c) => c.op === 'applyFixes')).toMatchObject({
      edits: [{ sheet: SHEET_NAME, cell: 'E11', rules: ['value/non-standard'] }],
    });
    await waitFor(() => expect(engine.checks).toBe(2));
    await screen.findByText('已修正 1 处。', { selector: '[data-testid="notice"] *' });
    // The list is the re-check's: E11 is gone.
    await waitFor(() => expect(screen.queryByRole('button', { name: /应用修正：E11/ })).toBeNull());
    expect(screen.getByRole('button', { name: '撤销修正 (1)' })).toHaveProperty('disabled', false);

    await click('全部应用“规范写法”（1 处）');
    expect(edits(host)[1]).toEqual(['E27:100百分比→100%']);
    await waitFor(() => expect(engine.checks).toBe(3));

    await click('撤销修正 (2)');
    expect(host.ops().filter((o) => o === 'undoFixes')).toHaveLength(1);
    await screen.findByText('已撤销 2 处修正。', { selector: '[data-testid="notice"] *' });
    expect(screen.getByTestId('fix-list').querySelector('[role="status"]')?.textContent).toBe(
      '已撤销 2 处修正。',
    );
    await waitFor(() => expect(engine.checks).toBe(4));
    expect(screen.getByRole('button', { name: '撤销修正' })).toHaveProperty('disabled', true);
  });

  test('a fix refused because the cell changed since the check: warning with the reason, note under the fix', async () => {
    const host = new FakeEditHost();
    host.refuse.E27 = {
      reason: 'E27 已被修改（现为“100”，检查时为“100百分比”），未作修正；请重新检查。',
      reasonEn: 'E27 was changed since the check; not fixed.',
    };
    const { container } = renderExcel(host);
    await checkNow();
    await openTab('修正');
    await screen.findByTestId('fix-list');
    await click('全部应用“规范写法”（2 处）');
    expect(edits(host)).toEqual([['E11:９０％以上→≥90%', 'E27:100百分比→100%']]);
    await screen.findByText('1 处未修正');
    const notice = screen.getByText('1 处未修正').closest('[data-testid="notice"]') as HTMLElement;
    expect(notice.textContent).toContain('E27 已被修改');
    // Under the fix in the list too (the re-check still lists it).
    const item = screen.getByTestId('fix-list').querySelector('li[data-cell="E27"]') as HTMLElement;
    await waitFor(() => expect(item.textContent).toContain('E27 已被修改'));
    expect(screen.getByText('已修正 1 处。', { selector: '[data-testid="notice"] *' })).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  test('a protected sheet: nothing fixed, the reason shown; an error thrown by the host is shown; nothing lost', async () => {
    const host = new FakeEditHost();
    host.blocked = [
      {
        sheet: SHEET_NAME,
        reason: `工作表“${SHEET_NAME}”受保护，未作任何修正；请撤消工作表保护后重试。`,
        reasonEn: `Sheet "${SHEET_NAME}" is protected, so nothing was fixed.`,
      },
    ];
    renderExcel(host);
    await checkNow();
    await openTab('修正');
    await screen.findByTestId('fix-list');
    await click('全部应用“删除多余空格”（1 处）');
    await screen.findByText('未作任何修正', { selector: '[data-testid="notice"] *' });
    expect(screen.getByText(/受保护，未作任何修正；请撤消工作表保护后重试/)).toBeTruthy();
    expect(screen.queryByText(/已修正/)).toBeNull();

    host.blocked = [];
    host.fail.applyFixes = new Error('RichApi.Error: 连接已断开');
    await click('全部应用“删除多余空格”（1 处）');
    await screen.findByText('修正失败');
    expect(screen.getByText('RichApi.Error: 连接已断开')).toBeTruthy();
    // Earlier notices stay.
    expect(screen.getByText(/请撤消工作表保护后重试/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByText(`Sheet "${SHEET_NAME}" is protected, so nothing was fixed.`)).toBeTruthy();
  });

  test('undo that finds cells changed after the fix: they are reported and kept', async () => {
    const host = new FakeEditHost();
    host.undoable = 2;
    host.undoResult = {
      restored: 1,
      leftAlone: [
        {
          sheet: SHEET_NAME,
          cell: 'E27',
          reason: 'E27 在修正后又被修改过，保留现有内容。',
          reasonEn: 'E27 was changed after the fix.',
        },
      ],
      blocked: [],
      remaining: 0,
    };
    renderExcel(host);
    await checkNow();
    await openTab('修正');
    const undo = await screen.findByRole('button', { name: '撤销修正 (2)' });
    await act(async () => {
      fireEvent.click(undo);
    });
    await screen.findByText('已撤销 1 处修正。', { selector: '[data-testid="notice"] *' });
    expect(screen.getByText('1 处在修正后又被修改过，保留现有内容')).toBeTruthy();
    expect(screen.getByText('E27 在修正后又被修改过，保留现有内容。')).toBeTruthy();
  });

  test('模板: kind and year go to the host; the workbook is checked again and the findings shown; no axe violations', async () => {
    const { host, engine, container } = renderExcel();
    const panel = await openTab('模板');
    await within(panel).findByTestId('template-picker');
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(screen.getByRole('radio', { name: '项目支出绩效目标表（2015 版框架）' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: '预算年度' }), { target: { value: '2025' } });
    await click('插入模板');
    expect(host.calls.filter((c) => c.op === 'insertTemplate')).toEqual([
      { op: 'insertTemplate', kind: 'project-2015', year: 2025 },
    ]);
    await screen.findByText('已插入工作表“绩效目标表 2025”，并已重新检查。');
    expect(screen.getByText('此版本的 Excel 不支持页面设置，已略过。')).toBeTruthy();
    expect(engine.checks).toBe(1);
    await screen.findByTestId('findings');
    expect(screen.getByRole('tab', { name: '问题' }).getAttribute('aria-selected')).toBe('true');
  });

  test('指标库: ticked indicators go to the host, then a re-check; an InsertIndicatorsError shows in the notices and keeps the ticks', async () => {
    const host = new FakeEditHost();
    const { engine, container } = renderExcel(host);
    const panel = await openTab('指标库');
    await within(panel).findByTestId('indicator-library');
    expect(await axe(container)).toHaveNoViolations();

    host.fail.insertIndicators = new InsertIndicatorsError('no-grid');
    fireEvent.click(screen.getByRole('checkbox', { name: '培训人次' }));
    await click('插入所选指标（1）');
    await screen.findByText('插入指标失败');
    expect(screen.getByText(/请先在工作表中选中绩效指标表/)).toBeTruthy();
    // Shown once, in the notices (not also in the panel); the ticks stay.
    expect(screen.queryByText('插入失败')).toBeNull();
    expect(screen.getByRole('button', { name: '插入所选指标（1）' })).toHaveProperty('disabled', false);
    expect(engine.checks).toBe(0);

    delete host.fail.insertIndicators;
    host.skippedIndicators = [];
    await click('插入所选指标（1）');
    const call = host.calls.filter((c) => c.op === 'insertIndicators');
    expect(call).toHaveLength(2);
    await screen.findByText(`已在工作表“${SHEET_NAME}”插入 1 条指标，并已重新检查。`);
    expect(engine.checks).toBe(1);
    expect(screen.getByRole('button', { name: '插入所选指标' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(
      screen.getByText('Select a cell of an indicator grid (the 一级/二级/三级 table) first.'),
    ).toBeTruthy();
  });

  test('a plain host (no edits) shows no tabs and no 生成审核结果', async () => {
    const { FakeHost } = await import('./fakes');
    render(<App kind="excel" host={new FakeHost()} loadEngine={async () => fakeEngine()} initialLang="zh" />);
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByRole('button', { name: '生成审核结果' })).toBeNull();
  });
});

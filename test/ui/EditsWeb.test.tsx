/** @jest-environment jsdom */
/**
 * The pane's edits in the web page: a template makes a new workbook that is
 * downloaded and opened; fixes make a fixed copy (downloaded, opened, the
 * original untouched); 生成审核结果 downloads a copy with the review sheet.
 */
import './jsdomPolyfills';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { TemplateKind } from '../../src/core/templates/types';
import { App } from '../../src/ui/App';
import type { WebOpeners } from '../../src/ui/Pane';
import { FakeFileHost, fakeEngine, fixableResult, newFakeTemplate, seedLikeResult } from './fakes';

function renderWeb(engine = fakeEngine(fixableResult())) {
  const opened: FakeFileHost[] = [];
  const templates: { kind: TemplateKind; year: number }[] = [];
  const web: WebOpeners = {
    async openFile(file: File) {
      const h = new FakeFileHost(file.name);
      opened.push(h);
      return h;
    },
    async openSample() {
      const h = new FakeFileHost('seed-projects-2023.xlsx');
      opened.push(h);
      return h;
    },
    async newFromTemplate(kind, year) {
      templates.push({ kind, year });
      return newFakeTemplate(kind, year);
    },
  };
  const utils = render(<App kind="web" web={web} loadEngine={async () => engine} initialLang="zh" />);
  return { ...utils, opened, templates, engine };
}

async function pick(name: string) {
  const input = screen.getByTestId('file-input') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([new Uint8Array([1, 2, 3])], name)] } });
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

describe('pane edits in the web page', () => {
  test('before a file is open: 问题 and 模板; a template becomes a new workbook, downloaded and opened; no axe violations', async () => {
    const { templates, container } = renderWeb(fakeEngine(seedLikeResult()));
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['问题', '模板']);
    const panel = await openTab('模板');
    await within(panel).findByRole('heading', { level: 2, name: '新建模板工作簿' });
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(screen.getByRole('radio', { name: '项目支出绩效目标表（2015 版框架）' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: '预算年度' }), { target: { value: '2025' } });
    await click('新建并下载');
    expect(templates).toEqual([{ kind: 'project-2015', year: 2025 }]);
    const link = await screen.findByTestId('download-link');
    expect(link.getAttribute('download')).toBe('绩效目标表模板-project-2015-2025.xlsx');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
    // Opened as the current file and checked: the findings tab shows its findings.
    await screen.findByText('文件：绩效目标表模板-project-2015-2025.xlsx');
    await screen.findByTestId('findings');
    expect(screen.getByRole('tab', { name: '问题' }).getAttribute('aria-selected')).toBe('true');
    expect(
      screen.getByText('已新建 绩效目标表模板-project-2015-2025.xlsx，并作为当前文件打开。'),
    ).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  test('with a file open the template comes from its host; the open file is not touched', async () => {
    const { opened, templates } = renderWeb();
    await pick('项目.xlsx');
    await openTab('模板');
    await screen.findByTestId('template-picker');
    fireEvent.click(screen.getByRole('radio', { name: '部门整体支出绩效目标表' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: '预算年度' }), { target: { value: '2026' } });
    await click('新建并下载');
    expect(opened[0].calls).toEqual([{ op: 'insertTemplate', kind: 'department', year: 2026 }]);
    expect(templates).toEqual([]);
    expect((await screen.findByTestId('download-link')).getAttribute('download')).toBe(
      '绩效目标表模板-department-2026.xlsx',
    );
    await screen.findByText('文件：绩效目标表模板-department-2026.xlsx');
  });

  test('修正: 下载修正副本 fixes everything into a copy, downloaded and opened; no undo; no axe violations', async () => {
    const after = { ...fixableResult(), findings: seedLikeResult().findings };
    const { opened, engine, container } = renderWeb(fakeEngine(fixableResult(), after));
    await pick('项目.xlsx');
    const panel = await openTab('修正');
    await within(panel).findByTestId('fix-list');
    expect(within(panel).getByText(/原文件不变/)).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: /撤销修正/ })).toBeNull();
    // No cell to go to in the web page: the cell is text, not a button.
    expect(within(panel).queryByRole('button', { name: /定位到/ })).toBeNull();
    expect(await axe(container)).toHaveNoViolations();

    await click('下载修正副本');
    const call = opened[0].calls[0];
    expect(call.op).toBe('applyFixes');
    expect(call.op === 'applyFixes' && call.edits.map((e) => `${e.cell}:${e.to}`).sort()).toEqual([
      'B8:质量指标',
      'E11:≥90%',
      'E27:100%',
    ]);
    const link = await screen.findByTestId('download-link');
    expect(link.getAttribute('download')).toBe('项目-修正.xlsx');
    await screen.findByText('文件：项目-修正.xlsx');
    expect(screen.getByText('已修正 3 处，已生成并打开 项目-修正.xlsx。')).toBeTruthy();
    // The copy was checked; its result has nothing left to fix.
    await waitFor(() => expect(engine.checks).toBe(2));
    await screen.findByText('没有可自动修正的问题。');
    expect(screen.getByRole('button', { name: '下载修正副本' })).toHaveProperty('disabled', true);
  });

  test('applying one kind in the web page makes the copy of that kind only; fixing the copy again keeps its name', async () => {
    const { opened } = renderWeb();
    await pick('项目.xlsx');
    await openTab('修正');
    await screen.findByTestId('fix-list');
    await click('全部应用“删除多余空格”（1 处）');
    const first = opened[0].calls[0];
    expect(first.op === 'applyFixes' && first.edits.map((e) => e.cell)).toEqual(['B8']);
    await screen.findByText('文件：项目-修正.xlsx');
    await screen.findByTestId('fix-list');
    await click('应用修正：E11“９０％以上”改为“≥90%”');
    const copy = opened[0].made[0];
    expect(copy.calls.map((c) => c.op)).toEqual(['applyFixes']);
    expect((await screen.findByTestId('download-link')).getAttribute('download')).toBe('项目-修正.xlsx');
  });

  test('生成审核结果 downloads a copy with the review sheet, in the pane’s language', async () => {
    const { opened } = renderWeb();
    await pick('项目.xlsx');
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    await click('Write review sheet');
    expect(opened[0].calls).toEqual([{ op: 'writeReviewSheet', findings: 7, lang: 'en' }]);
    expect((await screen.findByTestId('download-link')).getAttribute('download')).toBe('项目-审核结果.xlsx');
    // The open file stays the current one.
    expect(screen.getByText('File: 项目.xlsx')).toBeTruthy();
  });

  test('opening another file drops the old download link', async () => {
    renderWeb();
    await pick('项目.xlsx');
    await click('生成审核结果');
    await screen.findByTestId('download-link');
    await pick('另一个.xlsx');
    await screen.findByText('文件：另一个.xlsx');
    expect(screen.queryByTestId('download-link')).toBeNull();
  });
});

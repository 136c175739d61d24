/** @jest-environment jsdom */
import './jsdomPolyfills';
import { fireEvent, render, screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import { App } from '../../src/ui/App';
import type { WebOpeners } from '../../src/ui/Pane';
import { FakeFileHost, fakeEngine } from './fakes';

function renderWeb(openers: Partial<WebOpeners> = {}) {
  const opened: FakeFileHost[] = [];
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
    ...openers,
  };
  const utils = render(<App kind="web" web={web} loadEngine={async () => fakeEngine()} initialLang="zh" />);
  return { ...utils, opened };
}

function pick(name: string) {
  const input = screen.getByTestId('file-input') as HTMLInputElement;
  const file = new File([new Uint8Array([1, 2, 3])], name);
  fireEvent.change(input, { target: { files: [file] } });
}

describe('web page outside Excel', () => {
  test('empty state: open file, open sample, drop hint; no axe violations', async () => {
    const { container } = renderWeb();
    expect(screen.getByRole('button', { name: '打开文件' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '打开示例' })).toBeTruthy();
    expect(screen.getByText(/拖到这里/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '检查' })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button', { name: '标记' })).toBeNull();
    // The picker offers every format the reader takes.
    const accept = (screen.getByTestId('file-input') as HTMLInputElement).accept.split(',');
    for (const ext of ['.xlsx', '.xlsm', '.xls', '.xlsb', '.ods']) expect(accept).toContain(ext);
    expect(await axe(container)).toHaveNoViolations();
  });

  test('a picked file is checked at once; the annotated copy downloads as a link', async () => {
    const { opened, container } = renderWeb();
    pick('项目.xlsx');
    await screen.findByTestId('findings');
    expect(screen.getByText('文件：项目.xlsx')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下载标注副本' }));
    const link = await screen.findByTestId('download-link');
    expect(link.getAttribute('download')).toBe('seed-标注.xlsx');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
    expect(opened[0].copies).toBe(1);
    expect(await axe(container)).toHaveNoViolations();
  });

  test('the sample opens from the button', async () => {
    renderWeb();
    fireEvent.click(screen.getByRole('button', { name: '打开示例' }));
    await screen.findByTestId('findings');
    expect(screen.getByText('文件：seed-projects-2023.xlsx')).toBeTruthy();
  });

  test('a dropped file opens', async () => {
    renderWeb();
    const file = new File([new Uint8Array([1])], 'dropped.xlsx');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    const target = screen.getByRole('main');
    fireEvent.dragEnter(target, { dataTransfer });
    expect(screen.getByText('松开鼠标即可打开文件')).toBeTruthy();
    fireEvent.drop(target, { dataTransfer });
    await screen.findByTestId('findings');
    expect(screen.getByText('文件：dropped.xlsx')).toBeTruthy();
  });

  test('an unreadable file: error shown, the open workbook and its findings stay; no axe violations', async () => {
    let bad = false;
    const { container } = renderWeb({
      async openFile(file: File) {
        const h = new FakeFileHost(file.name);
        if (bad)
          h.readError = Object.assign(new Error('不是 Excel 文件：notes.txt'), {
            messageEn: 'Not an Excel file: notes.txt',
          });
        return h;
      },
    });
    pick('good.xlsx');
    await screen.findByTestId('findings');
    bad = true;
    pick('notes.txt');
    await screen.findByText('无法读取工作簿 · notes.txt');
    expect(screen.getByText('不是 Excel 文件：notes.txt')).toBeTruthy();
    expect(screen.getByText('文件：good.xlsx')).toBeTruthy();
    expect(screen.getByTestId('findings').querySelectorAll('button[data-finding]')).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByText('Not an Excel file: notes.txt')).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  test('a sample that cannot be fetched is reported', async () => {
    renderWeb({
      async openSample() {
        throw new Error('示例文件无法下载（HTTP 404）。');
      },
    });
    fireEvent.click(screen.getByRole('button', { name: '打开示例' }));
    await screen.findByText('无法打开示例文件');
    expect(screen.getByText('示例文件无法下载（HTTP 404）。')).toBeTruthy();
  });
});

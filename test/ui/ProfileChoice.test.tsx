/** @jest-environment jsdom */
import './jsdomPolyfills';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { CheckResult } from '../../src/core/check';
import { checkWorkbook } from '../../src/core/check';
import type { WorkbookGrid } from '../../src/core/grid';
import { BUILT_IN_PROFILE_NAMES, builtInProfile } from '../../src/core/profiles/builtin';
import { App } from '../../src/ui/App';
import { loadEngine, type EngineLoader } from '../../src/ui/engine';
import type { WebOpeners } from '../../src/ui/Pane';
import { PROFILE_STORAGE_KEY, SHIPPED_PROFILE_NAMES } from '../../src/ui/useProfile';
import { projectTable, workbook } from '../core/rules/ruleTester';
import { FakeHost } from './fakes';

/** A sample with defects the national import checks treat differently from the default. */
const grid = (): WorkbookGrid =>
  workbook(projectTable({ goal: '完成培训 提高就业', set: { A7: '产出 指标', C8: '培训合格率' } }));

class GridHost extends FakeHost {
  constructor() {
    super('web', 'sample.xlsx');
  }
  override async read(): Promise<WorkbookGrid> {
    this.reads += 1;
    return grid();
  }
}

function renderWeb(results: CheckResult[]) {
  const engine: EngineLoader = async () => {
    const e = await loadEngine();
    return {
      ...e,
      check: (wb, p) => {
        const r = e.check(wb, p);
        results.push(r);
        return r;
      },
    };
  };
  const web: WebOpeners = {
    openFile: async () => new GridHost(),
    openSample: async () => new GridHost(),
  };
  return render(<App kind="web" web={web} loadEngine={engine} initialLang="zh" />);
}

const summary = (r: CheckResult) => r.findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`).sort();

beforeEach(() => localStorage.clear());

describe('shipped profiles in the web page and pane', () => {
  test('the list offers the default and every built-in profile, named in Chinese', () => {
    expect(SHIPPED_PROFILE_NAMES).toEqual(BUILT_IN_PROFILE_NAMES);
    renderWeb([]);
    const select = screen.getByRole('combobox', { name: '选择审核配置' }) as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', '默认配置'],
      ['national', '全国预算管理一体化系统导入检查（national）'],
    ]);
    expect(select.value).toBe('');
  });

  test('choosing national checks again with the same findings as checkWorkbook with that profile; remembered', async () => {
    const results: CheckResult[] = [];
    const { unmount } = renderWeb(results);
    fireEvent.click(screen.getByRole('button', { name: '打开示例' }));
    await screen.findByTestId('findings');
    expect(summary(results[results.length - 1])).toEqual(summary(checkWorkbook(grid())));

    fireEvent.change(screen.getByRole('combobox', { name: '选择审核配置' }), {
      target: { value: 'national' },
    });
    await waitFor(() => expect(results).toHaveLength(2));
    const national = checkWorkbook(grid(), builtInProfile('national'));
    expect(summary(results[1])).toEqual(summary(national));
    // The choice matters on this sample: the import checks make errors of what the default does not.
    expect(summary(national)).not.toEqual(summary(results[0]));
    expect(national.findings.some((f) => f.rule === 'text/space-in-field' && f.severity === 'error')).toBe(
      true,
    );
    expect(screen.getByTestId('profile-name').textContent).toBe('national');
    expect(JSON.parse(localStorage.getItem(PROFILE_STORAGE_KEY)!)).toEqual({ extends: 'national' });

    // Opened again: still national, and the check uses it.
    unmount();
    const again: CheckResult[] = [];
    renderWeb(again);
    expect((screen.getByRole('combobox', { name: '选择审核配置' }) as HTMLSelectElement).value).toBe(
      'national',
    );
    fireEvent.click(screen.getByRole('button', { name: '打开示例' }));
    await screen.findByTestId('findings');
    expect(summary(again[again.length - 1])).toEqual(summary(national));

    // Back to the default: forgotten.
    fireEvent.change(screen.getByRole('combobox', { name: '选择审核配置' }), { target: { value: '' } });
    await waitFor(() => expect(again).toHaveLength(2));
    expect(summary(again[1])).toEqual(summary(checkWorkbook(grid())));
    expect(localStorage.getItem(PROFILE_STORAGE_KEY)).toBeNull();
  });

  test('a profile file that extends national is loaded and listed as the file', async () => {
    renderWeb([]);
    const json = JSON.stringify({
      name: '本局',
      extends: 'national',
      severities: { 'plan/incomplete': 'off' },
    });
    const realCreate = document.createElement.bind(document);
    let input: HTMLInputElement | null = null;
    jest.spyOn(document, 'createElement').mockImplementation((tag: string) => {
      const el = realCreate(tag);
      if (tag === 'input') {
        input = el as HTMLInputElement;
        input.click = () => {};
      }
      return el;
    });
    fireEvent.click(screen.getByTestId('profile-load'));
    jest.restoreAllMocks();
    const file = new File([json], 'bureau.json', { type: 'application/json' });
    Object.defineProperty(file, 'text', { value: async () => json });
    fireEvent.change(input!, { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('profile-name').textContent).toBe('本局'));
    const select = screen.getByRole('combobox', { name: '选择审核配置' }) as HTMLSelectElement;
    expect(select.options[select.selectedIndex].textContent).toBe('文件：本局');
  });
});

/** @jest-environment jsdom */
import './jsdomPolyfills';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { ruleDiagnostic, sheetDiagnostic } from '../../src/core/diagnostics';
import { LanguageProvider } from '../../src/ui/LanguageContext';
import { ResultsView } from '../../src/ui/ResultsView';
import type { Lang } from '../../src/ui/messages';
import type { WorkbookGrid } from '../../src/core/grid';
import { seedLikeResult } from './fakes';

function show(lang: Lang, withDiagnostics: boolean) {
  const result = seedLikeResult();
  if (withDiagnostics)
    result.diagnostics = [
      sheetDiagnostic('收入 / 支出', new Error('reader broke')),
      ruleDiagnostic('test/throws', '项目支出绩效目标表', new Error('rule broke')),
    ];
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider initial={lang}>
        <ResultsView result={result} rules={[]} checkedAt={null} onSelect={() => {}} />
      </LanguageProvider>
    </FluentProvider>,
  );
}

describe('ResultsView: diagnostics', () => {
  test('shown above the findings, one line each, in the pane language', () => {
    show('zh', true);
    const box = screen.getByTestId('diagnostics');
    expect(box.textContent).toContain('检查未完成');
    const items = box.querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toBe(
      '内部错误：工作表“收入 / 支出”读取失败，其中的表未检查（reader broke）。',
    );
    expect(items[1].textContent).toContain('规则 test/throws');
  });

  test('in English', () => {
    show('en', true);
    expect(screen.getByTestId('diagnostics').textContent).toContain('Check incomplete');
    expect(screen.getByTestId('diagnostics').textContent).toContain('Internal error: sheet "收入 / 支出"');
  });

  test('none: no box', () => {
    show('zh', false);
    expect(screen.queryByTestId('diagnostics')).toBeNull();
  });
});

describe('ResultsView: hidden sheets', () => {
  function withSheets(lang: Lang, sheets: WorkbookGrid['sheets']) {
    return render(
      <FluentProvider theme={webLightTheme}>
        <LanguageProvider initial={lang}>
          <ResultsView
            result={seedLikeResult()}
            grid={{ sheets }}
            rules={[]}
            checkedAt={null}
            onSelect={() => {}}
          />
        </LanguageProvider>
      </FluentProvider>,
    );
  }
  const sheet = (name: string, hidden?: 'hidden' | 'veryHidden') => ({
    name,
    values: [],
    merges: [],
    ...(hidden ? { hidden } : {}),
  });

  test('the summary names the hidden and very hidden sheets checked', () => {
    withSheets('zh', [sheet('项目支出绩效目标表'), sheet('隐藏副本', 'hidden'), sheet('底稿', 'veryHidden')]);
    expect(screen.getByTestId('hidden-sheets').textContent).toBe(
      '隐藏的工作表（已一并检查）：隐藏副本、底稿（深度隐藏，只能用 VBA 取消隐藏）',
    );
  });

  test('in English', () => {
    withSheets('en', [sheet('隐藏副本', 'hidden')]);
    expect(screen.getByTestId('hidden-sheets').textContent).toBe('Hidden sheets (checked too): 隐藏副本');
  });

  test('none hidden: no line', () => {
    withSheets('zh', [sheet('项目支出绩效目标表')]);
    expect(screen.queryByTestId('hidden-sheets')).toBeNull();
  });
});

/** @jest-environment jsdom */
import './jsdomPolyfills';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { ruleDiagnostic, sheetDiagnostic } from '../../src/core/diagnostics';
import { LanguageProvider } from '../../src/ui/LanguageContext';
import { ResultsView } from '../../src/ui/ResultsView';
import type { Lang } from '../../src/ui/messages';
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

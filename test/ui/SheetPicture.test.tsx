/** @jest-environment jsdom */
import './jsdomPolyfills';
import { fireEvent, render, screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import { checkWorkbook } from '../../src/core/check';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { LanguageProvider } from '../../src/ui/LanguageContext';
import { SheetPicture, type CellMark } from '../../src/ui/SheetPicture';
import { cellAt, rowContext } from '../../src/ui/findingContext';
import { listItems } from '../../src/ui/listItems';
import { readWorkbookBytes } from '../../src/xlsx/readGrid';
import { seedBytes } from '../core/fixes/fixableWorkbook';

const grid = readWorkbookBytes(seedBytes());
const result = checkWorkbook(grid);
const e62 = result.findings.findIndex((f) => f.cell === 'E62' && f.rule === 'value/vague');

describe('the sheet picture and the finding context', () => {
  test('E62: row context 一级 › 二级 › 三级 and the cell value 下降', () => {
    const f = result.findings[e62];
    expect(rowContext(result, f).split(' › ')).toHaveLength(3);
    const sheet = grid.sheets.find((s) => s.name === f.sheet);
    expect(cellAt(sheet, f.row, f.col)).toBe('下降');
  });

  test('the grid shows the selected cell aria-selected, renders only rows near the view, and a click on a mark selects its finding', async () => {
    const f = result.findings[e62];
    const sheet = grid.sheets.find((s) => s.name === f.sheet)!;
    const marks = new Map<string, CellMark>([[`${f.row},${f.col}`, { severity: f.severity, index: e62 }]]);
    const picked: number[] = [];
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <LanguageProvider initial="zh">
          <SheetPicture
            sheet={sheet}
            marks={marks}
            selected={{ row: f.row, col: f.col }}
            onSelectFinding={(i) => picked.push(i)}
            height={240}
          />
        </LanguageProvider>
      </FluentProvider>,
    );
    const gridEl = screen.getByRole('grid');
    const cell = gridEl.querySelector('[data-cell="E62"]') as HTMLElement;
    expect(cell.getAttribute('aria-selected')).toBe('true');
    expect(cell.textContent).toBe('下降');
    expect(gridEl.querySelectorAll('[role="row"]').length).toBeLessThan(sheet.values.length);
    fireEvent.click(cell);
    expect(picked).toEqual([e62]);
    expect(await axe(container)).toHaveNoViolations();
  });

  test('the list folds clean tables, groups by rule, filters by text', () => {
    const byTable = listItems(
      result,
      { severity: 'all', sheet: null, text: '' },
      'table',
      false,
      () => '',
      '工作簿',
    );
    expect(byTable.items.filter((i) => i.kind === 'clean')).toHaveLength(1);
    expect(byTable.order).toHaveLength(result.findings.length);
    const byRule = listItems(
      result,
      { severity: 'all', sheet: null, text: '' },
      'rule',
      false,
      () => '',
      '工作簿',
    );
    expect(
      byRule.items.filter((i) => i.kind === 'head').map((i) => (i as { title: string }).title),
    ).toContain('value/vague');
    const text = listItems(
      result,
      { severity: 'all', sheet: null, text: '下降' },
      'table',
      false,
      () => '',
      '工作簿',
    );
    expect(text.order).toEqual([e62]);
  });
});

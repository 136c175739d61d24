/**
 * The folder report as one self-contained page (inline CSS, no script): the
 * same four parts as the workbook (folderXlsx.ts), links relative to the page.
 */
import { escapeHtml as e } from '../core/report';
import type { FolderModel } from './folderModel';
import { fileLink, SHEETS } from './folderXlsx';
import { MSG } from './messages';
import { REASONS } from './rejectionReasons';

function bi(zh: string, en: string): string {
  return `${e(zh)} <span class="en" lang="en">${e(en)}</span>`;
}

function a(reportFile: string, file: string, sheet?: string, cell?: string): string {
  return `<a href="${e(encodeURI(fileLink(reportFile, file, sheet, cell)))}">${e(file)}</a>`;
}

function table(head: string[], rows: string[][]): string {
  return (
    `<table><thead><tr>${head.map((x) => `<th>${x}</th>`).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('') +
    '</tbody></table>'
  );
}

export function folderHtml(m: FolderModel, reportFile: string, version: string): string {
  const t = m.totals;
  const parts: string[] = [];
  parts.push(
    `<h1>${bi('审核汇总', 'Review summary')}</h1>`,
    `<p class="totals">${e(`共 ${t.files} 个文件${t.unreadable ? `（${t.unreadable} 个无法读取）` : ''}，${t.tables} 张表：错误 ${t.errors}，警告 ${t.warnings}。`)}<br><span class="en" lang="en">${e(`${t.files} files${t.unreadable ? ` (${t.unreadable} unreadable)` : ''}, ${t.tables} tables: ${t.errors} errors, ${t.warnings} warnings.`)}</span></p>`,
    `<h2 id="summary">${bi(SHEETS.summary, 'Summary')}</h2>`,
    table(
      [
        bi('文件', 'File'),
        bi('部门', 'Department'),
        bi('表数', 'Tables'),
        bi('错误', 'Errors'),
        bi('警告', 'Warnings'),
        ...REASONS.map((r) => bi(r.label.zh, r.label.en)),
        bi('无法读取的原因', 'Why unreadable'),
      ],
      [
        ...m.files.map((f) => [
          a(reportFile, f.file),
          e(f.department),
          String(f.tables),
          String(f.errors),
          String(f.warnings),
          ...REASONS.map((r) => String(f.reasons[r.id])),
          e(f.error ?? ''),
        ]),
        [
          bi('合计', 'Total'),
          '',
          String(t.tables),
          String(t.errors),
          String(t.warnings),
          ...REASONS.map((r) => String(t.reasons[r.id])),
          '',
        ],
      ],
    ),
    `<h2 id="findings">${bi(SHEETS.findings, 'Findings')}</h2>`,
    table(
      [
        bi('文件', 'File'),
        bi('部门', 'Department'),
        bi('项目', 'Project'),
        bi('单元格', 'Cell'),
        bi('级别', 'Severity'),
        bi('退回原因', 'Reason'),
        bi('问题说明', 'Finding'),
      ],
      m.findings.map((f) => [
        a(reportFile, f.file, f.sheet, f.cell),
        e(f.department),
        e([f.code, f.name].filter(Boolean).join(' ')),
        e(`${f.sheet}!${f.cell}`),
        bi(MSG.severity[f.severity].zh, MSG.severity[f.severity].en),
        e(REASONS.find((r) => r.id === f.reason)?.label.zh ?? ''),
        `${e(f.message)}<br><span class="en" lang="en">${e(f.messageEn)}</span> <code>${e(f.rule)}</code>`,
      ]),
    ),
    `<h2 id="cross">${bi(SHEETS.cross, 'Across files')}</h2>`,
    m.cross.length === 0
      ? `<p>${bi('未发现跨文件问题。', 'No cross-file findings.')}</p>`
      : m.cross
          .map(
            (c) =>
              `<p>${bi(c.text.zh, c.text.en)}</p>` +
              table(
                [bi('文件', 'File'), bi('部门', 'Department'), bi('项目', 'Project')],
                c.places.map((p) => [
                  a(reportFile, p.file),
                  e(p.department),
                  e([p.code, p.name].filter(Boolean).join(' ')),
                ]),
              ),
          )
          .join(''),
  );
  if (m.changes) {
    const kind = {
      new: ['新增项目', 'New project'],
      dropped: ['不再报送', 'Dropped project'],
      lowered: ['目标降低', 'Target lowered'],
    };
    parts.push(
      `<h2 id="changes">${bi(SHEETS.changes, 'Against last year')}</h2>`,
      m.changes.length === 0
        ? `<p>${bi('与上年相比没有变化。', 'No changes against last year.')}</p>`
        : table(
            [
              bi('变化', 'Change'),
              bi('部门', 'Department'),
              bi('项目', 'Project'),
              bi('指标', 'Indicator'),
              bi('上年', 'Last year'),
              bi('今年', 'This year'),
              bi('文件', 'File'),
            ],
            m.changes.map((c) => [
              bi(kind[c.kind][0], kind[c.kind][1]),
              e(c.department),
              e([c.code, c.name].filter(Boolean).join(' ')),
              e(c.indicator ?? ''),
              e(c.before ?? ''),
              e(c.after ?? ''),
              a(reportFile, c.file, c.sheet, c.cell),
            ]),
          ),
    );
  }
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="generator" content="kpicheck ${e(version)}">
<title>审核汇总 Review summary</title>
<style>
body{font-family:"Microsoft YaHei","PingFang SC",sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:13px}
th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#e8eef7}.en{color:#666;font-size:90%}code{color:#888}
</style></head><body>
${parts.join('\n')}
</body></html>
`;
}

/**
 * The findings of a folder of workbooks as ONE self-contained HTML page:
 * inline CSS, no script, no external resource of any kind (a
 * Content-Security-Policy of `default-src 'none'` says so to the browser
 * too), so it can be mailed, archived or opened offline.
 *
 * Layout: a summary (totals per severity; per file its tables and counts,
 * with a totals row), then per file its tables, each with its findings
 * (cell, severity, rule, the Chinese message with the English one in a
 * smaller line below). Printable: A4 landscape, headings kept with their
 * findings.
 *
 * Hooks for tests and tools: `data-file`, `data-code` (project code),
 * `data-rule`, `data-severity`, `data-sheet`, `data-cell` attributes.
 */
import type { CheckResult } from '../check';
import type { Severity } from '../findings';
import { rangeA1 } from '../grid';
import { SEVERITY_FILLS } from '../palette';
import {
  countBySeverity,
  reviewRows,
  SEVERITIES,
  SEVERITY_LABEL,
  tableFieldText,
  type Counts,
  type ReviewRow,
} from './rows';
import type { ReportFile } from './types';

export interface HtmlOptions {
  /** Page title (default 绩效目标表审核报告). */
  title?: string;
  /** Shown as the time of the report (default: now). */
  generatedAt?: Date;
  /** Tool version, shown in the footer. */
  version?: string;
}

export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function formatTime(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function bi(zh: string, en: string): string {
  return `${escapeHtml(zh)} <span class="en" lang="en">${escapeHtml(en)}</span>`;
}

const CSS = `
:root{color-scheme:light;--fg:#1b1b1b;--muted:#5c5c5c;--line:#d6d6d6;--head:#f3f3f3;
--error:${SEVERITY_FILLS.error.hex};--warning:${SEVERITY_FILLS.warning.hex};--info:${SEVERITY_FILLS.info.hex}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1200px;padding:24px;font:14px/1.55 "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif;color:var(--fg);background:#fff}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:18px;margin:32px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--fg);overflow-wrap:anywhere}
h3{font-size:15px;margin:20px 0 6px}
.en{font-size:.82em;color:var(--muted);font-weight:normal}
div.en{margin-top:2px}
.meta{color:var(--muted);margin:0 0 16px}
.chips{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0 16px;padding:0;list-style:none}
.chip{border:1px solid var(--line);border-radius:6px;padding:6px 12px;min-width:8em}
.chip b{font-size:20px;display:block}
.sev{display:inline-block;white-space:nowrap;border-radius:4px;padding:0 6px;border:1px solid rgba(0,0,0,.25);color:#000}
.sev-error{background:var(--error)}.sev-warning{background:var(--warning)}.sev-info{background:var(--info)}
table{border-collapse:collapse;width:100%;margin:4px 0 8px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--head);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.cell,td.rule{font-family:ui-monospace,Consolas,"Courier New",monospace;font-size:12.5px;white-space:nowrap}
td.msg{overflow-wrap:anywhere;min-width:18em}
tfoot td{font-weight:600;background:var(--head)}
.file-error{border-left:4px solid var(--error);background:#fdf1ea;padding:8px 12px}
.clean{color:var(--muted)}
a{color:#0b57a4}
.where{color:var(--muted);font-weight:normal;font-size:13px}
footer{margin-top:40px;color:var(--muted);font-size:12px}
@media print{
@page{size:A4 landscape;margin:12mm}
body{max-width:none;padding:0;font-size:11pt}
a{color:inherit;text-decoration:none}
h2{break-before:page;break-after:avoid}
h3{break-after:avoid}
tr{break-inside:avoid}
thead{display:table-header-group}
.sev{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

interface FileTotals {
  tables: number;
  counts: Counts;
}

function totalsOf(result: CheckResult | null): FileTotals {
  return { tables: result?.tables.length ?? 0, counts: countBySeverity(result?.findings ?? []) };
}

function sum(c: Counts): number {
  return c.error + c.warning + c.info;
}

function sevBadge(s: Severity): string {
  return `<span class="sev sev-${s}">${escapeHtml(SEVERITY_LABEL[s].zh)} <span lang="en">${escapeHtml(SEVERITY_LABEL[s].en)}</span></span>`;
}

function findingRows(rows: readonly ReviewRow[], showSheet: boolean): string {
  const body = rows
    .map(
      (r) =>
        `<tr data-rule="${escapeHtml(r.rule)}" data-severity="${r.severity}" data-sheet="${escapeHtml(r.sheet)}" data-cell="${escapeHtml(r.cell)}">` +
        `<td class="cell">${showSheet ? `${escapeHtml(r.sheet)}!` : ''}${escapeHtml(r.cell)}</td>` +
        `<td>${sevBadge(r.severity)}</td>` +
        `<td class="rule">${escapeHtml(r.rule)}</td>` +
        `<td class="msg"><div lang="zh-CN">${escapeHtml(r.message)}</div><div class="en" lang="en">${escapeHtml(r.messageEn)}</div>` +
        (r.fix
          ? `<div class="en">${escapeHtml(r.fix.label)}：“${escapeHtml(r.fix.from)}” → “${escapeHtml(r.fix.to)}”</div>`
          : '') +
        `</td></tr>`,
    )
    .join('\n');
  return (
    `<table class="findings"><thead><tr><th scope="col">${bi('单元格', 'Cell')}</th><th scope="col">${bi('级别', 'Severity')}</th>` +
    `<th scope="col">${bi('规则', 'Rule')}</th><th scope="col">${bi('问题说明', 'Finding')}</th></tr></thead>\n<tbody>\n${body}\n</tbody></table>`
  );
}

function fileSection(f: ReportFile, index: number): string {
  const id = `file-${index + 1}`;
  const parts: string[] = [
    `<section class="file" id="${id}" data-file="${escapeHtml(f.file)}">`,
    `<h2>${escapeHtml(f.file)}</h2>`,
  ];
  if (f.error || !f.result) {
    const e = f.error?.text ?? { zh: '文件未能检查。', en: 'The file was not checked.' };
    parts.push(
      `<p class="file-error" data-rule="file/unreadable"><span lang="zh-CN">${escapeHtml(e.zh)}</span><br><span class="en" lang="en">${escapeHtml(e.en)}</span></p>`,
    );
    parts.push('</section>');
    return parts.join('\n');
  }
  const result = f.result;
  const rows = reviewRows(result);
  if (result.tables.length === 0) {
    parts.push(
      `<p class="clean">${bi('没有在工作簿中识别出绩效目标表。', 'No performance target table was found in this workbook.')}</p>`,
    );
  }
  result.tables.forEach((t, ti) => {
    const code = tableFieldText(t, 'code');
    const name = tableFieldText(t, 'name');
    const own = rows.filter((r) => r.table === ti);
    const c = countBySeverity(own);
    const title = [code, name].filter(Boolean).join(' ') || '（未命名的表）';
    parts.push(`<section class="table" data-code="${escapeHtml(code)}" data-table="${ti}">`);
    parts.push(
      `<h3>${escapeHtml(title)} <span class="where">${escapeHtml(t.sheet)}!${escapeHtml(rangeA1(t.range))} · ` +
        `${own.length === 0 ? bi('未发现问题', 'no findings') : `${SEVERITIES.map((s) => `${SEVERITY_LABEL[s].zh} ${c[s]}`).join('，')}`}</span></h3>`,
    );
    if (own.length > 0) parts.push(findingRows(own, false));
    parts.push('</section>');
  });
  const loose = rows.filter((r) => r.table < 0);
  if (loose.length > 0) {
    parts.push(
      `<section class="table" data-code="" data-table="-1"><h3>${bi('工作簿级问题', 'Workbook-level findings')}</h3>`,
    );
    parts.push(findingRows(loose, true));
    parts.push('</section>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

function summary(files: readonly ReportFile[]): string {
  const totals = files.map((f) => totalsOf(f.result));
  const all: Counts = { error: 0, warning: 0, info: 0 };
  let tables = 0;
  for (const t of totals) {
    tables += t.tables;
    for (const s of SEVERITIES) all[s] += t.counts[s];
  }
  const unreadable = files.filter((f) => f.error || !f.result).length;
  const chips =
    `<ul class="chips" data-testid="totals">` +
    `<li class="chip" data-total="findings"><b>${sum(all)}</b>${bi('问题', 'findings')}</li>` +
    SEVERITIES.map((s) => `<li class="chip" data-total="${s}"><b>${all[s]}</b>${sevBadge(s)}</li>`).join('') +
    `<li class="chip" data-total="tables"><b>${tables}</b>${bi('张表', 'tables')}</li>` +
    `<li class="chip" data-total="files"><b>${files.length}</b>${bi('个文件', 'files')}${unreadable ? `（${bi(`${unreadable} 个无法读取`, `${unreadable} unreadable`)}）` : ''}</li>` +
    `</ul>`;
  const body = files
    .map((f, i) => {
      const t = totals[i];
      const status =
        f.error || !f.result
          ? `<td colspan="5">${bi('无法读取', 'unreadable')}</td>`
          : `<td class="num">${t.tables}</td>${SEVERITIES.map((s) => `<td class="num">${t.counts[s]}</td>`).join('')}<td class="num">${sum(t.counts)}</td>`;
      return `<tr data-file="${escapeHtml(f.file)}"><td><a href="#file-${i + 1}">${escapeHtml(f.file)}</a></td>${status}</tr>`;
    })
    .join('\n');
  return (
    `<section class="summary"><h2 style="break-before:auto">${bi('汇总', 'Summary')}</h2>${chips}` +
    `<table class="per-file"><thead><tr><th scope="col">${bi('文件', 'File')}</th><th scope="col" class="num">${bi('表', 'Tables')}</th>` +
    SEVERITIES.map(
      (s) => `<th scope="col" class="num">${bi(SEVERITY_LABEL[s].zh, SEVERITY_LABEL[s].en)}</th>`,
    ).join('') +
    `<th scope="col" class="num">${bi('合计', 'Total')}</th></tr></thead>\n<tbody>\n${body}\n</tbody>` +
    `<tfoot><tr><td>${bi('合计', 'Total')}</td><td class="num">${tables}</td>${SEVERITIES.map((s) => `<td class="num">${all[s]}</td>`).join('')}<td class="num">${sum(all)}</td></tr></tfoot></table></section>`
  );
}

export function toHtml(files: readonly ReportFile[], options: HtmlOptions = {}): string {
  const title = options.title ?? '绩效目标表审核报告';
  const when = formatTime(options.generatedAt ?? new Date());
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kpicheck${options.version ? ` ${escapeHtml(options.version)}` : ''}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)} <span class="en" lang="en">KPI Sheet Checker report</span></h1>
<p class="meta">${bi(`生成时间：${when}`, `Generated ${when}`)}</p>
</header>
<main>
${summary(files)}
${files.map(fileSection).join('\n')}
</main>
<footer>${bi('由“绩效目标表审核”生成；只检查可机读的形式问题，内容是否合理仍需人工审核。', 'Made by KPI Sheet Checker; it checks mechanical defects only, the substance still needs a reviewer.')}</footer>
</body>
</html>
`;
}

/**
 * What the add-in's pane says when it cannot talk to Excel, instead of
 * silently turning into the file-opening web page:
 *  - 'missing': Office.js did not load (an intranet blocking Microsoft's CDN,
 *    no network): names Office.js, offers a retry and the web page;
 *  - 'late': Office.onReady did not answer in time: the same, with retry;
 *  - 'host': the page was opened outside Excel (a browser): points to the web page.
 * Plain DOM, so it shows even when the pane's React code cannot start.
 */
export type OfficeProblem = 'missing' | 'late' | 'host';

const TEXT: Record<OfficeProblem, { zh: string; en: string }> = {
  missing: {
    zh: 'Office.js 未能加载，加载项无法连接 Excel。可能是网络不通，或单位网络屏蔽了微软的 Office.js 地址（请管理员按部署说明在内网提供 Office.js）。',
    en: "Office.js did not load, so the add-in cannot talk to Excel. The network may be down, or your organisation's network blocks Microsoft's Office.js address (an administrator can serve Office.js inside the intranet, see the deployment notes).",
  },
  late: {
    zh: 'Office.js 已加载，但 Excel 迟迟没有响应（Office.onReady 超时）。请稍候重试；如果一直如此，请重新打开工作簿。',
    en: 'Office.js loaded but Excel did not answer (Office.onReady timed out). Retry in a moment; if it keeps happening, reopen the workbook.',
  },
  host: {
    zh: '这是 Excel 加载项的任务窗格，需要在 Excel 中打开。在浏览器中检查文件请使用网页版。',
    en: 'This is the task pane of an Excel add-in and must be opened in Excel. To check files in a browser, use the web page.',
  },
};

/** The web page beside this page (index.html in the same folder). */
export function webPageUrl(href: string): string {
  return `${href.replace(/[?#].*$/, '').replace(/[^/]*$/, '')}index.html`;
}

export function showOfficeProblem(
  root: HTMLElement,
  problem: OfficeProblem,
  options: { href?: string; retry?: () => void } = {},
): void {
  const doc = root.ownerDocument;
  const web = webPageUrl(options.href ?? doc.location?.href ?? '');
  root.replaceChildren();
  const box = doc.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'font-family:sans-serif;padding:16px;line-height:1.6';
  const para = (text: string, lang: string) => {
    const p = doc.createElement('p');
    p.lang = lang;
    p.textContent = text;
    box.append(p);
  };
  para(TEXT[problem].zh, 'zh-CN');
  para(TEXT[problem].en, 'en');
  if (problem !== 'host') {
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = '重试 Retry';
    button.addEventListener('click', () => (options.retry ?? (() => doc.location.reload()))());
    box.append(button);
  }
  const p = doc.createElement('p');
  p.append('网页版 Web page: ');
  const a = doc.createElement('a');
  a.href = web;
  a.target = '_blank';
  a.rel = 'noopener';
  a.textContent = web;
  p.append(a);
  box.append(p);
  root.append(box);
}

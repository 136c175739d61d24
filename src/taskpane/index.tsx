/**
 * Entry of both pages (taskpane.html inside Excel, index.html in a browser).
 * Host detection: if Office.js is on the page (taskpane.html loads it) and
 * Office.onReady reports the Excel host, the pane talks to the open workbook
 * through ExcelHost; otherwise it is the web page, working on files.
 */
import { createRoot } from 'react-dom/client';
import type { ComponentProps } from 'react';
import { App } from '../ui/App';
import { webOpeners } from '../web/openers';

type AppProps = ComponentProps<typeof App>;

/** Long enough for a slow Excel start; outside Office onReady answers at once (host null). */
const OFFICE_READY_TIMEOUT_MS = 10_000;

function officeGlobal(): typeof Office | undefined {
  const o = (window as { Office?: typeof Office }).Office;
  return o && typeof o.onReady === 'function' ? o : undefined;
}

async function excelProps(office: typeof Office): Promise<AppProps | null> {
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)),
  ]);
  if (!info || String(info.host) !== 'Excel') return null;
  const { ExcelHost } = await import(/* webpackChunkName: "excel-host" */ '../addin/excelHost');
  return {
    kind: 'excel',
    host: new ExcelHost(),
    officeBackground: office.context?.officeTheme?.bodyBackgroundColor,
  };
}

async function main() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const office = officeGlobal();
  const excel =
    office &&
    (await excelProps(office).catch((err: unknown) => {
      console.error('Excel host could not start; showing the web page.', err);
      return null;
    }));
  const props: AppProps = excel || { kind: 'web', web: webOpeners };
  root.render(<App {...props} />);
}

void main();

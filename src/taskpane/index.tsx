/**
 * Entry of both pages (taskpane.html inside Excel, index.html in a browser).
 *
 * index.html is the web page: it works on files. taskpane.html is the add-in:
 * its inline guard marks it (`__kpiAddinPage`) and, on IE11/EdgeHTML webviews
 * (Office 2016/2019), has already explained that this Office cannot run it.
 * The add-in page talks to the open workbook through ExcelHost once
 * Office.onReady reports Excel; when Office.js is missing, onReady is late or
 * the host is not Excel, it says so (officeNotice.ts) with a retry and the web
 * page, and never silently becomes the file page.
 */
import { createRoot } from 'react-dom/client';
import type { ComponentProps } from 'react';
import { App } from '../ui/App';
import { webOpeners } from '../web/openers';
import { showOfficeProblem, type OfficeProblem } from './officeNotice';

type AppProps = ComponentProps<typeof App>;

/** Long enough for a slow Excel start. */
const OFFICE_READY_TIMEOUT_MS = 10_000;

interface PageFlags {
  __kpiAddinPage?: boolean;
  __kpiUnsupportedHost?: boolean;
  Office?: typeof Office;
}

function officeGlobal(): typeof Office | undefined {
  const o = (window as PageFlags).Office;
  return o && typeof o.onReady === 'function' ? o : undefined;
}

async function excelProps(office: typeof Office): Promise<AppProps | OfficeProblem> {
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)),
  ]);
  if (!info) return 'late';
  if (String(info.host) !== 'Excel') return 'host';
  const { ExcelHost } = await import(/* webpackChunkName: "excel-host" */ '../addin/excelHost');
  return {
    kind: 'excel',
    host: new ExcelHost(),
    officeBackground: office.context?.officeTheme?.bodyBackgroundColor,
  };
}

async function main() {
  const flags = window as PageFlags;
  const element = document.getElementById('root') as HTMLElement;
  if (flags.__kpiUnsupportedHost) return; // the inline guard has explained it
  if (!flags.__kpiAddinPage) {
    createRoot(element).render(<App kind="web" web={webOpeners} />);
    return;
  }
  const office = officeGlobal();
  if (!office) {
    showOfficeProblem(element, 'missing');
    return;
  }
  const props = await excelProps(office).catch((err: unknown) => {
    console.error('Excel host could not start.', err);
    return 'late' as const;
  });
  if (typeof props === 'string') {
    showOfficeProblem(element, props);
    return;
  }
  createRoot(element).render(<App {...props} />);
}

void main();

/**
 * The backend in a browser page (npm run test:excel): loaded after
 * Microsoft's Excel client script, it answers the client's requests from a
 * Workbook built from .xlsx bytes, and stands in for what the Office host
 * gives a pane: Office.onReady answering Excel, the requirement sets, the
 * document's URL. Exposed as `window.excelBackend` for the test to drive.
 */
import { installNotesShim } from './notesShim';
import { RichApiBackend } from './richApi';
import { selectInWorkbook, selectionMessage, specsFromXlsx, Workbook } from './workbook';

/* eslint-disable @typescript-eslint/no-explicit-any */
const w = window as any;

function install(xlsxBase64: string) {
  const bytes = Uint8Array.from(atob(xlsxBase64), (c) => c.charCodeAt(0));
  const wb = new Workbook(specsFromXlsx(bytes));
  const backend = new RichApiBackend(wb);
  const OE = w.OfficeExtension;
  installNotesShim(w.Excel, OE);
  OE.ClientRequestContext.defaultRequestUrlAndHeaders = {
    url: 'https://excel-backend.invalid/',
    headers: {},
  };
  OE._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  OE.HttpUtility.setCustomSendRequestFunc((request: { url: string; body: unknown }) => {
    const flags = Number(/flags=(-?\d+)/.exec(request.url)?.[1] ?? 0);
    const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    // Asynchronous like a real round trip.
    return new Promise((resolve) =>
      setTimeout(
        () => resolve({ statusCode: 200, headers: {}, body: JSON.stringify(backend.process(text, flags)) }),
        0,
      ),
    );
  });
  const office = w.Office;
  void office.context;
  office.onReady = () => Promise.resolve({ host: 'Excel', platform: 'PC' });
  // Office.context reads OSF._OfficeAppFactory.getContext(), which the host would initialise.
  const context = {
    requirements: { isSetSupported: () => true },
    document: { url: 'https://example.invalid/seed-projects-2023.xlsx' },
  };
  w.OSF._OfficeAppFactory = { ...(w.OSF._OfficeAppFactory ?? {}), getContext: () => context };
  w.excelBackend = {
    wb,
    backend,
    snapshot: () => wb.snapshot(),
    syncs: () => backend.syncs.filter((s) => !s.bookkeeping).length,
    fireChanged(worksheetId: string, address: string) {
      const message = JSON.stringify({
        changeType: 'RangeEdited',
        source: 'Local',
        shiftDirection: 'None',
        worksheetId,
        address,
      });
      OE._testTriggerRichApiMessageEvent({
        entries: [{ messageCategory: 65536, messageType: 10, targetId: 'Workbook', message }],
      });
    },
    fireSelectionChanged(worksheetId: string, address: string) {
      selectInWorkbook(wb, worksheetId, address);
      OE._testTriggerRichApiMessageEvent(selectionMessage({ worksheetId, address }));
    },
  };
}

w.installExcelBackend = install;

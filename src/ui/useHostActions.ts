/**
 * The pane's actions on the workbook besides checking: mark / clear marks
 * (Excel), the annotated copy (web page), and going to a finding's cell.
 * Failures become notices; nothing is thrown at the components.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../core/findings';
import type { WorkbookHost } from '../host/types';
import { errorText, type NewNotice } from './notices';
import { saveDownload } from './saveDownload';

export type HostBusy = 'highlight' | 'clear' | 'copy' | null;

export interface DownloadLink {
  name: string;
  url: string;
}

export function useHostActions(host: WorkbookHost | null, notify: (n: NewNotice) => void) {
  const [busy, setBusy] = useState<HostBusy>(null);
  const [download, setDownload] = useState<DownloadLink | null>(null);

  // A new workbook makes the old copy's link stale; revoke URLs no longer shown.
  useEffect(() => setDownload(null), [host]);
  useEffect(() => () => { if (download) URL.revokeObjectURL(download.url); }, [download]);

  const highlight = useCallback(
    async (findings: readonly Finding[]) => {
      if (!host) return;
      setBusy('highlight');
      try {
        const res = await host.highlight(findings);
        notify({ intent: 'success', title: (t) => t.marked(res.marked) });
        for (const s of res.skipped) {
          notify({ intent: 'warning', title: (t) => t.skippedSheet(s.sheet, s.reason) });
        }
      } catch (err) {
        notify({ intent: 'error', title: (t) => t.highlightError, body: errorText(err) });
      } finally {
        setBusy(null);
      }
    },
    [host, notify],
  );

  const clear = useCallback(async () => {
    if (!host) return;
    setBusy('clear');
    try {
      await host.clear();
      notify({ intent: 'success', title: (t) => t.cleared });
    } catch (err) {
      notify({ intent: 'error', title: (t) => t.clearError, body: errorText(err) });
    } finally {
      setBusy(null);
    }
  }, [host, notify]);

  const downloadCopy = useCallback(
    async (findings: readonly Finding[]) => {
      if (!host?.annotatedCopy) return;
      setBusy('copy');
      try {
        const copy = await host.annotatedCopy(findings);
        setDownload({ name: copy.name, url: saveDownload(copy.name, copy.data) });
      } catch (err) {
        notify({ intent: 'error', title: (t) => t.copyError, body: errorText(err) });
      } finally {
        setBusy(null);
      }
    },
    [host, notify],
  );

  const select = useCallback(
    (f: Finding) => {
      host?.select(f.sheet, f.cell).catch((err: unknown) => notify({ intent: 'warning', title: () => `${f.sheet}!${f.cell}`, body: errorText(err) }));
    },
    [host, notify],
  );

  return { busy, download, highlight, clear, downloadCopy, select };
}

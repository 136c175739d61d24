/**
 * The pane's actions on the workbook besides checking: mark / clear marks
 * (Excel), the annotated copy (web page), going to a finding's cell, and the
 * edits: 生成审核结果, one-click fixes and their undo, a template, library
 * indicators. After an edit the workbook is checked again, so the findings
 * on screen are current; in the web page an edit's new workbook (a fixed
 * copy, a template) is downloaded and opened as the current file.
 * Failures and refusals become notices; nothing is thrown at the components.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CheckResult } from '../core/check';
import type { Finding } from '../core/findings';
import type { FixEdit } from '../core/fixes/plan';
import type { LibraryIndicator } from '../core/library/types';
import type { TemplateKind } from '../core/templates/types';
import type { HostFile, HostReason, TemplateInsertResult, WorkbookHost } from '../host/types';
import type { Lang, Messages } from './messages';
import { errorText, type NewNotice } from './notices';
import { saveDownload } from './saveDownload';

export type HostBusy =
  'highlight' | 'clear' | 'copy' | 'review' | 'fix' | 'undo' | 'template' | 'indicators' | null;

export interface DownloadLink {
  name: string;
  url: string;
}

/** A fix not made, by cell (shown under the fix in the list). */
export type FixNote = HostReason & { sheet: string; cell: string };

export interface EditOptions {
  /** Checks the host again; resolves to the result, or null when the check failed (already reported). */
  recheck(host: WorkbookHost): Promise<CheckResult | null>;
  /** Web page: checks a workbook an edit made and makes it the current one. */
  adopt(next: WorkbookHost): Promise<boolean>;
  /** Web page without an open file: a new workbook from a template. */
  newFromTemplate?(kind: TemplateKind, year: number): Promise<TemplateInsertResult>;
}

/** Reasons as one notice body, one per line, in both languages. */
function reasonsBody(list: readonly HostReason[]): Record<Lang, string> {
  return { zh: list.map((r) => r.reason).join('\n'), en: list.map((r) => r.reasonEn).join('\n') };
}

function joinFeatures(t: Messages, skipped: readonly string[]): string {
  return skipped
    .map((f) => (f === 'validation' ? t.featureValidation : t.featurePageLayout))
    .join(t.featureJoin);
}

export function useHostActions(
  host: WorkbookHost | null,
  notify: (n: NewNotice) => void,
  edits?: EditOptions,
) {
  const [busy, setBusy] = useState<HostBusy>(null);
  const [download, setDownload] = useState<DownloadLink | null>(null);
  /** Fixed cells "撤销修正" can restore (Excel); null until known. */
  const [undoable, setUndoable] = useState<number | null>(null);
  const [fixNotes, setFixNotes] = useState<FixNote[]>([]);
  const [fixStatus, setFixStatus] = useState<((t: Messages) => string) | null>(null);

  // Revoke URLs no longer shown.
  useEffect(
    () => () => {
      if (download) URL.revokeObjectURL(download.url);
    },
    [download],
  );
  // Another workbook: its undo state is its own.
  const [undoHost, setUndoHost] = useState(host);
  if (undoHost !== host) {
    setUndoHost(host);
    setUndoable(null);
  }

  const offer = useCallback(
    (file: HostFile) => setDownload({ name: file.name, url: saveDownload(file.name, file.data) }),
    [],
  );

  /** Forgets what belonged to the workbook open before (another file was opened). */
  const reset = useCallback(() => {
    setDownload(null);
    setFixNotes([]);
    setFixStatus(null);
  }, []);

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
        offer(await host.annotatedCopy(findings));
      } catch (err) {
        notify({ intent: 'error', title: (t) => t.copyError, body: errorText(err) });
      } finally {
        setBusy(null);
      }
    },
    [host, notify, offer],
  );

  const select = useCallback(
    (f: Pick<Finding, 'sheet' | 'cell'>) => {
      host
        ?.select(f.sheet, f.cell)
        .catch((err: unknown) =>
          notify({ intent: 'warning', title: () => `${f.sheet}!${f.cell}`, body: errorText(err) }),
        );
    },
    [host, notify],
  );

  /** 生成审核结果: a sheet in Excel, a copy to download in the web page. */
  const reviewSheet = useCallback(
    async (result: CheckResult, lang: Lang) => {
      if (!host?.writeReviewSheet) return;
      setBusy('review');
      try {
        const res = await host.writeReviewSheet(result, { lang });
        if (res.file) offer(res.file);
        else
          notify({
            intent: 'success',
            title: (t) => (res.replaced ? t.reviewReplaced : t.reviewWritten)(res.sheet, res.rows),
          });
      } catch (err) {
        notify({ intent: 'error', title: (t) => t.reviewError, body: errorText(err) });
      } finally {
        setBusy(null);
      }
    },
    [host, notify, offer],
  );

  /** How many fixes undo can restore, asked of the host (Excel); quietly unknown on failure. */
  const refreshUndoable = useCallback(async () => {
    if (!host?.undoableFixes) return;
    try {
      setUndoable(await host.undoableFixes());
    } catch {
      setUndoable(null);
    }
  }, [host]);

  const applyFixes = useCallback(
    async (list: readonly FixEdit[]) => {
      if (!host?.applyFixes || !edits) return;
      if (list.length === 0) {
        notify({ intent: 'info', title: (t) => t.fixesNone });
        return;
      }
      setBusy('fix');
      try {
        const res = await host.applyFixes(list);
        setFixNotes(
          res.refused.map((r) => ({
            sheet: r.edit.sheet,
            cell: r.edit.cell,
            reason: r.reason,
            reasonEn: r.reasonEn,
          })),
        );
        if (typeof res.undoable === 'number') setUndoable(res.undoable);
        const n = res.applied.length;
        for (const b of res.blocked)
          notify({ intent: 'error', title: (t) => t.fixBlocked, body: { zh: b.reason, en: b.reasonEn } });
        if (res.refused.length > 0 && res.blocked.length === 0) {
          notify({
            intent: 'warning',
            title: (t) => t.fixesRefused(res.refused.length),
            body: reasonsBody(res.refused),
          });
        }
        if (res.file) offer(res.file);
        if (res.opened) {
          const opened = res.opened;
          if (await edits.adopt(opened))
            notify({ intent: 'success', title: (t) => t.fixedCopyOpened(n, opened.title()) });
        } else {
          if (n > 0) notify({ intent: 'success', title: (t) => t.fixesApplied(n) });
          // The cells may have changed since the check (that is one reason for a refusal): check again either way.
          await edits.recheck(host);
        }
        setFixStatus(() =>
          res.blocked.length > 0
            ? (t: Messages) => t.fixBlocked
            : n > 0
              ? (t: Messages) => t.fixesApplied(n)
              : (t: Messages) => t.fixesNone,
        );
      } catch (err) {
        notify({ intent: 'error', title: (t) => t.fixError, body: errorText(err) });
      } finally {
        setBusy(null);
      }
    },
    [host, notify, edits, offer],
  );

  const undoFixes = useCallback(async () => {
    if (!host?.undoFixes || !edits) return;
    setBusy('undo');
    try {
      const res = await host.undoFixes();
      setUndoable(res.remaining);
      setFixNotes([]);
      for (const b of res.blocked)
        notify({ intent: 'error', title: (t) => t.undoBlocked, body: { zh: b.reason, en: b.reasonEn } });
      if (res.leftAlone.length > 0)
        notify({
          intent: 'warning',
          title: (t) => t.undoLeftAlone(res.leftAlone.length),
          body: reasonsBody(res.leftAlone),
        });
      if (res.blocked.length === 0) {
        const n = res.restored;
        notify({ intent: n > 0 ? 'success' : 'info', title: (t) => (n > 0 ? t.undone(n) : t.undoNothing) });
        setFixStatus(() => (t: Messages) => (n > 0 ? t.undone(n) : t.undoNothing));
      } else {
        setFixStatus(() => (t: Messages) => t.undoBlocked);
      }
      await edits.recheck(host);
    } catch (err) {
      notify({ intent: 'error', title: (t) => t.undoError, body: errorText(err) });
    } finally {
      setBusy(null);
    }
  }, [host, notify, edits]);

  /** A template: a new sheet (Excel) or a new workbook, downloaded and opened (web page). Resolves to whether it was made. */
  const insertTemplate = useCallback(
    async (kind: TemplateKind, year: number): Promise<boolean> => {
      const make = host?.insertTemplate ? host.insertTemplate.bind(host) : edits?.newFromTemplate;
      if (!make || !edits) return false;
      setBusy('template');
      try {
        const res = await make(kind, year);
        if (res.skipped.length > 0)
          notify({ intent: 'info', title: (t) => t.templateSkipped(joinFeatures(t, res.skipped)) });
        if (res.file) offer(res.file);
        if (res.opened) {
          const opened = res.opened;
          const ok = await edits.adopt(opened);
          if (ok) notify({ intent: 'success', title: (t) => t.templateCreated(opened.title()) });
          return ok;
        }
        if (host) await edits.recheck(host);
        notify({ intent: 'success', title: (t) => t.templateInserted(res.sheet) });
        return true;
      } catch (err) {
        notify({ intent: 'error', title: (t) => t.templateError, body: errorText(err) });
        return false;
      } finally {
        setBusy(null);
      }
    },
    [host, notify, edits, offer],
  );

  /** Library indicators (Excel). Resolves to false when nothing was inserted (the notice says why). */
  const insertIndicators = useCallback(
    async (indicators: readonly LibraryIndicator[]): Promise<boolean> => {
      if (!host?.insertIndicators || !edits) return false;
      setBusy('indicators');
      try {
        const res = await host.insertIndicators(indicators);
        if (res.skipped.length > 0) {
          const names = indicators.filter((i) => res.skipped.includes(i.id)).map((i) => i.name);
          notify({ intent: 'warning', title: (t) => t.indicatorsSkipped(names.join(t.listSeparator)) });
        }
        await edits.recheck(host);
        notify({ intent: 'success', title: (t) => t.indicatorsInserted(res.written, res.sheet) });
        return true;
      } catch (err) {
        notify({ intent: 'error', title: (t) => t.indicatorsError, body: errorText(err) });
        return false;
      } finally {
        setBusy(null);
      }
    },
    [host, notify, edits],
  );

  return {
    busy,
    download,
    reset,
    highlight,
    clear,
    downloadCopy,
    select,
    reviewSheet,
    undoable,
    refreshUndoable,
    fixNotes,
    fixStatus,
    applyFixes,
    undoFixes,
    insertTemplate,
    insertIndicators,
  };
}

/**
 * The pane's content and state: the host (fixed in Excel; the opened file in
 * the web page), the last check, the notices and the live-check switch.
 * The result view (filter, selection) is ResultsView's.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { HostKind, WorkbookHost } from '../host/types';
import { ActionBar } from './ActionBar';
import { DownloadFallbackLink } from './DownloadFallbackLink';
import { EmptyState } from './EmptyState';
import type { EngineLoader } from './engine';
import { FileDropArea } from './FileDropArea';
import { canNotifyChanges } from './hostCapabilities';
import { useLanguage } from './LanguageContext';
import { LazyNoticeStack, LazyResultsView, prefetchViews } from './lazyViews';
import { errorText } from './notices';
import { PaneHeader } from './PaneHeader';
import { useChecker } from './useChecker';
import { useHostActions } from './useHostActions';
import { useLiveCheck } from './useLiveCheck';
import { useNotices } from './useNotices';
import { WebFileBar } from './WebFileBar';

/** How the web page gets a host: a file from disk or the bundled sample. */
export interface WebOpeners {
  openFile(file: File): Promise<WorkbookHost>;
  openSample(): Promise<WorkbookHost>;
}

export interface PaneProps {
  kind: HostKind;
  /** The Excel workbook; in the web page, a file already open (or none). */
  host?: WorkbookHost | null;
  web?: WebOpeners;
  loadEngine: EngineLoader;
}

/** A number per host object: the result view's key, so a new workbook starts it afresh. */
const hostKeys = new WeakMap<WorkbookHost, number>();
let hostCount = 0;
function hostKey(host: WorkbookHost | null): number {
  if (!host) return 0;
  if (!hostKeys.has(host)) hostKeys.set(host, ++hostCount);
  return hostKeys.get(host) as number;
}

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '760px',
    marginInline: 'auto',
    boxSizing: 'border-box',
  },
});

export function Pane({ kind, host: initialHost = null, web, loadEngine }: PaneProps) {
  const { t } = useLanguage();
  const s = useStyles();
  const { notices, push, dismiss } = useNotices();
  const [host, setHost] = useState<WorkbookHost | null>(initialHost);
  const [opening, setOpening] = useState(false);
  const [live, setLive] = useState(false);
  const checker = useChecker(loadEngine, push);
  const actions = useHostActions(host, push);
  const { result, engine, check } = checker;

  useLiveCheck(
    kind === 'excel' ? host : null,
    live,
    () => host && void check(host),
    (err) => {
      setLive(false);
      push({ intent: 'error', title: (m) => m.liveError, body: errorText(err) });
    },
  );

  // Once the pane is up, fetch the rules and the result view in the background, so 检查 answers at once.
  useEffect(() => {
    const id = setTimeout(() => {
      loadEngine().catch(() => undefined);
      prefetchViews().catch(() => undefined);
    }, 0);
    return () => clearTimeout(id);
  }, [loadEngine]);

  /** Web page: a workbook replaces the open one only once it has been read and checked. */
  const openWith = useCallback(
    async (open: () => Promise<WorkbookHost>, failure: 'readError' | 'sampleError') => {
      setOpening(true);
      try {
        const next = await open();
        if (await check(next)) setHost(next);
      } catch (err) {
        push({ intent: 'error', title: (m) => m[failure], body: errorText(err) });
      } finally {
        setOpening(false);
      }
    },
    [check, push],
  );

  const content = (
    <main className={s.main}>
      <PaneHeader kind={kind} workbookName={host ? host.title() : null} />
      {kind === 'web' && web && (
        <WebFileBar
          busy={opening}
          onFile={(file) => void openWith(() => web.openFile(file), 'readError')}
          onSample={() => void openWith(web.openSample, 'sampleError')}
        />
      )}
      <ActionBar
        kind={kind}
        canCheck={!!host}
        hasResult={!!result}
        checking={checker.checking || opening}
        busy={actions.busy}
        canCopy={!!host?.annotatedCopy}
        liveAvailable={kind === 'excel' && canNotifyChanges(host)}
        live={live}
        onCheck={() => host && void check(host)}
        onHighlight={() => result && void actions.highlight(result.findings)}
        onClear={() => void actions.clear()}
        onDownload={() => result && void actions.downloadCopy(result.findings)}
        onLiveChange={setLive}
      />
      {actions.download && <DownloadFallbackLink link={actions.download} />}
      <Suspense fallback={null}>
        {notices.length > 0 && <LazyNoticeStack notices={notices} onDismiss={dismiss} />}
      </Suspense>
      {!result ? (
        <EmptyState text={kind === 'excel' ? t.emptyExcel : t.emptyWeb} />
      ) : (
        <Suspense fallback={null}>
          <LazyResultsView
            key={hostKey(host)}
            result={result}
            rules={engine?.rules ?? []}
            checkedAt={checker.checkedAt}
            onSelect={actions.select}
          />
        </Suspense>
      )}
    </main>
  );

  return kind === 'web' && web ? (
    <FileDropArea onFile={(file) => void openWith(() => web.openFile(file), 'readError')}>{content}</FileDropArea>
  ) : (
    content
  );
}

/**
 * The pane's content and state: the host (fixed in Excel; the opened file in
 * the web page), the last check, the notices, the live-check switch and the
 * selected tab (问题 / 修正 / 模板 / 指标库). The result view (filter,
 * selection) is ResultsView's; the tabs' views are loaded on demand.
 */
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { IgnoreEntry } from '../core/ignores';
import type { TemplateKind } from '../core/templates/types';
import type { HostKind, TemplateInsertResult, WorkbookHost } from '../host/types';
import { ActionBar } from './ActionBar';
import { DownloadFallbackLink } from './DownloadFallbackLink';
import { EmptyState } from './EmptyState';
import type { EngineLoader } from './engine';
import { FileDropArea } from './FileDropArea';
import { canNotifyChanges } from './hostCapabilities';
import { useLanguage } from './LanguageContext';
import {
  LazyFixesView,
  LazyIndicatorLibraryPanel,
  LazyNoticeStack,
  LazyResultsView,
  LazyTemplatePicker,
  prefetchTools,
  prefetchViews,
} from './lazyViews';
import { errorText } from './notices';
import { PaneHeader } from './PaneHeader';
import { PaneTabs, type PaneTab } from './PaneTabs';
import { ProfileBar } from './ProfileBar';
import { saveDownload } from './saveDownload';
import { messages } from './messages';
import { useProfile } from './useProfile';
import { useCellSelection } from './useCellSelection';
import { useChecker } from './useChecker';
import { useHostActions, type EditOptions } from './useHostActions';
import { useLiveCheck } from './useLiveCheck';
import { useNotices } from './useNotices';
import { WebFileBar } from './WebFileBar';

/** How the web page gets a host: a file from disk, the bundled sample, or a new workbook from a template. */
export interface WebOpeners {
  openFile(file: File): Promise<WorkbookHost>;
  openSample(): Promise<WorkbookHost>;
  /** A new workbook holding one blank template (to download, and open as the current file). */
  newFromTemplate?(kind: TemplateKind, year: number): Promise<TemplateInsertResult>;
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
  wide: { maxWidth: '1680px' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The tabs a host can serve: fixes, a template, library indicators (each where the host has the edit). */
function tabsFor(host: WorkbookHost | null, web: WebOpeners | undefined): PaneTab[] {
  const tabs: PaneTab[] = ['findings'];
  if (host?.applyFixes) tabs.push('fixes');
  if (host?.insertTemplate || web?.newFromTemplate) tabs.push('templates');
  if (host?.insertIndicators) tabs.push('library');
  return tabs;
}

export function Pane({ kind, host: initialHost = null, web, loadEngine }: PaneProps) {
  const { t, lang } = useLanguage();
  const s = useStyles();
  const ids = useId();
  const m = messages[lang];
  const { notices, push, dismiss, resolve, clearAll } = useNotices();
  const [host, setHost] = useState<WorkbookHost | null>(initialHost);
  const [opening, setOpening] = useState(false);
  const [live, setLive] = useState(false);
  const [tab, setTab] = useState<PaneTab>('findings');
  const [ignoring, setIgnoring] = useState(false);
  const profiles = useProfile();
  const checker = useChecker(loadEngine, push, profiles.profile);
  const { result, engine, check: runCheck } = checker;
  const check = useCallback(
    async (h: WorkbookHost) => {
      const r = await runCheck(h);
      if (r) resolve('check'); // the failure before is resolved
      return r;
    },
    [runCheck, resolve],
  );
  // Excel: the cell the officer selects shows its finding in the list.
  const cellSelected = useCellSelection(kind === 'excel' ? host : null, !!result);
  // After each check (a new result renders again): is there a working copy (fixes, ignores) to download?
  const working = result ? (host?.workingCopy?.()?.name ?? null) : null;
  // A new profile checks the open workbook again.
  const profileSeen = useRef(profiles.profile);
  useEffect(() => {
    if (profileSeen.current === profiles.profile) return;
    profileSeen.current = profiles.profile;
    if (host) void check(host);
  }, [profiles.profile, host, check]);

  /** An edit's new workbook (web page) replaces the open one once it has been read and checked. */
  const adopt = useCallback(
    async (next: WorkbookHost) => {
      if (!(await check(next))) return false;
      setHost(next);
      return true;
    },
    [check],
  );
  const edits = useMemo<EditOptions>(
    () => ({ recheck: check, adopt, newFromTemplate: web?.newFromTemplate }),
    [check, adopt, web],
  );
  const actions = useHostActions(host, push, edits);
  const resetActions = actions.reset;
  const tabs = useMemo(() => tabsFor(host, web), [host, web]);
  const shownTab = tabs.includes(tab) ? tab : 'findings';
  const busyNow = checker.checking || opening || ignoring || actions.busy !== null;
  const tabId = (x: PaneTab) => `${ids}-tab-${x}`;
  const panelId = `${ids}-panel`;

  useLiveCheck(
    kind === 'excel' ? host : null,
    live,
    // With marks on, the marks follow the new findings (the host says whether its marks are shown).
    () =>
      host &&
      void check(host).then((res) => {
        if (res && (host as { marksShown?: boolean }).marksShown)
          host
            .highlight(res.findings, { onlyChanged: true })
            .catch((err: unknown) =>
              push({ intent: 'error', title: (m) => m.highlightError, body: errorText(err) }),
            );
      }),
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
  // The views of the tabs offered, fetched in the background too.
  const toolTabs = tabs.join(' ');
  useEffect(() => {
    const id = setTimeout(() => void prefetchTools(toolTabs.split(' ')).catch(() => undefined), 0);
    return () => clearTimeout(id);
  }, [toolTabs]);

  /** Web page: a workbook replaces the open one only once it has been read and checked. */
  const openWith = useCallback(
    async (open: () => Promise<WorkbookHost>, failure: 'readError' | 'sampleError') => {
      setOpening(true);
      try {
        const next = await open();
        clearAll(); // the last file's notices do not belong to this one
        if (await check(next)) {
          setHost(next);
          resetActions();
        }
      } catch (err) {
        push({ intent: 'error', title: (m) => m[failure], body: errorText(err) });
      } finally {
        setOpening(false);
      }
    },
    [check, push, clearAll, resetActions],
  );

  /** Ignores go into the workbook (the web page's working copy), then the check runs again. */
  const setIgnores = useCallback(
    async (entries: IgnoreEntry[]) => {
      if (!host?.setIgnores) return;
      setIgnoring(true);
      try {
        await host.setIgnores(entries);
        await check(host);
      } catch (err) {
        push({ intent: 'error', key: 'ignore', title: (t) => t.checkError, body: errorText(err) });
      } finally {
        setIgnoring(false);
      }
    },
    [host, check, push],
  );

  const loadProfileFile = useCallback(
    async (file: File) => {
      try {
        const eng = engine ?? (await loadEngine());
        const p = profiles.load(
          await file.text(),
          eng.rules.map((r) => r.id),
        );
        resolve('profile');
        push({ intent: 'success', key: 'profile', title: () => m.profileLoaded(p.name) });
      } catch (err) {
        push({ intent: 'error', key: 'profile', title: () => m.profileError, body: errorText(err) });
      }
    },
    [engine, loadEngine, profiles, resolve, push, m],
  );

  const findingsPanel = !result ? (
    <EmptyState text={kind === 'excel' ? t.emptyExcel : t.emptyWeb} />
  ) : (
    <Suspense fallback={null}>
      <LazyResultsView
        key={hostKey(host)}
        result={result}
        rules={engine?.rules ?? []}
        checkedAt={checker.checkedAt}
        onSelect={actions.select}
        cellSelected={cellSelected}
        grid={checker.grid}
        picture={kind === 'web'}
        onIgnores={host?.setIgnores ? (e) => void setIgnores(e) : undefined}
        busy={busyNow}
        framework={profiles.profile?.framework}
      />
    </Suspense>
  );

  const loading = <Spinner size="small" label={t.loadingView} />;
  const toolPanel = (which: PaneTab) => {
    switch (which) {
      case 'fixes':
        return !result ? (
          <EmptyState text={t.fixesNeedCheck} />
        ) : (
          <LazyFixesView
            kind={kind}
            result={result}
            fixing={actions.busy === 'fix' || actions.busy === 'undo'}
            disabled={busyNow && actions.busy !== 'fix' && actions.busy !== 'undo'}
            undoable={actions.undoable}
            canUndo={!!host?.undoFixes}
            notes={actions.fixNotes}
            status={actions.fixStatus?.(t)}
            onApply={(list) => void actions.applyFixes(list)}
            onUndo={() => void actions.undoFixes()}
            onSelect={kind === 'excel' ? (sheet, cell) => actions.select({ sheet, cell }) : undefined}
            onShow={actions.refreshUndoable}
          />
        );
      case 'templates':
        return (
          <LazyTemplatePicker
            disabled={busyNow}
            texts={
              kind === 'web'
                ? {
                    templateHeading: t.templateWebHeading,
                    templateIntro: t.templateWebIntro,
                    insertTemplate: t.newTemplate,
                    insertingTemplate: t.newTemplateBusy,
                  }
                : undefined
            }
            onInsert={async (templateKind, year) => {
              if (await actions.insertTemplate(templateKind, year)) setTab('findings');
            }}
          />
        );
      case 'library':
        return (
          <LazyIndicatorLibraryPanel disabled={busyNow} onInsert={(list) => actions.insertIndicators(list)} />
        );
      default:
        return findingsPanel;
    }
  };

  const content = (
    <main className={kind === 'web' ? `${s.main} ${s.wide}` : s.main}>
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
        canReview={!!host?.writeReviewSheet}
        liveAvailable={kind === 'excel' && canNotifyChanges(host)}
        live={live}
        onCheck={() => host && void check(host)}
        onHighlight={() => result && void actions.highlight(result.findings)}
        onClear={() => void actions.clear()}
        onDownload={() => result && void actions.downloadCopy(result.findings)}
        onReview={() => result && void actions.reviewSheet(result, lang)}
        onLiveChange={setLive}
      />
      <ProfileBar
        profile={profiles.profile}
        builtIn={profiles.builtIn}
        disabled={busyNow}
        onFile={(f) => void loadProfileFile(f)}
        onChoose={profiles.choose}
        onReset={profiles.reset}
      />
      {checker.checking && checker.progress && (
        <Spinner
          size="tiny"
          data-testid="check-progress"
          label={
            checker.progress.stage === 'read' ? m.progressRead : m.progressCheck(checker.progress.sheets ?? 0)
          }
        />
      )}
      {checker.from === 'copy' && checker.readAt && (
        <MessageBar intent="warning" data-testid="stale-copy">
          <MessageBarBody>
            {m.fromCopy(checker.readAt.toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB'))}
          </MessageBarBody>
        </MessageBar>
      )}
      {working && host?.workingCopy && (
        <div className={s.row}>
          <Button
            icon={<ArrowDownloadRegular />}
            title={m.downloadWorkingHint}
            data-testid="download-working"
            onClick={() => {
              const file = host.workingCopy?.();
              if (file) saveDownload(file.name, file.data);
            }}
          >
            {m.downloadWorking}
          </Button>
          <span>{checker.from === 'working' ? m.fromWorking : m.workingNote}</span>
        </div>
      )}
      {actions.download && <DownloadFallbackLink link={actions.download} />}
      <Suspense fallback={null}>
        {notices.length > 0 && <LazyNoticeStack notices={notices} onDismiss={dismiss} />}
      </Suspense>
      {tabs.length > 1 ? (
        <>
          <PaneTabs tabs={tabs} selected={shownTab} onSelect={setTab} idOf={tabId} panelId={panelId} />
          <div
            role="tabpanel"
            id={panelId}
            aria-labelledby={tabId(shownTab)}
            className={s.panel}
            data-panel={shownTab}
          >
            {shownTab === 'findings' ? (
              findingsPanel
            ) : (
              <Suspense fallback={loading}>{toolPanel(shownTab)}</Suspense>
            )}
          </div>
        </>
      ) : (
        findingsPanel
      )}
    </main>
  );

  return kind === 'web' && web ? (
    <FileDropArea onFile={(file) => void openWith(() => web.openFile(file), 'readError')}>
      {content}
    </FileDropArea>
  ) : (
    content
  );
}

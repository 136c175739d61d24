/**
 * Parts of the pane not needed for its first render, each a chunk of its own:
 * the result view, the message bars and (Excel only) the live-check switch;
 * the fix list; the template picker and the indicator library.
 * `prefetchViews` fetches the first group right after first render and
 * `prefetchTools` the tabs' views the host offers, so they show at once when
 * needed; until then Suspense shows nothing (or a spinner) in their place.
 */
import { lazy } from 'react';

const loadResultsView = () => import(/* webpackChunkName: "views" */ './ResultsView');
const loadNoticeStack = () => import(/* webpackChunkName: "views" */ './NoticeStack');
const loadLiveSwitch = () => import(/* webpackChunkName: "views" */ './LiveSwitch');
const loadFixesView = () => import(/* webpackChunkName: "fixes" */ './fixes/FixesView');
const loadTemplatePicker = () => import(/* webpackChunkName: "templates" */ './library/TemplatePicker');
const loadLibraryPanel = () => import(/* webpackChunkName: "library" */ './library/IndicatorLibraryPanel');

export const LazyResultsView = lazy(() => loadResultsView().then((m) => ({ default: m.ResultsView })));
export const LazyNoticeStack = lazy(() => loadNoticeStack().then((m) => ({ default: m.NoticeStack })));
export const LazyLiveSwitch = lazy(() => loadLiveSwitch().then((m) => ({ default: m.LiveSwitch })));
export const LazyFixesView = lazy(() => loadFixesView().then((m) => ({ default: m.FixesView })));
export const LazyTemplatePicker = lazy(() =>
  loadTemplatePicker().then((m) => ({ default: m.TemplatePicker })),
);
export const LazyIndicatorLibraryPanel = lazy(() =>
  loadLibraryPanel().then((m) => ({ default: m.IndicatorLibraryPanel })),
);

export function prefetchViews(): Promise<unknown> {
  return Promise.all([loadResultsView(), loadNoticeStack(), loadLiveSwitch()]);
}

/** The views of the tabs offered: 'fixes', 'templates', 'library'. */
export function prefetchTools(tabs: readonly string[]): Promise<unknown> {
  const loaders: Record<string, () => Promise<unknown>> = {
    fixes: loadFixesView,
    templates: loadTemplatePicker,
    library: loadLibraryPanel,
  };
  return Promise.all(tabs.filter((t) => loaders[t]).map((t) => loaders[t]()));
}

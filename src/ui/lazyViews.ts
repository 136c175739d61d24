/**
 * Parts of the pane not needed for its first render, each a chunk of its own:
 * the result view, the message bars and (Excel only) the live-check switch.
 * `prefetchViews` fetches them right after first render, so they show at once
 * when needed; until then Suspense shows nothing in their place.
 */
import { lazy } from 'react';

const loadResultsView = () => import(/* webpackChunkName: "views" */ './ResultsView');
const loadNoticeStack = () => import(/* webpackChunkName: "views" */ './NoticeStack');
const loadLiveSwitch = () => import(/* webpackChunkName: "views" */ './LiveSwitch');

export const LazyResultsView = lazy(() => loadResultsView().then((m) => ({ default: m.ResultsView })));
export const LazyNoticeStack = lazy(() => loadNoticeStack().then((m) => ({ default: m.NoticeStack })));
export const LazyLiveSwitch = lazy(() => loadLiveSwitch().then((m) => ({ default: m.LiveSwitch })));

export function prefetchViews(): Promise<unknown> {
  return Promise.all([loadResultsView(), loadNoticeStack(), loadLiveSwitch()]);
}

/**
 * The pane's commands: 检查 always; in Excel 标记 / 清除标记 and the live
 * check switch; in the web page 下载标注副本; 生成审核结果 where the host can
 * (a sheet in Excel, a copy to download in the web page).
 */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  DocumentSearchRegular,
  EraserRegular,
  HighlightRegular,
  TableSimpleRegular,
} from '@fluentui/react-icons';
import type { HostKind } from '../host/types';
import { Suspense } from 'react';
import type { HostBusy } from './useHostActions';
import { LazyLiveSwitch } from './lazyViews';
import { useLanguage } from './LanguageContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

interface Props {
  kind: HostKind;
  /** A workbook is there to check (always in Excel; after opening a file in the web page). */
  canCheck: boolean;
  /** A check result is there to mark or annotate. */
  hasResult: boolean;
  checking: boolean;
  busy: HostBusy;
  canCopy: boolean;
  /** The host can write the 审核结果 sheet. */
  canReview: boolean;
  /** Live check offered (Excel host with onChanged). */
  liveAvailable: boolean;
  live: boolean;
  onCheck(): void;
  onHighlight(): void;
  onClear(): void;
  onDownload(): void;
  onReview(): void;
  onLiveChange(on: boolean): void;
}

export function ActionBar(p: Props) {
  const { t } = useLanguage();
  const s = useStyles();
  const working = p.checking || p.busy !== null;
  return (
    <div className={s.root}>
      <Button
        appearance="primary"
        icon={p.checking ? <Spinner size="tiny" /> : <DocumentSearchRegular />}
        disabled={!p.canCheck || working}
        onClick={p.onCheck}
      >
        {p.checking ? t.checking : t.check}
      </Button>
      {p.kind === 'excel' && (
        <>
          <Button
            icon={<HighlightRegular />}
            title={t.highlightHint}
            disabled={!p.hasResult || working}
            onClick={p.onHighlight}
          >
            {t.highlight}
          </Button>
          <Button icon={<EraserRegular />} title={t.clearMarksHint} disabled={working} onClick={p.onClear}>
            {t.clearMarks}
          </Button>
          {p.liveAvailable && (
            <Suspense fallback={null}>
              <LazyLiveSwitch checked={p.live} onChange={p.onLiveChange} />
            </Suspense>
          )}
        </>
      )}
      {p.kind === 'web' && p.canCopy && (
        <Button
          icon={p.busy === 'copy' ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
          title={t.downloadCopyHint}
          disabled={!p.hasResult || working}
          onClick={p.onDownload}
        >
          {p.busy === 'copy' ? t.preparingCopy : t.downloadCopy}
        </Button>
      )}
      {p.canReview && (
        <Button
          icon={p.busy === 'review' ? <Spinner size="tiny" /> : <TableSimpleRegular />}
          title={p.kind === 'excel' ? t.reviewSheetHintExcel : t.reviewSheetHintWeb}
          disabled={!p.hasResult || working}
          onClick={p.onReview}
        >
          {p.busy === 'review' ? t.preparingReview : t.reviewSheet}
        </Button>
      )}
    </div>
  );
}

/**
 * The pane's 修正 tab: the current check's one-click fixes (FixList), planned
 * into cell edits (core/fixes) for the host. In Excel: apply one, apply all
 * of a kind, 撤销修正. In the web page the same buttons make a fixed copy to
 * download (the original file is never changed), and 下载修正副本 fixes
 * everything at once. Loaded on demand (a chunk of its own).
 */
import { Button, Spinner } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useEffect, useMemo } from 'react';
import type { CheckResult } from '../../core/check';
import { groupFixes, planFixes, planGroup, planItem, type FixEdit } from '../../core/fixes/plan';
import type { HostKind } from '../../host/types';
import { useLanguage } from '../LanguageContext';
import type { FixNote } from '../useHostActions';
import { FixList } from './FixList';

export interface FixesViewProps {
  kind: HostKind;
  result: CheckResult;
  /** A fix or undo of this view is running. */
  fixing: boolean;
  /** Another command of the pane is running. */
  disabled: boolean;
  /** Excel: fixed cells undo can restore; null: unknown. */
  undoable: number | null;
  /** The host can undo (Excel). */
  canUndo: boolean;
  /** Fixes the host refused last time, by cell. */
  notes: readonly FixNote[];
  status?: string;
  onApply(edits: readonly FixEdit[]): void;
  onUndo(): void;
  /** Go to a cell (Excel). */
  onSelect?(sheet: string, cell: string): void;
  /** Called once shown (the pane asks the host how many fixes can be undone). */
  onShow?(): void | Promise<unknown>;
}

export function FixesView(p: FixesViewProps) {
  const { t, lang } = useLanguage();
  const groups = useMemo(() => groupFixes(p.result.findings), [p.result]);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const { onShow } = p;
  useEffect(() => {
    void onShow?.();
  }, [onShow]);

  // A refusal is shown under each fix of its cell.
  const notes = useMemo(() => {
    const out: Record<string, string> = {};
    for (const g of groups)
      for (const item of g.items) {
        const note = p.notes.find((n) => n.sheet === item.sheet && n.cell === item.cell);
        if (note) out[item.id] = lang === 'en' ? note.reasonEn : note.reason;
      }
    return out;
  }, [groups, p.notes, lang]);

  return (
    <FixList
      groups={groups}
      busy={p.fixing}
      disabled={p.disabled}
      onApply={(item) => p.onApply(planItem(item).edits)}
      onApplyAll={(group) => p.onApply(planGroup(group).edits)}
      onUndo={p.canUndo ? p.onUndo : undefined}
      undoable={p.undoable ?? 0}
      onSelect={p.onSelect}
      notes={notes}
      status={p.status}
      note={p.kind === 'web' ? t.fixesWebNote : undefined}
      actions={
        p.kind === 'web' && (
          <Button
            appearance="primary"
            icon={p.fixing ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
            title={t.downloadFixedHint}
            disabled={total === 0 || p.fixing || p.disabled}
            onClick={() => p.onApply(planFixes(p.result.findings).edits)}
          >
            {t.downloadFixed}
          </Button>
        )
      }
    />
  );
}

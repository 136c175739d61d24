/**
 * The form-only fixes of a check, grouped by kind (core/fixes groupFixes):
 * per kind a heading with "全部应用", per fix the cell, before → after and
 * "应用"; "撤销修正" above. Props-driven: the caller applies (ExcelFixer in
 * Excel, a fixed copy in the web page) and re-checks; this component only
 * shows and asks. Strings zh/en in ./strings.ts; the language is the pane's
 * (LanguageContext) unless `lang` is given.
 */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular, WrenchRegular } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';
import type { FixGroup, FixItem } from '../../core/fixes/plan';
import { useLanguage } from '../LanguageContext';
import { messages, visibleSpaces, type Lang } from '../messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  groupHead: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    minWidth: '3em',
  },
  change: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase300 },
  from: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
  to: { textDecorationLine: 'none', fontWeight: tokens.fontWeightSemibold, whiteSpace: 'pre-wrap' },
  note: { flexBasis: '100%', fontSize: tokens.fontSizeBase200, color: tokens.colorStatusWarningForeground3 },
  status: { margin: 0, fontSize: tokens.fontSizeBase200 },
  legend: { margin: 0, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});

export interface FixListProps {
  /** The fixes, grouped by kind (groupFixes of the check's findings). */
  groups: readonly FixGroup[];
  /** Language; default the pane's. */
  lang?: Lang;
  /** Apply one fix. */
  onApply(item: FixItem): void | Promise<void>;
  /** Apply every fix of one kind. */
  onApplyAll(group: FixGroup): void | Promise<void>;
  /** Undo the fixes made (the button is hidden without it). */
  onUndo?(): void | Promise<void>;
  /** How many fixed cells undo can restore (0 disables the button). */
  undoable?: number;
  /** A fix or undo is running: buttons disabled, "正在修正…" shown. */
  busy?: boolean;
  /** Something else is running (another command of the pane): buttons disabled. */
  disabled?: boolean;
  /** Go to a cell (the cell reference becomes a button). */
  onSelect?(sheet: string, cell: string): void;
  /** Per-fix notes to show under it (e.g. why it was refused), by FixItem.id. */
  notes?: Readonly<Record<string, string>>;
  /** The outcome of the last action, announced politely. */
  status?: string;
  /** Show the sheet with each cell (fixes on several sheets). Default: when the fixes span more than one sheet. */
  showSheet?: boolean;
  /** More commands beside the heading (the web page's 下载修正副本). */
  actions?: ReactNode;
  /** A line under the heading about where the fixes go (the web page: into a copy). */
  note?: string;
}

export function FixList(props: FixListProps) {
  const context = useLanguage();
  const lang: Lang = props.lang ?? context.lang;
  const t = messages[lang];
  const s = useStyles();
  const headingId = useId();
  const total = props.groups.reduce((n, g) => n + g.items.length, 0);
  const sheets = new Set(props.groups.flatMap((g) => g.items.map((i) => i.sheet)));
  const showSheet = props.showSheet ?? sheets.size > 1;
  const hasSpaces = props.groups.some((g) =>
    g.items.some((i) => /[ \u3000\t\n]/.test(i.from) || /[ \u3000\t\n]/.test(i.to)),
  );
  const busy = !!props.busy || !!props.disabled;

  return (
    <section className={s.root} aria-labelledby={headingId} data-testid="fix-list">
      <div className={s.head}>
        <h2 id={headingId} className={s.heading}>
          {t.fixHeading}
          {total > 0 ? t.fixHeadingCount(total) : ''}
        </h2>
        {props.actions}
        {props.onUndo && (
          <Button
            icon={<ArrowUndoRegular />}
            title={t.fixUndoHint}
            disabled={busy || !props.undoable}
            onClick={() => void props.onUndo?.()}
          >
            {t.fixUndo}
            {props.undoable ? ` (${props.undoable})` : ''}
          </Button>
        )}
      </div>
      {props.note && <p className={s.intro}>{props.note}</p>}
      {total === 0 ? (
        <p className={s.intro}>{t.fixEmpty}</p>
      ) : (
        <>
          <p className={s.intro}>{t.fixIntro}</p>
          {props.groups.map((g) => (
            <FixGroupView
              key={g.label}
              group={g}
              lang={lang}
              busy={busy}
              showSheet={showSheet}
              props={props}
            />
          ))}
          {hasSpaces && <p className={s.legend}>{t.fixSpaceLegend}</p>}
        </>
      )}
      <p className={s.status} role="status" aria-live="polite">
        {props.busy ? (
          <>
            <Spinner size="extra-tiny" as="span" /> {t.fixWorking}
          </>
        ) : (
          (props.status ?? '')
        )}
      </p>
    </section>
  );
}

function FixGroupView({
  group,
  lang,
  busy,
  showSheet,
  props,
}: {
  group: FixGroup;
  lang: Lang;
  busy: boolean;
  showSheet: boolean;
  props: FixListProps;
}) {
  const t = messages[lang];
  const s = useStyles();
  const titleId = useId();
  const kind = lang === 'zh' ? group.label : group.labelEn;
  return (
    <section className={s.group} aria-labelledby={titleId} data-fix-kind={group.label}>
      <div className={s.groupHead}>
        <h3 id={titleId} className={s.groupTitle}>
          {kind} <span aria-hidden="true">· {t.fixCount(group.items.length)}</span>
        </h3>
        <Button
          size="small"
          appearance="primary"
          icon={<WrenchRegular />}
          aria-label={t.fixApplyAllLabel(kind, group.items.length)}
          disabled={busy}
          onClick={() => void props.onApplyAll(group)}
        >
          {t.fixApplyAll}
        </Button>
      </div>
      <ul className={s.list}>
        {group.items.map((item) => {
          const where = showSheet ? `${item.sheet}!${item.cell}` : item.cell;
          const note = props.notes?.[item.id];
          return (
            <li
              key={item.id}
              className={s.item}
              data-fix={item.id}
              data-cell={item.cell}
              data-sheet={item.sheet}
            >
              {props.onSelect ? (
                <Button
                  size="small"
                  appearance="subtle"
                  className={s.cell}
                  aria-label={t.fixGoTo(`${item.sheet}!${item.cell}`)}
                  onClick={() => props.onSelect?.(item.sheet, item.cell)}
                >
                  {where}
                </Button>
              ) : (
                <span className={s.cell}>{where}</span>
              )}
              <span className={s.change}>
                <del className={s.from} aria-label={`${t.fixBefore}：${item.from}`}>
                  {visibleSpaces(item.from)}
                </del>
                {' → '}
                <ins className={s.to} aria-label={`${t.fixAfter}：${item.to}`}>
                  {visibleSpaces(item.to)}
                </ins>
              </span>
              <Button
                size="small"
                icon={<CheckmarkRegular />}
                aria-label={t.fixApplyLabel(where, item.from, item.to)}
                disabled={busy}
                onClick={() => void props.onApply(item)}
              >
                {t.fixApply}
              </Button>
              {note && <span className={s.note}>{note}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

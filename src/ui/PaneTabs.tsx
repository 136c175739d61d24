/**
 * The pane's tabs: 问题 (the findings), 修正 (one-click fixes), 模板 (a new
 * table), 指标库 (Excel: library indicators). Only the tabs the host can serve
 * are shown.
 *
 * A WAI-ARIA tab list of plain buttons (Fluent's TabList would add ≈ 22 KB
 * gzipped to the JavaScript loaded before first render): one tab stop; the
 * left and right arrow keys, Home and End move between the tabs and select them.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';
import { useLanguage } from './LanguageContext';
import type { Messages } from './messages';

export type PaneTab = 'findings' | 'fixes' | 'templates' | 'library';

const LABEL: Record<PaneTab, keyof Messages> = {
  findings: 'tabFindings',
  fixes: 'tabFixes',
  templates: 'tabTemplates',
  library: 'tabLibrary',
};

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    position: 'relative',
    border: 'none',
    backgroundColor: 'transparent',
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    outlineStyle: 'none',
    // Fluent's focus ring, written out (createFocusOutlineStyle brings Griffel's shorthands into the first chunk).
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `-${tokens.strokeWidthThick}`,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
      bottom: '-1px',
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

interface Props {
  tabs: readonly PaneTab[];
  selected: PaneTab;
  onSelect(tab: PaneTab): void;
  /** The element id of a tab (the tab panel is labelled by the selected one). */
  idOf(tab: PaneTab): string;
  /** The tab panel's id. */
  panelId: string;
}

export function PaneTabs({ tabs, selected, onSelect, idOf, panelId }: Props) {
  const { t } = useLanguage();
  const s = useStyles();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    // From the focused tab (the selected one, unless focus was put elsewhere).
    const at = Math.max(0, tabs.indexOf(e.currentTarget.dataset.tab as PaneTab));
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(tabs[to]);
    list.current?.querySelector<HTMLButtonElement>(`[data-tab="${tabs[to]}"]`)?.focus();
  };

  return (
    <div ref={list} role="tablist" aria-label={t.tabsLabel} className={s.list}>
      {tabs.map((tab) => {
        const on = tab === selected;
        return (
          <button
            key={tab}
            type="button"
            role="tab"
            id={idOf(tab)}
            aria-selected={on}
            aria-controls={on ? panelId : undefined}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(s.tab, on && s.selected)}
            data-tab={tab}
            onClick={() => onSelect(tab)}
            onKeyDown={onKeyDown}
          >
            {t[LABEL[tab]] as string}
          </button>
        );
      })}
    </div>
  );
}

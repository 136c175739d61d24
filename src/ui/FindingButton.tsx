/** One finding: severity, cell, message and the rule's short description. Activating it goes to the cell. */
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { Finding } from '../core/findings';
import type { Rule } from '../core/rules/types';
import { useLanguage } from './LanguageContext';
import { SeverityTag } from './SeverityTag';

const useStyles = makeStyles({
  root: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  focus: createFocusOutlineStyle({ selector: 'focus' }),
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Selected}`,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  message: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  context: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    maxWidth: '100%',
  },
  rule: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    maxWidth: '100%',
  },
  fixed: { height: '100%', overflow: 'hidden', justifyContent: 'flex-start' },
});

interface Props {
  index: number;
  finding: Finding;
  rule: Rule | undefined;
  /** Show the sheet with the cell (findings outside a table). */
  showSheet: boolean;
  selected: boolean;
  /** Roving tab stop: the one item of the list reached with Tab. */
  tabStop: boolean;
  onSelect(index: number): void;
  onFocusItem(index: number): void;
  /** 一级 › 二级 › 三级 of the finding's row (or the field), shown with the cell's value. */
  context?: string;
  value?: string;
  /** Fill the row of a virtual list (fixed height, long texts clamped). */
  fixed?: boolean;
}

/** Memoised: a virtual list re-renders on every scroll, and only the rows that came into view are new. */
export const FindingButton = memo(function FindingButton({
  index,
  finding,
  rule,
  showSheet,
  selected,
  tabStop,
  onSelect,
  onFocusItem,
  context,
  value,
  fixed,
}: Props) {
  const { t, lang } = useLanguage();
  const s = useStyles();
  return (
    <button
      type="button"
      className={mergeClasses(s.root, s.focus, selected && s.selected, fixed && s.fixed)}
      data-finding={index}
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-sheet={finding.sheet}
      data-cell={finding.cell}
      tabIndex={tabStop ? 0 : -1}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(index)}
      onFocus={() => onFocusItem(index)}
    >
      <span className={s.head}>
        <SeverityTag severity={finding.severity} />
        <span className={s.cell}>{showSheet ? t.cellAt(finding.sheet, finding.cell) : finding.cell}</span>
        {value !== undefined && value !== '' && <span className={s.context}>“{value}”</span>}
      </span>
      {context ? <span className={s.context}>{context}</span> : null}
      <span className={s.message}>{finding.text[lang]}</span>
      <span className={s.rule}>
        {finding.rule}
        {rule ? ` · ${rule.description[lang]}` : ''}
      </span>
    </button>
  );
});

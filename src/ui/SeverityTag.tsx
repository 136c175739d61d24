/** The severity of a finding as a small coloured word (colour never carries it alone). */
import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { Severity } from '../core/findings';
import { useLanguage } from './LanguageContext';

const useStyles = makeStyles({
  root: {
    display: 'inline-block',
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorStatusDangerForeground1,
    ...shorthands.borderColor(tokens.colorStatusDangerBorder1),
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorStatusWarningForeground3,
    ...shorthands.borderColor(tokens.colorStatusWarningBorder1),
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
});

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useLanguage();
  const s = useStyles();
  return <span className={mergeClasses(s.root, s[severity])}>{t.severity[severity]}</span>;
}

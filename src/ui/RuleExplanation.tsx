/** The longer explanation of a finding's rule, shown under the selected finding. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Rule } from '../core/rules/types';
import { useLanguage } from './LanguageContext';

const useStyles = makeStyles({
  root: {
    margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  heading: { fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export function RuleExplanation({ rule }: { rule: Rule }) {
  const { t, lang } = useLanguage();
  const s = useStyles();
  return (
    <div className={s.root} data-testid="rule-explanation">
      <div className={s.heading}>
        {t.ruleExplainHeading} · {rule.id}
      </div>
      <p className={s.text}>{(rule.explain ?? rule.description)[lang]}</p>
    </div>
  );
}

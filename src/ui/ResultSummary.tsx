/** One line after a check (tables, findings), announced to screen readers as a status. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLanguage } from './LanguageContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

export function ResultSummary({
  tables,
  findings,
  checkedAt,
}: {
  tables: number;
  findings: number;
  checkedAt: Date | null;
}) {
  const { t, lang } = useLanguage();
  const s = useStyles();
  return (
    <div className={s.root} role="status" data-testid="result-summary">
      <Text weight="semibold">{t.summary(findings, tables)}</Text>
      {checkedAt && (
        <Text size={200}>{t.checkedAt(checkedAt.toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en'))}</Text>
      )}
    </div>
  );
}

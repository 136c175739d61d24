/** One line after a check (tables, findings, the hidden sheets checked), announced to screen readers as a status. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetGrid } from '../core/grid';
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
  sheets = [],
}: {
  tables: number;
  findings: number;
  checkedAt: Date | null;
  /** The sheets read: the hidden ones are named (they are checked like the others). */
  sheets?: readonly Pick<SheetGrid, 'name' | 'hidden'>[];
}) {
  const { t, lang } = useLanguage();
  const s = useStyles();
  const hidden = sheets
    .filter((x) => x.hidden)
    .map((x) =>
      x.hidden !== 'veryHidden'
        ? x.name
        : lang === 'zh'
          ? `${x.name}（${t.veryHidden}）`
          : `${x.name} (${t.veryHidden})`,
    );
  return (
    <div className={s.root} role="status" data-testid="result-summary">
      <Text weight="semibold">{t.summary(findings, tables)}</Text>
      {checkedAt && (
        <Text size={200}>{t.checkedAt(checkedAt.toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en'))}</Text>
      )}
      {hidden.length > 0 && (
        <Text size={200} data-testid="hidden-sheets">
          {t.hiddenSheets(hidden.join(lang === 'zh' ? '、' : ', '))}
        </Text>
      )}
    </div>
  );
}

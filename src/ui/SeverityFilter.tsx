/** One toggle per severity (with its count) plus 全部; exactly one is pressed. */
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../core/findings';
import { SEVERITIES, type SeverityFilterValue } from './groupFindings';
import { useLanguage } from './LanguageContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

interface Props {
  value: SeverityFilterValue;
  counts: Record<Severity, number>;
  onChange(value: SeverityFilterValue): void;
}

export function SeverityFilter({ value, counts, onChange }: Props) {
  const { t } = useLanguage();
  const s = useStyles();
  const total = SEVERITIES.reduce((n, sev) => n + counts[sev], 0);
  const options: { value: SeverityFilterValue; label: string }[] = [
    { value: 'all', label: t.countOf(t.filterAll, total) },
    ...SEVERITIES.map((sev) => ({ value: sev, label: t.countOf(t.severity[sev], counts[sev]) })),
  ];
  return (
    <div className={s.root} role="group" aria-label={t.filterLabel}>
      {options.map((o) => (
        <ToggleButton
          key={o.value}
          size="small"
          shape="circular"
          checked={value === o.value}
          appearance={value === o.value ? 'primary' : 'secondary'}
          data-severity={o.value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </ToggleButton>
      ))}
    </div>
  );
}

/** Excel only: the live-check switch (re-check after edits). */
import { Switch } from '@fluentui/react-components';
import { useLanguage } from './LanguageContext';

export function LiveSwitch({ checked, onChange }: { checked: boolean; onChange(on: boolean): void }) {
  const { t } = useLanguage();
  return (
    <Switch
      label={t.liveMode}
      title={t.liveModeHint}
      checked={checked}
      onChange={(_, d) => onChange(d.checked)}
    />
  );
}

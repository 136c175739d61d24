/** The review profile in use, with load (a JSON file) and back to the default. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Profile } from '../core/profile';
import { useLanguage } from './LanguageContext';
import { sheetMessages } from './sheetMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  profile: Profile | null;
  disabled: boolean;
  onFile(file: File): void;
  onReset(): void;
}

export function ProfileBar({ profile, disabled, onFile, onReset }: Props) {
  const { lang } = useLanguage();
  const m = sheetMessages[lang];
  const s = useStyles();
  /** A file input made on demand (the page keeps one file input: the workbook's). */
  const pick = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.setAttribute('aria-label', m.profileInput);
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) onFile(file);
    });
    input.click();
  };
  return (
    <div className={s.root} data-testid="profile-bar">
      <Text size={200}>
        {m.profile}：
        <span className={s.name} data-testid="profile-name">
          {profile ? profile.name : m.profileDefault}
        </span>
      </Text>
      <Button size="small" disabled={disabled} onClick={pick} data-testid="profile-load">
        {m.profileLoad}
      </Button>
      {profile && (
        <Button size="small" appearance="subtle" disabled={disabled} onClick={onReset}>
          {m.profileReset}
        </Button>
      )}
    </div>
  );
}

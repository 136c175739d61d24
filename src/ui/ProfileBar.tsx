/** The review profile in use, with load (a JSON file) and back to the default. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Profile } from '../core/profile';
import { useLanguage } from './LanguageContext';
import { sheetMessages } from './sheetMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  input: { display: 'none' },
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
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={s.root} data-testid="profile-bar">
      <Text size={200}>
        {m.profile}：
        <span className={s.name} data-testid="profile-name">
          {profile ? profile.name : m.profileDefault}
        </span>
      </Text>
      <input
        ref={input}
        className={s.input}
        type="file"
        accept=".json,application/json"
        aria-label={m.profileInput}
        data-testid="profile-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
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

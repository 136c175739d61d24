/**
 * The review profile in use: the default, a shipped one (national) picked
 * from a list, or a JSON file loaded; back to the default.
 */
import { Button, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Profile } from '../core/profile';
import { useLanguage } from './LanguageContext';
import { messages } from './messages';
import { SHIPPED_PROFILE_NAMES } from './useProfile';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  profile: Profile | null;
  /** The shipped profile in use, or null (the default or a file). */
  builtIn: string | null;
  disabled: boolean;
  onFile(file: File): void;
  onChoose(name: string): void;
  onReset(): void;
}

const FILE = ':file';

export function ProfileBar({ profile, builtIn, disabled, onFile, onChoose, onReset }: Props) {
  const { lang } = useLanguage();
  const m = messages[lang];
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
      <Select
        size="small"
        aria-label={m.profileChoice}
        data-testid="profile-choice"
        disabled={disabled}
        value={builtIn ?? (profile ? FILE : '')}
        onChange={(_, d) => {
          if (d.value === '') onReset();
          else if (d.value !== FILE) onChoose(d.value);
        }}
      >
        <option value="">{m.profileDefault}</option>
        {SHIPPED_PROFILE_NAMES.map((name) => (
          <option key={name} value={name}>
            {m.builtInProfiles[name] ?? name}
          </option>
        ))}
        {profile && !builtIn && <option value={FILE}>{m.profileFile(profile.name)}</option>}
      </Select>
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

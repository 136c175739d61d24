/** Title, the open workbook's name, and the language toggle. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LocalLanguageRegular } from '@fluentui/react-icons';
import type { HostKind } from '../host/types';
import { useLanguage } from './LanguageContext';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  titles: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  source: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export function PaneHeader({ kind, workbookName }: { kind: HostKind; workbookName: string | null }) {
  const { t, lang, setLang } = useLanguage();
  const s = useStyles();
  return (
    <header className={s.root}>
      <div className={s.titles}>
        <h1 className={s.title}>{t.appTitle}</h1>
        {workbookName && (
          <Text size={200} className={s.source}>
            {kind === 'excel' ? t.workbookLabel(workbookName) : t.fileLabel(workbookName)}
          </Text>
        )}
      </div>
      <Button
        appearance="subtle"
        size="small"
        icon={<LocalLanguageRegular />}
        aria-label={t.languageToggleLabel}
        lang={lang === 'zh' ? 'en' : 'zh-CN'}
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t.languageToggle}
      </Button>
    </header>
  );
}

/** The pane's language (zh by default) and its messages, for every component below the provider. */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { messages, type Lang, type Messages } from './messages';

interface LanguageValue {
  lang: Lang;
  t: Messages;
  setLang(lang: Lang): void;
}

const LanguageContext = createContext<LanguageValue>({ lang: 'zh', t: messages.zh, setLang: () => {} });

const STORAGE_KEY = 'kpi-sheet-checker.lang';

function storedLang(): Lang | null {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'zh' || v === 'en' ? v : null;
  } catch {
    return null; // storage blocked (some Office hosts, private windows)
  }
}

export function LanguageProvider({ initial, children }: { initial?: Lang; children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? storedLang() ?? 'zh');
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = messages[lang].appTitle;
  }, [lang]);
  const value = useMemo<LanguageValue>(
    () => ({
      lang,
      t: messages[lang],
      setLang(next) {
        setLangState(next);
        try {
          globalThis.localStorage?.setItem(STORAGE_KEY, next);
        } catch {
          /* not remembered; the toggle still works */
        }
      },
    }),
    [lang],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageValue {
  return useContext(LanguageContext);
}

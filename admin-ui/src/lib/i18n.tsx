import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { messages, type MessageKey } from '@/config/messages';

export type Lang = 'vi' | 'en';

type I18n = { lang: Lang; setLang: (lang: Lang) => void; t: (key: MessageKey) => string };

const I18nContext = createContext<I18n>({ lang: 'vi', setLang: () => {}, t: (key) => messages.vi[key] });

const LANG_KEY = 'contest-admin-lang';

/** Vietnamese unless the user switched to English on this browser. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi'));
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (next) => {
        localStorage.setItem(LANG_KEY, next);
        setLangState(next);
      },
      t: (key) => messages[lang][key] ?? messages.vi[key],
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);

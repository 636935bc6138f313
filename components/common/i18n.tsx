import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translate, type Language, type MessageKey } from '@/lib/i18n';
import { formatDate, formatDateTime, formatWhen } from './format';

const LanguageContext = createContext<Language>('da');
export const LanguageProvider = LanguageContext.Provider;

export type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The components' only way to show words: every string comes from lib/i18n. */
export function useT(): T {
  const lang = useContext(LanguageContext);
  return (key: MessageKey, values?: Record<string, string | number>) => translate(lang, key, values);
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** Dates and times in the panel's language (Danish: "3. mar. 2025"). */
export function useFormat() {
  const lang = useContext(LanguageContext);
  return {
    date: (iso: string | undefined) => formatDate(lang, iso),
    dateTime: (iso: string | undefined) => formatDateTime(lang, iso),
    when: (iso: string | undefined) => formatWhen(lang, iso),
  };
}

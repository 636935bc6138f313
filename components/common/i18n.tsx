import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translate, type Language, type MessageKey } from '@/lib/i18n';

const LanguageContext = createContext<Language>('da');
export const LanguageProvider = LanguageContext.Provider;

/** The components' only way to show words: every string comes from lib/i18n. */
export function useT() {
  const lang = useContext(LanguageContext);
  return (key: MessageKey, values?: Record<string, string | number>) => translate(lang, key, values);
}

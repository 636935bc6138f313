import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '@/lib/i18n';

/** Formatting (dates, numbers) needs the language itself, not only translated strings. */
export const LangContext = createContext<Language>('da');
export const useLang = () => useContext(LangContext);

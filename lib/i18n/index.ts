import { da, type MessageKey } from './da';
import { en } from './en';

export type Language = 'da' | 'en';
export type { MessageKey };
const CATALOGUES: Record<Language, Record<MessageKey, string>> = { da, en };

/** Looks up a UI string and fills {placeholders}; values are inserted as text, never as markup. */
export function translate(lang: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = CATALOGUES[lang][key] ?? da[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

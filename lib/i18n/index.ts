import { da as coreDa } from './da';
import { en as coreEn } from './en';
import { optionsDa } from './options.da';
import { optionsEn } from './options.en';
import { linksDa } from './links.da';
import { linksEn } from './links.en';
import { overviewDa } from './overview.da';
import { overviewEn } from './overview.en';

export type Language = 'da' | 'en';
// Each page area keeps its strings in its own file pair, so engineers adding keys in parallel never edit the same lines.
const da = { ...coreDa, ...overviewDa, ...optionsDa, ...linksDa };
export type MessageKey = keyof typeof da;
const en: Record<MessageKey, string> = { ...coreEn, ...overviewEn, ...optionsEn, ...linksEn };
const CATALOGUES: Record<Language, Record<MessageKey, string>> = { da, en };

/** Looks up a UI string and fills {placeholders}; values are inserted as text, never as markup. */
export function translate(lang: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = CATALOGUES[lang][key] ?? da[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

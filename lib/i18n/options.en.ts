import type { optionsDa } from './options.da';

export const optionsEn: Record<keyof typeof optionsDa, string> = {
  'options.title': 'One plan',
};

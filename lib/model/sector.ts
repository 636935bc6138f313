import { z } from 'zod';

/** The four municipal sectors the product spans. Keys are English; labels live in the i18n messages. */
export const SECTORS = ['job', 'children', 'adult', 'health'] as const;
export const Sector = z.enum(SECTORS);
export type Sector = z.infer<typeof Sector>;

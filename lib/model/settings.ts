import { z } from 'zod';
import { Sector } from './sector';

export const InfoTypeOverride = z.object({
  fee: z.number().nonnegative().optional(),
  validityDays: z.number().int().positive().optional(),
  answerDays: z.number().int().positive().optional(),
});

/** Everything a municipality or a user may configure. Defaults are the product's starting point, not the law. */
export const Settings = z.object({
  language: z.enum(['da', 'en']).default('da'),
  userName: z.string().default(''),
  userSector: Sector.default('job'),
  userUnit: z.string().default(''),
  meetingClusterDays: z.number().int().positive().default(7),
  retentionDays: z.number().int().positive().default(90),
  auditRetentionDays: z.number().int().positive().default(730),
  infoTypes: z.record(z.string(), InfoTypeOverride).default({}),
});
export type Settings = z.infer<typeof Settings>;
export const defaultSettings = (): Settings => Settings.parse({});

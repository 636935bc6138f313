import { z } from 'zod';
import { FlagStatus } from '../model';

/** Messages from the extension's own pages (panel, overview, options). */
export const PanelMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel:view') }),
  z.object({ type: z.literal('panel:layout'), collapsed: z.boolean(), width: z.number().int().min(240).max(900) }),
  z.object({ type: z.literal('panel:reveal-cpr'), cpr: z.string() }),
  z.object({
    type: z.literal('panel:flag-status'),
    flagId: z.string(),
    status: FlagStatus,
    note: z.string().max(2000).optional(),
  }),
  z.object({ type: z.literal('panel:continue-anyway') }),
  z.object({ type: z.literal('panel:open-source'), url: z.string() }),
]);
export type PanelMessage = z.infer<typeof PanelMessage>;

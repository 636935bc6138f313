import { z } from 'zod';
import { ConsentInput } from '../consent/consent';
import { CprDigits, FlagStatus } from '../model';
import { CoordinationLevel, PlanOp } from '../plan';

/** Messages from the extension's own pages (panel, print, overview, options). */
export const PanelMessage = z.discriminatedUnion('type', [
  /** `cpr` only counts for a panel opened as its own tab (not framed in a case system), see panel-handlers. */
  /** `head`: only the header and the flags (with the records they rest on), the panel's first paint; see panel-view. */
  z.object({ type: z.literal('panel:view'), cpr: CprDigits.optional(), head: z.boolean().optional() }),
  z.object({ type: z.literal('panel:layout'), collapsed: z.boolean().optional(), width: z.number().int().min(240).max(900).optional(), push: z.boolean().optional() }),
  /** The framed panel painted a view (again, when its number of open flags changed): see ToContentMessage. */
  z.object({ type: z.literal('panel:painted'), openFlags: z.number().int().min(0).max(100_000) }),
  z.object({ type: z.literal('panel:reveal-cpr'), cpr: z.string() }),
  z.object({ type: z.literal('panel:read-more-pages') }),
  z.object({
    type: z.literal('panel:flag-status'),
    flagId: z.string(),
    status: FlagStatus,
    note: z.string().max(2000).optional(),
  }),
  z.object({ type: z.literal('panel:continue-anyway') }),
  z.object({ type: z.literal('panel:open-source'), url: z.string().max(2000) }),
  z.object({ type: z.literal('panel:plan-create'), citizens: z.array(CprDigits).min(1).max(20), level: CoordinationLevel.optional() }),
  z.object({ type: z.literal('panel:plan-edit'), planId: z.string().min(1).max(100), op: PlanOp }),
  z.object({ type: z.literal('panel:consent-register'), consent: ConsentInput }),
  z.object({ type: z.literal('panel:consent-withdraw'), consentId: z.string().min(1).max(100) }),
  z.object({ type: z.literal('panel:print'), cpr: CprDigits }),
  z.object({ type: z.literal('panel:print-view'), token: z.string().uuid() }),
  /** A caseworker's answer to a suggested link on the tab's page: confirm one candidate, or reject them all. */
  z.discriminatedUnion('decision', [
    z.object({ type: z.literal('panel:link-decision'), groupId: z.string().min(1).max(40), decision: z.literal('confirmed'), cpr: CprDigits }),
    z.object({ type: z.literal('panel:link-decision'), groupId: z.string().min(1).max(40), decision: z.literal('rejected') }),
  ]),
]);
export type PanelMessage = z.infer<typeof PanelMessage>;

/** What plan and consent messages answer: the panel shows `error` next to the form that sent it. */
export type PanelResult = { ok: true; id?: string } | { ok: false; error: string };

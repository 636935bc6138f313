import { z } from 'zod';
import { CprDigits, IsoDate, Sector, SECTORS } from '../model';
import type { ConsentRow } from '../db/rows';

/**
 * Consent to share data across sectors (LAB § 30 b, forvaltningsloven § 28, retssikkerhedsloven § 11 a), or another
 * legal basis for it. Pure functions: the background decides with them what the panel may show.
 *
 * A stored ConsentRow is a written CONSENT when its legalBasisRef is exactly CONSENT_REF; any other reference is
 * another legal basis (e.g. "SEL § 49 b") and the reference itself is what the caseworker recorded.
 */
export const CONSENT_REF = 'samtykke';

export type ConsentBasis = 'consent' | 'other';

export const basisOf = (row: Pick<ConsentRow, 'legalBasisRef'>): ConsentBasis => (row.legalBasisRef === CONSENT_REF ? 'consent' : 'other');

/** What the caseworker fills in to register a consent or another legal basis. */
export const ConsentInput = z
  .object({
    cpr: CprDigits,
    basis: z.enum(['consent', 'other']),
    sectors: z.array(Sector).min(1).max(SECTORS.length),
    givenAt: IsoDate,
    givenBy: z.string().trim().min(1).max(200),
    expires: IsoDate.optional(),
    legalBasisRef: z.string().trim().max(300).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.basis === 'other' && !c.legalBasisRef) ctx.addIssue({ code: 'custom', path: ['legalBasisRef'], message: 'another legal basis needs its reference' });
    if (c.basis === 'other' && c.legalBasisRef?.toLowerCase() === CONSENT_REF)
      ctx.addIssue({ code: 'custom', path: ['legalBasisRef'], message: `"${CONSENT_REF}" is not another legal basis: choose consent` });
    if (c.expires && c.expires < c.givenAt) ctx.addIssue({ code: 'custom', path: ['expires'], message: 'expiry before the date given' });
  });
export type ConsentInput = z.infer<typeof ConsentInput>;

/** A new row from the form; `id` and `now` come from the caller so this stays pure. */
export function consentRowFrom(input: ConsentInput, id: string): ConsentRow {
  const row: ConsentRow = {
    id,
    citizenCpr: input.cpr,
    sectors: [...new Set(input.sectors)].sort(),
    givenAt: input.givenAt,
    givenBy: input.givenBy.trim(),
    legalBasisRef: input.basis === 'consent' ? CONSENT_REF : input.legalBasisRef!.trim(),
  };
  if (input.expires) row.expires = input.expires;
  if (input.note) row.note = input.note;
  return row;
}

/** Withdrawal is a new state of the row, never a deletion: the log of what was allowed when must stay readable. */
export function withdrawConsentRow(row: ConsentRow, by: string, now: string): ConsentRow {
  if (row.withdrawnAt) return row;
  return { ...row, withdrawnAt: now, withdrawnBy: by };
}

export type ConsentState = 'active' | 'withdrawn' | 'expired' | 'future';

const day = (t: string) => t.slice(0, 10);

export function consentState(row: ConsentRow, now: string): ConsentState {
  if (row.withdrawnAt && row.withdrawnAt <= now) return 'withdrawn';
  // An expiry date is the last day the consent holds.
  if (row.expires && day(row.expires) < day(now)) return 'expired';
  if (day(row.givenAt) > day(now)) return 'future';
  return 'active';
}

export const isActive = (row: ConsentRow, now: string) => consentState(row, now) === 'active';

/**
 * May a caseworker of `userSector` see records of `sector` about citizen `cpr`? Their own sector always; another
 * only under an active consent or legal basis for that citizen that names that sector.
 */
export function canSeeSector(consents: readonly ConsentRow[], cpr: string, sector: Sector, userSector: Sector, now: string): boolean {
  if (sector === userSector) return true;
  return consents.some((c) => c.citizenCpr === cpr && c.sectors.includes(sector) && isActive(c, now));
}

/** The sectors a caseworker may see for one citizen, own sector first. */
export function visibleSectors(consents: readonly ConsentRow[], cpr: string, userSector: Sector, now: string): Sector[] {
  return [userSector, ...SECTORS.filter((s) => s !== userSector && canSeeSector(consents, cpr, s, userSector, now))];
}

export interface ConsentSummary {
  cpr: string;
  /** none: only the own sector; partial: some other sectors; full: every other sector. */
  level: 'none' | 'partial' | 'full';
  sectors: Sector[];
  active: ConsentRow[];
  inactive: (ConsentRow & { state: Exclude<ConsentState, 'active'> })[];
  /** The first day an active consent ends, if any ends. */
  nextExpiry?: string;
}

export function summariseConsent(consents: readonly ConsentRow[], cpr: string, userSector: Sector, now: string): ConsentSummary {
  const mine = consents.filter((c) => c.citizenCpr === cpr).sort((a, b) => b.givenAt.localeCompare(a.givenAt) || a.id.localeCompare(b.id));
  const active = mine.filter((c) => isActive(c, now));
  const inactive = mine
    .map((c) => ({ ...c, state: consentState(c, now) }))
    .filter((c): c is ConsentRow & { state: Exclude<ConsentState, 'active'> } => c.state !== 'active');
  const others = visibleSectors(consents, cpr, userSector, now).filter((s) => s !== userSector);
  const level = others.length === 0 ? 'none' : others.length === SECTORS.length - 1 ? 'full' : 'partial';
  const expiries = active.map((c) => c.expires).filter((e): e is string => Boolean(e)).sort();
  return { cpr, level, sectors: others, active, inactive, ...(expiries[0] ? { nextExpiry: expiries[0] } : {}) };
}

/** One line for the audit log: what changed, never the note's text (the log outlives the consent). */
export function describeConsentChange(row: ConsentRow, change: 'registered' | 'withdrawn'): string {
  const basis = basisOf(row) === 'consent' ? 'samtykke' : `anden hjemmel (${row.legalBasisRef})`;
  return `${change === 'registered' ? 'registreret' : 'trukket tilbage'}: ${basis}, sektorer ${row.sectors.join(',')}, givet ${day(row.givenAt)}${row.expires ? `, udløber ${row.expires}` : ''}`;
}

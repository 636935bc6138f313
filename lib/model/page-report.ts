import { z } from 'zod';
import { CaseworkRecord, CitizenRef } from './record';

/** A field an adapter could not read: enough to tell the caseworker and the adapter's maintainer exactly what broke. */
export const ReadError = z.object({
  system: z.string(),
  pageType: z.string(),
  recordKind: z.string(),
  /** Row number or native id when known, so "which record" is answerable. */
  record: z.string().optional(),
  field: z.string(),
  message: z.string(),
});
export type ReadError = z.infer<typeof ReadError>;

/**
 * A list the page shows in full (not one page of a paginated table): records of this kind and scope that were
 * seen earlier but are missing now are marked stale.
 */
export const ListSnapshot = z.object({
  kind: z.string(),
  /** system + page type + citizen: the same list seen again has the same scope. */
  scope: z.string(),
  nativeIds: z.array(z.string()),
  complete: z.boolean(),
});
export type ListSnapshot = z.infer<typeof ListSnapshot>;

/** What one adapter read from one page (or frame). */
export const PageReport = z.object({
  system: z.string(),
  sector: z.string(),
  adapterId: z.string(),
  adapterVersion: z.string(),
  url: z.string(),
  pageType: z.string(),
  citizen: CitizenRef.optional(),
  records: z.array(CaseworkRecord),
  lists: z.array(ListSnapshot).default([]),
  errors: z.array(ReadError).default([]),
  /** The next page of a paginated list the page shows: read only when the caseworker asks (panel). */
  nextPage: z.string().optional(),
});
export type PageReport = z.infer<typeof PageReport>;

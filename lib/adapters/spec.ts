import { z } from 'zod';
import { RECORD_KINDS, SECTORS } from '../model';

/**
 * The declarative adapter format: one case system described as data. Content scripts import only the types (zod
 * stays out of them); the adapter tests validate every adapter against these schemas.
 */

export const PARSER_NAMES = [
  'text',
  'cpr',
  'date',
  'datetime',
  'dateRange',
  'name',
  'money',
  'status',
  'legalBasis',
  'phone',
  'integer',
  'relation',
  'list',
] as const;
export type ParserName = (typeof PARSER_NAMES)[number];

export const FieldSpec = z
  .object({
    /** CSS selector relative to the record's element; omitted means the element itself. */
    selector: z.string().optional(),
    /**
     * Header text of the table column (exact, else prefix match, case-insensitive): robust to reordered and extra
     * columns. Several columns are read and joined with a space (a date and a time in separate cells).
     */
    column: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    /** Label of a definition-list entry (dt/dd) or a row header (th/td) inside the record's element. */
    label: z.string().optional(),
    /** Read this attribute instead of the text (e.g. data-id, href). */
    attr: z.string().optional(),
    /** Regular expression whose first capture group is the value (e.g. an id inside a link). */
    pattern: z.string().optional(),
    parse: z.enum(PARSER_NAMES).default('text'),
    required: z.boolean().default(false),
    /** The parsed value is an object whose properties go onto the record (a date range gives start and end). */
    spread: z.boolean().optional(),
    /** The system's own words mapped to words the parser knows, before parsing (e.g. { "booket": "planlagt" }). */
    map: z.record(z.string(), z.string()).optional(),
    /** Every element matching `selector` gives one value: the field becomes a list (plan goals, participants). */
    all: z.boolean().optional(),
  })
  .strict();
export type FieldSpec = z.input<typeof FieldSpec>;

export const RecordSpec = z
  .object({
    kind: z.enum(RECORD_KINDS),
    /** Each element matching this selector is one record. */
    rows: z.string(),
    /** The rows make up the whole list of this kind for the citizen (not one page of many): enables stale marking. */
    completeList: z.boolean().default(false),
    /** Selector of a "next page" link; present means the list is paginated and never complete on one page. */
    next: z.string().optional(),
    fields: z.record(z.string(), FieldSpec),
    /** Values every record of this spec gets (e.g. a fixed status on a "closed efforts" table). */
    constants: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type RecordSpec = z.input<typeof RecordSpec>;

export const CitizenLocator = z
  .object({
    /** Container of the citizen header; fields are read inside it. */
    scope: z.string(),
    name: FieldSpec,
    cpr: FieldSpec,
  })
  .strict();
export type CitizenLocator = z.input<typeof CitizenLocator>;

export const PageSpec = z
  .object({
    type: z.string(),
    /** Regular expression tested against pathname + search. */
    url: z.string(),
    /** Selector that must be present for the page to count as this type (late-loaded apps render it later). */
    detect: z.string().optional(),
    /** Whether the page concerns one citizen whose header must be readable. */
    citizen: z.boolean().default(true),
    records: z.array(RecordSpec).default([]),
  })
  .strict();
export type PageSpec = z.input<typeof PageSpec>;

export const FormGuardSpec = z
  .object({
    /** Selector of the "new information request" form. */
    form: z.string(),
    /** The control whose value or selected option text names the information type. */
    infoType: z.string(),
    /** Optional control naming the recipient (GP, school...). */
    recipient: z.string().optional(),
  })
  .strict();
export type FormGuardSpec = z.input<typeof FormGuardSpec>;

export const AdapterSpec = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    system: z.string(),
    name: z.string(),
    sector: z.enum(SECTORS),
    origins: z.array(z.string().url()).min(1),
    citizen: CitizenLocator,
    pages: z.array(PageSpec).min(1),
    requestForm: FormGuardSpec.optional(),
  })
  .strict();
export type AdapterSpec = z.input<typeof AdapterSpec>;

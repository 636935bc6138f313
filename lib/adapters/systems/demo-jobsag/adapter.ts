import type { AdapterSpec, FieldSpec, PageSpec, RecordSpec } from '../../spec';

/**
 * JobSag (demo): the jobcenter case system (KMD Momentum-like) of Demoby Kommune. Server-rendered, paginated tables.
 *
 * Test URLs:
 *   http://localhost:4101/borgere?q=Hansen                   (citizen search: one hit)
 *   http://localhost:4101/borgere                            (page 1 of 4 of the whole list)
 *   http://localhost:4101/borger/100001                      (Trine Hansen: Stamdata, an open case, two contacts)
 *   http://localhost:4101/borger/100004                      (Søren Kragh Mikkelsen: two-word surname, no cases)
 *   http://localhost:4101/borger/100001/indsatser            (planned, active and closed efforts; also /100003)
 *   http://localhost:4101/borger/100002/indsatser?pr_side=2  (Pernille: page 1 of 2; also &side=2, the last page)
 *   http://localhost:4101/borger/100001/anmodninger          (pending LÆ 265 with fee, answered LÆ 125; also /100002)
 *   http://localhost:4101/borger/100003/anmodninger?oprettet=ANM-000041  (after the form: flash + the new request)
 *   http://localhost:4101/borger/100001/dokumenter           (an expired LÆ 125; /100002: a valid LÆ 265)
 *   http://localhost:4101/borger/100005/dokumenter           (Aisha: no documents, the "Ingen registreringer" row)
 *   http://localhost:4101/borger/100001/moeder               (meetings: time in its own column, see below)
 *   http://localhost:4101/borger/100001/plan                 (Min Plan; also /100003)
 *   http://localhost:4101/borger/100001/{anmodninger,indsatser,moeder}/ny
 *   http://localhost:4101/borger/100040{,/indsatser}         (after POST /__quirks/hostile-citizen: markup, bidi and
 *                                                             zero-width characters in names and titles)
 *
 * Quirks handled:
 * - Names are "Efternavn, Fornavn" (surname may be two words, "Kragh Mikkelsen, Søren"; first name may carry a
 *   middle name, "Østergaard, Pernille Holm"): the shared name parser stores "Søren Kragh Mikkelsen".
 * - CPR "DDMMYY-SSSS" in the header (span.js-cpr after the "CPR-nr." text) and in the citizen list.
 * - Every grid row carries the system's id in tr[data-id] (SAG-, IND-, ANM-, DOK-, MOE-; the citizen id in the
 *   list; the user id "LB4711" for contacts); plans in article.js-plan[data-id]. An empty grid has one
 *   tr.js-tom without data-id, which the row selectors skip.
 * - Lists are paginated (10 a page, ?side=&pr_side=) with a pager above and below: a list counts as complete only
 *   when the pager has neither "Næste" (rel=next) nor "Forrige" (rel=prev). `next` finds the "Næste" link on the
 *   first and middle pages, and on the last page of several (no "Næste") the pager's status text, which is not a
 *   link: present, so never complete, and nothing to follow.
 * - Fees "1.544,00 kr.", or an empty cell when there is none (left out, never 0).
 * - The forms (anmodninger/indsatser/moeder + /ny) are pages of their own with the citizen header; a POST that
 *   fails validation re-renders the form at the same URL.
 *
 * Not readable with the shared runtime (reported as read errors, never guessed):
 * - Meetings: the date ("Dato", DD-MM-YYYY) and the time ("Tidspunkt", HH:MM) are separate columns, and a field
 *   reads one cell, so `at` (YYYY-MM-DDTHH:MM) cannot be built: every meeting row gives "meeting.at" and no
 *   meeting is stored.
 * - Case status "Åben" (and "Oprettet") and plan status "Under udarbejdelse" are unknown to lib/parse/status.ts,
 *   and an effort's bare "Afventer" is refused on purpose: such records give a status read error.
 *   "Lukket"/"Annulleret"/"Aktiv"/"Afsluttet"/"Planlagt" read fine.
 * - Contacts: the only id is the user id (tr[data-id]="LB4711"), the same on every citizen the worker has, and a
 *   field cannot prefix it with the citizen: the contact records of two citizens share one key.
 * - Plan goals (ol.js-maal > li) and meeting participants (ul.js-deltagere > li) are <li> items without separators,
 *   which the 'list' parser cannot split (and goals contain commas): they are not read.
 * - Columns with no place in the record model are left out: Omfang, Leverandør (efforts), Bemærkning (requests),
 *   Dokumenttype (documents), and the citizen list's Sagsbehandler/Enhed.
 */

const ORIGIN = 'http://localhost:4101';

/** A citizen page path: /borger/<id> followed by `rest`, then an optional query (?side=, ?oprettet=<id>). */
const citizenPath = (rest: string) => `^/borger/[^/?#]+${rest}/?(?:[?#]|$)`;

const grid = (list: string) => `table.js-grid[data-liste="${list}"]`;
/** Record rows of a grid: the "Ingen registreringer" row (tr.js-tom) has no data-id. */
const gridRows = (list: string) => `${grid(list)} tbody tr[data-id]`;

/**
 * Pagination: "Næste" on any page but the last; on the last page of several (only "Forrige") the pager's status
 * text, so that page does not count as the whole list either. Page 1 of 1 matches nothing: complete.
 */
const NEXT = 'nav.js-pager a[rel="next"], nav.js-pager:not(:has(a[rel="next"])) a[rel="prev"] ~ .js-pager-status';

const nativeId: FieldSpec = { attr: 'data-id', required: true };

/** Ansvarlig enhed / Sagsbehandler / Telefon, by column (grids) or by label (the plan's dl). */
function responsible(by: 'column' | 'label'): Record<string, FieldSpec> {
  return {
    'responsible.unit': { [by]: 'Ansvarlig enhed', required: true },
    'responsible.caseworker': { [by]: 'Sagsbehandler', parse: 'name' },
    'responsible.phone': { [by]: 'Telefon', parse: 'phone' },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Record specs.

/** Overview "Stamdata": a dl of label/value pairs; the id is the header's data-borger-id, both inside main. */
const stamdata: RecordSpec = {
  kind: 'citizen',
  rows: 'main.js-main',
  fields: {
    nativeId: { selector: 'section.js-borgerhoved', attr: 'data-borger-id', required: true },
    name: { label: 'Navn', parse: 'name', required: true },
    cpr: { label: 'CPR-nr.', parse: 'cpr' },
    address: { label: 'Adresse' },
    phone: { label: 'Telefon', parse: 'phone' },
  },
};

const caseRows: RecordSpec = {
  kind: 'case',
  rows: gridRows('sager'),
  completeList: true,
  fields: {
    nativeId,
    title: { column: 'Sagstitel', required: true },
    legalBasis: { column: 'Lovgrundlag', parse: 'legalBasis' },
    status: { column: 'Status', parse: 'status', required: true },
    opened: { column: 'Oprettet', parse: 'date' },
    closed: { column: 'Afsluttet', parse: 'date' },
    ...responsible('column'),
  },
};

const contactRows: RecordSpec = {
  kind: 'contact',
  rows: gridRows('kontakter'),
  completeList: true,
  fields: {
    nativeId,
    name: { column: 'Navn', parse: 'name', required: true },
    role: { column: 'Rolle' },
    unit: { column: 'Enhed', required: true },
    phone: { column: 'Telefon', parse: 'phone' },
    email: { column: 'E-mail' },
  },
};

const effortRows: RecordSpec = {
  kind: 'effort',
  rows: gridRows('indsatser'),
  completeList: true,
  next: NEXT,
  fields: {
    nativeId,
    title: { column: 'Indsats', required: true },
    legalBasis: { column: 'Lovgrundlag', parse: 'legalBasis' },
    status: { column: 'Status', parse: 'status', required: true },
    start: { column: 'Startdato', parse: 'date' },
    end: { column: 'Slutdato', parse: 'date' },
    goal: { column: 'Mål' },
    ...responsible('column'),
  },
};

const requestRows: RecordSpec = {
  kind: 'request',
  rows: gridRows('anmodninger'),
  completeList: true,
  next: NEXT,
  fields: {
    nativeId,
    label: { column: 'Oplysningstype', required: true },
    recipient: { column: 'Modtager' },
    requestedAt: { column: 'Anmodet', parse: 'date', required: true },
    deadline: { column: 'Svarfrist', parse: 'date' },
    status: { column: 'Status', parse: 'status', required: true },
    answeredAt: { column: 'Besvaret', parse: 'date' },
    fee: { column: 'Gebyr', parse: 'money' },
    ...responsible('column'),
  },
};

const documentRows: RecordSpec = {
  kind: 'document',
  rows: gridRows('dokumenter'),
  completeList: true,
  next: NEXT,
  fields: {
    nativeId,
    title: { column: 'Titel', required: true },
    from: { column: 'Afsender' },
    receivedAt: { column: 'Modtaget', parse: 'date', required: true },
    validUntil: { column: 'Gyldig til', parse: 'date' },
    ...responsible('column'),
  },
};

/**
 * `at` needs the "Dato" and "Tidspunkt" cells together, which one field cannot read: the date cell alone fails the
 * datetime parser, so each meeting is reported as unreadable instead of stored with a made-up time.
 */
const meetingRows: RecordSpec = {
  kind: 'meeting',
  rows: gridRows('moeder'),
  completeList: true,
  next: NEXT,
  fields: {
    nativeId,
    title: { column: 'Emne', required: true },
    at: { column: ['Dato', 'Tidspunkt'], parse: 'datetime', required: true },
    place: { column: 'Sted' },
    participants: { column: 'Deltagere', selector: 'ul.js-deltagere li', all: true },
    status: { column: 'Status', parse: 'status', required: true },
    ...responsible('column'),
  },
};

/** "Min Plan": one article per plan, a dl of label/value pairs, then the goals, one per list item. */
const planCards: RecordSpec = {
  kind: 'plan',
  rows: 'article.js-plan[data-id]',
  completeList: true,
  fields: {
    nativeId,
    title: { selector: 'h2', required: true },
    legalBasis: { label: 'Lovgrundlag', parse: 'legalBasis' },
    status: { label: 'Status', parse: 'status', required: true },
    created: { label: 'Oprettet', parse: 'date' },
    nextReview: { label: 'Næste opfølgning', parse: 'date' },
    goals: { selector: 'ol.js-maal li', all: true },
    ...responsible('label'),
  },
};

// ---------------------------------------------------------------------------------------------------------------

const pages: PageSpec[] = [
  {
    // Search + list of all citizens (paginated, sorted by surname); no citizen header.
    type: 'citizen-list',
    url: '^/borgere/?(?:[?#]|$)',
    detect: grid('borgere'),
    citizen: false,
    records: [
      {
        kind: 'citizen',
        rows: gridRows('borgere'),
        next: NEXT,
        fields: {
          nativeId,
          name: { column: 'Navn', parse: 'name', required: true },
          cpr: { column: 'CPR-nr.', parse: 'cpr', required: true },
          address: { column: 'Adresse' },
        },
      },
    ],
  },
  {
    // "Overblik": Stamdata (dl), Sager and Kontaktpersoner (grids, never paginated).
    type: 'citizen-overview',
    url: citizenPath(''),
    detect: grid('kontakter'),
    records: [stamdata, caseRows, contactRows],
  },
  { type: 'efforts', url: citizenPath('/indsatser'), detect: grid('indsatser'), records: [effortRows] },
  { type: 'requests', url: citizenPath('/anmodninger'), detect: grid('anmodninger'), records: [requestRows] },
  { type: 'documents', url: citizenPath('/dokumenter'), detect: grid('dokumenter'), records: [documentRows] },
  { type: 'meetings', url: citizenPath('/moeder'), detect: grid('moeder'), records: [meetingRows] },
  {
    // A plan article, or the "Borgeren har ingen plan." panel under the current "Min Plan" tab.
    type: 'plan',
    url: citizenPath('/plan'),
    detect: 'article.js-plan, nav.js-faner a[aria-current="page"][href$="/plan"]',
    records: [planCards],
  },
  // The forms: pages of their own with the citizen header; no records (nothing is on file until it is saved).
  { type: 'request-form', url: citizenPath('/anmodninger/ny'), detect: 'form#ny-anmodning' },
  { type: 'effort-form', url: citizenPath('/indsatser/ny'), detect: 'form#ny-indsats' },
  { type: 'meeting-form', url: citizenPath('/moeder/ny'), detect: 'form#nyt-moede' },
];

export const adapter = {
  id: 'demo-jobsag',
  version: '1.0.0',
  system: 'jobsag',
  name: 'JobSag (demo)',
  sector: 'job',
  origins: [ORIGIN],
  // Every citizen page: section.js-borgerhoved > h1.js-borgernavn "Hansen, Trine" + p.js-borgercpr "CPR-nr. <span>".
  citizen: {
    scope: 'section.js-borgerhoved',
    name: { selector: 'h1.js-borgernavn', parse: 'name' },
    cpr: { selector: '.js-cpr', parse: 'cpr' },
  },
  pages,
  // "Ny anmodning om helbredsoplysninger": the chosen option's text names the information; the recipient is free text.
  requestForm: {
    form: 'form#ny-anmodning',
    infoType: 'select[name="oplysningstype"]',
    recipient: 'input[name="modtager"]',
  },
} satisfies AdapterSpec;

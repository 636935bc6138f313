import type { AdapterSpec, FieldSpec, PageSpec, RecordSpec } from '../../spec';

/**
 * VoksenNet (demo): the adult social services case system (Nexus/Bosted-like) of Demoby Kommune.
 *
 * Test URLs (cases/ holds each page and what must be read from it):
 *   http://localhost:4103/borgerliste
 *   http://localhost:4103/borger/8001                       (Trine Hansen: overview with contacts and a case)
 *   http://localhost:4103/borger/8003                       (Jakob Kjær: overview without cases)
 *   http://localhost:4103/borger/8001/ydelser                (also /8004, Lone Dam: an active and a closed effort)
 *   http://localhost:4103/borger/8002/forespoergsler         (Pernille: two pending, one past its deadline)
 *   http://localhost:4103/borger/8004/forespoergsler         (Lone Dam: "Svar modtaget")
 *   http://localhost:4103/borger/8001/dokumenter             (also /8003: no documents)
 *   http://localhost:4103/borger/8001/aftaler                (also /8019, a generated citizen: two held meetings)
 *   http://localhost:4103/borger/8001/handleplan             (also /8003: no plan)
 *   http://localhost:4103/borger/8001/sager/55001, /ydelser/55002, /forespoergsler/55003, /dokumenter/55004,
 *     /aftaler/55005, /handleplan/55006; /borger/8004/forespoergsler/55016; /borger/8019/aftaler/56089
 *   http://localhost:4103/borger/8001/forespoergsler/ny, /ydelser/ny, /aftaler/ny
 *
 * Quirks handled:
 * - CPR is masked (DDMMYY-xxxx) in the citizen list: list rows get a birth date, never a guessed CPR. The citizen
 *   header shows the full CPR as "CPR: DDMMYY-SSSS".
 * - Dates are written out ("9. oktober 2026"), meetings as "26. november 2026, kl. 13.00"; fees as "kr. 1.544".
 * - Tables have no id column and no row attributes: the native id is the last path segment of the link in the
 *   first cell (one numeric series for all kinds); record pages carry it in section.vn-post[data-post-id].
 * - The plan's law is inside its heading ("Handleplan (SEL § 141)"): the title and legal basis are split by pattern.
 * - Request status "Svar modtaget": the leading "Svar" is stripped so the shared status parser reads "modtaget".
 * - A cookie banner (div#cookiebanner, sticky, with its own form) starts every page until a choice is made; nothing
 *   here reads outside the citizen banner, the tables and the named forms, so it is ignored.
 * - Every list page is detected only when its table or its "no records" marker (p.vn-tom) is there, so a page that
 *   failed to render can never mark a whole list stale.
 *
 * Not readable with the shared runtime (reported, never guessed):
 * - the status words "Booket" (meeting: planned), "Åben"/"Oprettet" (case) and "Kladde" (plan) are unknown to
 *   lib/parse/status.ts, so such records give a read error and are not stored (see the -trine meeting/case cases);
 * - plan goals are <li> items of ul.vn-maal, read one per item; meeting participants are one comma-separated cell.
 */

const ORIGIN = 'http://localhost:4103';

/** A citizen page path: /borger/<id> followed by `rest`, then an optional query (the "?ny=<id>" flash). */
const citizenPath = (rest: string) => `^/borger/[^/?#]+${rest}/?(?:[?#]|$)`;

/** The responsible caseworker, unit and phone, by column (lists) or by label (record pages). */
function responsible(by: 'column' | 'label', withEmail = false): Record<string, FieldSpec> {
  const fields: Record<string, FieldSpec> = {
    'responsible.caseworker': { [by]: 'Ansvarlig', parse: 'name' },
    'responsible.unit': { [by]: 'Enhed', required: true },
    'responsible.phone': { [by]: 'Telefon', parse: 'phone' },
  };
  if (withEmail) fields['responsible.email'] = { [by]: 'E-mail' };
  return fields;
}

/** The native id of a list row: the last segment of the title link's href ("/borger/8001/ydelser/55002"). */
const linkId = (column: string, kind: string): FieldSpec => ({
  column,
  selector: 'a.vn-link',
  attr: 'href',
  pattern: `/${kind}/(\\d+)(?:[?#]|$)`,
  required: true,
});

/** "Sendt – afventer svar" is read as is; "Svar modtaget" loses its "Svar" so the parser reads "modtaget". */
const REQUEST_STATUS_PATTERN = String.raw`^\s*(?:[Ss]var\s+)?(\S[\s\S]*)$`;
/** "Handleplan (SEL § 141)": the title before the parenthesis, and the law inside it. */
const PLAN_TITLE_PATTERN = String.raw`^\s*([^(]*[^(\s])`;
const PLAN_LAW_PATTERN = String.raw`\(([^)]+)\)\s*$`;

const table = (list: string) => `table.vn-tabel[data-liste="${list}"]`;
/** A list page counts once its table, or the "Der er ingen registreringer." marker of that list, is there. */
const listDetect = (list: string) => `${table(list)}, p.vn-tom[data-liste="${list}"]`;


// ---------------------------------------------------------------------------------------------------------------
// Record specs of the list pages (tables, by column header).

const caseRows: RecordSpec = {
  kind: 'case',
  rows: `${table('sager')} tbody tr`,
  completeList: true,
  fields: {
    nativeId: linkId('Sag', 'sager'),
    title: { column: 'Sag', required: true },
    legalBasis: { column: 'Paragraf', parse: 'legalBasis' },
    status: { column: 'Status', parse: 'status', required: true },
    opened: { column: 'Oprettet', parse: 'date' },
    ...responsible('column'),
  },
};

const contactRows: RecordSpec = {
  kind: 'contact',
  rows: `${table('kontakter')} tbody tr`,
  completeList: true,
  fields: {
    nativeId: { attr: 'data-medarbejder', required: true },
    name: { column: 'Navn', parse: 'name', required: true },
    role: { column: 'Rolle' },
    unit: { column: 'Enhed', required: true },
    phone: { column: 'Telefon', parse: 'phone' },
    email: { column: 'E-mail' },
  },
};

const effortRows: RecordSpec = {
  kind: 'effort',
  rows: `${table('ydelser')} tbody tr`,
  completeList: true,
  fields: {
    nativeId: linkId('Ydelse', 'ydelser'),
    title: { column: 'Ydelse', required: true },
    legalBasis: { column: 'Paragraf', parse: 'legalBasis' },
    status: { column: 'Status', parse: 'status', required: true },
    start: { column: 'Bevilget fra', parse: 'date' },
    end: { column: 'Bevilget til', parse: 'date' },
    goal: { column: 'Indsatsmål' },
    ...responsible('column'),
  },
};

const requestRows: RecordSpec = {
  kind: 'request',
  rows: `${table('forespoergsler')} tbody tr`,
  completeList: true,
  fields: {
    nativeId: linkId('Forespørgsel', 'forespoergsler'),
    label: { column: 'Forespørgsel', required: true },
    recipient: { column: 'Modtager' },
    requestedAt: { column: 'Sendt', parse: 'date', required: true },
    deadline: { column: 'Svarfrist', parse: 'date' },
    status: { column: 'Status', pattern: REQUEST_STATUS_PATTERN, parse: 'status', required: true },
    answeredAt: { column: 'Svar modtaget', parse: 'date' },
    fee: { column: 'Honorar', parse: 'money' },
    ...responsible('column'),
  },
};

const documentRows: RecordSpec = {
  kind: 'document',
  rows: `${table('dokumenter')} tbody tr`,
  completeList: true,
  fields: {
    nativeId: linkId('Dokument', 'dokumenter'),
    title: { column: 'Dokument', required: true },
    from: { column: 'Afsender' },
    receivedAt: { column: 'Modtaget', parse: 'date', required: true },
    validUntil: { column: 'Gyldig til', parse: 'date' },
    ...responsible('column'),
  },
};

const meetingRows: RecordSpec = {
  kind: 'meeting',
  rows: `${table('aftaler')} tbody tr`,
  completeList: true,
  fields: {
    nativeId: linkId('Aftale', 'aftaler'),
    title: { column: 'Aftale', required: true },
    at: { column: 'Tidspunkt', parse: 'datetime', required: true },
    place: { column: 'Sted' },
    participants: { column: 'Deltagere', parse: 'list' },
    status: { column: 'Status', parse: 'status', required: true },
    ...responsible('column'),
  },
};

/** Plans are cards, not table rows: heading link + a dl of label/value pairs + the goals list. */
const planCards: RecordSpec = {
  kind: 'plan',
  rows: 'article.vn-handleplan',
  completeList: true,
  fields: {
    nativeId: { selector: 'h2 a.vn-link', attr: 'href', pattern: '/handleplan/(\\d+)(?:[?#]|$)', required: true },
    title: { selector: 'h2', pattern: PLAN_TITLE_PATTERN, required: true },
    legalBasis: { selector: 'h2', pattern: PLAN_LAW_PATTERN, parse: 'legalBasis' },
    goals: { selector: 'ul.vn-maal li', all: true },
    status: { label: 'Status', parse: 'status', required: true },
    created: { label: 'Oprettet', parse: 'date' },
    nextReview: { label: 'Næste opfølgning', parse: 'date' },
    ...responsible('label'),
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Record pages: /borger/<id>/<kind>/<recordId> shows one record as section.vn-post[data-post-id] > h2 + dl.

const POST = 'section.vn-post[data-post-id]';
const postId: FieldSpec = { attr: 'data-post-id', required: true };

function recordPage(type: string, kind: string, record: Omit<RecordSpec, 'rows' | 'completeList'>): PageSpec {
  return { type, url: citizenPath(`/${kind}/\\d+`), detect: POST, records: [{ ...record, rows: POST, completeList: false }] };
}

const recordPages: PageSpec[] = [
  recordPage('case-record', 'sager', {
    kind: 'case',
    fields: {
      nativeId: postId,
      title: { selector: 'h2', required: true },
      legalBasis: { label: 'Paragraf', parse: 'legalBasis' },
      status: { label: 'Status', parse: 'status', required: true },
      opened: { label: 'Oprettet', parse: 'date' },
      closed: { label: 'Lukket', parse: 'date' },
      ...responsible('label', true),
    },
  }),
  recordPage('effort-record', 'ydelser', {
    kind: 'effort',
    fields: {
      nativeId: postId,
      title: { selector: 'h2', required: true },
      legalBasis: { label: 'Paragraf', parse: 'legalBasis' },
      status: { label: 'Status', parse: 'status', required: true },
      start: { label: 'Bevilget fra', parse: 'date' },
      end: { label: 'Bevilget til', parse: 'date' },
      goal: { label: 'Indsatsmål' },
      ...responsible('label', true),
    },
  }),
  recordPage('request-record', 'forespoergsler', {
    kind: 'request',
    fields: {
      nativeId: postId,
      label: { selector: 'h2', required: true },
      recipient: { label: 'Modtager' },
      requestedAt: { label: 'Sendt', parse: 'date', required: true },
      deadline: { label: 'Svarfrist', parse: 'date' },
      status: { label: 'Status', pattern: REQUEST_STATUS_PATTERN, parse: 'status', required: true },
      answeredAt: { label: 'Svar modtaget', parse: 'date' },
      fee: { label: 'Honorar', parse: 'money' },
      ...responsible('label', true),
    },
  }),
  recordPage('document-record', 'dokumenter', {
    kind: 'document',
    fields: {
      nativeId: postId,
      title: { selector: 'h2', required: true },
      from: { label: 'Afsender' },
      receivedAt: { label: 'Modtaget', parse: 'date', required: true },
      validUntil: { label: 'Gyldig til', parse: 'date' },
      ...responsible('label', true),
    },
  }),
  recordPage('meeting-record', 'aftaler', {
    kind: 'meeting',
    fields: {
      nativeId: postId,
      title: { selector: 'h2', required: true },
      at: { label: 'Tidspunkt', parse: 'datetime', required: true },
      place: { label: 'Sted' },
      participants: { label: 'Deltagere', parse: 'list' },
      status: { label: 'Status', parse: 'status', required: true },
      ...responsible('label', true),
    },
  }),
  recordPage('plan-record', 'handleplan', {
    kind: 'plan',
    fields: {
      nativeId: postId,
      title: { selector: 'h2', required: true },
      legalBasis: { label: 'Paragraf', parse: 'legalBasis' },
      status: { label: 'Status', parse: 'status', required: true },
      created: { label: 'Oprettet', parse: 'date' },
      nextReview: { label: 'Næste opfølgning', parse: 'date' },
      goals: { selector: 'ul.vn-maal li', all: true },
      ...responsible('label', true),
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------

export const adapter = {
  id: 'demo-voksennet',
  version: '1.0.0',
  system: 'voksennet',
  name: 'VoksenNet (demo)',
  sector: 'adult',
  origins: [ORIGIN],
  // Every citizen page: section.vn-borgerbanner > h1.vn-navn "Trine Hansen" + p.vn-cpr "CPR: 071085-2344".
  citizen: {
    scope: 'section.vn-borgerbanner',
    name: { selector: 'h1.vn-navn', parse: 'name' },
    cpr: { selector: 'p.vn-cpr', parse: 'cpr' },
  },
  pages: [
    {
      // The list shows every citizen (not paginated, filtered by ?q=), with the CPR masked: birth date only.
      type: 'citizen-list',
      url: '^/borgerliste/?(?:[?#]|$)',
      detect: table('borgere'),
      citizen: false,
      records: [
        {
          kind: 'citizen',
          rows: `${table('borgere')} tbody tr`,
          fields: {
            nativeId: { column: 'Navn', selector: 'a.vn-link', attr: 'href', pattern: '/borger/([^/?#]+)$', required: true },
            name: { column: 'Navn', parse: 'name', required: true },
            cpr: { column: 'CPR', parse: 'cpr' },
            address: { column: 'Adresse' },
          },
        },
      ],
    },
    {
      // Borgeroverblik: Stamoplysninger (dl), Kontaktpersoner and Sager (tables).
      type: 'citizen-overview',
      url: citizenPath(''),
      detect: `${table('kontakter')}`,
      records: [
        {
          kind: 'citizen',
          rows: 'main.vn-indhold',
          fields: {
            nativeId: { selector: 'section.vn-borgerbanner', attr: 'data-borger', required: true },
            name: { label: 'Navn', parse: 'name', required: true },
            cpr: { label: 'CPR-nummer', parse: 'cpr' },
            address: { label: 'Adresse' },
            phone: { label: 'Telefon', parse: 'phone' },
          },
        },
        contactRows,
        caseRows,
      ],
    },
    { type: 'efforts', url: citizenPath('/ydelser'), detect: listDetect('ydelser'), records: [effortRows] },
    { type: 'requests', url: citizenPath('/forespoergsler'), detect: listDetect('forespoergsler'), records: [requestRows] },
    { type: 'documents', url: citizenPath('/dokumenter'), detect: listDetect('dokumenter'), records: [documentRows] },
    { type: 'meetings', url: citizenPath('/aftaler'), detect: listDetect('aftaler'), records: [meetingRows] },
    { type: 'plan', url: citizenPath('/handleplan'), detect: 'article.vn-handleplan, section.vn-kort > p.vn-tom', records: [planCards] },
    ...recordPages,
    // The forms: pages of their own with the citizen header; no records (a form is not on file yet).
    { type: 'request-form', url: citizenPath('/forespoergsler/ny'), detect: 'form#ny-forespoergsel' },
    { type: 'effort-form', url: citizenPath('/ydelser/ny'), detect: 'form#ny-ydelse' },
    { type: 'meeting-form', url: citizenPath('/aftaler/ny'), detect: 'form#ny-aftale' },
  ],
  // "Ny forespørgsel": the type select's chosen option text names the information; the recipient is free text.
  requestForm: {
    form: 'form#ny-forespoergsel',
    infoType: 'select[name="forespoergselstype"]',
    recipient: 'input[name="modtager"]',
  },
} satisfies AdapterSpec;

import type { AdapterSpec, FieldSpec } from '../../spec';

/**
 * BørneSag (demo): the children-and-family system (DUBU/ICS-like) of Demoby Kommune.
 *
 * Test URLs (cases/ holds each page as captured, with the records expected from it):
 *   http://localhost:4102/soeg                                    citizen-list
 *   http://localhost:4102/soeg?q=hansen                           citizen-list
 *   http://localhost:4102/sag/ramme?id=P2001                      case-frame (outer page)
 *   http://localhost:4102/sag/ramme?id=P2002&vis=undersoegelser   case-frame
 *   http://localhost:4102/sag/indhold/overblik?id=P2001           citizen-overview (also P2002, P2003, P2005)
 *   http://localhost:4102/sag/indhold/familie?id=P2001            family (also P2002, P2004, P2005)
 *   http://localhost:4102/sag/indhold/indsatser?id=P2001          efforts (also P2002, P2005; P2003 after adding
 *                                                                 a not yet started effort with the form)
 *   http://localhost:4102/sag/indhold/undersoegelser?id=P2002     requests (also P2003, P2001: empty)
 *   http://localhost:4102/sag/indhold/dokumenter?id=P2002         documents (also P2003, P2001: empty)
 *   http://localhost:4102/sag/indhold/moeder?id=P2001             meetings (also P2004: empty)
 *   http://localhost:4102/sag/indhold/handleplan?id=P2001         plan (also P2005, P2002: no plan)
 *   http://localhost:4102/sag/indhold/ny-anmodning?id=P2002       request-form (the form guard's form)
 *   http://localhost:4102/sag/indhold/ny-indsats?id=P2003         effort-form
 *   http://localhost:4102/sag/indhold/nyt-moede?id=P2004          meeting-form
 *
 * Quirks handled:
 * - The case is an iframe. The outer frame shell (/sag/ramme) and every inner page (/sag/indhold/<view>) are page
 *   types of their own; the content script runs in both frames and each finds its citizen in its own header
 *   (`.bs-sagslinje` in the shell, `.bs-personhoved` inside). The shell only identifies the citizen: its family
 *   tree has no CPR numbers, and citizen records without them would replace the fuller ones read elsewhere.
 * - CPR without a dash (0710852344), dates as 27.11.2026, names "Fornavn Efternavn", no phone in record lists.
 * - The native id is the text of the first column "Sagsnr." (one BS- series for every kind); people have a
 *   Person-id (P2001) in lists and as `data-person-id` on the person header; contacts are keyed by "Initialer".
 * - List pages are recognised only with their table or their explicit "Ingen registreringer.", so a page changed
 *   beyond recognition is not read as an empty complete list (which would mark every stored record stale).
 * - The overview's case table has the headers "Sagsnr." and "Sag", and the runtime's column match is by prefix,
 *   so `column: 'Sag'` would read "Sagsnr.". The case title is read by its position counted from the row's end
 *   (an inserted column elsewhere keeps it; every other field is read by header, so a renamed table still fails).
 * - Effort status "Bevilget, ikke startet" means planned (the status parser knows the whole phrase); a request's
 *   bare "Afventer" means awaiting an answer (mapped per field: elsewhere "afventer" is ambiguous).
 * - Meetings: date ("Dato") and time ("Kl.") are two cells, read together; participants are "; "-separated.
 * - The family view lists the OTHER members only, with their relation to the page's person (Mor/Far/Søn/Datter,
 *   Bror/Søster). Siblings of a child are children of the household, so those rows get relation "child" as a
 *   constant. Children are read before parents: see the comment on the family page.
 */

/** Every BørneSag record row names its caseworker ("Rådgiver") and team ("Team"); no phone in the lists. */
const responsible: Record<string, FieldSpec> = {
  'responsible.caseworker': { column: 'Rådgiver' },
  'responsible.unit': { column: 'Team', required: true },
};

/** The first column of every BørneSag list. */
const sagsnr: FieldSpec = { column: 'Sagsnr.', required: true };

/** An inner page of the case frame: `/sag/indhold/<view>?id=P…`, recognised by the view the body names. */
const inner = (view: string) => ({
  url: `^/sag/indhold/${view}\\?`,
  detect: `body.bs-side[data-visning="${view}"]`,
});

/** A list page is only recognised with its table or its explicit "Ingen registreringer.", so a page that
 * changed beyond recognition is not taken as an empty list (which would mark every stored record stale). */
const list = (view: string) => ({
  url: `^/sag/indhold/${view}\\?`,
  detect: `body.bs-side[data-visning="${view}"] table.bs-tabel[data-liste="${view}"], body.bs-side[data-visning="${view}"] p.bs-tom[data-liste="${view}"]`,
});

/** Family members as the relations table shows them; the relation is set per row type below. */
const memberFields: Record<string, FieldSpec> = {
  nativeId: { column: 'Person-id', required: true },
  name: { column: 'Navn', parse: 'name', required: true },
  birthDate: { column: 'Fødselsdato', parse: 'date' },
  cpr: { column: 'CPR-nr.', parse: 'cpr' },
};

export const adapter: AdapterSpec = {
  id: 'demo-boernesag',
  version: '1.0.0',
  system: 'boernesag',
  name: 'BørneSag (demo)',
  sector: 'children',
  origins: ['http://localhost:4102'],
  citizen: {
    // Inner pages have the person header, the outer frame shell its case line; a page has one or the other.
    scope: '.bs-personhoved, .bs-sagslinje',
    name: { selector: '.bs-navn', parse: 'name' },
    cpr: { selector: '.bs-cpr', parse: 'cpr' },
  },
  pages: [
    {
      type: 'citizen-list',
      url: '^/soeg(?:\\?|$)',
      detect: 'table.bs-tabel[data-liste="personer"]',
      citizen: false,
      records: [
        {
          // A search result, not a complete list. No relation: "Rolle" is the role in the person's own family,
          // and relating every hit of a search to every other would invent one household.
          kind: 'citizen',
          rows: 'table[data-liste="personer"] tbody tr',
          fields: memberFields,
        },
      ],
    },
    {
      type: 'case-frame',
      url: '^/sag/ramme\\?',
      detect: 'iframe#indhold',
      records: [],
    },
    {
      type: 'citizen-overview',
      ...inner('overblik'),
      records: [
        {
          kind: 'citizen',
          rows: 'body.bs-side[data-visning="overblik"]',
          fields: {
            nativeId: { selector: '.bs-personhoved', attr: 'data-person-id', required: true },
            name: { selector: '.bs-personhoved .bs-navn', parse: 'name', required: true },
            cpr: { selector: '.bs-personhoved .bs-cpr', parse: 'cpr' },
            // "Adresse" and "Telefon" from the details list (dl.bs-oplysninger); "—" when there is no phone.
            address: { label: 'Adresse' },
            phone: { label: 'Telefon', parse: 'phone' },
          },
        },
        {
          kind: 'case',
          rows: 'table[data-liste="sager"] tbody tr',
          completeList: true,
          fields: {
            nativeId: sagsnr,
            // Column "Sag" (see the header comment): sixth cell from the end of Sagsnr., Sag, Paragraf, Status,
            // Oprettet, Rådgiver, Team.
            title: { selector: 'td:nth-last-child(6)', required: true },
            legalBasis: { column: 'Paragraf', parse: 'legalBasis' },
            status: { column: 'Status', parse: 'status', required: true },
            opened: { column: 'Oprettet', parse: 'date' },
            ...responsible,
          },
        },
        {
          kind: 'contact',
          rows: 'table[data-liste="kontakter"] tbody tr',
          completeList: true,
          fields: {
            nativeId: { column: 'Initialer', required: true },
            name: { column: 'Navn', parse: 'name', required: true },
            role: { column: 'Funktion' },
            unit: { column: 'Team', required: true },
            phone: { column: 'Telefon', parse: 'phone' },
            email: { column: 'E-mail' },
          },
        },
      ],
    },
    {
      type: 'family',
      ...inner('familie'),
      // Children before parents, on purpose: the runtime relates the rows to each other in record order and
      // drops each row's role once it is done with it, so a parent read before a child would be that child's
      // "sibling". Read in this order every child-parent pair comes out right.
      // The page's own person is not a row, and the runtime relates rows only to each other, so that person is
      // left out of the household here (Martin's page links Trine and Mie; Trine's page links Martin and Mie).
      // Adding the person header as a record would fix it, but no field can make that record depend on the
      // relations table being readable, and a renamed table must store nothing of the family.
      records: [
        {
          // A parent's page: the children, "Søn"/"Datter".
          kind: 'citizen',
          rows: 'table[data-liste="relationer"] tbody tr[data-relation="barn"]',
          fields: { ...memberFields, relation: { column: 'Relation', parse: 'relation', required: true } },
        },
        {
          // A child's page: "Bror"/"Søster", the other children of the household.
          kind: 'citizen',
          rows: 'table[data-liste="relationer"] tbody tr[data-relation="søskende"]',
          fields: memberFields,
          constants: { relation: 'child' },
        },
        {
          // A child's page: the parents, "Mor"/"Far".
          kind: 'citizen',
          rows: 'table[data-liste="relationer"] tbody tr[data-relation="forælder"]',
          fields: { ...memberFields, relation: { column: 'Relation', parse: 'relation', required: true } },
        },
        {
          // Any other row is read by its Relation text, so an unknown relation is an error, not a lost row.
          kind: 'citizen',
          rows: 'table[data-liste="relationer"] tbody tr:not([data-relation="barn"]):not([data-relation="søskende"]):not([data-relation="forælder"])',
          fields: { ...memberFields, relation: { column: 'Relation', parse: 'relation', required: true } },
        },
      ],
    },
    {
      type: 'efforts',
      ...list('indsatser'),
      records: [
        {
          kind: 'effort',
          rows: 'table[data-liste="indsatser"] tbody tr',
          completeList: true,
          fields: {
            nativeId: sagsnr,
            title: { column: 'Indsats', required: true },
            legalBasis: { column: 'Paragraf', parse: 'legalBasis' },
            status: {
              column: 'Status',
              parse: 'status',
              required: true,
            },
            start: { column: 'Fra', parse: 'date' },
            end: { column: 'Til', parse: 'date' },
            goal: { column: 'Formål' },
            ...responsible,
          },
        },
      ],
    },
    {
      type: 'requests',
      ...list('undersoegelser'),
      records: [
        {
          kind: 'request',
          rows: 'table[data-liste="undersoegelser"] tbody tr',
          completeList: true,
          fields: {
            nativeId: sagsnr,
            label: { column: 'Type', required: true },
            recipient: { column: 'Modtager' },
            requestedAt: { column: 'Anmodet', parse: 'date', required: true },
            deadline: { column: 'Svarfrist', parse: 'date' },
            status: { column: 'Status', parse: 'status', required: true, map: { afventer: 'afventer svar' } },
            // "Modtaget" is the answer date (not "Modtager", the recipient).
            answeredAt: { column: 'Modtaget', parse: 'date' },
            fee: { column: 'Honorar', parse: 'money' },
            ...responsible,
          },
        },
      ],
    },
    {
      type: 'documents',
      ...list('dokumenter'),
      records: [
        {
          kind: 'document',
          rows: 'table[data-liste="dokumenter"] tbody tr',
          completeList: true,
          fields: {
            nativeId: sagsnr,
            title: { column: 'Dokument', required: true },
            from: { column: 'Fra' },
            receivedAt: { column: 'Modtaget', parse: 'date', required: true },
            validUntil: { column: 'Gyldig til', parse: 'date' },
            ...responsible,
          },
        },
      ],
    },
    {
      type: 'meetings',
      ...list('moeder'),
      records: [
        {
          kind: 'meeting',
          rows: 'table[data-liste="moeder"] tbody tr',
          completeList: true,
          fields: {
            nativeId: sagsnr,
            title: { column: 'Mødetype', required: true },
            // The time is in its own column "Kl." (09.00); a field reads one cell, so this cannot give a date
            // and time and every meeting row is reported as unreadable rather than stored at midnight.
            at: { column: ['Dato', 'Kl.'], parse: 'datetime', required: true },
            participants: { column: 'Deltagere', parse: 'list' },
            place: { column: 'Sted' },
            status: { column: 'Status', parse: 'status', required: true },
            ...responsible,
          },
        },
      ],
    },
    {
      type: 'plan',
      url: '^/sag/indhold/handleplan\\?',
      detect: 'body.bs-side[data-visning="handleplan"] div.bs-plan, body.bs-side[data-visning="handleplan"] p.bs-tom',
      records: [
        {
          // One `div.bs-plan` per plan: a label table (th[scope=row] + td), then its goals in `table.bs-maal`.
          kind: 'plan',
          rows: 'div.bs-plan',
          completeList: true,
          fields: {
            nativeId: { selector: 'table.bs-planinfo td.bs-sagsnr', required: true },
            title: { label: 'Plan', required: true },
            legalBasis: { label: 'Paragraf', parse: 'legalBasis' },
            status: { label: 'Status', parse: 'status', required: true },
            created: { label: 'Oprettet', parse: 'date' },
            nextReview: { label: 'Næste opfølgning', parse: 'date' },
            'responsible.caseworker': { label: 'Rådgiver' },
            'responsible.unit': { label: 'Team', required: true },
            'responsible.phone': { label: 'Telefon', parse: 'phone' },
            // Table "Mål i planen" (Nr., Mål): one goal per row, the text in the last cell.
            goals: { selector: 'table.bs-maal tbody tr > td:last-child', all: true },
          },
        },
      ],
    },
    { type: 'request-form', ...inner('ny-anmodning'), detect: 'form#ny-anmodning', records: [] },
    { type: 'effort-form', ...inner('ny-indsats'), detect: 'form#ny-indsats', records: [] },
    { type: 'meeting-form', ...inner('nyt-moede'), detect: 'form#nyt-moede', records: [] },
  ],
  requestForm: {
    form: 'form#ny-anmodning',
    // The selected option's text, e.g. "Psykologisk vurdering ved skolepsykolog (PPR)".
    infoType: 'select[name="oplysningstype"]',
    recipient: 'input[name="modtager"]',
  },
};

import type { AdapterSpec, FieldSpec } from '../../spec';

/**
 * SundhedsPortalen (demo): the health and rehabilitation system, a client-side SPA.
 *
 * Test URLs (demo instance; cases are saved as if from port 4104):
 *   http://localhost:4104/                      citizen list     http://localhost:4104/?q=Hansen   search
 *   http://localhost:4104/borger/1003           overview         (Jakob Kjær; also 1001 Trine Hansen, 1004 Aisha Rahimi)
 *   http://localhost:4104/borger/1003/forloeb   efforts          (also 1002 Pernille, 1001 Trine: empty list)
 *   http://localhost:4104/borger/1003/henvisninger   requests    (also 1001 Trine)
 *   http://localhost:4104/borger/1003/udtalelser     documents   (also 1004 Aisha)
 *   http://localhost:4104/borger/1003/aftaler   meetings         (also 1002 Pernille)
 *   http://localhost:4104/borger/1003/plan      plan             (also 1001 Trine: no plan)
 *   http://localhost:4104/borger/1003/ny/anmodning | ny/forloeb | ny/aftale   forms
 *
 * Quirks handled:
 * - Every URL returns the same empty shell; the data arrives ~300 ms later as JSON and is rendered client-side, and
 *   tabs change the URL with history.pushState. Each page's `detect` selector (the rendered tab section, list table
 *   or form) only exists once the data has rendered, and render() clears the old view synchronously when the URL
 *   changes, so a page is never read with the previous page's data.
 * - No tables for records: each record is a card `article.sp-card[data-record-id][data-kind]` with a `dl` of
 *   `dt` label / `dd` value pairs (empty `dd` when missing), read by label. The native id is `data-record-id`.
 * - CPR as 10 digits without a dash; names "Fornavn Efternavn".
 * - Mixed date formats on one card: ISO `2026-10-19` (Anmodet, Start, Slut, Gyldig til, Oprettet) next to short
 *   `19/10-26` (Svarfrist, Besvaret, Modtaget, Næste opfølgning) and `13/4-26 kl. 08:30` for meetings.
 * - Fees as "397 kr."; statuses are the UI words (Planlagt, Aktiv, Afventer svar, Besvaret, Afsluttet, Annulleret).
 * - Plan goals are an `ol.sp-goals` whose `li` items have no separator between them: read one per item (`all`).
 * - Meeting participants are one comma-separated "Deltagere" value.
 * - The request form's "Modtager" is empty by default ("Tom = standardmodtager"): the real recipient then follows
 *   from the chosen type on the server, so the form guard may read no recipient.
 * - No family view: the system has none (families live in BørneSag).
 */

/** Responsible person on every card: "Behandler", "Enhed", "Telefon". */
const responsible = {
  'responsible.caseworker': { label: 'Behandler', parse: 'name' },
  'responsible.unit': { label: 'Enhed', required: true },
  'responsible.phone': { label: 'Telefon', parse: 'phone' },
} satisfies Record<string, FieldSpec>;

const nativeId = { attr: 'data-record-id', required: true } satisfies FieldSpec;
const cardTitle = { selector: 'h3.sp-card-title', required: true } satisfies FieldSpec;

/** A citizen page: /borger/<id>/<tab>, any query (e.g. ?delay=0). */
const citizenUrl = (tail: string) => `^/borger/[^/?#]+${tail}/?(?:\\?.*)?$`;

export const adapter: AdapterSpec = {
  id: 'demo-sundhedsportalen',
  version: '1.0.0',
  system: 'sundhedsportalen',
  name: 'SundhedsPortalen (demo)',
  sector: 'health',
  origins: ['http://localhost:4104'],
  citizen: {
    scope: 'header.sp-patient',
    name: { selector: '.sp-patient-name', parse: 'name' },
    cpr: { selector: '.sp-patient-cpr', parse: 'cpr' },
  },
  pages: [
    {
      type: 'citizen-list',
      url: '^/(?:borgere/?)?(?:\\?.*)?$',
      detect: 'table.sp-table[data-list="borgere"]',
      citizen: false,
      records: [
        {
          kind: 'citizen',
          rows: 'table.sp-table[data-list="borgere"] tbody tr',
          fields: {
            nativeId: { attr: 'data-record-id', required: true },
            name: { column: 'Navn', parse: 'name', required: true },
            cpr: { column: 'CPR', parse: 'cpr' },
            birthDate: { column: 'Født', parse: 'date' },
          },
        },
      ],
    },
    {
      type: 'citizen-overview',
      url: citizenUrl(''),
      detect: 'section.sp-tab[data-tab="overblik"]',
      records: [
        {
          kind: 'citizen',
          rows: '#app',
          fields: {
            nativeId: { selector: 'header.sp-patient', attr: 'data-borger-id', required: true },
            name: { selector: 'header.sp-patient .sp-patient-name', parse: 'name', required: true },
            cpr: { selector: 'header.sp-patient .sp-patient-cpr', parse: 'cpr' },
            address: { label: 'Adresse' },
            phone: { label: 'Telefon', parse: 'phone' },
          },
        },
        {
          kind: 'contact',
          rows: 'ul.sp-contacts > li.sp-contact',
          completeList: true,
          fields: {
            nativeId: { attr: 'data-contact-id', required: true },
            name: { selector: '.sp-contact-name', parse: 'name', required: true },
            role: { selector: '.sp-contact-role' },
            unit: { selector: '.sp-contact-unit', required: true },
            phone: { selector: '.sp-contact-phone', parse: 'phone' },
            email: { selector: 'a.sp-contact-email' },
          },
        },
      ],
    },
    {
      type: 'efforts',
      url: citizenUrl('/forloeb'),
      detect: 'section.sp-tab[data-tab="forloeb"]',
      records: [
        {
          kind: 'effort',
          rows: 'article.sp-card[data-kind="forloeb"]',
          completeList: true,
          fields: {
            nativeId,
            title: cardTitle,
            legalBasis: { label: 'Lovgrundlag', parse: 'legalBasis' },
            status: { label: 'Status', parse: 'status', required: true },
            start: { label: 'Start', parse: 'date' },
            end: { label: 'Slut', parse: 'date' },
            goal: { label: 'Mål' },
            ...responsible,
          },
        },
      ],
    },
    {
      type: 'requests',
      url: citizenUrl('/henvisninger'),
      detect: 'section.sp-tab[data-tab="henvisninger"]',
      records: [
        {
          kind: 'request',
          rows: 'article.sp-card[data-kind="anmodning"]',
          completeList: true,
          fields: {
            nativeId,
            label: cardTitle,
            recipient: { label: 'Modtager' },
            requestedAt: { label: 'Anmodet', parse: 'date', required: true },
            deadline: { label: 'Svarfrist', parse: 'date' },
            status: { label: 'Status', parse: 'status', required: true },
            answeredAt: { label: 'Besvaret', parse: 'date' },
            fee: { label: 'Gebyr', parse: 'money' },
            ...responsible,
          },
        },
      ],
    },
    {
      type: 'documents',
      url: citizenUrl('/udtalelser'),
      detect: 'section.sp-tab[data-tab="udtalelser"]',
      records: [
        {
          kind: 'document',
          rows: 'article.sp-card[data-kind="udtalelse"]',
          completeList: true,
          fields: {
            nativeId,
            title: cardTitle,
            from: { label: 'Afsender' },
            receivedAt: { label: 'Modtaget', parse: 'date', required: true },
            validUntil: { label: 'Gyldig til', parse: 'date' },
            ...responsible,
          },
        },
      ],
    },
    {
      type: 'meetings',
      url: citizenUrl('/aftaler'),
      detect: 'section.sp-tab[data-tab="aftaler"]',
      records: [
        {
          kind: 'meeting',
          rows: 'article.sp-card[data-kind="aftale"]',
          completeList: true,
          fields: {
            nativeId,
            title: cardTitle,
            at: { label: 'Tidspunkt', parse: 'datetime', required: true },
            place: { label: 'Sted' },
            participants: { label: 'Deltagere', parse: 'list' },
            status: { label: 'Status', parse: 'status', required: true },
            ...responsible,
          },
        },
      ],
    },
    {
      type: 'plan',
      url: citizenUrl('/plan'),
      detect: 'section.sp-tab[data-tab="plan"]',
      records: [
        {
          kind: 'plan',
          rows: 'article.sp-card[data-kind="plan"]',
          completeList: true,
          fields: {
            nativeId,
            title: cardTitle,
            legalBasis: { label: 'Lovgrundlag', parse: 'legalBasis' },
            status: { label: 'Status', parse: 'status', required: true },
            created: { label: 'Oprettet', parse: 'date' },
            nextReview: { label: 'Næste opfølgning', parse: 'date' },
            goals: { selector: 'ol.sp-goals li', all: true },
            ...responsible,
          },
        },
      ],
    },
    { type: 'request-form', url: citizenUrl('/ny/anmodning'), detect: 'form.sp-form#ny-anmodning' },
    { type: 'effort-form', url: citizenUrl('/ny/forloeb'), detect: 'form.sp-form#ny-forloeb' },
    { type: 'meeting-form', url: citizenUrl('/ny/aftale'), detect: 'form.sp-form#ny-aftale' },
  ],
  requestForm: { form: 'form.sp-form#ny-anmodning', infoType: 'select[name="type"]', recipient: 'input[name="modtager"]' },
};

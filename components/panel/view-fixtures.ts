/** A PanelView as the background would build it, for component tests. Fictional people only. */
import type { StoredRecord } from '@/lib/db/queries';
import type { CaseworkRecord } from '@/lib/model';
import type { PanelView } from '@/lib/service/panel-view';

export const TRINE = '0101831234';
export const MARTIN = '1205101235';
const T0 = '2025-03-01T10:00:00.000Z';

const prov = (system: string, id: string) => ({ system, url: `http://localhost:4101/${system}/${id}`, adapterId: system, adapterVersion: '1', seenAt: T0 });

export function stored(r: CaseworkRecord, over: Partial<StoredRecord> = {}): StoredRecord {
  return { ...r, stale: false, firstSeen: T0, lastSeen: T0, linkState: 'auto', linkedCpr: r.citizen.cpr ?? '', ...over } as StoredRecord;
}

export const jobEffort = stored({
  system: 'jobsag', sector: 'job', kind: 'effort', nativeId: 'E1', citizen: { cpr: TRINE }, provenance: prov('jobsag', 'E1'),
  title: 'Mentorstøtte', category: 'mentor', status: 'active', start: '2025-01-06', end: '2025-06-30',
  responsible: { unit: 'Jobcenter Demoby', caseworker: 'Lene Bro', phone: '44 55 66 77', email: 'lene.bro@demoby.dk' },
});
export const jobRequest = stored({
  system: 'jobsag', sector: 'job', kind: 'request', nativeId: 'R1', citizen: { cpr: TRINE }, provenance: prov('jobsag', 'R1'),
  infoType: 'LAE265', label: 'LÆ 265 Lægeattest til rehabiliteringsteamet', requestedAt: '2025-02-05', status: 'pending',
  responsible: { unit: 'Jobcenter Demoby', caseworker: 'Lene Bro', phone: '44 55 66 77' },
});
export const adultMeeting = stored({
  system: 'voksennet', sector: 'adult', kind: 'meeting', nativeId: 'M1', citizen: { cpr: TRINE }, provenance: prov('voksennet', 'M1'),
  title: 'Opfølgning <img src=x onerror=alert(1)>', at: '2025-03-12T10:00', participants: [], status: 'planned',
  responsible: { unit: 'Socialafdelingen', caseworker: 'Maja Holm' },
}, { stale: true, staleSince: '2025-03-05T08:00:00.000Z' });
export const contact = stored({
  system: 'jobsag', sector: 'job', kind: 'contact', nativeId: 'K1', citizen: { cpr: TRINE }, provenance: prov('jobsag', 'K1'),
  name: 'Ali Demir', role: 'Mentor', unit: 'Jobcenter Demoby', phone: '44 55 66 88',
});

export function makeView(over: Partial<PanelView> = {}): PanelView {
  return {
    language: 'da',
    now: '2025-03-10T09:00:00.000Z',
    user: { name: 'Lene Bro', sector: 'job', unit: 'Jobcenter Demoby' },
    readable: true,
    system: 'jobsag',
    pageType: 'citizen',
    pageCitizen: { cpr: TRINE },
    errors: [],
    morePages: false,
    citizen: { cpr: TRINE, name: 'Trine Hansen' },
    family: [{ cpr: MARTIN, name: 'Martin Hansen' }],
    records: [jobEffort, jobRequest, adultMeeting, contact],
    hidden: [{ sector: 'health', records: 3, byKind: { effort: 1, document: 2 }, citizens: [TRINE] }],
    flags: [
      {
        id: 'f1', rule: 'duplicate-request', citizens: [TRINE], recordKeys: ['jobsag|request|R1'],
        reason: 'LÆ 265 er bestilt to gange.', reasonEn: 'LÆ 265 was requested twice.', status: 'open', detectedAt: '2025-03-01T10:00:00.000Z',
      },
      { id: 'f2', rule: 'parallel-efforts', status: 'open', citizens: [TRINE], hidden: true, sectors: ['health'] },
    ],
    consent: {
      rows: [],
      summaries: [
        { cpr: TRINE, level: 'none', sectors: [], active: [], inactive: [] },
        { cpr: MARTIN, level: 'none', sectors: [], active: [], inactive: [] },
      ],
    },
    otherPlans: [],
    contacts: [
      { name: 'Lene Bro', unit: 'Jobcenter Demoby', sector: 'job', phone: '44 55 66 77', email: 'lene.bro@demoby.dk', systems: ['jobsag'], records: 2 },
      { name: 'Ali Demir', role: 'Mentor', unit: 'Jobcenter Demoby', sector: 'job', phone: '44 55 66 88', systems: ['jobsag'], records: 1 },
    ],
    ...over,
  };
}

/**
 * The DESIGN.md personas end to end: records as the adapters would deliver them, linked by CPR (plus one
 * confirmed suggestion), scoped by family, detected. Each persona must show exactly the overlaps the experiment
 * is about, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import type { CaseworkRecord } from '../model/record';
import { recordKey } from '../model/record';
import { familyScope } from '../link/family';
import { linkRecords } from '../link/link-records';
import type { LinkDecision } from '../link/types';
import { checkNewRequest, detectAll, mergeFlagStatus } from './index';
import { citizen, context, document, effort, meeting, plan, request } from './test-records';

const NOW = '2026-11-20';
const PERNILLE = '0304054012';
const TRINE = '1203852345';
const MARTIN = '0702124111';
const MIE = '1505094222';
const JAKOB = '2208921357';
const OLE = '0101604321';
const REHAB = 'rehabilitation-team-statement';

const maskedPernille = effort({ id: 'pe4', cpr: PERNILLE, sector: 'adult', unit: 'Rusmiddelcenteret', title: 'Opfølgning på misbrug', category: 'substance-abuse', start: '2026-05-01' });
// The adult system shows only 030405-xxxx and the name in its own spelling.
const pernilleSubstance: CaseworkRecord = { ...maskedPernille, citizen: { birthDate: '2005-04-03', name: 'Soerensen, Pernille' } };

const pernille = [
  citizen({ id: 'pc', cpr: PERNILLE, name: 'Sørensen, Pernille' }),
  effort({ id: 'pe1', cpr: PERNILLE, unit: 'Team Ressource', title: 'Ressourceforløb', category: 'resource-course', start: '2026-03-01' }),
  effort({ id: 'pe2', cpr: PERNILLE, unit: 'Team Ressource', title: 'Mentorstøtte 3 timer om ugen', category: 'mentor', start: '2026-04-01' }),
  effort({ id: 'pe3', cpr: PERNILLE, sector: 'health', unit: 'Distriktspsykiatrien', title: 'Psykiatrisk behandling', category: 'treatment', start: '2026-01-15' }),
  pernilleSubstance,
  effort({ id: 'pe5', cpr: PERNILLE, unit: 'Ungeenheden', title: 'Ungdommens Uddannelsesvejledning', category: 'education-job', start: '2026-02-01' }),
  plan({ id: 'pp1', cpr: PERNILLE, unit: 'Team Ressource', title: 'Jobplan', nextReview: '2026-12-15' }),
  plan({ id: 'pp2', cpr: PERNILLE, sector: 'adult', unit: 'Team Nord', title: 'Handleplan § 141', nextReview: '2027-01-10' }),
  plan({ id: 'pp3', cpr: PERNILLE, sector: 'health', unit: 'Distriktspsykiatrien', title: 'Behandlingsplan', nextReview: '2026-12-01' }),
  meeting({ id: 'pm1', cpr: PERNILLE, unit: 'Team Ressource', title: 'Opfølgningssamtale', at: '2026-11-23T10:00' }),
  meeting({ id: 'pm2', cpr: PERNILLE, sector: 'adult', unit: 'Team Nord', title: 'Statusmøde', at: '2026-11-25T13:00' }),
  meeting({ id: 'pm3', cpr: PERNILLE, sector: 'health', unit: 'Distriktspsykiatrien', title: 'Behandlingssamtale', at: '2026-11-27T09:30' }),
];

const family = [
  citizen({ id: 'tc', cpr: TRINE, sector: 'children', name: 'Hansen, Trine', relations: [{ role: 'child', name: 'Martin Hansen', cpr: MARTIN }] }),
  citizen({ id: 'tcj', cpr: TRINE, name: 'Trine Hansen' }),
  citizen({ id: 'mc', cpr: MARTIN, sector: 'children', name: 'Hansen, Martin', relations: [{ role: 'parent', name: 'Trine Hansen', cpr: TRINE }] }),
  citizen({ id: 'ic', cpr: MIE, sector: 'children', name: 'Hansen, Mie', relations: [{ role: 'sibling', name: 'Martin Hansen', cpr: MARTIN }] }),
  effort({ id: 'te1', cpr: TRINE, unit: 'Team Kontanthjælp', title: 'Mentorforløb', category: 'mentor', start: '2026-08-01' }),
  effort({ id: 'te2', cpr: TRINE, sector: 'adult', unit: 'Handicap og Psykiatri', title: 'Socialpædagogisk støtte § 85', category: 'home-support', start: '2026-06-01', end: '2027-05-31' }),
  effort({ id: 'te3', cpr: TRINE, sector: 'health', unit: 'Smerteklinik', title: 'Smertebehandling', category: 'treatment', start: '2026-07-01' }),
  effort({ id: 'me1', cpr: MARTIN, sector: 'children', unit: 'Familierådgivningen', title: 'Familiebehandling', category: 'family-treatment', start: '2026-09-01' }),
  effort({ id: 'me2', cpr: MARTIN, sector: 'health', unit: 'Børne- og ungdomspsykiatri', title: 'ADHD-medicinering', category: 'treatment', start: '2026-05-01' }),
  effort({ id: 'ie1', cpr: MIE, sector: 'children', unit: 'PPR', title: 'Støtte ved skolefravær', category: 'school-support', start: '2026-10-01' }),
  request({ id: 'mr1', cpr: MARTIN, sector: 'children', unit: 'PPR', infoType: 'psychological-assessment', requestedAt: '2026-11-10' }),
  document({ id: 'md1', cpr: MARTIN, sector: 'children', unit: 'Familierådgivningen', infoType: 'psychological-assessment', receivedAt: '2026-09-15' }),
  meeting({ id: 'tm1', cpr: TRINE, unit: 'Team Kontanthjælp', at: '2026-11-24T09:00' }),
  meeting({ id: 'tm2', cpr: TRINE, sector: 'health', unit: 'Smerteklinik', at: '2026-12-15T11:00' }),
  meeting({ id: 'mm1', cpr: MARTIN, sector: 'children', unit: 'Skolen', at: '2026-11-26T14:00' }),
  meeting({ id: 'im1', cpr: MIE, sector: 'children', unit: 'PPR', at: '2026-11-25T10:00' }),
  plan({ id: 'tp1', cpr: TRINE, unit: 'Team Kontanthjælp', title: 'Jobplan', nextReview: '2027-01-15' }),
  plan({ id: 'mp1', cpr: MARTIN, sector: 'children', unit: 'Familierådgivningen', title: 'Handleplan', nextReview: '2027-02-01' }),
];

const jakob = [
  citizen({ id: 'jc', cpr: JAKOB, name: 'Jakob Nielsen' }),
  effort({ id: 'je1', cpr: JAKOB, unit: 'Team Ressource', title: 'Ressourceforløb', category: 'resource-course', start: '2026-06-01' }),
  effort({ id: 'je2', cpr: JAKOB, sector: 'health', unit: 'Genoptræning', title: 'Smertehåndteringsforløb', category: 'rehabilitation', start: '2026-09-01' }),
  effort({ id: 'je3', cpr: JAKOB, sector: 'health', unit: 'Smerteklinik', title: 'Henvist til smerteklinik', category: 'treatment', status: 'planned', start: '2026-12-01' }),
  effort({ id: 'je4', cpr: JAKOB, sector: 'adult', unit: 'Hjemmeplejen', title: 'Personlig og praktisk hjælp § 83', category: 'other', start: '2026-04-01' }),
  request({ id: 'jr1', cpr: JAKOB, unit: 'Team Ressource', infoType: REHAB, label: 'LÆ 265', requestedAt: '2026-11-02' }),
  request({ id: 'jr2', cpr: JAKOB, sector: 'adult', unit: 'Team Nord', infoType: REHAB, label: 'Lægeattest', requestedAt: '2026-11-16' }),
  plan({ id: 'jp1', cpr: JAKOB, unit: 'Team Ressource', title: 'Jobplan', nextReview: '2027-01-05' }),
  plan({ id: 'jp2', cpr: JAKOB, sector: 'health', unit: 'Genoptræning', title: 'Genoptræningsplan', status: 'closed' }),
  meeting({ id: 'jm1', cpr: JAKOB, unit: 'Team Ressource', at: '2026-11-23T10:00' }),
  meeting({ id: 'jm2', cpr: JAKOB, sector: 'health', unit: 'Genoptræning', at: '2026-12-10T10:00' }),
];

const ole = [
  citizen({ id: 'oc', cpr: OLE, name: 'Ole Madsen' }),
  effort({ id: 'oe1', cpr: OLE, unit: 'Team Job', title: 'Virksomhedspraktik', category: 'education-job', start: '2026-09-01', end: '2026-12-31' }),
  plan({ id: 'op1', cpr: OLE, unit: 'Team Job', title: 'Jobplan', nextReview: '2026-12-01' }),
  meeting({ id: 'om1', cpr: OLE, unit: 'Team Job', at: '2026-11-24T10:00' }),
  document({ id: 'od1', cpr: OLE, sector: 'health', unit: 'Genoptræning', infoType: 'status-statement', receivedAt: '2026-10-01' }),
  request({ id: 'or1', cpr: OLE, infoType: 'chronic-illness', requestedAt: '2026-10-01', answeredAt: '2026-10-10', status: 'answered' }),
];

const all = [...pernille, ...family, ...jakob, ...ole];
const confirmed: LinkDecision[] = [{ recordKey: recordKey(pernilleSubstance), cpr: PERNILLE, decision: 'confirmed' }];

/** What the store does between linking and detection: stamp the linked CPR on each record, scope by family. */
function contextFor(cpr: string, records: CaseworkRecord[], decisions: LinkDecision[]) {
  const { byCitizen } = linkRecords(records, decisions);
  const cprOf = new Map<string, string>();
  for (const [c, keys] of byCitizen) for (const k of keys) cprOf.set(k, c);
  const linked = records.filter((r) => cprOf.has(recordKey(r))).map((r) => ({ ...r, citizen: { ...r.citizen, cpr: cprOf.get(recordKey(r))! } }));
  const scope = familyScope(linked.filter((r) => r.kind === 'citizen')).get(cpr) ?? new Set([cpr]);
  return context(linked.filter((r) => scope.has(r.citizen.cpr)), NOW);
}

const rulesOf = (cpr: string, decisions = confirmed) => detectAll(contextFor(cpr, all, decisions)).map((f) => f.rule).sort();

describe('personas', () => {
  it('Pernille: three active plans and three meetings in one week, nothing else', () => {
    const flags = detectAll(contextFor(PERNILLE, all, confirmed));
    expect(flags.map((f) => f.rule).sort()).toEqual(['meeting-cluster', 'multiple-plans']);
    expect(flags.find((f) => f.rule === 'multiple-plans')?.recordKeys).toHaveLength(3);
    expect(flags.find((f) => f.rule === 'meeting-cluster')?.reason).toMatch(/^Tre møder inden for 4 dage i tre forskellige enheder/);
  });

  it('Pernille: the masked-CPR record is only suggested until a caseworker confirms it', () => {
    const { suggestions } = linkRecords(all, []);
    const s = suggestions.find((x) => x.recordKey === recordKey(pernilleSubstance));
    expect(s?.candidates.map((c) => c.cpr)).toEqual([PERNILLE]);
    expect(s?.reasons).toContain('name-danish-letters');
    expect(contextFor(PERNILLE, all, []).records.map(recordKey)).not.toContain(recordKey(pernilleSubstance));
    expect(contextFor(PERNILLE, all, confirmed).records.map(recordKey)).toContain(recordKey(pernilleSubstance));
    // Substance-abuse follow-up next to psychiatric treatment is not a parallel effort.
    expect(rulesOf(PERNILLE)).not.toContain('parallel-efforts');
  });

  it('Trine, Martin and Mie: one family scope with the same flags whoever is opened', () => {
    const byMember = [TRINE, MARTIN, MIE].map((cpr) => detectAll(contextFor(cpr, all, confirmed)));
    for (const flags of byMember) expect(flags.map((f) => f.id)).toEqual(byMember[0]!.map((f) => f.id));
    const flags = byMember[0]!;
    expect(flags.map((f) => f.rule).sort()).toEqual(['information-on-file', 'parallel-efforts']);
    const parallel = flags.find((f) => f.rule === 'parallel-efforts')!;
    expect(parallel.citizens).toEqual([MARTIN, TRINE].sort());
    expect(parallel.recordKeys).toEqual(['dubu|effort|me1', 'momentum|effort|te1', 'nexus|effort|te2']);
    expect(parallel.reason).toBe(
      'Parallelle indsatser (Støtte i hverdagen): Socialpædagogisk støtte § 85 for Trine hos Voksen Social (Handicap og Psykiatri) ' +
        'fra 01-06-2026 til 31-05-2027, Mentorforløb for Trine hos Jobcenter (Team Kontanthjælp) fra 01-08-2026 og ' +
        'Familiebehandling for Martin hos Børn og Familie (Familierådgivningen) fra 01-09-2026. Overvej at samle dem i én plan med én koordinator.',
    );
    expect(flags.find((f) => f.rule === 'information-on-file')?.reason).toBe(
      'Psykologisk undersøgelse er bestilt af Børn og Familie (PPR) 10-11-2026 for Martin, men kommunen har den allerede: ' +
        'modtaget af Børn og Familie (Familierådgivningen) 15-09-2026 og gyldig til 15-09-2027.',
    );
  });

  it('Jakob: the same LÆ 265 requested by the jobcentre and adult services, nothing else', () => {
    const flags = detectAll(contextFor(JAKOB, all, confirmed));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'duplicate-request', citizens: [JAKOB], feeAtStake: 1544 });
    expect(flags[0]?.reason).toBe(
      'Lægeattest til rehabiliteringsteam (LÆ 265) er bestilt to gange: Jobcenter (Team Ressource) 02-11-2026 og ' +
        'Voksen Social (Team Nord) 16-11-2026. Den første er endnu ikke besvaret.',
    );
  });

  it('Jakob: a third request is stopped before it is sent, and cancelling the repeat resolves the flag', () => {
    const ctx = contextFor(JAKOB, all, confirmed);
    const pre = checkNewRequest(ctx, { citizenCpr: JAKOB, infoType: REHAB });
    expect(pre.duplicates.map((d) => recordKey(d.record))).toEqual(['momentum|request|jr1', 'nexus|request|jr2']);

    const stored = detectAll(ctx).map((f) => ({ ...f, status: 'acknowledged' as const, statusNote: 'Ringet til Team Nord' }));
    const cancelled = jakob.map((r) => (r.kind === 'request' && r.nativeId === 'jr2' ? { ...r, status: 'cancelled' as const } : r));
    const again = detectAll(contextFor(JAKOB, [...pernille, ...family, ...cancelled, ...ole], confirmed));
    expect(again).toEqual([]);
    expect(mergeFlagStatus(stored, again, NOW).map((f) => f.status)).toEqual(['resolved']);
  });

  it('a citizen without overlaps gets no flags', () => {
    expect(rulesOf(OLE)).toEqual([]);
  });
});

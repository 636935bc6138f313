import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSystems, type DemoSystems } from '../demo-systems/serve';
import { generatePopulation } from '../demo-systems/data/generate';
import { buildDataset } from '../demo-systems/data/dataset';
import { meetingClusterDays } from '../demo-systems/data/personas';
import { addDays, weekday } from '../demo-systems/shared/dates';
import { escapeHtml } from '../demo-systems/shared/html';
import type { PersonaEntry, SystemKey } from '../demo-systems/data/types';

const TODAY = '2026-03-12';
let demo: DemoSystems;

const get = async (url: string, init?: RequestInit): Promise<{ status: number; text: string }> => {
  const res = await fetch(url, { redirect: 'manual', ...init });
  return { status: res.status, text: await res.text() };
};
const postForm = (url: string, fields: Record<string, string>) =>
  fetch(url, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

function persona(key: string): PersonaEntry {
  const p = demo.dataset.personas.find((x) => x.key === key);
  if (!p) throw new Error(`no persona ${key}`);
  return p;
}
function personOf(p: PersonaEntry) {
  const sys = (Object.keys(p.ids) as SystemKey[])[0];
  const c = sys ? demo.dataset.systems[sys].citizens.find((x) => x.id === p.ids[sys]) : undefined;
  if (!c) throw new Error(`no citizen for ${p.key}`);
  return c.person;
}

beforeAll(async () => {
  const portBase = 20000 + Math.floor(Math.random() * 4000) * 5;
  demo = await startDemoSystems({ portBase, citizens: 30, today: TODAY, apiDelayMs: 0, largeRows: 50 });
});
afterAll(async () => {
  await demo?.close();
});

describe('demo systems: every main route for every persona', () => {
  it('answers /__health on every server', async () => {
    for (const url of Object.values(demo.urls)) expect((await get(`${url}/__health`)).status).toBe(200);
  });

  it('start page links every persona in every system it is present in', async () => {
    const { status, text } = await get(`${demo.urls.start}/`);
    expect(status).toBe(200);
    expect(text).toContain('Én plan');
    for (const p of demo.dataset.personas) expect(text).toContain(escapeHtml(p.name));
  });

  it('JobSag pages show "Efternavn, Fornavn" and CPR 010203-1234 in the header', async () => {
    for (const p of demo.dataset.personas.filter((x) => x.ids.job)) {
      const person = personOf(p);
      for (const sub of ['', '/indsatser', '/anmodninger', '/dokumenter', '/moeder', '/plan', '/anmodninger/ny', '/indsatser/ny', '/moeder/ny']) {
        const { status, text } = await get(`${demo.urls.job}/borger/${p.ids.job}${sub}`);
        expect(status, `${p.key} ${sub}`).toBe(200);
        expect(text).toContain(`<h1 class="js-borgernavn">${escapeHtml(`${person.lastName}, ${person.firstName}`)}</h1>`);
        expect(text).toContain(`<span class="js-cpr">${p.cpr.slice(0, 6)}-${p.cpr.slice(6)}</span>`);
      }
    }
  });

  it('BørneSag frame shell holds an iframe, and each inner page shows name and CPR without dash', async () => {
    for (const p of demo.dataset.personas.filter((x) => x.ids.children)) {
      const shell = await get(`${demo.urls.children}/sag/ramme?id=${p.ids.children}`);
      expect(shell.status).toBe(200);
      expect(shell.text).toMatch(/<iframe name="indhold"[^>]*src="\/sag\/indhold\/overblik\?id=P\d+"/);
      for (const view of ['overblik', 'familie', 'indsatser', 'undersoegelser', 'dokumenter', 'moeder', 'handleplan', 'ny-anmodning', 'ny-indsats', 'nyt-moede']) {
        const { status, text } = await get(`${demo.urls.children}/sag/indhold/${view}?id=${p.ids.children}`);
        expect(status, `${p.key} ${view}`).toBe(200);
        expect(text).toContain(`<span class="bs-navn">${escapeHtml(p.name)}</span>`);
        expect(text).toContain(`<span class="bs-cpr">${p.cpr}</span>`);
      }
    }
    const martin = await get(`${demo.urls.children}/sag/indhold/familie?id=${persona('martin').ids.children}`);
    expect(martin.text).toContain('Trine Hansen');
    expect(martin.text).toContain('Mie Hansen');
  });

  it('VoksenNet masks CPR in the list, shows "CPR: 010203-1234" on the citizen page, and a cookie banner until accepted', async () => {
    const list = await get(`${demo.urls.adult}/borgerliste`);
    const trine = persona('trine');
    expect(list.text).toContain(`${trine.cpr.slice(0, 6)}-xxxx`);
    expect(list.text).not.toContain(trine.cpr.slice(6));
    expect(list.text).toContain('Vi bruger cookies');
    for (const p of demo.dataset.personas.filter((x) => x.ids.adult)) {
      for (const sub of ['', '/ydelser', '/forespoergsler', '/dokumenter', '/aftaler', '/handleplan', '/ydelser/ny', '/forespoergsler/ny', '/aftaler/ny']) {
        const { status, text } = await get(`${demo.urls.adult}/borger/${p.ids.adult}${sub}`);
        expect(status, `${p.key} ${sub}`).toBe(200);
        expect(text).toContain(`<h1 class="vn-navn">${escapeHtml(p.name)}</h1>`);
        expect(text).toContain(`<p class="vn-cpr">CPR: ${p.cpr.slice(0, 6)}-${p.cpr.slice(6)}</p>`);
      }
    }
    const accept = await postForm(`${demo.urls.adult}/cookies`, { valg: 'alle', tilbage: '/borgerliste' });
    expect(accept.status).toBe(303);
    const cookie = (accept.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toBe('vn_samtykke=alle');
    expect((await get(`${demo.urls.adult}/borgerliste`, { headers: { cookie } })).text).not.toContain('Vi bruger cookies');
  });

  it('SundhedsPortalen serves the SPA shell for page URLs and JSON from /api', async () => {
    for (const p of demo.dataset.personas.filter((x) => x.ids.health)) {
      const shell = await get(`${demo.urls.health}/borger/${p.ids.health}/forloeb`);
      expect(shell.status).toBe(200);
      expect(shell.text).toContain('<script type="module" src="/static/app.js"></script>');
      const b = (await (await fetch(`${demo.urls.health}/api/borgere/${p.ids.health}`)).json()) as { navn: string; cpr: string };
      expect(b.navn).toBe(p.name);
      expect(b.cpr).toBe(p.cpr);
      for (const kind of ['forloeb', 'anmodninger', 'udtalelser', 'aftaler', 'planer']) {
        const res = await fetch(`${demo.urls.health}/api/borgere/${p.ids.health}/${kind}`);
        expect(res.status, `${p.key} ${kind}`).toBe(200);
        expect(Array.isArray(await res.json())).toBe(true);
      }
    }
    const js = await get(`${demo.urls.health}/static/app.js`);
    expect(js.text).toContain('history.pushState');
    expect(js.text).toContain("addEventListener('popstate'");
  });

  it('SundhedsPortalen delays its API by ?delay=ms', async () => {
    const t0 = Date.now();
    await fetch(`${demo.urls.health}/api/borgere?delay=250`);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(240);
  });
});

describe('demo systems: pagination and the large page', () => {
  it('JobSag paginates the citizen list 10 per page with rel=next/prev', async () => {
    const total = demo.dataset.systems.job.citizens.length;
    expect(total).toBeGreaterThan(20);
    const p1 = await get(`${demo.urls.job}/borgere`);
    expect(p1.text.match(/<tr data-id=/g)?.length).toBe(10);
    expect(p1.text).toContain('<a rel="next" href="/borgere?side=2">Næste</a>');
    expect(p1.text).not.toContain('rel="prev"');
    const p2 = await get(`${demo.urls.job}/borgere?side=2`);
    expect(p2.text).toContain('<a rel="prev" href="/borgere?side=1">Forrige</a>');
    expect(p2.text).toContain('<a rel="next" href="/borgere?side=3">Næste</a>');
  });

  it('JobSag shows all of "Test Stor"\'s efforts on one page with ?pr_side', async () => {
    const id = demo.dataset.large.ids.job;
    const all = await get(`${demo.urls.job}/borger/${id}/indsatser?pr_side=${demo.dataset.large.rows}`);
    expect(all.text.match(/<tr data-id="IND-/g)?.length).toBe(demo.dataset.large.rows);
    const first = await get(`${demo.urls.job}/borger/${id}/indsatser`);
    expect(first.text.match(/<tr data-id="IND-/g)?.length).toBe(10);
  });
});

describe('demo systems: forms store the record, /__reset restores the seed', () => {
  it('JobSag: new information request (PRG)', async () => {
    const id = persona('jakob').ids.job;
    const res = await postForm(`${demo.urls.job}/borger/${id}/anmodninger/ny`, { oplysningstype: 'LAE145', modtager: 'Egen læge, testklinik', bemaerkning: '<b>test</b>' });
    expect(res.status).toBe(303);
    const loc = res.headers.get('location') ?? '';
    expect(loc).toMatch(/^\/borger\/\d+\/anmodninger\?oprettet=ANM-\d{6}$/);
    const list = await get(`${demo.urls.job}${loc}`);
    expect(list.text).toContain('Egen læge, testklinik');
    expect(list.text).toContain('&lt;b&gt;test&lt;/b&gt;');
    expect(list.text).toContain(`data-id="${loc.split('=')[1] ?? ''}"`);
    const bad = await postForm(`${demo.urls.job}/borger/${id}/moeder/ny`, { emne: 'x', dato: '31-02-2026', tidspunkt: '10:00', sted: 'her' });
    expect(bad.status).toBe(400);
  });

  it('BørneSag: new effort inside the iframe', async () => {
    const id = persona('mie').ids.children ?? '';
    const res = await postForm(`${demo.urls.children}/sag/indhold/ny-indsats?id=${id}`, { indsatstype: 'KONTAKT', fra: '2026-03-20', formaal: 'Testformål i iframe' });
    expect(res.status).toBe(303);
    const loc = res.headers.get('location') ?? '';
    expect(loc).toMatch(/^\/sag\/indhold\/indsatser\?id=P\d+&oprettet=BS-\d+$/);
    expect((await get(`${demo.urls.children}${loc}`)).text).toContain('Testformål i iframe');
  });

  it('VoksenNet: new meeting', async () => {
    const id = persona('lone').ids.adult;
    const res = await postForm(`${demo.urls.adult}/borger/${id}/aftaler/ny`, { aftale: 'Testaftale', tidspunkt: '2026-03-18T11:00', sted: 'Kirkestræde 2', deltagere: 'Lone Dam' });
    expect(res.status).toBe(303);
    const list = await get(`${demo.urls.adult}/borger/${id}/aftaler`);
    expect(list.text).toContain('Testaftale');
    expect(list.text).toContain('18. marts 2026, kl. 11.00');
  });

  it('SundhedsPortalen: new information request as JSON, then reset', async () => {
    const id = persona('aisha').ids.health;
    const res = await fetch(`${demo.urls.health}/api/borgere/${id}/anmodninger`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'EPIKRISE', modtager: 'Testsygehus' }),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; status: string; anmodet: string };
    expect(created.status).toBe('afventer');
    expect(created.anmodet).toBe(TODAY);
    const list = (await (await fetch(`${demo.urls.health}/api/borgere/${id}/anmodninger`)).json()) as { id: string }[];
    expect(list.map((r) => r.id)).toContain(created.id);

    for (const key of ['job', 'children', 'adult', 'health'] as const) {
      expect((await fetch(`${demo.urls[key]}/__reset`, { method: 'POST' })).status).toBe(200);
    }
    const after = (await (await fetch(`${demo.urls.health}/api/borgere/${id}/anmodninger`)).json()) as { id: string }[];
    expect(after.map((r) => r.id)).not.toContain(created.id);
    const jobAfter = await get(`${demo.urls.job}/borger/${persona('jakob').ids.job}/anmodninger`);
    expect(jobAfter.text).not.toContain('Egen læge, testklinik');
  });
});

describe('demo data', () => {
  it('the generator is deterministic for a seed', () => {
    const a = generatePopulation({ citizens: 150, seed: 7, today: TODAY });
    const b = generatePopulation({ citizens: 150, seed: 7, today: TODAY });
    const c = generatePopulation({ citizens: 150, seed: 8, today: TODAY });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
    expect(a.persons.length).toBe(150);
    expect(new Set(a.persons.map((p) => p.cpr)).size).toBe(150);
  });

  it('keeps the persona overlaps true for any reference day', () => {
    for (let i = 0; i < 7; i++) {
      const today = addDays(TODAY, i);
      const ds = buildDataset({ today });
      const ids = (k: string) => ds.personas.find((p) => p.key === k)?.ids ?? {};
      const trine = ids('trine');
      const jobReq = ds.systems.job.requests.find((r) => r.citizenId === trine.job && r.typeCode === 'LAE265');
      const adultReq = ds.systems.adult.requests.find((r) => r.citizenId === trine.adult && r.typeCode === 'HELB-LAEGE');
      expect(jobReq?.status).toBe('pending');
      expect(adultReq?.status).toBe('pending');
      expect((jobReq?.deadline ?? '') > today).toBe(true);
      const cluster = [
        ...ds.systems.job.meetings.filter((m) => m.citizenId === trine.job),
        ...ds.systems.adult.meetings.filter((m) => m.citizenId === trine.adult),
        ...ds.systems.children.meetings.filter((m) => m.citizenId === trine.children),
      ].filter((m) => meetingClusterDays(today).includes(m.at.slice(0, 10)));
      expect(cluster).toHaveLength(3);
      for (const m of cluster) expect(m.at.slice(0, 10) > today && weekday(m.at.slice(0, 10)) < 5).toBe(true);
      const plans = [ds.systems.job.plans, ds.systems.adult.plans, ds.systems.children.plans].flatMap((l) => l.filter((p) => [trine.job, trine.adult, trine.children].includes(p.citizenId) && p.status === 'active'));
      expect(plans).toHaveLength(3);
      const pernilleDoc = ds.systems.job.documents.find((d) => d.citizenId === ids('pernille').job && d.title.startsWith('LÆ 265'));
      expect((pernilleDoc?.validUntil ?? '') > today).toBe(true);
      const overdue = ds.systems.adult.requests.find((r) => r.citizenId === ids('pernille').adult && r.typeCode === 'PSYK-UDT');
      expect(overdue?.status === 'pending' && (overdue.deadline ?? '') < today).toBe(true);
      const jakob = ids('jakob');
      expect(ds.systems.health.documents.filter((d) => d.citizenId === jakob.health && d.receivedAt < today).length).toBeGreaterThanOrEqual(2);
      expect(ds.systems.job.requests.find((r) => r.citizenId === jakob.job && r.typeCode === 'LAE125')?.status).toBe('pending');
    }
  });
});

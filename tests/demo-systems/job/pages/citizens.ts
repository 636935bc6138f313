/** GET /borgere: citizen search and paginated list. */
import { html, type SafeHtml } from '../../shared/html';
import type { Citizen, SystemData } from '../../data/types';
import { jobCpr, jobDate, jobName } from '../format';
import { grid, jobPage } from '../layout';
import { paginate } from '../pager';

export function matchesQuery(c: Citizen, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  const digits = needle.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) return c.person.cpr.startsWith(digits);
  const p = c.person;
  const hay = `${p.firstName} ${p.lastName} ${p.lastName}, ${p.firstName}`.toLowerCase();
  return needle.split(/[\s,]+/).filter(Boolean).every((w) => hay.includes(w));
}

export function sortByName(list: Citizen[]): Citizen[] {
  return [...list].sort(
    (a, b) => a.person.lastName.localeCompare(b.person.lastName, 'da') || a.person.firstName.localeCompare(b.person.firstName, 'da') || a.id.localeCompare(b.id),
  );
}

export function citizenListPage(data: SystemData, url: URL): SafeHtml {
  const q = url.searchParams.get('q') ?? '';
  const found = sortByName(data.citizens.filter((c) => matchesQuery(c, q)));
  const paged = paginate(found, url);
  const body = html`<section class="js-panel">
<h2>Borgere</h2>
<form class="js-form js-soeg" method="get" action="/borgere" role="search">
  <div class="js-felt"><label for="q">Søg på navn eller CPR-nr.</label><input id="q" name="q" value="${q}" autocomplete="off"></div>
  <button class="js-knap" type="submit">Søg</button>
</form>
${paged.nav}
${grid(
  'borgere',
  `Borgere (${found.length})`,
  ['Navn', 'CPR-nr.', 'Fødselsdato', 'Adresse', 'Sagsbehandler', 'Enhed'],
  paged.rows.map((c) => ({
    id: c.id,
    cells: [
      html`<a href="/borger/${encodeURIComponent(c.id)}">${jobName(c.person)}</a>`,
      jobCpr(c.person),
      jobDate(c.person.birthDate),
      c.person.address,
      c.contacts[0]?.name ?? '',
      c.contacts[0]?.unit ?? '',
    ],
  })),
)}
${paged.nav}
</section>`;
  return jobPage({ title: 'Borgere', body });
}

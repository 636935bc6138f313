/** GET /soeg: search persons (children and parents); each opens its case frame /sag/ramme?id=. */
import { html, type SafeHtml } from '../../shared/html';
import type { SystemData } from '../../data/types';
import { bsCpr, bsDate, bsName, relationWord } from '../format';
import { outerPage } from '../layout';

export function searchPage(data: SystemData, url: URL): SafeHtml {
  const q = (url.searchParams.get('q') ?? '').trim().toLowerCase();
  const hits = data.citizens
    .filter((c) => !q || bsName(c.person).toLowerCase().includes(q) || c.person.cpr.startsWith(q.replace(/\D/g, '') || '#'))
    .sort((a, b) => bsName(a.person).localeCompare(bsName(b.person), 'da'));
  const family = (id: string | undefined): string => data.families.find((f) => f.id === id)?.name ?? '';
  return outerPage('Søg person', html`<h1>Søg person</h1>
<form method="get" action="/soeg" class="bs-formular" role="search">
<div class="bs-felt"><label for="q">Navn eller CPR-nr.</label><input id="q" name="q" value="${url.searchParams.get('q') ?? ''}"> <button class="bs-knap" type="submit">Søg</button></div>
</form>
<table class="bs-tabel" data-liste="personer">
<thead><tr><th scope="col">Person-id</th><th scope="col">Navn</th><th scope="col">CPR-nr.</th><th scope="col">Fødselsdato</th><th scope="col">Rolle</th><th scope="col">Familie</th><th scope="col">Rådgiver</th></tr></thead>
<tbody>
${hits.map((c) => html`<tr><td>${c.id}</td><td><a href="/sag/ramme?id=${encodeURIComponent(c.id)}">${bsName(c.person)}</a></td><td>${bsCpr(c.person)}</td><td>${bsDate(c.person.birthDate)}</td><td>${relationWord(c.person, c.familyRole)}</td><td>${family(c.familyId)}</td><td>${c.contacts[0]?.name ?? ''}</td></tr>\n`)}
</tbody>
</table>`);
}

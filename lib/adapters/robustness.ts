/**
 * Harmless changes a legacy system makes between releases (or a banner a municipality adds): an adapter must read
 * the same records through all of them. Each variant is a transformation of a saved page.
 */
export interface Variant {
  name: string;
  html: string;
}

function transform(html: string, change: (doc: Document) => void): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  change(doc);
  return `<!doctype html>${doc.documentElement.outerHTML}`;
}

function bodyRows(doc: Document) {
  return Array.from(doc.querySelectorAll('tbody')).filter((b) => b.children.length > 1);
}

export function variants(html: string): Variant[] {
  return [
    {
      name: 'rows in reverse order',
      html: transform(html, (doc) => bodyRows(doc).forEach((tbody) => Array.from(tbody.children).reverse().forEach((tr) => tbody.append(tr)))),
    },
    {
      name: 'extra whitespace',
      html: transform(html, (doc) => {
        for (const cell of doc.querySelectorAll('td, dd, h1, h2, span')) {
          if (cell.children.length === 0 && cell.textContent) cell.textContent = `\n   ${cell.textContent.replace(/ /g, '  ')}  \n`;
        }
      }),
    },
    {
      name: 'an extra unknown column',
      html: transform(html, (doc) => {
        // Column tables only: a label table (th + td per row) gains rows, not columns, between releases.
        for (const row of doc.querySelectorAll('table:has(thead) tr')) {
          const header = row.parentElement?.tagName === 'THEAD';
          const cell = doc.createElement(header ? 'th' : 'td');
          cell.textContent = header ? 'Intern note' : 'Ingen bemærkninger';
          row.insertBefore(cell, row.children[1] ?? null);
        }
      }),
    },
    {
      name: 'a cookie banner',
      html: transform(html, (doc) => {
        const banner = doc.createElement('div');
        banner.className = 'cookie-banner';
        const text = doc.createElement('p');
        text.textContent = 'Vi bruger cookies for at huske dine valg.';
        const button = doc.createElement('button');
        button.textContent = 'OK';
        banner.append(text, button);
        doc.body.prepend(banner);
      }),
    },
  ];
}

/** A release that renamed every table header: the adapter must refuse to read the tables rather than guess. */
export function renamedHeaders(html: string): string {
  return transform(html, (doc) => {
    for (const th of doc.querySelectorAll('thead th, table tr:first-child th')) th.textContent = `Omdøbt ${th.textContent ?? ''}`;
  });
}

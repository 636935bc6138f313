/** Minimal HTML escaping and a tagged template that escapes every interpolated value unless it is SafeHtml. */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export type Html = SafeHtml | string | number | null | undefined | false | readonly Html[];

function render(v: Html): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(v);
}

/** html`<p>${name}</p>`: strings and numbers are escaped, SafeHtml is inserted as is, arrays are joined. */
export function html(strings: TemplateStringsArray, ...values: Html[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Trusted markup (never data). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export function join(parts: readonly Html[], sep: Html = ''): SafeHtml {
  return new SafeHtml(parts.map(render).join(render(sep)));
}

import type { AdapterSpec } from '../../spec';

/** Placeholder until the adapter is written: recognises no page. */
export const adapter = {
  id: 'demo-voksennet',
  version: '0.0.1',
  system: 'voksennet',
  name: 'VoksenNet (demo)',
  sector: 'adult',
  origins: ['http://localhost:4103'],
  citizen: { scope: 'body', name: { selector: 'h1' }, cpr: { selector: 'h1' } },
  pages: [{ type: 'none', url: '^', records: [] }],
} satisfies AdapterSpec;

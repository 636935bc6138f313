import type { AdapterSpec } from '../../spec';

/** Placeholder until the adapter is written: recognises no page. */
export const adapter = {
  id: 'demo-sundhedsportalen',
  version: '0.0.1',
  system: 'sundhedsportalen',
  name: 'SundhedsPortalen (demo)',
  sector: 'health',
  origins: ['http://localhost:4104'],
  citizen: { scope: 'body', name: { selector: 'h1' }, cpr: { selector: 'h1' } },
  pages: [{ type: 'none', url: '^', records: [] }],
} satisfies AdapterSpec;

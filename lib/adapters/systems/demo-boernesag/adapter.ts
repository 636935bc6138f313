import type { AdapterSpec } from '../../spec';

/** Placeholder until the adapter is written: recognises no page. */
export const adapter = {
  id: 'demo-boernesag',
  version: '0.0.1',
  system: 'boernesag',
  name: 'BørneSag (demo)',
  sector: 'children',
  origins: ['http://localhost:4102'],
  citizen: { scope: 'body', name: { selector: 'h1' }, cpr: { selector: 'h1' } },
  pages: [{ type: 'none', url: '^', records: [] }],
} satisfies AdapterSpec;

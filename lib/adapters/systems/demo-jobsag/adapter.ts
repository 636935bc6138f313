import type { AdapterSpec } from '../../spec';

/** Placeholder until the adapter is written: recognises no page. */
export const adapter = {
  id: 'demo-jobsag',
  version: '0.0.1',
  system: 'jobsag',
  name: 'JobSag (demo)',
  sector: 'job',
  origins: ['http://localhost:4101'],
  citizen: { scope: 'body', name: { selector: 'h1' }, cpr: { selector: 'h1' } },
  pages: [{ type: 'none', url: '^', records: [] }],
} satisfies AdapterSpec;

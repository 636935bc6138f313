import type { AdapterSpec } from './spec';

/** Every adapter the extension ships. Adding a case system = one file in systems/ and one line here. */
export const ADAPTERS: readonly AdapterSpec[] = [];

export function adapterById(id: string | undefined): AdapterSpec | undefined {
  return ADAPTERS.find((a) => a.id === id);
}

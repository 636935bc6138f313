import type { AdapterSpec } from './spec';
import { adapter as jobsag } from './systems/demo-jobsag/adapter';
import { adapter as boernesag } from './systems/demo-boernesag/adapter';
import { adapter as voksennet } from './systems/demo-voksennet/adapter';
import { adapter as sundhedsportalen } from './systems/demo-sundhedsportalen/adapter';

/** Every adapter the extension ships. Adding a case system = one folder in systems/ and one line here. */
export const ADAPTERS: readonly AdapterSpec[] = [jobsag, boernesag, voksennet, sundhedsportalen];

export function adapterById(id: string | undefined): AdapterSpec | undefined {
  return ADAPTERS.find((a) => a.id === id);
}

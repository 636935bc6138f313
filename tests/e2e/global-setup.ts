import { startDemoSystems } from '../demo-systems/serve';

/** The four demo case systems run for the whole e2e run; tests reset them through /__reset when they write. */
export default async function globalSetup() {
  const systems = await startDemoSystems({});
  process.env.DEMO_URLS = JSON.stringify(systems.urls);
  return async () => systems.close();
}

import { startDemoSystems } from '../demo-systems/serve';

/**
 * The four demo case systems run for the whole e2e run; tests that write reset them through /__reset.
 * Workers get the URLs and the personas (CPRs follow the reference day) through the environment.
 */
export default async function globalSetup() {
  const systems = await startDemoSystems({});
  process.env.DEMO_URLS = JSON.stringify(systems.urls);
  process.env.DEMO_PERSONAS = JSON.stringify(systems.dataset.personas);
  process.env.DEMO_TODAY = systems.dataset.today;
  return async () => systems.close();
}

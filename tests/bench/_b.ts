import { startDemoSystems } from '../demo-systems/serve';
import { measureHostOverhead } from './host-overhead';
import { launchBoth } from './util';
const demo = await startDemoSystems({ portBase: 4100, largeRows: 1000, apiDelayMs: 0 });
const b = await launchBoth();
const t = Date.now();
console.log(JSON.stringify(await measureHostOverhead(b, demo.urls), null, 1));
console.log('took', Date.now() - t);
await b.close(); await demo.close();

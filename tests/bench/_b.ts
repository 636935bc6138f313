import { startDemoSystems } from '../demo-systems/serve';
import { measurePanelLatency } from './panel-latency';
const demo = await startDemoSystems({ portBase: 4100, largeRows: 1000, apiDelayMs: 0 });
const t = Date.now();
console.log(JSON.stringify(await measurePanelLatency(demo.urls)));
console.log('took', Date.now() - t);
await demo.close();

import { benchIngest } from '../../lib/db/bench';
import { benchDetection } from '../../lib/detect/bench';
import { runLinkingMeasurement } from '../../lib/link/measure';
let t = Date.now();
console.log(JSON.stringify(await benchIngest([1000, 10000])), Date.now() - t); t = Date.now();
console.log(JSON.stringify(await benchIngest([100000])), Date.now() - t); t = Date.now();
console.log(JSON.stringify(benchDetection([1000, 10000, 100000], 200)), Date.now() - t); t = Date.now();
console.log(runLinkingMeasurement().markdown, Date.now() - t);

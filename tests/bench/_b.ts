import { measureExtraction } from './extraction';
const t = Date.now();
console.log(JSON.stringify(await measureExtraction(), null, 1));
console.log('took', Date.now() - t);

import { build, type Rolldown } from 'vite';
import { ROOT } from './util';

/**
 * Bundles a bench entry (which imports the real lib/ code) into one minified IIFE string that page.evaluate can run
 * in a page, the way WXT bundles the content script: same code, same minifier, no extension needed.
 */
export async function bundleIife(entry: string, minify = true): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: [{ find: /^@\//, replacement: `${ROOT}/` }] },
    define: { 'import.meta.env.MODE': '"demo"' },
    build: {
      write: false,
      minify,
      emptyOutDir: false,
      lib: { entry, formats: ['iife'], name: '__enPlanBenchBundle', fileName: () => 'bundle.js' },
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundling ${entry} gave no chunk`);
  return chunk.code;
}

import { mergeConfig } from 'vite';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEMO_ORIGINS } from './lib/config/demo-origins';
import { LAYOUT_HINT_FILES } from './lib/config/layout-hints';

/**
 * Public half of a throwaway key, used only by the demo/test build so its extension id is stable
 * (hbejeibommobkpkgnfcffnpihahgembd) and tests and bookmarks can name extension pages. Never used for the store build.
 */
const DEMO_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsFe8UkbQ77aRDAHChbAWVQxRK5xuzGmV5mQSRK4EPZE7PAojD7NFw/XfxRrsJINDImoAm3C5co3wTq9UNyIggOoeRYal0qek0oYFzP8aGbg/osrPXvmwavdiAf4y/F7mig08KWQeksy+gYFuIWTWCWPKewxX4inX1CpIsX7BnBc/nPyMgDxTouk4/rjNVLmFAgBTR8nA7WtGbAduEIQw0PHTduOJ3E0QXTwD/bwnrt40Ki18oDITsTTYbRYi5rN1QEwz900Ar6Zm5MD3dV1JrkXVfyP80P3lpuVj+sWaU/DIiIlboZi1+cwwhUaRyZ8S1cO0CEcYL7e8rY3QKxy8tQIDAQAB';

export default defineConfig({
  hooks: {
    // webextension-polyfill for the background and the extension's pages (what @wxt-dev/webextension-polyfill does for
    // every entrypoint), but not in the content scripts: there it was half of the document_start script and took the
    // host page's parser 7-10 ms to set up, and the little they use (sendMessage, onMessage, storage.local, getURL)
    // is promise-based in Chrome's MV3 API and Firefox's own `browser` alike.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script')) return;
      Object.assign(config, mergeConfig(config, { resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } } }));
    },
    // The layout hints the background registers ahead of the content script (lib/config/layout-hints.ts).
    'build:publicAssets': (_, files) => {
      files.push(...LAYOUT_HINT_FILES);
    },
  },
  vite: () => ({
    plugins: [preact()],
    // Keeps the minifier from emitting raw non-ASCII (U+FFFF) that Chrome rejects as "not UTF-8" (see STACK.md).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
  manifest: ({ mode, browser }) => {
    const demo = mode === 'demo';
    const demoMatches = DEMO_ORIGINS.map((o) => `${o}/*`);
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'da',
      permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms'],
      // No <all_urls>: each case system's origin is granted at run time from the options page.
      host_permissions: demo ? demoMatches : [],
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      web_accessible_resources: [
        {
          resources: ['panel.html'],
          matches: demo ? demoMatches : ['https://*/*', 'http://*/*'],
          ...(browser === 'chrome' ? { use_dynamic_url: true } : {}),
        },
      ],
      content_security_policy: {
        extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
      },
      ...(demo && browser === 'chrome' ? { key: DEMO_KEY } : {}),
      action: { default_title: 'Én plan' },
      ...(browser === 'firefox'
        ? { browser_specific_settings: { gecko: { id: 'en-plan@demoby.invalid', strict_min_version: '115.0' } } }
        : {}),
    };
  },
});

import { browser } from 'wxt/browser';
import { FIRST_VIEW_CSS, isFirstView, renderFirstView } from '@/components/first-view';

/**
 * The first view in a frame of its own, made by the content script while a large host page is still being parsed
 * (entrypoints/content/panel-host.ts): it runs and paints in the extension's process, apart from the host's main
 * thread, which the parse and then the page's first layout hold for half a second. It shows the view the background
 * built for the tab's loading page (first-view-handoff.ts) and nothing else; the content script removes it once the
 * panel's own page has painted. No background of its own: while it has nothing, what lies under it shows.
 */
const style = document.createElement('style');
style.textContent = FIRST_VIEW_CSS;
document.head.append(style);

void browser.runtime
  .sendMessage({ type: 'panel:first-view' })
  .then((view: unknown) => {
    if (!isFirstView(view)) return;
    document.documentElement.lang = view.lang;
    document.body.replaceChildren(renderFirstView(view));
    // For `npm run bench` (demo build only): on screen once the frame after it has been produced.
    if (import.meta.env.MODE === 'demo') {
      requestAnimationFrame(() => setTimeout(() => performance.mark('en-plan:first-view', { detail: { flags: view.flags.length } })));
    }
  })
  .catch(() => undefined);

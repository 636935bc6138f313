import { NO_PUSH_FLAG } from '@/lib/config/panel-layout';

/**
 * Registered ahead of the content script while the caseworker's stored layout leaves the page its width (the push
 * turned off, or the panel collapsed): entrypoints/background/content-scripts.ts. So the content script knows it at
 * document_start, when the stored layout (a round trip to the browser process) has not come yet, and does not push
 * aside a page it would give its width back a moment later: on a large page, after its first layout, that is a second
 * layout of all of it (300 ms for JobSag's 1,000-row table). Content scripts share their frame's isolated world: the
 * host page cannot see or set the flag.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[NO_PUSH_FLAG] = true;
});

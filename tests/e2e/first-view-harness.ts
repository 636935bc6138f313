import { FIRST_VIEW_CSS, renderFirstView } from '@/entrypoints/content/first-view';
import { firstViewOf } from '@/lib/service/first-view';

// Bundled into a demo page by panel-first-view.spec.ts: the real renderer, its CSS and the background's texts, with a
// name that is markup, in a fixed box the size of the panel (as in panel-host.ts).
const flag = { citizens: ['0101901234'], recordKeys: ['job:a'], reasonEn: 'Asked twice.', detectedAt: '2026-11-01T00:00:00Z' };
const view = firstViewOf('da', '<img src=x onerror="window.hacked=1">Trine', [
  { ...flag, id: 'f1', rule: 'duplicate-request', status: 'open', reason: 'Lægeattest bedt om af både jobcenter og socialområdet.' },
  { ...flag, id: 'f2', rule: 'parallel-efforts', status: 'acknowledged', reason: 'To mentorforløb på samme tid.' },
]);
const room = document.createElement('div');
room.style.cssText = 'position: fixed; top: 0; right: 0; bottom: 0; width: 380px; z-index: 2147483646;';
const style = document.createElement('style');
style.textContent = FIRST_VIEW_CSS;
room.append(renderFirstView(view));
document.head.append(style);
document.body.append(room);

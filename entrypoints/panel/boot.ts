import { requestViewEarly } from '@/components/panel/early-view';

// Runs before the UI bundle is evaluated (module scripts run in document order): see early-view.ts.
requestViewEarly();

/**
 * The demo case systems' origins. Only the demo/test build preconfigures them; a production build starts with no
 * case system and the user grants each one in the options page.
 */
export const DEMO_PORT_BASE = 4100;
export const DEMO_ORIGINS = [1, 2, 3, 4].map((n) => `http://localhost:${DEMO_PORT_BASE + n}`);

/**
 * Isolation rules that a reviewer could miss and a test cannot: (1) no source file of the extension turns text into
 * markup or code, (2) the built manifests ask for no more than the product needs. See SECURITY.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGINS } from '@/lib/config/demo-origins';

const ROOT = resolve(import.meta.dirname, '../..');
const SCANNED_DIRS = ['entrypoints', 'components', 'lib'];
const SOURCE = /\.(ts|tsx|js|jsx|mjs|html)$/;
/** Test code may build markup on purpose (saved pages, fixtures); it never ships. */
const TEST_FILE = /(\.test\.tsx?|\.test-util\.ts|test-fixtures\.ts|test-cases\.ts|test-records\.ts|test-helpers\.ts|test-population\.ts)$/;

/** Each rule: what it catches, and why it is banned. */
export const BANNED: { name: string; re: RegExp }[] = [
  { name: 'innerHTML', re: /\binnerHTML\b/ },
  { name: 'outerHTML assignment', re: /\.outerHTML\s*\+?=(?!=)/ },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\b/ },
  { name: 'dangerouslySetInnerHTML', re: /\bdangerouslySetInnerHTML\b/ },
  { name: 'document.write', re: /\bdocument\s*\.\s*write(ln)?\s*\(/ },
  { name: 'eval', re: /(^|[^.\w$])eval\s*\(/ },
  { name: 'new Function', re: /\bnew\s+Function\s*\(/ },
  { name: 'string timer', re: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\b/ },
  { name: 'srcdoc', re: /\bsrcdoc\b/ },
  { name: 'setHTMLUnsafe/parseHTMLUnsafe', re: /\b(setHTMLUnsafe|parseHTMLUnsafe)\b/ },
  { name: 'javascript: URL', re: /['"`]\s*javascript:/i },
  { name: 'remote import', re: /\b(import|importScripts)\s*\(\s*['"`](https?:)?\/\//i },
  { name: 'remote script tag', re: /<script[^>]+src\s*=\s*['"]?(https?:)?\/\//i },
];

/** Comments may name a banned API ("never innerHTML"): drop them before matching. Strings stay. */
export function stripComments(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

export function findViolations(src: string): { rule: string; line: number; text: string }[] {
  const out: { rule: string; line: number; text: string }[] = [];
  stripComments(src)
    .split('\n')
    .forEach((text, i) => {
      for (const { name, re } of BANNED) if (re.test(text)) out.push({ rule: name, line: i + 1, text: text.trim() });
    });
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe('no markup or code built from text in the extension source', () => {
  it('the scanner catches every banned pattern (and not its mention in a comment)', () => {
    const bad = [
      'el.innerHTML = name;',
      'el.outerHTML = x',
      "el.insertAdjacentHTML('beforeend', x)",
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'document.write(x)',
      'eval(code)',
      'const f = new Function("a", body)',
      "setTimeout('alert(1)', 10)",
      'range.createContextualFragment(x)',
      'frame.srcdoc = x',
      'el.setHTMLUnsafe(x)',
      'a.href = "javascript:alert(1)"',
      "await import('https://cdn.example/x.js')",
      '<script src="https://cdn.example/x.js"></script>',
    ];
    for (const line of bad) expect(findViolations(line), line).not.toHaveLength(0);
    const fine = [
      '// never innerHTML: textContent only',
      '/* no eval( here */',
      'const html = `<!doctype html>${doc.documentElement.outerHTML}`;',
      'el.textContent = name;',
      "const u = 'http://localhost:4101/x'; // a URL, then a comment",
      'retrieval(x); medieval(y);',
      'if (a.outerHTML === b) {}',
    ];
    for (const line of fine) expect(findViolations(line), line).toEqual([]);
  });

  it('entrypoints, components and lib use none of them', () => {
    // Adapters' saved test pages (lib/adapters/systems/*/cases/) are captured host pages, some hostile on purpose.
    const files = SCANNED_DIRS.flatMap((d) => walk(join(ROOT, d))).filter((f) => SOURCE.test(f) && !TEST_FILE.test(f) && !/[\\/]cases[\\/]/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const violations = files.flatMap((f) => findViolations(readFileSync(f, 'utf8')).map((v) => `${relative(ROOT, f)}:${v.line} ${v.rule}: ${v.text}`));
    expect(violations).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The built manifests. Built here into a private folder, so the shared .output used by e2e runs is never touched.

interface Manifest {
  manifest_version: number;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  sandbox?: unknown;
  key?: string;
  background?: { service_worker?: string; type?: string };
}

/** Every API permission the extension asks for; README "Permissions, and why" explains each. Adding one = update both. */
const ALLOWED_PERMISSIONS = ['alarms', 'scripting', 'storage', 'unlimitedStorage'];
const BROAD = /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*|\*:\/\/\*\/|https?:\/\/\*\.[^/]+\/\*|file:\/\/\/\*)$/;

let outDir = '';
const builds: Record<'demo' | 'prod', { dir: string; manifest: Manifest }> = {} as never;

function build(mode: 'demo' | 'production') {
  execFileSync('npx', ['wxt', 'build', '--mode', mode, '-c', join(outDir, 'wxt.config.ts')], { cwd: ROOT, stdio: 'pipe', timeout: 150_000 });
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'en-plan-manifest-'));
  // The project's own config, only with another output folder.
  writeFileSync(
    join(outDir, 'wxt.config.ts'),
    `import base from ${JSON.stringify(join(ROOT, 'wxt.config.ts'))};\nexport default { ...base, root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(join(outDir, 'out'))} };\n`,
  );
  build('demo');
  build('production');
  for (const [key, dir] of [['demo', 'chrome-mv3-demo'], ['prod', 'chrome-mv3']] as const) {
    const full = join(outDir, 'out', dir);
    builds[key] = { dir: full, manifest: JSON.parse(readFileSync(join(full, 'manifest.json'), 'utf8')) as Manifest };
  }
}, 300_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe.each(['demo', 'prod'] as const)('the %s build manifest', (which) => {
  const m = () => builds[which].manifest;

  it('is MV3 and asks only for the documented API permissions', () => {
    expect(m().manifest_version).toBe(3);
    expect([...(m().permissions ?? [])].sort()).toEqual(ALLOWED_PERMISSIONS);
  });

  it('has no <all_urls> anywhere and no content script declared statically', () => {
    expect(JSON.stringify(m())).not.toContain('<all_urls>');
    for (const cs of m().content_scripts ?? []) expect(cs.matches).toEqual([]);
  });

  it('grants host access only where it must', () => {
    const hosts = m().host_permissions ?? [];
    if (which === 'prod') expect(hosts).toEqual([]);
    else expect([...hosts].sort()).toEqual(DEMO_ORIGINS.map((o) => `${o}/*`).sort());
    for (const h of hosts) expect(h).not.toMatch(BROAD);
  });

  it("has a strict CSP: script-src 'self' only, no objects, no eval, no remote hosts", () => {
    const csp = m().content_security_policy?.extension_pages ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-(eval|inline|hashes)|wasm-unsafe-eval|https?:|\*/);
    expect(m().content_security_policy?.sandbox).toBeUndefined();
    expect(m().sandbox).toBeUndefined();
  });

  it('exposes only panel.html to web pages, with a per-session dynamic URL', () => {
    const war = m().web_accessible_resources ?? [];
    expect(war).toHaveLength(1);
    expect(war[0]!.resources).toEqual(['panel.html']);
    expect(war[0]!.use_dynamic_url).toBe(true);
    if (which === 'demo') expect([...war[0]!.matches].sort()).toEqual(DEMO_ORIGINS.map((o) => `${o}/*`).sort());
  });

  it('cannot be messaged from web pages or reached by name from other extensions', () => {
    // Without externally_connectable no web page can call runtime.sendMessage(ourId); other extensions' messages
    // arrive at onMessageExternal, which the background does not listen to (tested in e2e).
    expect(m().externally_connectable).toBeUndefined();
  });

  it('carries the fixed test key only in the demo build', () => {
    if (which === 'demo') expect(m().key).toBeTruthy();
    else expect(m().key).toBeUndefined();
  });

  it('loads no remote code: every script is a file of the package', () => {
    const files = walk(builds[which].dir);
    const problems: string[] = [];
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      for (const [, src] of readFileSync(f, 'utf8').matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) {
        if (!src!.startsWith('/') || src!.startsWith('//')) problems.push(`${relative(builds[which].dir, f)}: script ${src}`);
      }
    }
    for (const f of files.filter((x) => x.endsWith('.js'))) {
      const js = readFileSync(f, 'utf8');
      for (const m of js.matchAll(/\b(?:importScripts|import)\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]*)/g)) problems.push(`${relative(builds[which].dir, f)}: ${m[1]}`);
    }
    const sw = m().background?.service_worker ?? '';
    expect(sw).not.toMatch(/^(https?:)?\/\//);
    expect(files.map((f) => relative(builds[which].dir, f))).toContain(sw);
    expect(problems).toEqual([]);
  });
});

/** Tiny HTTP plumbing on node:http: a router, body parsing, responses, /__health and /__reset. */
import http from 'node:http';
import { SafeHtml } from './html';

export interface Ctx {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  /** Path parameters captured by the route pattern, by name. */
  params: Record<string, string>;
}

export type Handler = (ctx: Ctx) => void | Promise<void>;

interface Route {
  method: string;
  re: RegExp;
  names: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];

  /** Pattern like /borger/:id/indsatser; a parameter matches one path segment. */
  on(method: 'GET' | 'POST', pattern: string, handler: Handler): this {
    const names: string[] = [];
    const re = new RegExp(
      '^' +
        pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:([a-zA-Z]+)/g, (_m, name: string) => {
          names.push(name);
          return '([^/]+)';
        }) +
        '/?$',
    );
    this.routes.push({ method, re, names, handler });
    return this;
  }

  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | 'method' | null {
    let pathMatched = false;
    for (const r of this.routes) {
      const m = r.re.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (r.method !== method && !(method === 'HEAD' && r.method === 'GET')) continue;
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => {
        params[n] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { handler: r.handler, params };
    }
    return pathMatched ? 'method' : null;
  }
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface AppOptions {
  router: Router;
  /** Called by POST /__reset: restore the seed data. */
  reset: () => void;
  notFound: (ctx: Ctx) => void;
  /** Name for the Server header (vendor chrome). */
  serverName: string;
}

export function createApp(opts: AppOptions): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const ctx: Ctx = { req, res, url, params: {} };
    res.setHeader('Server', opts.serverName);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const run = async (): Promise<void> => {
      if (url.pathname === '/__health') return sendText(res, 200, 'ok');
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        return void res.end();
      }
      if (url.pathname === '/__reset') {
        if (req.method !== 'POST') return sendText(res, 405, 'POST /__reset');
        opts.reset();
        return sendText(res, 200, 'reset');
      }
      const m = opts.router.match(req.method ?? 'GET', url.pathname);
      if (m === null) return opts.notFound(ctx);
      if (m === 'method') return sendText(res, 405, 'Method not allowed');
      ctx.params = m.params;
      await m.handler(ctx);
    };
    run().catch((err: unknown) => {
      if (err instanceof HttpError) {
        if (!res.headersSent) sendText(res, err.status, err.message);
        return;
      }
      console.error('[demo-systems]', err);
      if (!res.headersSent) sendText(res, 500, 'Intern fejl');
      else res.end();
    });
  });
}

export function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

export function sendHtml(res: http.ServerResponse, status: number, body: SafeHtml): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('<!doctype html>\n' + body.value);
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function sendAsset(res: http.ServerResponse, contentType: string, body: string): void {
  res.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-cache' });
  res.end(body);
}

/** 303 See Other, for post/redirect/get. Only same-site paths are allowed. */
export function redirect(res: http.ServerResponse, location: string, extraHeaders: Record<string, string> = {}): void {
  const safe = location.startsWith('/') && !location.startsWith('//') && !location.includes('\\') ? location : '/';
  res.writeHead(303, { Location: safe, 'Cache-Control': 'no-store', ...extraHeaders });
  res.end();
}

const BODY_LIMIT = 1_000_000;

export function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > BODY_LIMIT) {
        reject(new HttpError(413, 'For stor forespørgsel'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(req));
}

export async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Ugyldig JSON');
  }
}

export function cookie(req: http.IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** Positive integer query parameter with a default and an upper bound. */
export function intParam(url: URL, name: string, dflt: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return dflt;
  const n = Number(raw);
  return n < 1 ? dflt : Math.min(n, max);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

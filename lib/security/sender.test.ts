import { describe, expect, it } from 'vitest';
import { checkSender } from './sender';

const ID = 'hbejeibommobkpkgnfcffnpihahgembd';
const EXT = `chrome-extension://${ID}`;
const SYSTEMS = ['http://localhost:4101', 'http://localhost:4102'];
const check = (s: Parameters<typeof checkSender>[0]) => checkSender(s, ID, EXT, SYSTEMS);
const tab = (url: string) => ({ id: 7, url });

describe('checkSender', () => {
  it('accepts a content script in a configured system tab', () => {
    const v = check({ id: ID, url: 'http://localhost:4101/borger/1', tab: tab('http://localhost:4101/borger/1'), frameId: 0 });
    expect(v).toEqual({ ok: true, from: 'content', tabId: 7, frameId: 0, origin: 'http://localhost:4101' });
  });

  it('accepts a same-system iframe inside a system tab', () => {
    const v = check({ id: ID, url: 'http://localhost:4102/sag/indhold/1', tab: tab('http://localhost:4102/sag/ramme'), frameId: 3 });
    expect(v.ok && v.from === 'content' && v.frameId).toBe(3);
  });

  it('accepts our own pages and the panel frame in a system tab', () => {
    expect(check({ id: ID, url: `${EXT}/overview.html` }).ok).toBe(true);
    expect(check({ id: ID, url: `${EXT}/panel.html`, tab: tab('http://localhost:4101/x') })).toMatchObject({ ok: true, hostOrigin: 'http://localhost:4101' });
  });

  it.each([
    ['a missing sender', undefined],
    ['another extension', { id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', url: 'chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/x.html' }],
    ['no origin', { id: ID }],
    ['a look-alike extension origin', { id: ID, url: `chrome-extension://${ID}.evil.example/panel.html` }],
    ['an unconfigured origin', { id: ID, url: 'http://localhost:4999/', tab: tab('http://localhost:4999/') }],
    ['a look-alike host', { id: ID, url: 'http://localhost.evil.example:4101/', tab: tab('http://localhost.evil.example:4101/') }],
    ['a file: page', { id: ID, url: 'file:///tmp/x.html', tab: tab('file:///tmp/x.html') }],
    ['a data: page', { id: ID, url: 'data:text/html,hi', tab: tab('data:text/html,hi') }],
    ['a system frame embedded by a stranger', { id: ID, url: 'http://localhost:4101/', tab: tab('https://evil.example/'), frameId: 2 }],
    ['the panel framed by a stranger', { id: ID, url: `${EXT}/panel.html`, tab: tab('https://evil.example/') }],
    ['a content message without a tab', { id: ID, url: 'http://localhost:4101/' }],
  ])('rejects %s', (_label, sender) => {
    const v = check(sender as never);
    expect(v.ok).toBe(false);
  });

  it('never takes an opaque "null" origin for ours, even when the extension origin itself parsed to "null"', () => {
    // WHATWG URL (Node, some engines) gives new URL('chrome-extension://id/').origin === 'null'.
    const sandboxed = { id: ID, url: 'about:srcdoc', origin: 'null', tab: tab('https://evil.example/'), frameId: 4 };
    expect(checkSender(sandboxed, ID, 'null', SYSTEMS)).toEqual({ ok: false, reason: 'sender has an opaque origin' });
    expect(checkSender({ id: ID, url: `${EXT}/overview.html` }, ID, 'null', SYSTEMS).ok).toBe(false);
    expect(checkSender({ id: ID, origin: 'null', url: `${EXT}/overview.html` }, ID, EXT, SYSTEMS).ok).toBe(false);
  });

  it('accepts the extension origin given as a base URL with a trailing slash', () => {
    expect(checkSender({ id: ID, url: `${EXT}/overview.html` }, ID, `${EXT}/`, SYSTEMS)).toEqual({ ok: true, from: 'extension-page' });
  });

  it('an empty own id matches nothing', () => {
    expect(checkSender({ id: '', url: `${EXT}/overview.html` }, '', EXT, SYSTEMS).ok).toBe(false);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSeed } from '../src/index.js';
import { assertProblem, NOW, start, type Harness } from './helpers.js';

let h: Harness;
before(async () => {
  h = await start();
});
after(() => h.close());

describe('municipalities and topics', () => {
  it('lists all ten pilot municipalities on one page', async () => {
    const r = await h.get('/v1/municipalities');
    assert.equal(r.status, 200);
    assert.equal(r.json.items.length, 10);
    assert.equal(r.json.nextCursor, null);
    assert.deepEqual(r.json.items, createSeed({ now: NOW }).municipalities);
  });

  it('answers one municipality and 404 for an unknown one', async () => {
    const r = await h.get('/v1/municipalities/hardheim');
    assert.equal(r.json.ags, '08225032');
    assert.equal(r.json.website, 'https://www.hardheim.de/');
    assert.equal(r.json.privacyUrl, 'https://www.hardheim.de/datenschutz');
    assert.equal(r.json.contact.email, 'integration@hardheim.de');
    const missing = await h.get('/v1/municipalities/stuttgart');
    assert.equal(missing.status, 404);
    assert.equal(missing.json.code, 'not_found');
  });

  it('rejects a malformed id with 400', async () => {
    const r = await h.get('/v1/municipalities/Not_A_Slug');
    assert.equal(r.status, 400);
    assert.equal(r.json.errors[0].path, 'id');
  });

  it('lists the ten topics with labels in every UI language', async () => {
    const r = await h.get('/v1/topics');
    assert.deepEqual(
      r.json.items.map((t: { id: string }) => t.id),
      ['bauen', 'wohnen', 'lernen-sprache', 'arbeit', 'sicherheit', 'mobilitaet', 'ehrenamt', 'zusammenleben', 'gesundheit', 'kinder-familie'],
    );
    for (const topic of r.json.items) {
      for (const lang of ['de', 'en', 'ar', 'fa', 'uk', 'tr', 'de-x-ls']) assert.ok(topic.labels[lang], `${topic.id} has a ${lang} label`);
    }
  });

  it('rejects unknown query parameters', async () => {
    const r = await h.get('/v1/topics?lang=de');
    assert.equal(r.status, 400);
    assert.deepEqual(r.json.errors, [{ path: 'lang', code: 'unknown_field', message: 'Unknown field "lang".' }]);
  });
});

describe('HTTP behaviour', () => {
  it('sends a strong ETag and answers If-None-Match with 304', async () => {
    const first = await h.get('/v1/events?municipality=horb');
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[^"]+"$/);
    const again = await h.get('/v1/events?municipality=horb', { headers: { 'if-none-match': etag! } });
    assert.equal(again.status, 304);
    assert.equal(again.text, '');
    assert.equal(again.headers.get('etag'), etag);
    const other = await h.get('/v1/events?municipality=tuebingen', { headers: { 'if-none-match': etag! } });
    assert.equal(other.status, 200);
    assert.notEqual(other.headers.get('etag'), etag);
  });

  it('gives every response a request id and echoes a sensible one', async () => {
    const a = await h.get('/v1/topics');
    const b = await h.get('/v1/topics');
    assert.notEqual(a.headers.get('x-request-id'), b.headers.get('x-request-id'));
    const echoed = await h.get('/v1/nowhere', { headers: { 'x-request-id': 'trace-123' } });
    assert.equal(echoed.headers.get('x-request-id'), 'trace-123');
    assert.equal(echoed.json.requestId, 'trace-123');
  });

  it('answers unknown routes with a 404 problem and wrong methods with 405', async () => {
    const r = await h.get('/v1/does-not-exist');
    assert.equal(r.status, 404);
    assertProblem(r.json, 404);
    const outside = await h.get('/nothing-here');
    assert.equal(outside.status, 404);
    const wrong = await h.call('DELETE', '/v1/events');
    assert.equal(wrong.status, 405);
    assert.match(wrong.headers.get('allow') ?? '', /GET/);
  });

  it('allows cross-origin use without credentials and exposes the headers clients need', async () => {
    const preflight = await fetch(`${h.url}/v1/concerns`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.tuebingen.de', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    assert.ok(preflight.status === 204 || preflight.status === 200);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
    assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
    const r = await h.get('/v1/topics', { headers: { origin: 'https://www.horb.de' } });
    const exposed = (r.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    for (const name of ['etag', 'x-request-id', 'retry-after', 'idempotent-replayed']) assert.ok(exposed.includes(name), `exposes ${name}`);
  });

  it('serves the OpenAPI document of the SDK', async () => {
    const r = await h.get('/v1/openapi.json');
    assert.equal(r.status, 200);
    assert.match(r.json.openapi, /^3\.1/);
    assert.ok(r.json.paths['/events']);
  });

  it('answers HEAD like GET without a body', async () => {
    const r = await fetch(`${h.url}/v1/topics`, { method: 'HEAD' });
    assert.equal(r.status, 200);
    assert.equal(await r.text(), '');
    assert.ok(r.headers.get('etag'));
  });
});

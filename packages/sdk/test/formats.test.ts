import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  DateTime,
  Email,
  Geometry,
  HttpsUrl,
  PointGeometry,
  PolygonGeometry,
  toFieldErrors,
} from '../src/index.js';

// DateTime, Email, HttpsUrl and Geometry are written more cheaply than zod's own formats (bytes in
// every widget). These tests hold them to what the zod formats they replace accepted.

const accepts = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).success;
const pick = (...values: string[]) => fc.constantFrom(...values);
const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

describe('DateTime', () => {
  const zodDateTime = z.iso.datetime({ offset: true });

  test('accepts what z.iso.datetime({ offset: true }) accepts, and nothing else', () => {
    // Near misses of every part: impossible days and times, leap years, offsets, separators.
    const year = fc.oneof(pick('2026', '2028', '2000', '2100', '1900', '0000', '2400'), digits(4), digits(3));
    const twoDigits = fc.oneof(
      pick('00', '01', '02', '09', '12', '13', '23', '24', '28', '29', '30', '31', '32', '59', '60'),
      digits(2),
      digits(1),
    );
    const fraction = pick('', '.5', '.123', '.123456789', '.', ',5');
    const offset = fc.oneof(
      pick('Z', 'z', '', '+01:00', '-05:30', '+14:00', '+24:00', '-00:60', '+0100', '+01', ' Z'),
      fc.tuple(pick('+', '-'), twoDigits, twoDigits).map(([sign, h, m]) => `${sign}${h}:${m}`),
    );
    const dateTime = fc
      .tuple(
        year,
        twoDigits,
        twoDigits,
        pick('T', 't', ' '),
        twoDigits,
        twoDigits,
        fc.option(twoDigits),
        fraction,
        offset,
      )
      .map(
        ([y, mo, d, sep, h, mi, s, frac, off]) =>
          `${y}-${mo}-${d}${sep}${h}:${mi}${s === null ? '' : `:${s}`}${frac}${off}`,
      );
    fc.assert(
      fc.property(dateTime, (value) => accepts(DateTime, value) === accepts(zodDateTime, value)),
      { numRuns: 5000 },
    );
  });

  test('the calendar decides: leap days only in leap years, no 30 February, no 24:00', () => {
    for (const ok of ['2028-02-29T12:00:00+01:00', '2000-02-29T00:00:00Z', '2026-12-31T23:59:59.999-05:30']) {
      assert.equal(accepts(DateTime, ok), true, ok);
    }
    for (const bad of [
      '2026-02-29T12:00:00+01:00',
      '2100-02-29T12:00:00+01:00',
      '2026-02-30T18:30:00+01:00',
      '2026-04-31T18:30:00+02:00',
      '2026-12-03T24:00:00+01:00',
      '2026-12-03T18:30:00',
      '2026-12-03T18:30+01:00',
      '2026-12-03 18:30:00+01:00',
    ]) {
      assert.equal(accepts(DateTime, bad), false, bad);
    }
  });

  test('a rejected value is an invalid_format field error, as before', () => {
    const parsed = DateTime.safeParse('2026-02-30T18:30:00+01:00');
    assert.equal(parsed.success, false);
    assert.deepEqual(toFieldErrors(parsed.error!.issues), [
      { path: '', code: 'invalid_format', message: 'Not a valid datetime.' },
    ]);
  });
});

describe('Email', () => {
  test('accepts exactly what z.email() accepts', () => {
    const zodEmail = z.email();
    const part = fc.string({ unit: fc.constantFrom(..."aZ09._-+'ä @"), maxLength: 8 });
    const address = fc.oneof(
      fc
        .tuple(part, part, pick('de', 'org', 'd', 'co.uk', 'xn--mnchen-3ya.de', ''))
        .map(([a, b, tld]) => `${a}@${b}.${tld}`),
      part,
    );
    fc.assert(
      fc.property(address, (value) => accepts(Email, value) === accepts(zodEmail, value)),
      { numRuns: 5000 },
    );
    assert.equal(accepts(Email, 'integration@tuebingen.de'), true);
    assert.equal(accepts(Email, 'olena.kovalenko+dialog@example.org'), true);
  });

  test('a rejected value is an invalid_format field error, as before', () => {
    const parsed = Email.safeParse('amira@');
    assert.deepEqual(toFieldErrors(parsed.error!.issues), [
      { path: '', code: 'invalid_format', message: 'Not a valid email.' },
    ]);
  });
});

describe('HttpsUrl', () => {
  test('accepts absolute http(s) URLs with a host', () => {
    for (const ok of [
      'https://www.tuebingen.de',
      'https://www.tuebingen.de/datenschutz',
      'http://example.org/a/b?c=d&e=f#g',
      'https://x.de:8443/path',
      'HTTPS://WWW.TUEBINGEN.DE/',
      'https://müllheim.de/rathaus',
      'https://meet.example.org/b/abc-def?pwd=1',
    ]) {
      assert.equal(accepts(HttpsUrl, ok), true, ok);
    }
  });

  test('rejects other schemes, missing hosts and white space', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://example.org/file',
      'mailto:integration@tuebingen.de',
      '//www.tuebingen.de',
      'www.tuebingen.de',
      'http:example.org',
      'https:/example.org',
      'https://',
      'https:///path',
      'https://exa mple.org',
      'https://example.org/a b',
      ' https://example.org',
      'https://example.org\n',
      '',
    ]) {
      assert.equal(accepts(HttpsUrl, bad), false, JSON.stringify(bad));
    }
  });

  // The pattern is looser only for hosts no real link has (`https://a%`, `https://.0`); checking those
  // as the URL parser does would cost bytes in every widget.
  test('agrees with z.url({ protocol: /^https?$/ }) on well-formed web URLs of any scheme', () => {
    const zodUrl = z.url({ protocol: /^https?$/ });
    const url = fc.webUrl({
      validSchemes: ['http', 'https', 'ftp', 'file', 'webcal'],
      withQueryParameters: true,
      withFragments: true,
      authoritySettings: { withIPv4: true, withIPv6: true, withPort: true, withUserInfo: true },
    });
    fc.assert(
      fc.property(url, (value) => accepts(HttpsUrl, value) === accepts(zodUrl, value)),
      { numRuns: 3000 },
    );
  });

  test('a rejected value is an invalid_format field error, as before', () => {
    const parsed = HttpsUrl.safeParse('javascript:alert(1)');
    assert.deepEqual(toFieldErrors(parsed.error!.issues), [
      { path: '', code: 'invalid_format', message: 'Not a valid url.' },
    ]);
  });
});

describe('Geometry', () => {
  const discriminated = z.discriminatedUnion('type', [PointGeometry, PolygonGeometry]);
  const samples: unknown[] = [
    { type: 'Point', coordinates: [9.05, 48.52] },
    { type: 'Point', coordinates: [200, 48] },
    { type: 'Point', coordinates: [9] },
    { type: 'Point' },
    {
      type: 'Polygon',
      coordinates: [
        [
          [9, 48],
          [9, 49],
          [10, 49],
          [9, 48],
        ],
      ],
    },
    {
      type: 'Polygon',
      coordinates: [
        [
          [9, 48],
          [9, 49],
          [10, 49],
        ],
      ],
    },
    { type: 'Polygon', coordinates: [] },
    { type: 'Polygon', coordinates: [9, 48] },
    {
      type: 'LineString',
      coordinates: [
        [9, 48],
        [9.1, 48.1],
      ],
    },
    { type: 'point', coordinates: [9, 48] },
    { coordinates: [9, 48] },
    {},
    null,
    'Point',
  ];

  test('accepts and rejects the same values as the discriminated union it replaces', () => {
    for (const sample of samples) {
      assert.equal(accepts(Geometry, sample), accepts(discriminated, sample), JSON.stringify(sample));
    }
  });

  test('a wrong member of a known type is reported where it is', () => {
    const errorsOf = (value: unknown) =>
      toFieldErrors(Geometry.safeParse(value).error!.issues, value).map((e) => [e.path, e.code]);
    assert.deepEqual(errorsOf({ type: 'Point', coordinates: [200, 48] }), [
      ['coordinates.0', 'too_long:180'],
    ]);
    assert.deepEqual(errorsOf({ type: 'Polygon', coordinates: [] }), [['coordinates', 'too_short:1']]);
  });

  test('an unknown type, or a shape that fits no type, is reported on the geometry itself', () => {
    const errorsOf = (value: unknown) =>
      toFieldErrors(Geometry.safeParse(value).error!.issues, value).map((e) => [e.path, e.code]);
    assert.deepEqual(errorsOf({ type: 'LineString', coordinates: [[9, 48]] }), [['', 'invalid_union']]);
    assert.deepEqual(errorsOf({ type: 'Point' }), [['', 'invalid_union']]);
  });
});

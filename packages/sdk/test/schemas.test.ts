import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  Challenge,
  ConcernReceipt,
  ConcernStatus,
  ConcernSubmission,
  DialogEvent,
  Municipality,
  Problem,
  Registration,
  RegistrationRequest,
  Result,
  Topic,
  pageOf,
  toFieldErrors,
  type FieldError,
} from '../src/index.js';
import {
  challenge,
  concernStatus,
  event,
  eventPage,
  pointResult,
  problem,
  receipt,
  registration,
  registrationRequest,
  result,
  submission,
  topic,
  tuebingen,
} from './samples.js';

function errorsOf(schema: { safeParse(data: unknown): { success: boolean; error?: { issues: unknown[] } } }, data: unknown): FieldError[] {
  const parsed = schema.safeParse(data);
  assert.equal(parsed.success, false, 'the schema should reject this input');
  return toFieldErrors(parsed.error!.issues as Parameters<typeof toFieldErrors>[0]);
}

describe('schemas accept realistic German data', () => {
  const examples: [string, { safeParse(d: unknown): { success: boolean } }, unknown][] = [
    ['Municipality', Municipality, tuebingen],
    ['Topic', Topic, topic],
    ['DialogEvent', DialogEvent, event],
    ['RegistrationRequest', RegistrationRequest, registrationRequest],
    ['Registration', Registration, registration],
    ['ConcernSubmission', ConcernSubmission, submission],
    ['ConcernReceipt', ConcernReceipt, receipt],
    ['ConcernStatus', ConcernStatus, concernStatus],
    ['Challenge', Challenge, challenge],
    ['Result (polygon)', Result, result],
    ['Result (point)', Result, pointResult],
    ['Page<DialogEvent>', pageOf(DialogEvent), eventPage],
    ['Problem', Problem, problem],
  ];
  for (const [name, schema, example] of examples) {
    test(name, () => {
      assert.equal(schema.safeParse(example).success, true);
    });
  }
});

describe('schemas reject bad input', () => {
  test('a concern title is limited in graphemes: 120 emoji with skin tones pass, 121 fail', () => {
    const wave = '👋🏽'; // two code points, four UTF-16 units, one grapheme
    assert.equal(ConcernSubmission.safeParse({ ...submission, title: wave.repeat(120) }).success, true);
    const errors = errorsOf(ConcernSubmission, { ...submission, title: wave.repeat(121) });
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [['title', 'too_long:120']],
    );
  });

  test('a blank title is missing, not present', () => {
    const errors = errorsOf(ConcernSubmission, { ...submission, title: ' \u200B\n' });
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [['title', 'required']],
    );
  });

  test('contact data without consent is refused', () => {
    const errors = errorsOf(ConcernSubmission, { ...submission, contactConsent: false });
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [['contactConsent', 'consent_required']],
    );
  });

  test('a contact needs an e-mail address or a phone number', () => {
    const errors = errorsOf(ConcernSubmission, { ...submission, contact: { name: 'Olena' } });
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [['contact.email', 'email_or_phone_required']],
    );
  });

  test('an unknown field in a submission is refused', () => {
    const errors = errorsOf(RegistrationRequest, { ...registrationRequest, newsletter: true });
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [['newsletter', 'unknown_field']],
    );
  });

  test('registration needs consent and a sensible number of people', () => {
    const errors = errorsOf(RegistrationRequest, { ...registrationRequest, consent: false, people: 11 });
    assert.deepEqual(errors.map((e) => e.path).sort(), ['consent', 'people']);
  });

  test('an impossible date (30 February) is not a date-time', () => {
    const errors = errorsOf(DialogEvent, {
      ...event,
      start: '2026-02-30T18:30:00+01:00',
      end: '2026-03-01T20:00:00+01:00',
    });
    assert.ok(errors.some((e) => e.path === 'start' && e.code === 'invalid_format'));
  });

  test('a date-time without offset is refused (all times carry their offset)', () => {
    const errors = errorsOf(DialogEvent, { ...event, start: '2026-12-03T18:30:00' });
    assert.ok(errors.some((e) => e.path === 'start'));
  });

  test('an event ending before it starts is refused', () => {
    const errors = errorsOf(DialogEvent, { ...event, end: '2026-12-03T17:00:00+01:00' });
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [['end', 'end_before_start']],
    );
  });

  test('an event needs a venue or an online link', () => {
    const { venue: _venue, ...withoutVenue } = event;
    const errors = errorsOf(DialogEvent, withoutVenue);
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [['venue', 'venue_or_online_required']],
    );
  });

  test('a polygon ring of 3 points is refused', () => {
    const ring = result.geometry.coordinates[0]!.slice(0, 3);
    const errors = errorsOf(Result, { ...result, geometry: { type: 'Polygon', coordinates: [ring] } });
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [['geometry.coordinates.0', 'too_short:4']],
    );
  });

  test('a geometry type outside the contract is refused', () => {
    const errors = errorsOf(Result, { ...result, geometry: { type: 'LineString', coordinates: [[9, 48], [9.1, 48.1]] } });
    assert.ok(errors.some((e) => e.path.startsWith('geometry')));
  });

  test('a concern reference must look like KD-YYYY-NNNNNN', () => {
    const errors = errorsOf(ConcernReceipt, { reference: 'KD-26-123', status: 'received', createdAt: '2026-11-27T10:04:00+01:00' });
    assert.deepEqual(
      errors.map((e) => e.path),
      ['reference'],
    );
  });
});

describe('user text is normalised', () => {
  test('a decomposed "é" becomes the composed character (NFC)', () => {
    const decomposed = 'Sprachcafe\u0301 im Quartier';
    assert.equal(decomposed.length, 23);
    const parsed = ConcernSubmission.safeParse({ ...submission, title: decomposed });
    assert.equal(parsed.success, true);
    assert.equal(parsed.data!.title, 'Sprachcafé im Quartier');
    assert.equal(parsed.data!.title.length, 22);
  });
});

describe('field errors', () => {
  test('tells a missing field from a wrongly typed one when given the input', async () => {
    const { toFieldErrors, ConcernSubmission } = await import('../src/index.js');
    const input = { municipality: 'tuebingen', kind: 'idea', title: 42, description: 'Mehr Bänke', contactConsent: false, language: 'de', publishAnonymously: true, proofOfWork: 'x' };
    const parsed = ConcernSubmission.safeParse(input);
    assert.equal(parsed.success, false);
    const errors = toFieldErrors(parsed.error!.issues, input);
    assert.equal(errors.find((e) => e.path === 'topic')?.code, 'required');
    assert.equal(errors.find((e) => e.path === 'title')?.code, 'invalid_type');
  });
});

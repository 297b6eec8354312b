import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import fc from 'fast-check';
import { createMockFetch } from '@kommunaldialog/api-mock';
import { CONCERN_DESCRIPTION_MAX, CONCERN_TITLE_MAX, graphemeLength, hasVisibleText } from '@kommunaldialog/sdk';
import { emptyValues, type FormValues } from './form-model.js';
import { validate } from './validation.js';
import type { KdConcernForm } from './kd-concern-form.js';
import '../define/kd-concern-form.js';

/*
 * Any text in any field — emoji, combining marks, right-to-left and zero-width characters,
 * 10 000 characters, script and image-onerror payloads — gives a field error or a stored record
 * equal to the input (NFC), never a crash and never markup in the page.
 */

const PIECES = [
  '👩🏽‍🔧',
  '🇩🇪',
  'e\u0301',
  'A\u0308',
  'Ä',
  'ﷺ',
  'مرحبا بالعالم',
  'سلام',
  'Привіт',
  '\u200B',
  '\u200D',
  '\u200E',
  '\u202E',
  '\u2066x\u2069',
  '\uFEFF',
  ' ',
  '\n',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '&amp;&lt;',
  '${x}{{y}}',
];

const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...PIECES));
const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
const huge = fc.constantFrom('a'.repeat(10_000), '👍'.repeat(10_000), 'e\u0301'.repeat(10_000), '\u200B'.repeat(10_000));
const anyText = fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: huge });

/** The oracle: what the API's rules say, written out independently of the schema. */
function userTextOk(value: string, max: number): boolean {
  const nfc = value.normalize('NFC');
  return hasVisibleText(nfc) && graphemeLength(nfc) <= max;
}

const context = { municipality: 'tuebingen', centre: { lat: 48.52, lng: 9.05 } };

function values(title: string, description: string, place: string, name: string): FormValues {
  return {
    ...emptyValues('de'),
    kind: 'concern',
    topic: 'mobilitaet',
    title,
    description,
    place,
    wantsAnswer: name !== '',
    name,
    email: 'amal@example.org',
    consent: true,
  };
}

describe('kd-concern-form: any text (property)', () => {
  it('client-side validation: a field error where the rules are broken, else the text itself in NFC', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (title, description, place, name) => {
        const result = validate(values(title, description, place, name), context);
        const titleOk = userTextOk(title, CONCERN_TITLE_MAX);
        const descriptionOk = userTextOk(description, CONCERN_DESCRIPTION_MAX);
        const placeOk = !hasVisibleText(place) || place.normalize('NFC').length <= 200;
        const nameOk = name === '' || userTextOk(name, 120);
        if (result.ok) {
          expect(titleOk && descriptionOk && placeOk && nameOk).to.equal(true);
          expect(result.body.title).to.equal(title.normalize('NFC'));
          expect(result.body.description).to.equal(description.normalize('NFC'));
          expect(result.body.location?.label).to.equal(hasVisibleText(place) ? place.normalize('NFC') : undefined);
          expect(result.body.contact?.name).to.equal(name === '' ? undefined : name.normalize('NFC'));
        } else {
          expect(result.fields.title !== undefined).to.equal(!titleOk);
          expect(result.fields.description !== undefined).to.equal(!descriptionOk);
          expect(result.fields.place !== undefined).to.equal(!placeOk);
          expect(result.fields.name !== undefined).to.equal(!nameOk);
          for (const problem of Object.values(result.fields)) {
            expect(['required', 'too_long']).to.include(problem!.code);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('through the widget and the API: stored exactly as typed (NFC), or a field error and nothing stored; never markup', async function (this: unknown) {
    (this as { timeout(ms: number): void }).timeout(120_000);
    const baseUrl = `${location.origin}/in-page-mock/v1`;
    const mock = createMockFetch({ baseUrl, minFillMs: 0, powMaxNumber: 2_000, rateLimit: false });
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      return url.startsWith(baseUrl) ? mock(input, init) : realFetch(input, init);
    };
    const imagesBefore = document.querySelectorAll('img, script').length;
    try {
      await fc.assert(
        fc.asyncProperty(anyText, anyText, anyText, async (title, description, place) => {
          sessionStorage.clear();
          const el = await fixture<KdConcernForm>(
            html`<kd-concern-form api=${baseUrl} municipality="tuebingen" min-fill-time="0"></kd-concern-form>`,
          );
          const root = el.shadowRoot!;
          await waitUntil(() => root.querySelector('#topic'), 'form did not load', { timeout: 10_000 });
          const set = (selector: string, value: string) => {
            const control = root.querySelector<HTMLInputElement>(selector)!;
            control.value = value;
            control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            return control.value;
          };
          root.querySelector<HTMLInputElement>('input[value=question]')!.click();
          set('#topic', 'wohnen');
          // What the controls hold is what the person could have typed: single-line fields drop line breaks.
          const typedTitle = set('#title', title);
          const typedDescription = set('#description', description);
          const typedPlace = set('#place', place);
          expect(typedTitle).to.equal(title.replace(/[\r\n]/g, ''));
          const before = mock.api.control.submissions();
          await el.updateComplete;
          root.querySelector<HTMLButtonElement>('button[part=submit]')!.click();
          await waitUntil(() => root.querySelector('[part=reference], .summary'), 'neither receipt nor errors', { timeout: 15_000 });
          expect(root.querySelectorAll('img, script, svg').length).to.equal(0);
          expect(document.querySelectorAll('img, script').length).to.equal(imagesBefore);

          const reference = root.querySelector('[part=reference]')?.textContent?.trim();
          const valid =
            userTextOk(typedTitle, CONCERN_TITLE_MAX) &&
            userTextOk(typedDescription, CONCERN_DESCRIPTION_MAX) &&
            (!hasVisibleText(typedPlace) || typedPlace.normalize('NFC').length <= 200);
          if (reference) {
            expect(valid).to.equal(true);
            const stored = mock.api.store.getConcern(reference)!.submission;
            expect(stored.title).to.equal(typedTitle.normalize('NFC'));
            expect(stored.description).to.equal(typedDescription.normalize('NFC'));
            expect(stored.location?.label).to.equal(hasVisibleText(typedPlace) ? typedPlace.normalize('NFC') : undefined);
            expect(mock.api.control.submissions()).to.equal(before + 1);
          } else {
            expect(valid).to.equal(false);
            expect(root.querySelectorAll('.error').length).to.be.greaterThan(0);
            expect(mock.api.control.submissions()).to.equal(before);
            // Nothing typed was lost.
            expect(root.querySelector<HTMLTextAreaElement>('#description')!.value).to.equal(typedDescription);
          }
          fixtureCleanup();
        }),
        { numRuns: 12 },
      );
    } finally {
      window.fetch = realFetch;
      sessionStorage.clear();
    }
  });
});

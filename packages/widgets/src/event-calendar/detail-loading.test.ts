// The detail view's code arrives with the first opened event: this file must be the first (and
// only) thing in its page to open a detail, so that the loading state is there to be seen.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { LOCALES, type DialogEvent } from '@kommunaldialog/sdk';
import '../define/kd-event-calendar.js';
import type { KdEventCalendar } from './kd-event-calendar.js';
import { event, syntheticApis } from './calendar.test-support.js';

const EVENTS: DialogEvent[] = [
  event('infoabend', '2026-12-02T18:00:00+01:00', '2026-12-02T20:00:00+01:00', { title: 'Infoabend Wohnen' }),
];
const { api } = syntheticApis(EVENTS, 'detail-loading');

const root = (el: KdEventCalendar) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function calendar(lang = 'de'): Promise<KdEventCalendar> {
  const el = await fixture<KdEventCalendar>(html`<kd-event-calendar api=${api()} view="month" month="2026-12" lang=${lang}></kd-event-calendar>`);
  await waitUntil(() => root(el).querySelector('table[aria-busy="false"]'), 'month not loaded', { timeout: 15_000 });
  return el;
}

describe('detail view loaded on demand', () => {
  it('opens at once with its title and a loading state, then shows the detail; focus stays on the title and returns to the event', async () => {
    const el = await calendar();
    const chip = root(el).querySelector<HTMLButtonElement>('td[data-date="2026-12-02"] .chip')!;
    chip.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(root(el).activeElement?.id).to.equal('dialog-title');
    expect(text(root(el).activeElement)).to.equal('Infoabend Wohnen');
    // The detail's code cannot have arrived within one render: the loading state stands in for it.
    expect(dialog.querySelector('.facts')).to.equal(null);
    expect(text(dialog.querySelector('[aria-busy="true"] [role="status"]'))).to.equal('Wird geladen …');
    expect(dialog.querySelector('[part="close"]'), 'closable while loading').not.to.equal(null);

    await waitUntil(() => dialog.querySelector('.facts'), 'detail did not arrive');
    expect(dialog.querySelector('[aria-busy="true"]')).to.equal(null);
    expect(text(dialog.querySelector('[part="ics-button"]'))).to.equal('Zum Kalender hinzufügen');
    expect(root(el).activeElement?.id, 'focus stays where the dialog put it').to.equal('dialog-title');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(chip);
  });

  it('the detail’s own strings come in every language', async () => {
    const { detailMessages } = await import('./detail/messages/index.js');
    const keys = Object.keys(detailMessages.de).sort();
    for (const locale of LOCALES) {
      const messages = await detailMessages.load(locale);
      expect(Object.keys(messages).sort(), locale).to.deep.equal(keys);
      if (locale !== 'de') expect(messages.when, locale).not.to.equal(detailMessages.de.when);
    }
    const el = await calendar('en');
    root(el).querySelector<HTMLButtonElement>('td[data-date="2026-12-02"] .chip')!.click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.querySelector('.facts dt'));
    await waitUntil(() => text(dialog.querySelector('.facts dt')) === 'When', 'English detail strings');
    expect(text(dialog.querySelector('[part="ics-button"]'))).to.equal('Add to calendar');
  });
});

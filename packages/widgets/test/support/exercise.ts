import type { Page } from 'playwright-core';
import { waitUntilSettled } from './browser.js';

/**
 * Uses a widget the way a visitor would, a little: clicks its buttons (closing whatever opens
 * with Escape), tabs through it, and switches it to Arabic and back (a lazily loaded locale,
 * right to left). Generic on purpose: it works for any widget, including ones added later.
 * Returns what it did, for messages.
 */
export async function exercise(
  page: Page,
  tag: string,
  options: { maxClicks?: number; skip?: RegExp } = {},
): Promise<string[]> {
  const { maxClicks = 6, skip } = options;
  const done: string[] = [];
  const widget = page.locator(tag).first();
  await waitUntilSettled(page, tag);

  // Buttons only (links would navigate away); submit buttons of forms are left alone here.
  const buttons = widget.locator('button:not([type="submit"]):not([disabled])');
  const count = Math.min(await buttons.count(), maxClicks);
  for (let i = 0; i < count; i += 1) {
    const button = buttons.nth(i);
    if (!(await button.isVisible().catch(() => false))) continue;
    const name = (await button.textContent().catch(() => ''))?.trim() ?? '';
    if (skip?.test(name)) continue;
    const clicked = await button.click({ timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    if (!clicked) continue;
    done.push(`click "${name}"`);
    await page.keyboard.press('Escape');
    await waitUntilSettled(page, tag);
  }

  await widget.focus().catch(() => undefined);
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
  done.push('tab ×5');

  await widget.evaluate((element) => element.setAttribute('lang', 'ar'));
  await page.waitForFunction(
    (sel) => {
      const base = document.querySelector(sel)?.shadowRoot?.querySelector('[part~="base"]');
      return base?.getAttribute('dir') === 'rtl' && base.getAttribute('lang') === 'ar';
    },
    tag,
    { timeout: 15_000 },
  );
  await waitUntilSettled(page, tag);
  await widget.evaluate((element) => element.removeAttribute('lang'));
  await waitUntilSettled(page, tag);
  done.push('lang ar → page language');
  return done;
}

import { expect, fixtureSync } from '@open-wc/testing';
import { html, type LitElement } from 'lit';
import { KdElement } from './kd-element.js';
import { defineElement } from './define.js';
import { tokenDefaults, type TokenName } from './styles/tokens.styles.js';

function luminance(hex: string): number {
  const value = parseInt(hex.slice(1), 16);
  const channels = [value >> 16, (value >> 8) & 0xff, value & 0xff].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

/** WCAG 2.x contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

class KdThemeProbe extends KdElement {
  protected override render() {
    return html`<div part="base" class="kd-root" dir=${this.dir} lang=${this.locale}>
      <p>Text</p>
      <button type="button" class="kd-button">Anmelden</button>
    </div>`;
  }
}
defineElement('kd-theme-probe', KdThemeProbe);

describe('theme', () => {
  const surface = tokenDefaults['--kd-color-surface'];
  const foregrounds: TokenName[] = [
    '--kd-color-text',
    '--kd-color-primary',
    '--kd-color-muted',
    '--kd-color-border',
    '--kd-color-danger',
    '--kd-color-success',
    '--kd-color-focus',
  ];

  it('the contrast check distinguishes good from bad pairs', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrast('#777777', '#ffffff')).to.be.lessThan(4.5);
  });

  for (const name of foregrounds) {
    it(`${name} on the surface meets WCAG AA (4.5:1)`, () => {
      expect(contrast(tokenDefaults[name], surface)).to.be.at.least(4.5);
    });
  }

  it('button text (surface colour) on primary meets WCAG AA', () => {
    expect(contrast(surface, tokenDefaults['--kd-color-primary'])).to.be.at.least(4.5);
  });

  it('ignores inherited page styles but takes the page font and size', async () => {
    // fixtureSync: fixture() of a plain <div> waits for an animation frame, which a test page
    // running in a background tab may never get; the probe's own update is awaited instead.
    const wrap = fixtureSync(html`<div
      style="font-family: Georgia, serif; font-size: 20px; letter-spacing: 5px; text-transform: uppercase; line-height: 4; font-style: italic; color: rgb(255, 0, 0)"
    >
      <kd-theme-probe></kd-theme-probe>
    </div>`);
    const el = wrap.querySelector<LitElement>('kd-theme-probe')!;
    await el.updateComplete;
    const p = getComputedStyle(el.shadowRoot!.querySelector('p')!);
    expect(p.fontFamily).to.equal('Georgia, serif');
    expect(p.fontSize).to.equal('20px');
    expect(p.letterSpacing).to.equal('normal');
    expect(p.textTransform).to.equal('none');
    expect(p.fontStyle).to.equal('normal');
    expect(p.lineHeight).to.equal('30px');
    expect(p.color).to.equal('rgb(27, 27, 27)');
  });

  it('takes tokens set anywhere above it', async () => {
    const wrap = fixtureSync(html`<div style="--kd-color-primary: #8a1538; --kd-font-family: Verdana; --kd-font-size: 2em; font-size: 10px">
      <kd-theme-probe></kd-theme-probe>
    </div>`);
    const el = wrap.querySelector<LitElement>('kd-theme-probe')!;
    await el.updateComplete;
    const button = getComputedStyle(el.shadowRoot!.querySelector('button')!);
    expect(button.backgroundColor).to.equal('rgb(138, 21, 56)');
    expect(button.fontFamily).to.equal('Verdana');
    expect(getComputedStyle(el).fontSize).to.equal('20px');
    await expect(el).to.be.accessible();
  });
});

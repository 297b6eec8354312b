import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';
import { KdProvider } from '../provider/kd-provider.js';

describe('defineElement', () => {
  it('defines once and ignores later definitions of the same name without throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    expect(defineElement('kd-define-test', First)).to.equal(true);
    expect(defineElement('kd-define-test', First)).to.equal(false);
    expect(defineElement('kd-define-test', Second)).to.equal(false);
    expect(customElements.get('kd-define-test')).to.equal(First);
  });

  it('survives a second copy of the provider registration (another bundle on the page)', async () => {
    await import('../define/kd-provider.js');
    expect(customElements.get('kd-provider')).to.equal(KdProvider);
    // Another bundle brings its own class for the same tag.
    expect(defineElement('kd-provider', class extends KdProvider {})).to.equal(false);
    // A second copy of the define module runs its registration again.
    await import(/* the source file itself: a query defeats the .js → .ts mapping */ `../define/kd-provider.ts?copy=${Date.now()}`);
    expect(customElements.get('kd-provider')).to.equal(KdProvider);
  });

  it('does not throw when a class is already registered under another name', () => {
    class Reused extends HTMLElement {}
    expect(defineElement('kd-define-a', Reused)).to.equal(true);
    expect(defineElement('kd-define-b', Reused)).to.equal(false);
  });
});

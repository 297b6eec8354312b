import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';
import { pageNamespace, trustedScriptURL, version } from './namespace.js';

describe('window.Kommunaldialog', () => {
  it('is one read-only global that lists the tags this copy defined', () => {
    class Probe extends HTMLElement {}
    expect(defineElement('kd-namespace-probe', Probe)).to.equal(true);
    const ns = (window as unknown as { Kommunaldialog: ReturnType<typeof pageNamespace> }).Kommunaldialog;
    expect(ns).to.equal(pageNamespace());
    expect(ns.version).to.equal(version);
    expect(ns.elements['kd-namespace-probe']).to.equal(version);
    expect(Object.getOwnPropertyDescriptor(window, 'Kommunaldialog')?.writable).to.equal(false);
  });

  it('does not list a tag another copy defined first', () => {
    class First extends HTMLElement {}
    customElements.define('kd-namespace-taken', First);
    expect(defineElement('kd-namespace-taken', class extends HTMLElement {})).to.equal(false);
    expect(pageNamespace().elements['kd-namespace-taken']).to.equal(undefined);
  });
});

describe('trustedScriptURL', () => {
  it('passes a script next to the widgets, every time (one policy per page)', () => {
    const url = new URL('./worker.js', import.meta.url);
    expect(String(trustedScriptURL(url))).to.equal(url.href);
    expect(String(trustedScriptURL(url))).to.equal(url.href);
  });

  it('refuses a script from another origin', () => {
    expect(() => trustedScriptURL(new URL('https://elsewhere.example/evil.js'))).to.throw(TypeError);
  });
});

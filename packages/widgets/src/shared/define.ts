import { pageNamespace, recordElement } from './namespace.js';

/**
 * Registers a custom element unless the name is taken. A page may load two bundles, or two
 * versions, of the widgets; the second registration must not throw and take the page down.
 * Every call makes sure `window.Kommunaldialog` exists; a successful one lists the tag there.
 * Returns true when this call defined the element.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return false;
  pageNamespace();
  if (registry.get(name)) return false;
  try {
    registry.define(name, constructor);
  } catch {
    // Lost a race against another copy defining the same name, or this constructor is
    // already registered under another name: either way the element exists.
    return false;
  }
  recordElement(name);
  return true;
}

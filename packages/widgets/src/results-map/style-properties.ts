import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`inline-size`, `--kd-x`), each with its value. */
export type StyleProperties = Readonly<Record<string, string>>;

/**
 * Sets CSS properties on an element through the CSSOM (`element.style.setProperty`), never
 * through the `style` attribute. Host pages with `style-src 'self'` in their Content Security
 * Policy block style attributes, and Lit's `styleMap` writes the attribute on its first render;
 * the CSSOM is not subject to the policy.
 *
 * @example html`<div class="bar" ${styleProperties({ 'inline-size': '40%' })}></div>`
 */
class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProperties() belongs on an element, not in an attribute');
  }

  render(properties: StyleProperties): typeof noChange {
    void properties;
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);

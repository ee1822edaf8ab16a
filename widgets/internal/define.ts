/**
 * Registers a custom element once. Hosts often include our script twice (a CMS block
 * plus a theme), and a second `define` would throw and break the host page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(`[binome] <${tag}> est déjà défini par une autre version ; la première définition est conservée.`);
  }
}

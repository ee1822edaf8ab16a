import type { Page } from 'playwright-core';

export interface FocusedElement {
  id: string;
  tag: string;
  type: string;
  name: string;
  text: string;
  checked: boolean;
}

/** What has the keyboard focus, through shadow roots. */
export function focusedElement(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const input = active as HTMLInputElement | null;
    return {
      id: active?.id ?? '',
      tag: active?.tagName ?? '',
      type: input?.type ?? '',
      name: input?.name ?? '',
      text: active?.textContent?.trim() ?? '',
      checked: Boolean(input?.checked),
    };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, match: (focused: FocusedElement) => boolean, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (match(await focusedElement(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the control; focus is on ${JSON.stringify(await focusedElement(page))}`);
}

/**
 * The words for problems are a chunk fetched only when something goes wrong
 * (widgets/partner-card/problems.ts). When even that fetch fails (the network is
 * down), the widgets still say something, show their fallback and fire pp-error.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../widgets/partner-card/index';
import '../../../widgets/partner-list/index';

// The chunk "cannot be fetched": reading its words fails, as a failed dynamic import would.
vi.mock('../../../widgets/partner-card/problems', () => ({
  get PROBLEMS(): never {
    throw new Error('offline');
  },
}));

document.documentElement.lang = 'fr';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('problem words unavailable', () => {
  it('card and directory: one short sentence, the fallback content, pp-error', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failed = vi.fn();
    document.body.addEventListener('pp-error', (e) => failed((e as CustomEvent).detail.message));
    const card = document.createElement('pp-partner-card');
    card.innerHTML = '<a href="/annuaire.pdf">Annuaire (PDF)</a>';
    card.setAttribute('src', 'http://127.0.0.1:9/partenaires.json');
    card.setAttribute('partner-id', 'pp-1');
    const list = document.createElement('pp-partner-list');
    list.setAttribute('src', 'http://127.0.0.1:9/partenaires.json');
    document.body.append(card, list);
    const sentence = 'Les patients partenaires ne peuvent pas être affichés pour le moment.';
    await vi.waitFor(() => expect(card.shadowRoot!.textContent).toContain(sentence), { timeout: 9000 });
    await vi.waitFor(() => expect(list.shadowRoot!.textContent).toContain(sentence), { timeout: 9000 });
    expect(card.shadowRoot!.querySelector('slot')!.assignedElements()[0]?.textContent).toBe('Annuaire (PDF)');
    expect(failed).toHaveBeenCalledTimes(2);
  });
});

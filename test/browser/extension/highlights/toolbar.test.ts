import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DEFAULT_MEANINGS, localizeMeanings } from '../../../../extension/modules/highlights/meanings';
import { PageHighlighter } from '../../../../extension/modules/highlights/page-highlighter';
import type { HighlighterEvent } from '../../../../extension/modules/highlights/protocol';
import { TOOLBAR_TAG } from '../../../../extension/modules/highlights/toolbar';
import { axeViolations } from '../../helpers/axe';
import { findRange, highlightTexts } from './helpers';

let container: HTMLElement;
let highlighter: PageHighlighter;
let events: HighlighterEvent[];
let reply: (event: HighlighterEvent) => Promise<unknown>;

beforeEach(async () => {
  document.documentElement.lang = 'fr';
  container = document.createElement('main');
  container.innerHTML = `<h1>Partenariat</h1><p>Les patients partenaires apportent leur savoir expérientiel aux équipes.</p>
    <p>Le comité des usagers s'est réuni six fois cette année.</p><button type="button" id="page-button">Bouton de la page</button>`;
  document.body.append(container);
  events = [];
  reply = async (event) => (event.type === 'binome:hl:save' ? { ok: true, id: 'h-1' } : { ok: true });
  highlighter = new PageHighlighter({
    send: (event) => {
      events.push(event);
      return reply(event);
    },
    settle: { quietMs: 20, maxMs: 100 },
    shadowMode: 'open',
  });
  await highlighter.render([], localizeMeanings(DEFAULT_MEANINGS, 'fr'), 'fr', 'off');
});

afterEach(() => {
  highlighter.clear();
  container.remove();
  document.getSelection()?.removeAllRanges();
});

function select(text: string): Range {
  const range = findRange(document, text);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

function shadow(): ShadowRoot {
  return (document.querySelector(TOOLBAR_TAG) as HTMLElement).shadowRoot as ShadowRoot;
}

function button(name: string): HTMLButtonElement {
  const found = [...shadow().querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.replace('Aa', '').trim()) === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

describe('the in-page toolbar', () => {
  it('has no axe violation, with labelled meanings shown by sample, pattern and text', async () => {
    select('savoir expérientiel');
    expect(highlighter.openToolbar(true)).toEqual({ ok: true });
    const toolbar = shadow().querySelector('[role=toolbar]') as HTMLElement;
    expect(toolbar.getAttribute('aria-label')).toBe('Surligner la sélection');
    expect([...toolbar.querySelectorAll('button[data-meaning]')].map((b) => b.textContent)).toEqual([
      'AaÀ retenir',
      'AaQuestion',
      'AaÀ citer',
    ]);
    expect(await axeViolations(document.querySelector(TOOLBAR_TAG) as Element)).toEqual([]);
    // Edit mode with the note form open.
    button('Question').click();
    await expect.poll(() => shadow().querySelector('[role=status]')?.textContent).toBe('Surligné : Question.');
    button('Note').click();
    const textarea = shadow().querySelector('textarea') as HTMLTextAreaElement;
    expect(shadow().activeElement).toBe(textarea);
    expect(button('Note').getAttribute('aria-expanded')).toBe('true');
    await userEvent.type(textarea, '**Important** : voir le [guide](https://www.has-sante.fr/)');
    expect(await axeViolations(document.querySelector(TOOLBAR_TAG) as Element)).toEqual([]);
  });

  it('is a keyboard toolbar: one Tab stop, arrows, Home/End, Escape gives focus back', async () => {
    const pageButton = document.getElementById('page-button') as HTMLButtonElement;
    pageButton.focus();
    select('comité des usagers');
    highlighter.openToolbar(true);
    const first = button('À retenir');
    expect(shadow().activeElement).toBe(first);
    expect([...shadow().querySelectorAll('[role=toolbar] button')].filter((b) => (b as HTMLElement).tabIndex === 0)).toEqual([
      first,
    ]);
    await userEvent.keyboard('{ArrowRight}');
    expect(shadow().activeElement).toBe(button('Question'));
    await userEvent.keyboard('{End}');
    expect(shadow().activeElement).toBe(button('Fermer'));
    await userEvent.keyboard('{Home}');
    expect(shadow().activeElement).toBe(first);
    // The page's own shortcuts do not see keys typed in the toolbar.
    const seenByPage: string[] = [];
    const pageShortcut = (event: KeyboardEvent) => seenByPage.push(event.key);
    document.addEventListener('keydown', pageShortcut);
    await userEvent.keyboard('{Escape}');
    document.removeEventListener('keydown', pageShortcut);
    expect(seenByPage).toEqual([]);
    expect((shadow().querySelector('.panel') as HTMLElement).hidden).toBe(true);
    expect(document.activeElement).toBe(pageButton);
  });

  it('saves a highlight through the extension, then draws it; edits its note; deletes it', async () => {
    select('savoir expérientiel');
    highlighter.openToolbar(true);
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await expect.poll(() => highlightTexts(window, 'binome-question')).toEqual(['savoir expérientiel']);
    expect(events[0]).toMatchObject({
      type: 'binome:hl:save',
      colour: 'question',
      quote: 'savoir expérientiel',
      selectors: expect.arrayContaining([expect.objectContaining({ type: 'TextQuoteSelector', exact: 'savoir expérientiel' })]),
    });
    expect(document.getSelection()?.isCollapsed).toBe(true);
    button('À citer').click();
    await expect.poll(() => highlightTexts(window, 'binome-a-citer')).toEqual(['savoir expérientiel']);
    expect(button('À citer').getAttribute('aria-pressed')).toBe('true');
    expect(events[1]).toEqual({ type: 'binome:hl:edit', id: 'h-1', colour: 'a-citer' });
    button('Note').click();
    await userEvent.type(shadow().querySelector('textarea') as HTMLTextAreaElement, 'À relire');
    button('Enregistrer la note').click();
    await expect.poll(() => events[2]).toEqual({ type: 'binome:hl:edit', id: 'h-1', note: 'À relire' });
    await expect.poll(() => shadow().querySelector('[role=status]')?.textContent).toBe('Note enregistrée.');
    button('Supprimer').click();
    await expect.poll(() => highlightTexts(window, 'binome-a-citer')).toEqual([]);
    expect(events[3]).toEqual({ type: 'binome:hl:delete', id: 'h-1' });
    expect(highlighter.results()).toEqual([]);
  });

  it('keeps the keyboard in the toolbar when the extension draws the page again while it is open', async () => {
    // A script just injected says `ready`; the background answers with a `render` that may arrive
    // after the toolbar was opened from the keyboard (seen in Firefox: the keys then went nowhere).
    select('savoir expérientiel');
    highlighter.openToolbar(true);
    await userEvent.keyboard('{ArrowRight}');
    expect(shadow().activeElement).toBe(button('Question'));
    await highlighter.render([], localizeMeanings(DEFAULT_MEANINGS, 'fr'), 'fr', 'selection');
    expect(shadow().activeElement).toBe(button('Question'));
    expect([...shadow().querySelectorAll('[role=toolbar] button')].filter((b) => (b as HTMLElement).tabIndex === 0)).toEqual([
      button('Question'),
    ]);
    // New meanings (edited in the options meanwhile): the focus stays on the same meaning.
    const edited = [
      ...localizeMeanings(DEFAULT_MEANINGS, 'fr'),
      { id: 'idee', label: 'Idée', colour: '#fbcfe8', pattern: 'dotted' as const },
    ];
    await highlighter.render([], edited, 'fr', 'selection');
    expect(shadow().activeElement).toBe(button('Question'));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}'); // Question → À citer → Idée
    await expect.poll(() => highlightTexts(window, 'binome-idee')).toEqual(['savoir expérientiel']);
  });

  it('opened by the keyboard shortcut (`toolbar` command), offers the meanings the extension gave, the user’s own included', async () => {
    const own = [
      ...localizeMeanings(DEFAULT_MEANINGS, 'fr'),
      { id: 'idee', label: 'Idée', colour: '#fbcfe8', pattern: 'dotted' as const },
    ];
    await highlighter.render([], own, 'fr', 'selection');
    select('savoir expérientiel');
    expect(await highlighter.handle({ type: 'binome:hl:toolbar', locale: 'fr' })).toEqual({ ok: true });
    expect([...shadow().querySelectorAll('[role=toolbar] button[data-meaning]')].map((b) => b.textContent)).toEqual([
      'AaÀ retenir',
      'AaQuestion',
      'AaÀ citer',
      'AaIdée',
    ]);
    await userEvent.keyboard('{End}{ArrowLeft}{Enter}'); // Fermer ← Idée
    await expect.poll(() => highlightTexts(window, 'binome-idee')).toEqual(['savoir expérientiel']);
  });

  it('draws nothing and says so when the extension does not confirm the save', async () => {
    reply = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    select('savoir expérientiel');
    highlighter.openToolbar(false);
    button('À retenir').click();
    await expect.poll(() => shadow().querySelector('[role=status]')?.textContent).toMatch(/^Échec de l'enregistrement/);
    expect(shadow().querySelector('[role=status]')?.classList.contains('error')).toBe(true);
    expect(highlightTexts(window, 'binome-a-retenir')).toEqual([]);
  });

  it('opens on an existing highlight when it is clicked', async () => {
    await highlighter.handle({
      type: 'binome:hl:add',
      annotation: {
        id: 'old-1',
        colour: 'a-retenir',
        note: 'déjà là',
        selectors: [{ type: 'TextQuoteSelector', exact: 'comité des usagers', prefix: 'Le ', suffix: " s'est réuni" }],
      },
    });
    const rect = findRange(document, 'comité des usagers').getBoundingClientRect();
    const body = document.body.getBoundingClientRect();
    await userEvent.click(document.body, {
      position: { x: rect.left - body.left + 5, y: rect.top - body.top + rect.height / 2 },
    });
    await expect.poll(() => shadow().querySelector('[role=toolbar]')?.getAttribute('aria-label')).toBe('Modifier le surlignage');
    expect(button('À retenir').getAttribute('aria-pressed')).toBe('true');
    button('Note').click();
    expect((shadow().querySelector('textarea') as HTMLTextAreaElement).value).toBe('déjà là');
  });

  it('speaks English when the extension is in English, and explains a missing selection', async () => {
    await highlighter.render([], localizeMeanings(DEFAULT_MEANINGS, 'en'), 'en', 'off');
    expect(highlighter.openToolbar(true)).toEqual({ ok: false, reason: 'no-selection' });
    select('savoir');
    highlighter.openToolbar(true);
    expect(shadow().querySelector('[role=toolbar]')?.getAttribute('aria-label')).toBe('Highlight the selection');
    expect(button('Key point')).toBeDefined();
    expect((shadow().querySelector('.panel') as HTMLElement).lang).toBe('en');
  });
});

/** The popup rendered for real with the page-reading and badge services faked. */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { PopupApp } from '../../../../extension/modules/popup/popup-app';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import { locale } from '../../../../extension/modules/ui/locale';
import { axeViolations } from '../../helpers/axe';
import {
  byText,
  fakePlatform,
  fixtureMeta,
  labelled,
  type Mounted,
  mount,
  uniqueName,
  until,
} from '../../helpers/extension-page';

let mounted: Mounted[] = [];
afterEach(() => {
  for (const m of mounted) m.unmount();
  mounted = [];
});

const articleUrl = 'http://127.0.0.1:4000/pages/scholarly-article.html';

describe('popup', () => {
  it('pre-fills the suggestions, explains them, saves in one click with the selection as excerpt', async () => {
    const platform = fakePlatform({
      ok: true,
      partial: false,
      meta: fixtureMeta('scholarly-article.html', `${articleUrl}?utm_source=x`, 'Un passage choisi'),
    });
    const m = await mount(PopupApp, { platform });
    mounted.push(m);
    const { container, store } = m;
    const title = await until(() => container.querySelector<HTMLInputElement>('#popup-title'));
    expect(title.value).toBe('Les patients partenaires dans la formation des médecins : une étude qualitative');
    expect(labelled<HTMLSelectElement>(container, /^Type de ressource/).value).toBe('article_scientifique');
    expect(byText(container, '#popup-type-hint', 'Type suggéré : Article scientifique.')).not.toBeNull();
    expect(labelled(container, /^Recherche/).checked).toBe(true);
    expect(container.querySelector('.evidence')?.textContent).toContain('« ScholarlyArticle » dans les métadonnées');
    expect(await axeViolations(container)).toEqual([]);

    // Tag suggestions are buttons that add the tag.
    await userEvent.click(
      container.querySelector('button[aria-label="Ajouter l\'étiquette patient partenaire"]') as HTMLButtonElement,
    );
    expect(labelled(container, /^Étiquettes/).value).toContain('patient partenaire');
    await userEvent.type(labelled<HTMLTextAreaElement>(container, 'Note'), 'Lu en réunion');
    await userEvent.click(byText(container, 'button', 'Enregistrer la page dans la bibliothèque') as HTMLButtonElement);
    await until(() => byText(container, '[role="status"] p', 'Enregistrée dans votre bibliothèque.'));

    const saved = await store.findByUrl(articleUrl);
    expect(saved).toMatchObject({
      resourceType: 'article_scientifique',
      note: 'Lu en réunion',
      excerpts: ['Un passage choisi'],
      doi: '10.9999/rsp.211.0061',
    });
    expect(saved?.url).toBe(articleUrl);
    expect(platform.badges.at(-1)).toMatchObject({ tabId: 7, saved: true });
    expect(byText(container, 'button', 'Mettre à jour la page dans la bibliothèque')).not.toBeNull();
  });

  it('says when the page is already in the library and keeps the user’s classification', async () => {
    const name = uniqueName('popup-again');
    const store = await LibraryStore.open(name);
    await store.saveFromPage(fixtureMeta('has-guide.html'), {
      resourceType: 'charte_outil',
      domains: ['recherche'],
      tags: ['mien'],
    });
    const platform = fakePlatform({
      ok: true,
      partial: false,
      meta: fixtureMeta('has-guide.html', 'http://127.0.0.1:4000/pages/has-guide.html/#objectifs'),
    });
    const m = await mount(PopupApp, { platform }, store);
    mounted.push(m);
    await until(() => byText(m.container, 'p', /^Déjà dans votre bibliothèque \(enregistrée le /));
    expect(labelled<HTMLSelectElement>(m.container, /^Type de ressource/).value).toBe('charte_outil');
    expect(labelled(m.container, /^Étiquettes/).value).toBe('mien');
    expect(platform.badges[0]).toMatchObject({ saved: true, title: 'Binôme — page déjà dans votre bibliothèque' });
    expect(await axeViolations(m.container)).toEqual([]);
  });

  it('explains when a page cannot be saved', async () => {
    const m = await mount(PopupApp, { platform: fakePlatform({ ok: false, reason: 'unsupported' }) });
    mounted.push(m);
    await until(() => byText(m.container, 'p', /^Cette page ne peut pas être enregistrée/));
    expect(await axeViolations(m.container)).toEqual([]);
  });

  it('works in English', async () => {
    const m = await mount(PopupApp, { platform: fakePlatform({ ok: true, partial: true, meta: fixtureMeta('has-guide.html') }) });
    mounted.push(m);
    locale.value = 'en';
    try {
      await until(() => byText(m.container, 'p', /^The content of the page could not be read/));
      expect(byText(m.container, 'button', 'Save the page to the library')).not.toBeNull();
      expect(await axeViolations(m.container)).toEqual([]);
    } finally {
      locale.value = 'fr';
    }
  });
});

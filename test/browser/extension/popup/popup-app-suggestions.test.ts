/**
 * « Pourquoi ces suggestions ? » in the real popup (issue 20), on labelled pages of
 * test/fixtures/suggestions read by the real extractor: what is pre-selected and what the
 * popup says about it, including when it suggests nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../extension/modules/popup/popup-app';
import { extractMetadata } from '../../../../shared/library/metadata';
import training from '../../../fixtures/suggestions/dev/d22-formation-pair-aidant.html?raw';
import recipe from '../../../fixtures/suggestions/dev/n04-recette-tarte-pommes.html?raw';
import grippe from '../../../fixtures/suggestions/dev/n20-actu-grippe.html?raw';
import { axeViolations } from '../../helpers/axe';
import { fakePlatform, labelled, type Mounted, mount, until } from '../../helpers/extension-page';

let mounted: Mounted[] = [];
afterEach(() => {
  for (const m of mounted) m.unmount();
  mounted = [];
});

async function popupOn(html: string, file: string) {
  const url = `https://pages.example.org/${file}`;
  const meta = extractMetadata(new DOMParser().parseFromString(html, 'text/html'), url);
  const m = await mount(PopupApp, { platform: fakePlatform({ ok: true, partial: false, meta }) });
  mounted.push(m);
  await until(() => m.container.querySelector('#popup-title'));
  return m.container;
}

const why = (container: HTMLElement) => container.querySelector('details')?.textContent ?? '';
const checkedDomains = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]:checked')].map(
    (input) => input.closest('label')?.textContent?.trim() ?? '',
  );

describe('popup: why these suggestions', () => {
  it('a training: type and domain pre-selected, the domain explained by the suggested type', async () => {
    const container = await popupOn(training, 'd22-formation-pair-aidant.html');
    expect(labelled<HTMLSelectElement>(container, /^Type de ressource/).value).toBe('formation');
    expect(checkedDomains(container)).toEqual([
      'Parcours de soins des personnes (suggéré)',
      'Formation et enseignement (suggéré)',
    ]);
    expect(why(container)).toContain('Formation et enseignement : « Formation » dans le type suggéré');
    expect(why(container)).toContain('« pair-aidant » dans le titre');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('a recipe: nothing pre-selected, and the popup says it found no health subject', async () => {
    const container = await popupOn(recipe, 'n04-recette-tarte-pommes.html');
    expect(labelled<HTMLSelectElement>(container, /^Type de ressource/).value).toBe('autre');
    expect(checkedDomains(container)).toEqual([]);
    expect(container.textContent).not.toContain('(suggéré)');
    expect(why(container)).toContain('La page ne semble pas parler de santé : rien n’est suggéré, choisissez vous-même.');
  });

  it('health news that is not about partnership: nothing pre-selected, for want of clues', async () => {
    const container = await popupOn(grippe, 'n20-actu-grippe.html');
    expect(labelled<HTMLSelectElement>(container, /^Type de ressource/).value).toBe('autre');
    expect(checkedDomains(container)).toEqual([]);
    expect(why(container)).toContain('Pas assez d’indices dans la page pour suggérer un type ou un domaine');
    expect(await axeViolations(container)).toEqual([]);
  });
});

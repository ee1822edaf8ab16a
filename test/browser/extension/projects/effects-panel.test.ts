/**
 * A project's effects rendered for real in Chromium (real IndexedDB): a value that is not
 * a number and a missing source are refused in the form's words and nothing is written; a
 * French decimal comma is read; the category's help follows the choice; the table fits a
 * 320 px panel by scrolling in its own focusable region; English; axe. A measurement is
 * corrected with the same form prefilled (its id kept); a new unit under figures already
 * typed is asked about in words before anything is written.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { measurementProblems, readValue } from '../../../../extension/modules/projects/effect-forms';
import { locale } from '../../../../extension/modules/ui/locale';
import { axeViolations } from '../../helpers/axe';
import { byText, labelled, until } from '../../helpers/extension-page';
import { openNewProject, useProjectPage } from './project-page';

useProjectPage();

const assessedBy = { patientPartner: 'Camille F.', professional: 'Dr Martin' };

async function projectWithIndicator() {
  const opened = await openNewProject(async (workspace, projectId) => {
    const indicator = await workspace.store.effects.addIndicator(
      projectId,
      { category: 'organisational', label: 'Délai de rendez-vous', unit: 'jours', direction: 'decrease' },
      { id: 'delai' },
    );
    await workspace.store.effects.addMeasurement(indicator.id, {
      date: '2025-01-15',
      value: 40,
      observation: 'Avant la nouvelle organisation des consultations, mesurée sur un mois complet de demandes',
      source: 'Agenda du service',
      assessedBy,
    });
    await workspace.store.effects.addMeasurement(indicator.id, {
      date: '2025-05-15',
      value: 40,
      source: 'Agenda du service',
      assessedBy,
    });
  });
  await until(() => byText(opened.container, 'h5', 'Délai de rendez-vous (jours)'));
  return opened;
}

describe('reading what is typed', () => {
  it('reads a decimal comma or point and spaces between thousands; refuses words', () => {
    expect(readValue('12,5')).toBe(12.5);
    expect(readValue(' 1 200 ')).toBe(1200);
    expect(readValue('-3.25')).toBe(-3.25);
    expect(readValue('')).toBeUndefined();
    expect(readValue('douze')).toBeNaN();
    expect(readValue('12,5,3')).toBeNaN();
    const ok = { date: '2025-01-01', value: '', observation: 'Vu', source: 'S', patientPartner: 'A', professional: 'B' };
    expect(measurementProblems(ok)).toEqual([]);
    expect(measurementProblems({ ...ok, observation: ' ' })).toEqual(['empty']);
    expect(measurementProblems({ ...ok, value: 'douze', source: '', professional: '' })).toEqual([
      'number',
      'source',
      'professional',
    ]);
    expect(measurementProblems({ ...ok, date: '' })).toEqual(['date']);
  });
});

describe('effects section', () => {
  it('says a stable figure in words and refuses a value that is no number with no source — nothing written', async () => {
    const { container, workspace, project } = await projectWithIndicator();
    expect(container.querySelector('[data-testid=effect-trend]')?.textContent).toBe(
      'Tendance : 40 jours le 15 janvier 2025 comme le 15 mai 2025, stable.',
    );
    const before = await workspace.store.effects.listEffects(project.id);
    await userEvent.click(byText(container, 'button', 'Ajouter une mesure') as HTMLButtonElement);
    await until(() => document.activeElement?.localName === 'h6');
    await userEvent.type(labelled(container, /^Valeur, en jours/), 'douze');
    await userEvent.type(labelled(container, 'Patiente ou patient partenaire'), 'Camille F.');
    await userEvent.type(labelled(container, 'Professionnelle ou professionnel'), 'Dr Martin');
    await userEvent.click(byText(container, 'button', 'Enregistrer la mesure') as HTMLButtonElement);
    const alert = await until(() => container.querySelector<HTMLElement>('.effect-form [role=alert].notice.error'));
    expect(alert.textContent).toBe(
      'Rien n’a été enregistré : la valeur doit être un nombre, par exemple 12 ou 12,5 ; indiquez la source.',
    );
    await until(() => document.activeElement === alert);
    expect(await workspace.store.effects.listEffects(project.id)).toEqual(before);
    expect(await axeViolations(container)).toEqual([]);

    const value = labelled<HTMLInputElement>(container, /^Valeur, en jours/);
    await userEvent.clear(value);
    await userEvent.type(value, '31,5');
    await userEvent.type(labelled(container, 'Source'), 'Agenda du service');
    await userEvent.click(byText(container, 'button', 'Enregistrer la mesure') as HTMLButtonElement);
    await until(() =>
      /du 15 janvier 2025 au .*, de 40 jours à 31,5 jours, dans le sens souhaité\./.test(
        container.querySelector('[data-testid=effect-trend]')?.textContent ?? '',
      ),
    );
    const [stored] = await workspace.store.effects.listEffects(project.id);
    expect(stored?.measurements.at(-1)).toMatchObject({ value: 31.5, source: 'Agenda du service', assessedBy });
  });

  it('shows the guide’s line for the chosen category', async () => {
    const { container } = await projectWithIndicator();
    await userEvent.click(byText(container, 'button', 'Nouvel indicateur') as HTMLButtonElement);
    const help = await until(() => container.querySelector('[data-testid=effect-category-help]'));
    expect(help.textContent).toMatch(/^« Il s’agit d’impact sur l’amélioration des états de santé/);
    await userEvent.selectOptions(labelled<HTMLSelectElement>(container, 'Catégorie'), 'project');
    await until(() => help.textContent?.startsWith('« À cette première base, générale,'));
    // An indicator without a name: said, nothing written.
    await userEvent.click(byText(container, 'button', 'Ajouter l’indicateur') as HTMLButtonElement);
    await until(() => /Rien n’a été enregistré : indiquez l’intitulé de l’indicateur\./.test(container.textContent ?? ''));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('edits an indicator (name, direction, category): its measurements stay; the focus comes back to « Modifier »', async () => {
    const { container, workspace, project } = await projectWithIndicator();
    const edit = container.querySelector<HTMLButtonElement>(
      '.effects button[aria-label="Modifier l’indicateur : Délai de rendez-vous"]',
    ) as HTMLButtonElement;
    expect(edit.textContent).toBe('Modifier');
    await userEvent.click(edit);
    await until(() => document.activeElement?.localName === 'h6');
    expect(document.activeElement?.textContent).toBe('Modifier l’indicateur : Délai de rendez-vous');
    const name = labelled<HTMLInputElement>(container, 'Intitulé de l’indicateur');
    expect(name.value).toBe('Délai de rendez-vous');
    expect(labelled<HTMLSelectElement>(container, 'Catégorie').value).toBe('organisational');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.clear(name);
    await userEvent.type(name, 'Délai du premier rendez-vous');
    await userEvent.selectOptions(labelled<HTMLSelectElement>(container, 'Catégorie'), 'clinical');
    await userEvent.click(byText(container, 'button', 'Enregistrer les modifications') as HTMLButtonElement);
    await until(() => byText(container, 'h5', 'Délai du premier rendez-vous (jours)'));
    await until(
      () => document.activeElement?.getAttribute('aria-label') === 'Modifier l’indicateur : Délai du premier rendez-vous',
    );
    expect(byText(container, 'h4', 'Effets cliniques (guide, 5.1)')).not.toBeNull();
    const [stored] = await workspace.store.effects.listEffects(project.id);
    expect(stored).toMatchObject({ label: 'Délai du premier rendez-vous', category: 'clinical', direction: 'decrease' });
    expect(stored?.measurements).toHaveLength(2);
  });

  it('fits 320 px: the table scrolls in its own focusable region', async () => {
    await page.viewport(320, 700);
    try {
      const { container } = await projectWithIndicator();
      const region = container.querySelector<HTMLElement>('.effects .table-scroll');
      expect(region?.tabIndex).toBe(0);
      expect(region?.getAttribute('aria-labelledby')).toBeTruthy();
      // Only the table is wider than the panel, inside its scrolling box.
      const wide = [...container.querySelectorAll<HTMLElement>('*')].filter(
        (el) => el.getBoundingClientRect().right > 321 && !el.closest('.table-scroll table'),
      );
      expect(wide.map((el) => el.localName)).toEqual([]);
      expect(region!.scrollWidth).toBeGreaterThan(region!.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      expect(await axeViolations(container)).toEqual([]);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('speaks English when the library does', async () => {
    const { container } = await projectWithIndicator();
    locale.value = 'en';
    document.documentElement.lang = 'en';
    await until(() => byText(container, 'h3', 'Effects of the project'));
    expect(byText(container, 'h4', 'Organisational effects (guide, 5.3)')).not.toBeNull();
    expect(container.querySelector('[data-testid=effect-trend]')?.textContent).toMatch(
      /^Trend: 40 jours on .* as on .*, stable\.$/,
    );
    expect(container.textContent).toContain('Camille F. (patient partner) and Dr Martin (professional)');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(
      container.querySelector<HTMLButtonElement>(
        'button[aria-label="Edit the indicator: Délai de rendez-vous"]',
      ) as HTMLButtonElement,
    );
    const unit = labelled<HTMLInputElement>(container, 'Unit (optional)');
    await userEvent.clear(unit);
    await userEvent.click(byText(container, 'button', 'Save the changes') as HTMLButtonElement);
    const question = await until(() => container.querySelector('[data-testid=effect-unit-question] p'));
    expect(question.textContent).toBe(
      'The 2 measurements already entered are in jours; changing the unit to none does not convert their values: they will be read without a unit. Change the unit all the same?',
    );
  });

  it('corrects a measurement: prefilled, refused in the form’s words when the source is cleared, then saved; focus back on its « Modifier »', async () => {
    const { container, workspace, project } = await projectWithIndicator();
    const [before] = await workspace.store.effects.listEffects(project.id);
    const first = before?.measurements[0];
    const edit = container.querySelector<HTMLButtonElement>(
      'button[aria-label="Modifier la mesure du 15 janvier 2025 : Délai de rendez-vous"]',
    ) as HTMLButtonElement;
    expect(edit.textContent).toBe('Modifier');
    edit.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => document.activeElement?.localName === 'h6');
    expect(document.activeElement?.textContent).toBe('Modifier la mesure du 15 janvier 2025 : Délai de rendez-vous');
    const form = document.activeElement?.closest('form') as HTMLFormElement;
    expect(labelled<HTMLInputElement>(form, 'Date de la mesure').value).toBe('2025-01-15');
    expect(labelled<HTMLInputElement>(form, /^Valeur, en jours/).value).toBe('40');
    expect(labelled<HTMLTextAreaElement>(form, /^Observation/).value).toBe(first?.observation);
    expect(labelled<HTMLInputElement>(form, 'Source').value).toBe('Agenda du service');
    expect(labelled<HTMLInputElement>(form, 'Patiente ou patient partenaire').value).toBe('Camille F.');
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.clear(labelled(form, 'Source'));
    await userEvent.click(byText(form, 'button', 'Enregistrer les modifications') as HTMLButtonElement);
    const alert = await until(() => form.querySelector<HTMLElement>('[role=alert].notice.error'));
    expect(alert.textContent).toBe('Rien n’a été enregistré : indiquez la source.');
    await until(() => document.activeElement === alert);
    expect(await workspace.store.effects.listEffects(project.id)).toEqual([before]);

    await userEvent.type(labelled(form, 'Source'), 'Agenda du service, recompté');
    const value = labelled<HTMLInputElement>(form, /^Valeur, en jours/);
    await userEvent.clear(value);
    await userEvent.type(value, '45,5');
    value.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => byText(container, '[role=status] p', 'Mesure du 15 janvier 2025 de « Délai de rendez-vous » modifiée.'));
    await until(() => document.activeElement === edit || document.activeElement?.id === edit.id);
    expect(container.querySelector('[data-testid=effect-trend]')?.textContent).toBe(
      'Tendance : du 15 janvier 2025 au 15 mai 2025, de 45,5 jours à 40 jours, dans le sens souhaité.',
    );
    const [after] = await workspace.store.effects.listEffects(project.id);
    expect(after?.measurements[0]).toEqual({ ...first, value: 45.5, source: 'Agenda du service, recompté' });
    expect(after?.measurements[1]).toEqual(before?.measurements[1]);
    expect(after && before && after.updatedAt > before.updatedAt).toBe(true);
  });

  it('cancelling a correction writes nothing and gives the focus back to the row’s « Modifier »', async () => {
    const { container, workspace, project } = await projectWithIndicator();
    const before = await workspace.store.effects.listEffects(project.id);
    const name = 'Modifier la mesure du 15 mai 2025 : Délai de rendez-vous';
    await userEvent.click(container.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`) as HTMLButtonElement);
    const form = await until(() => document.activeElement?.closest('form'));
    await userEvent.type(labelled(form, 'Source'), ' (brouillon)');
    await userEvent.click(byText(form, 'button', 'Annuler') as HTMLButtonElement);
    await until(() => document.activeElement?.getAttribute('aria-label') === name);
    expect(await workspace.store.effects.listEffects(project.id)).toEqual(before);
  });

  it('asks in words before changing the unit under figures already typed; keeping it writes nothing', async () => {
    const { container, workspace, project } = await projectWithIndicator();
    const before = await workspace.store.effects.listEffects(project.id);
    await userEvent.click(
      container.querySelector<HTMLButtonElement>(
        '.effects button[aria-label="Modifier l’indicateur : Délai de rendez-vous"]',
      ) as HTMLButtonElement,
    );
    const unit = labelled<HTMLInputElement>(container, 'Unité (facultative)');
    await userEvent.clear(unit);
    await userEvent.type(unit, 'semaines');
    await userEvent.click(byText(container, 'button', 'Enregistrer les modifications') as HTMLButtonElement);
    const question = await until(() => container.querySelector<HTMLElement>('[data-testid=effect-unit-question]'));
    expect(question.querySelector('p')?.textContent).toBe(
      'Les 2 mesures déjà saisies sont en jours ; changer l’unité en « semaines » ne convertit pas leurs valeurs : elles seront lues en semaines. Changer l’unité quand même ?',
    );
    await until(() => document.activeElement === question);
    expect(await axeViolations(container)).toEqual([]);
    expect(await workspace.store.effects.listEffects(project.id)).toEqual(before);
    await userEvent.click(byText(question, 'button', 'Garder l’unité d’avant') as HTMLButtonElement);
    await until(() => document.activeElement === unit);
    expect(unit.value).toBe('jours');
    expect(container.querySelector('[data-testid=effect-unit-question]')).toBeNull();

    // Changed again and confirmed: written, the figures kept as they were typed.
    await userEvent.clear(unit);
    await userEvent.type(unit, 'semaines');
    await userEvent.click(byText(container, 'button', 'Enregistrer les modifications') as HTMLButtonElement);
    await userEvent.click(
      (await until(() =>
        byText(container, '[data-testid=effect-unit-question] button', 'Oui, changer l’unité'),
      )) as HTMLButtonElement,
    );
    await until(() => byText(container, 'h5', 'Délai de rendez-vous (semaines)'));
    const [after] = await workspace.store.effects.listEffects(project.id);
    expect(after?.unit).toBe('semaines');
    expect(after?.measurements).toEqual(before[0]?.measurements);
  });
});

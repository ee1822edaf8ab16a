/**
 * The checklist answered by several people (issue 17.2), rendered for real in Chromium
 * (real IndexedDB, the real `<pp-checklist>`): members are recorded by the form, one
 * answers through the widget, and « Où nos réponses diffèrent » says in words, criterion
 * by criterion, where they differ; saving the project's own sheet keeps the members; axe.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { locale } from '../../../../extension/modules/ui/locale';
import { memberStorageKey } from '../../../../extension/modules/workspace/checklist-members-store';
import { createEvaluation, withAnswer } from '../../../../shared/checklist/evaluation';
import { toStored } from '../../../../shared/checklist/records';
import type { PpChecklist } from '../../../../widgets/checklist/index';
import { axeViolations } from '../../helpers/axe';
import { byText, labelled, until } from '../../helpers/extension-page';
import { openNewProject, useProjectPage } from './project-page';

useProjectPage();

async function openProject() {
  const opened = await openNewProject();
  await until(() => byText(opened.container, 'h4', 'Réponses de chaque membre'));
  return opened;
}

async function eventually(check: () => Promise<boolean>, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const cells = (row: Element | null | undefined) => [...(row?.children ?? [])].map((c) => c.textContent);

const sheetOf = (el: Element | null) =>
  until(() => {
    const widget = el?.querySelector<PpChecklist>('pp-checklist');
    return widget?.shadowRoot?.querySelector('fieldset[part=criterion]') ? widget : null;
  });

describe('checklist answered by several people', () => {
  it('records two members, one answers in the widget, and the differences are named criterion by criterion', async () => {
    const { container, workspace, project } = await openProject();
    expect(byText(container, 'p', 'Il faut les réponses d’au moins deux membres pour les comparer.')).not.toBeNull();

    await userEvent.type(labelled(container, 'Nom (facultatif)'), 'Camille F.');
    await userEvent.selectOptions(labelled<HTMLSelectElement>(container, 'Répond en tant que'), 'patient_partner');
    await userEvent.click(byText(container, 'button', 'Ajouter ce membre') as HTMLButtonElement);
    await until(() => byText(container, '[role=status]', 'Membre ajouté : Camille F. — ses réponses s’ouvrent ci-dessous.'));

    // Camille answers through her own copy of the widget.
    const camille = await sheetOf(container.querySelector('[aria-label="Réponses de Camille F."]'));
    expect(camille.getAttribute('storage-key')).toMatch(/^membre-m-/);
    await userEvent.click(camille.shadowRoot?.querySelector('input[name="a-has.1"][value=oui]') as HTMLInputElement);
    await userEvent.click(camille.shadowRoot?.querySelector('input[name="a-has.2"][value=oui]') as HTMLInputElement);
    const members = () => workspace.store.checklistMembers.list(project.id);
    await eventually(async () => {
      const answers = (await members())[0]?.state?.current.answers;
      return answers?.['has.1']?.answer === 'oui' && answers['has.2']?.answer === 'oui';
    });

    // A professional recorded by side only; their answers come from their own sheet.
    await userEvent.selectOptions(labelled<HTMLSelectElement>(container, 'Répond en tant que'), 'professional');
    await userEvent.click(byText(container, 'button', 'Ajouter ce membre') as HTMLButtonElement);
    await until(() => byText(container, '[role=status]', /^Membre ajouté : Professionnelle ou professionnel —/));
    const professional = (await members())[1];
    expect(professional).toMatchObject({ side: 'professional' });
    expect(professional?.name).toBeUndefined();
    let sheet = createEvaluation({ projectTitle: 'Accueil des urgences', date: '2026-11-30' });
    sheet = withAnswer(withAnswer(withAnswer(sheet, 'has.1', 'non'), 'has.2', 'oui'), 'has.3', 'en_cours');
    const id = professional?.id as string;
    await workspace.store.checklistMembers
      .memberStore(project.id, id)
      .save(memberStorageKey(id), toStored({ current: sheet, history: [] }));

    const table = await until(() => container.querySelector('[data-testid=checklist-differences]'));
    await until(() => table.querySelector('caption')?.textContent?.includes('2 critères à discuter'));
    expect(table.querySelector('caption')?.textContent).toBe(
      'Réponses de chaque membre, critère par critère : 2 critères à discuter.',
    );
    expect(cells(table.querySelector('thead tr'))).toEqual(['Critère', 'Patients partenaires', 'Professionnels', 'Écart']);
    expect([...table.querySelectorAll('th[scope=col]')]).toHaveLength(4);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.firstElementChild?.matches('th[scope=row]'))).toBe(true);
    expect(cells(rows[0])).toEqual([
      '1. Y a-t-il un diagnostic partagé ?',
      'Camille F. : Oui',
      'Professionnelle ou professionnel : Non',
      'Réponses différentes (Oui / Non) — patients partenaires et professionnels ne disent pas la même chose',
    ]);
    expect(cells(rows[1])?.[3]).toBe('Même réponse');
    expect(cells(rows[2])?.slice(1)).toEqual([
      'Camille F. : sans réponse',
      'Professionnelle ou professionnel : En cours',
      'Pas encore répondu par tous',
    ]);
    expect(cells(rows[3])?.[3]).toBe('Personne n’a répondu');
    expect(await axeViolations(container)).toEqual([]);

    // Saving the project's own sheet keeps every member's copy.
    const own = createEvaluation({ projectTitle: 'Accueil des urgences', date: '2026-12-01' });
    await workspace.store
      .checklistStore(project.id)
      .save(project.id, toStored({ current: withAnswer(own, 'has.1', 'oui'), history: [] }));
    expect((await members()).map((m) => m.id)).toEqual([(await members())[0]?.id, id]);
    expect((await workspace.store.checklist(project.id))?.state.current.answers['has.1']?.answer).toBe('oui');
  });

  it('speaks English, and removing a member takes their answers out of the comparison', async () => {
    const { container, workspace, project } = await openProject();
    locale.value = 'en';
    document.documentElement.lang = 'en';
    await until(() => byText(container, 'h4', 'Each member’s answers'));
    const answered = async (name: string, side: 'patient_partner' | 'professional', answer: 'oui' | 'non') => {
      const member = await workspace.store.checklistMembers.add(project.id, { name, side });
      const sheet = withAnswer(createEvaluation({ projectTitle: 'Accueil des urgences' }), 'has.1', answer);
      await workspace.store.checklistMembers
        .memberStore(project.id, member.id)
        .save(memberStorageKey(member.id), toStored({ current: sheet, history: [] }));
    };
    await answered('Sam', 'patient_partner', 'oui');
    await answered('Dr Lee', 'professional', 'non');
    const table = await until(() => container.querySelector('[data-testid=checklist-differences]'));
    expect(table.querySelector('caption')?.textContent).toBe(
      'Each member’s answers, criterion by criterion: 1 criterion to discuss.',
    );
    expect(cells(table.querySelector('tbody tr'))).toEqual([
      '1. Is there a shared diagnosis?',
      'Sam: Yes',
      'Dr Lee: No',
      'Different answers (Yes / No) — patient partners and professionals do not say the same',
    ]);
    await userEvent.click(byText(container, 'button', 'Remove Sam') as HTMLButtonElement);
    await until(() => byText(container, 'p', 'At least two members’ answers are needed to compare them.'));
    expect(container.querySelector('[data-testid=checklist-differences]')).toBeNull();
    expect((await workspace.store.checklistMembers.list(project.id)).map((m) => m.name)).toEqual(['Dr Lee']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('fits 320 px: the page does not scroll sideways, the table scrolls in its own focusable region', async () => {
    await page.viewport(320, 700);
    try {
      const { container, workspace, project } = await openProject();
      for (const [name, side, answer] of [
        ['Camille F.', 'patient_partner', 'oui'],
        ['Dr Martin', 'professional', 'non'],
      ] as const) {
        const member = await workspace.store.checklistMembers.add(project.id, { name, side });
        const sheet = withAnswer(createEvaluation({ projectTitle: 'Accueil des urgences' }), 'has.1', answer);
        await workspace.store.checklistMembers
          .memberStore(project.id, member.id)
          .save(memberStorageKey(member.id), toStored({ current: sheet, history: [] }));
      }
      const region = await until(() => container.querySelector<HTMLElement>('section.table-scroll'));
      await until(() => region.querySelector('tbody tr'));
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      expect(region.tabIndex).toBe(0);
      expect(document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
        'Où nos réponses diffèrent',
      );
    } finally {
      await page.viewport(1280, 800);
    }
  });
});

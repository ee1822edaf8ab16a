/**
 * A project's meetings rendered for real in Chromium (real IndexedDB): a half-filled
 * action (no patient partner to carry it) is refused with a message naming the field and
 * nothing is written, ticked follow-ups included; the form fits 320 px; English; axe. A
 * recorded meeting is corrected with the same form, prefilled, by keyboard: saved, the
 * focus goes to its heading and the live region says so; cancelled, back to « Modifier »;
 * refused (a half-filled action, an action a later meeting closed), nothing written.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { locale } from '../../../../extension/modules/ui/locale';
import { axeViolations } from '../../helpers/axe';
import { byText, labelled, until } from '../../helpers/extension-page';
import { openNewProject, useProjectPage } from './project-page';

useProjectPage();

async function projectWithOneMeeting() {
  const opened = await openNewProject((workspace, projectId) =>
    workspace.store.meetings.addMeeting(projectId, {
      date: '2025-02-10',
      participants: [
        { name: 'Camille F.', side: 'patient_partner' },
        { name: 'Dr Martin', side: 'professional' },
      ],
      conclusions: '',
      actions: [{ id: 'a1', title: 'Affiche', owners: { professional: 'Dr Martin', patientPartner: 'Camille F.' } }],
      closes: [],
    }),
  );
  await until(() => byText(opened.container, 'h4', 'Réunion du 10 février 2025'));
  return opened;
}

describe('meetings section', () => {
  it('refuses an action without its patient partner, names the field, and writes nothing (not even the closure)', async () => {
    const { container, workspace, project } = await projectWithOneMeeting();
    const before = await workspace.store.meetings.meetings(project.id);
    await userEvent.click(byText(container, 'button', 'Nouvelle réunion') as HTMLButtonElement);
    await until(() => document.activeElement?.textContent === 'Nouvelle réunion' && document.activeElement.localName === 'h4');
    await userEvent.click(labelled(container, 'Réalisée : Affiche (décidée le 10 février 2025)'));
    await userEvent.click(byText(container, 'button', 'Ajouter une action') as HTMLButtonElement);
    await userEvent.type(labelled(container, 'Action 1'), 'Questionnaire');
    await userEvent.type(labelled(container, 'Professionnelle ou professionnel qui porte l’action 1'), 'Dr Martin');
    await userEvent.click(byText(container, 'button', 'Enregistrer la réunion') as HTMLButtonElement);
    const alert = await until(() => container.querySelector<HTMLElement>('.meeting-form [role=alert].notice.error'));
    expect(alert.textContent).toBe(
      'Rien n’a été enregistré : l’action 1 n’a pas de patiente ou patient partenaire pour la porter.',
    );
    await until(() => document.activeElement === alert);
    expect(await workspace.store.meetings.meetings(project.id)).toEqual(before);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('fits 320 px with the form open', async () => {
    await page.viewport(320, 700);
    try {
      const { container } = await projectWithOneMeeting();
      await userEvent.click(byText(container, 'button', 'Nouvelle réunion') as HTMLButtonElement);
      await userEvent.click(byText(container, 'button', 'Ajouter une action') as HTMLButtonElement);
      await until(() => labelled(container, 'Action 1'));
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('speaks English when the library does', async () => {
    const { container } = await projectWithOneMeeting();
    locale.value = 'en';
    document.documentElement.lang = 'en';
    await until(() => byText(container, 'h3', 'Meetings and records of conclusions'));
    expect(byText(container, 'h4', /^Meeting of (February 10, 2025|10 February 2025)$/)).not.toBeNull();
    expect(container.querySelector('[data-testid=meeting-counts]')?.textContent).toBe('Actions: 1 open, 0 late, 0 done.');
    await userEvent.click(byText(container, 'button', 'New meeting') as HTMLButtonElement);
    await userEvent.type(labelled(container, 'Name of person 2'), 'Dr Martin');
    await until(() => /No patient partner among the participants\..*co-conduct/.test(container.textContent ?? ''));
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(
      container.querySelector<HTMLButtonElement>('button[aria-label^="Edit the meeting of "]') as HTMLButtonElement,
    );
    await until(() => /^Edit the meeting of /.test(document.activeElement?.textContent ?? ''));
    expect(labelled<HTMLSelectElement>(container, 'State of action 1').selectedOptions[0]?.textContent).toBe('Open');
    expect(byText(container, 'button', 'Save the changes')).not.toBeNull();
  });

  it('deletes a meeting after confirmation: the action it closed is open again; focus back on « Nouvelle réunion »', async () => {
    const { container, workspace, project } = await projectWithOneMeeting();
    await workspace.store.meetings.addMeeting(project.id, {
      date: '2025-03-10',
      participants: [{ name: 'Dr Martin', side: 'professional' }],
      conclusions: '',
      actions: [],
      closes: ['a1'],
    });
    const counts = () => container.querySelector('[data-testid=meeting-counts]')?.textContent;
    await until(() => counts() === 'Actions : 0 en cours, 0 en retard, 1 réalisée.');
    const remove = container.querySelector<HTMLButtonElement>('button[aria-label="Supprimer la réunion du 10 mars 2025"]');
    await userEvent.click(remove as HTMLButtonElement);
    expect(remove?.getAttribute('aria-expanded')).toBe('true');
    const confirm = await until(() => byText<HTMLButtonElement>(container, 'button', 'Oui, supprimer la réunion'));
    await until(() => document.activeElement === confirm);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    await until(() => counts() === 'Actions : 1 en cours, 0 en retard, 0 réalisée.');
    expect(byText(container, 'h4', 'Réunion du 10 mars 2025')).toBeNull();
    await until(() => document.activeElement?.textContent === 'Nouvelle réunion');
    expect(await workspace.store.meetings.meetings(project.id)).toHaveLength(1);
  });

  it('corrects a meeting by keyboard: prefilled, ids kept, focus on its heading, said in the live region', async () => {
    const { container, workspace, project } = await projectWithOneMeeting();
    const edit = container.querySelector<HTMLButtonElement>('button[aria-label="Modifier la réunion du 10 février 2025"]');
    expect(edit?.textContent).toBe('Modifier');
    edit?.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => document.activeElement?.localName === 'h5');
    expect(document.activeElement?.textContent).toBe('Modifier la réunion du 10 février 2025');
    expect(labelled<HTMLInputElement>(container, 'Date de la réunion').value).toBe('2025-02-10');
    expect(labelled<HTMLInputElement>(container, 'Nom de la personne 1').value).toBe('Camille F.');
    expect(labelled<HTMLSelectElement>(container, 'Rôle de la personne 2').value).toBe('professional');
    expect(labelled<HTMLInputElement>(container, 'Action 1').value).toBe('Affiche');
    expect(labelled<HTMLSelectElement>(container, 'État de l’action 1').value).toBe('open');
    // No follow-up to tick again: a correction keeps the meeting's closures.
    expect(container.querySelector('[data-testid=meeting-carried]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.type(labelled(container, 'Relevé de conclusions'), 'Affiche validée en comité.');
    await userEvent.click(byText(container, 'button', 'Ajouter quelqu’un à la liste') as HTMLButtonElement);
    await until(() => document.activeElement === labelled(container, 'Nom de la personne 3'));
    await userEvent.keyboard('Alex R.');
    await userEvent.fill(labelled(container, 'Échéance de l’action 1 (facultative)'), '2025-03-01');
    await userEvent.clear(labelled(container, 'Professionnelle ou professionnel qui porte l’action 1'));
    await userEvent.type(labelled(container, 'Professionnelle ou professionnel qui porte l’action 1'), 'Dr Durand');
    labelled(container, 'Action 1').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => byText(container, '[role=status] p', 'Réunion du 10 février 2025 modifiée.'));
    const heading = await until(() => byText(container, 'h4', 'Réunion du 10 février 2025'));
    await until(() => document.activeElement === heading);
    const [stored, ...others] = await workspace.store.meetings.meetings(project.id);
    expect(others).toEqual([]);
    expect(stored).toMatchObject({
      conclusions: 'Affiche validée en comité.',
      participants: [
        { name: 'Camille F.', side: 'patient_partner' },
        { name: 'Dr Martin', side: 'professional' },
        { name: 'Alex R.', side: 'other' },
      ],
      actions: [
        { id: 'a1', title: 'Affiche', owners: { professional: 'Dr Durand', patientPartner: 'Camille F.' }, due: '2025-03-01' },
      ],
    });
    expect(container.textContent).toContain('portée par Dr Durand et Camille F., échéance le 1 mars 2025');
  });

  it('cancelling a correction writes nothing and gives the focus back to « Modifier »', async () => {
    const { container, workspace, project } = await projectWithOneMeeting();
    const before = await workspace.store.meetings.meetings(project.id);
    await userEvent.click(
      container.querySelector<HTMLButtonElement>(
        'button[aria-label="Modifier la réunion du 10 février 2025"]',
      ) as HTMLButtonElement,
    );
    await userEvent.type(labelled(container, 'Relevé de conclusions'), 'Brouillon');
    await userEvent.click(byText(container, '.meeting-form button', 'Annuler') as HTMLButtonElement);
    await until(() => document.activeElement?.getAttribute('aria-label') === 'Modifier la réunion du 10 février 2025');
    expect(await workspace.store.meetings.meetings(project.id)).toEqual(before);
  });

  it('refuses a half-filled action and the removal of an action a later meeting closed, in the form’s words; nothing written', async () => {
    const { container, workspace, project } = await projectWithOneMeeting();
    await workspace.store.meetings.addMeeting(project.id, {
      date: '2025-03-10',
      participants: [{ name: 'Dr Martin', side: 'professional' }],
      conclusions: '',
      actions: [],
      closes: ['a1'],
    });
    await until(() => byText(container, 'h4', 'Réunion du 10 mars 2025'));
    const before = await workspace.store.meetings.meetings(project.id);
    await userEvent.click(
      container.querySelector<HTMLButtonElement>(
        'button[aria-label="Modifier la réunion du 10 février 2025"]',
      ) as HTMLButtonElement,
    );
    expect(labelled<HTMLSelectElement>(container, 'État de l’action 1').value).toBe('done');
    await userEvent.clear(labelled(container, 'Patiente ou patient partenaire qui porte l’action 1'));
    await userEvent.click(byText(container, 'button', 'Enregistrer les modifications') as HTMLButtonElement);
    let alert = await until(() => container.querySelector<HTMLElement>('.meeting-form [role=alert].notice.error'));
    expect(alert.textContent).toBe(
      'Rien n’a été enregistré : l’action 1 n’a pas de patiente ou patient partenaire pour la porter.',
    );
    await until(() => document.activeElement === alert);
    await userEvent.click(
      container.querySelector<HTMLButtonElement>('.meeting-form button[aria-label="Retirer l’action 1"]') as HTMLButtonElement,
    );
    await userEvent.click(byText(container, 'button', 'Enregistrer les modifications') as HTMLButtonElement);
    await until(() => /fermée à la réunion du 10 mars 2025/.test(alert.textContent ?? ''));
    alert = container.querySelector<HTMLElement>('.meeting-form [role=alert]') as HTMLElement;
    expect(alert.textContent).toBe(
      'Rien n’a été enregistré : l’action « Affiche » a été fermée à la réunion du 10 mars 2025. Pour la retirer, rouvrez-la d’abord (« Rouvrir » sur l’action).',
    );
    await until(() => document.activeElement === alert);
    expect(await workspace.store.meetings.meetings(project.id)).toEqual(before);
    expect(await axeViolations(container)).toEqual([]);
  });
});

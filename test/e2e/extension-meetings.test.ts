/**
 * Meetings in the real extension (Chromium, built MV3 extension): a project goes through
 * three meetings. Each records who took part, its relevé de conclusions and the actions
 * it decided (each carried by a professional and a patient partner); each new meeting
 * starts with the actions still open from the previous ones, once each, and closes some.
 * The meeting without a patient partner is warned about, citing the guide's co-conduct
 * principle; a late action is said late; axe reports no violation. What IndexedDB holds
 * is read back: three meetings, three actions, none copied. The second meeting is then
 * corrected (a forgotten participant, an owner, its date): a date after the meeting that
 * closed one of its actions is refused in words, the right one is saved with every id and
 * follow-up link kept.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../shared/schemas/meeting';
import { axeViolations } from '../helpers/axe';
import { type ExtensionSession, launchWithExtension } from '../helpers/extension';

function readMeetings(page: Page): Promise<MeetingRecord[]> {
  return page.evaluate(
    () =>
      new Promise<MeetingRecord[]>((done, fail) => {
        const open = indexedDB.open('binome-library');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('meetings').objectStore('meetings').getAll();
          request.onsuccess = () => {
            open.result.close();
            done(request.result as MeetingRecord[]);
          };
        };
      }),
  );
}

describe('a project’s meetings in the extension', () => {
  let session: ExtensionSession;
  let library: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    session = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
    session.context.on('weberror', (e) => errors.push(String(e.error())));
    library = await session.openPage('sidepanel.html?view=page&section=projects');
    await library.getByRole('button', { name: 'Nouveau projet' }).click();
    await library.getByLabel('Intitulé du projet').fill('Comité de pilotage de l’accueil');
    await library.getByLabel(/^Domaine du partenariat/).selectOption('parcours_soins');
    await library.getByLabel('Début').fill('2025-01-01');
    await library.getByRole('button', { name: 'Créer le projet' }).click();
    await library.getByRole('heading', { level: 2, name: 'Comité de pilotage de l’accueil' }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  const panel = () => library.getByRole('region', { name: 'Réunions et relevés de conclusions' });

  async function person(n: number, name: string, side: 'patient_partner' | 'professional' | 'other') {
    await panel().getByLabel(`Nom de la personne ${n}`, { exact: true }).fill(name);
    await panel().getByLabel(`Rôle de la personne ${n}`, { exact: true }).selectOption(side);
  }

  async function action(n: number, title: string, professional: string, patient: string, due: string) {
    const p = panel();
    await p.getByRole('button', { name: 'Ajouter une action' }).click();
    // The new row's first field has the focus (keyboard users carry on typing).
    await expect.poll(() => library.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-action-/);
    await library.keyboard.type(title);
    await p.getByLabel(`Professionnelle ou professionnel qui porte l’action ${n}`).fill(professional);
    await p.getByLabel(`Patiente ou patient partenaire qui porte l’action ${n}`).fill(patient);
    await p.getByLabel(`Échéance de l’action ${n} (facultative)`).fill(due);
  }

  it('records the first meeting: both sides present, two actions decided', async () => {
    const p = panel();
    await p.getByText('Aucune réunion enregistrée.').waitFor();
    await p.getByRole('button', { name: 'Nouvelle réunion' }).click();
    await p.getByRole('heading', { level: 4, name: 'Nouvelle réunion' }).waitFor();
    await p.getByLabel('Date de la réunion').fill('2025-02-10');
    await person(1, 'Camille F.', 'patient_partner');
    await person(2, 'Dr Martin', 'professional');
    expect(await p.getByTestId('meeting-form-warning').textContent()).toBe('');
    // Nothing to follow up at the first meeting.
    expect(await p.getByTestId('meeting-carried').count()).toBe(0);
    await p.getByLabel(/^Relevé de conclusions/).fill('Diagnostic partagé adopté. Affiche et questionnaire à préparer.');
    await action(1, 'Rédiger l’affiche d’accueil', 'Dr Martin', 'Camille F.', '2025-03-01');
    await action(2, 'Questionnaire de sortie', 'Inès R.', 'Aïcha D.', '2025-03-15');
    expect(await axeViolations(library)).toEqual([]);
    await p.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    await library.getByText('Réunion du 10 février 2025 enregistrée.').waitFor();
    await p.getByRole('heading', { level: 4, name: 'Réunion du 10 février 2025' }).waitFor();
    // The focus comes back to the button that opened the form.
    expect(await library.evaluate(() => document.activeElement?.textContent)).toBe('Nouvelle réunion');
  });

  it('the second meeting starts with the open actions, warns that no patient partner took part, closes one', async () => {
    const p = panel();
    await p.getByRole('button', { name: 'Nouvelle réunion' }).click();
    await p.getByLabel('Date de la réunion').fill('2025-03-10');
    await person(1, 'Dr Martin', 'professional');
    await p.getByRole('button', { name: 'Retirer la personne 2' }).click();
    const warning = p.getByTestId('meeting-form-warning');
    await warning.getByText('Ni patiente ni patient partenaire parmi les participants.').waitFor();
    expect(await warning.textContent()).toContain('co-conduite');
    const carried = p.getByTestId('meeting-carried');
    expect(await carried.getByRole('checkbox').count()).toBe(2);
    await carried.getByRole('checkbox', { name: 'Réalisée : Rédiger l’affiche d’accueil (décidée le 10 février 2025)' }).check();
    await action(1, 'Former l’équipe d’accueil', 'Dr Martin', 'Camille F.', '2099-06-30');
    expect(await axeViolations(library)).toEqual([]);
    await p.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    await library.getByText('Réunion du 10 mars 2025 enregistrée.').waitFor();
    const second = p.getByRole('article', { name: 'Réunion du 10 mars 2025' });
    const saved = second.getByTestId('meeting-warning');
    await saved.getByText('Ni patiente ni patient partenaire parmi les participants.').waitFor();
    expect(await saved.textContent()).toContain('« se concrétise avec la présence et l’animation conjointe');
    // Only that meeting is warned about.
    expect(await p.getByTestId('meeting-warning').count()).toBe(1);
  });

  it('the third meeting starts with what is still open — each action once — and closes one more', async () => {
    const p = panel();
    await p.getByRole('button', { name: 'Nouvelle réunion' }).click();
    await p.getByLabel('Date de la réunion').fill('2025-04-10');
    await person(1, 'Aïcha D.', 'patient_partner');
    await person(2, 'Inès R.', 'professional');
    // Keyboard: « Ajouter quelqu’un à la liste » puts the focus in the new row.
    await p.getByRole('button', { name: 'Ajouter quelqu’un à la liste' }).focus();
    await library.keyboard.press('Enter');
    await expect.poll(() => library.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-person-/);
    await library.keyboard.type('Julie, chargée de mission qualité');
    const carried = p.getByTestId('meeting-carried');
    const labels = await carried.locator('label').allTextContents();
    expect(labels).toEqual([
      'Réalisée : Questionnaire de sortie (décidée le 10 février 2025)',
      'Réalisée : Former l’équipe d’accueil (décidée le 10 mars 2025)',
    ]);
    await carried.getByRole('checkbox', { name: /Former l’équipe d’accueil/ }).check();
    await p
      .getByLabel(/^Relevé de conclusions/)
      .fill('L’équipe est formée ; le questionnaire attend la validation de la direction.');
    await p.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    await library.getByText('Réunion du 10 avril 2025 enregistrée.').waitFor();

    // The questionnaire was due on 15 March 2025 and is still open: late.
    await p.getByTestId('meeting-counts').filter({ hasText: 'Actions : 0 en cours, 1 en retard, 2 réalisées.' }).waitFor();
    const third = p.getByRole('article', { name: 'Réunion du 10 avril 2025' });
    expect(await third.textContent()).toContain('Julie, chargée de mission qualité (autre personne)');
    // Its follow-up: the two actions it started with, one closed at it.
    expect(await third.locator('[data-state]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-state')))).toEqual([
      'late',
      'done',
    ]);
    expect(await axeViolations(library)).toEqual([]);

    // Stored: three meetings, three actions — none copied; closures in the meetings that decided them.
    const meetings = (await readMeetings(library)).sort((a, b) => (a.date < b.date ? -1 : 1));
    expect(meetings.map((m) => m.actions.length)).toEqual([2, 1, 0]);
    expect(meetings[0]?.actions.map((a) => [a.title, a.status, a.closedAt])).toEqual([
      ['Rédiger l’affiche d’accueil', 'done', meetings[1]?.id],
      ['Questionnaire de sortie', 'open', undefined],
    ]);
    expect(meetings[1]?.actions[0]).toMatchObject({ status: 'done', doneOn: '2025-04-10', closedAt: meetings[2]?.id });
    expect(meetings[1]?.participants).toEqual([{ name: 'Dr Martin', side: 'professional' }]);
  });

  it('corrects the second meeting: a forgotten participant, an owner, its date; ids and follow-up links kept', async () => {
    const p = panel();
    const before = (await readMeetings(library)).sort((a, b) => (a.date < b.date ? -1 : 1));
    await p.getByRole('button', { name: 'Modifier la réunion du 10 mars 2025' }).click();
    const form = p.getByRole('form', { name: 'Modifier la réunion du 10 mars 2025' });
    await expect
      .poll(() => library.evaluate(() => document.activeElement?.textContent))
      .toBe('Modifier la réunion du 10 mars 2025');
    expect(await form.getByLabel('Nom de la personne 1', { exact: true }).inputValue()).toBe('Dr Martin');
    expect(await form.getByLabel('Action 1', { exact: true }).inputValue()).toBe('Former l’équipe d’accueil');
    expect(await form.getByLabel('État de l’action 1').inputValue()).toBe('done');
    await form.getByRole('button', { name: 'Ajouter quelqu’un à la liste' }).click();
    await form.getByLabel('Nom de la personne 2', { exact: true }).fill('Camille F.');
    await form.getByLabel('Rôle de la personne 2', { exact: true }).selectOption('patient_partner');
    await form.getByLabel('Patiente ou patient partenaire qui porte l’action 1').fill('Aïcha D.');
    // After the meeting of 10 April, which closed its action: refused in words, nothing written.
    await form.getByLabel('Date de la réunion').fill('2025-04-20');
    expect(await axeViolations(library)).toEqual([]);
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await form
      .getByRole('alert')
      .filter({
        hasText: 'l’action « Former l’équipe d’accueil », décidée à cette réunion, a été fermée à la réunion du 10 avril 2025',
      })
      .waitFor();
    expect(await readMeetings(library)).toHaveLength(3);
    expect((await readMeetings(library)).find((m) => m.id === before[1]?.id)).toEqual(before[1]);

    await form.getByLabel('Date de la réunion').fill('2025-03-12');
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await library.getByText('Réunion du 12 mars 2025 modifiée.').waitFor();
    await expect.poll(() => library.evaluate(() => document.activeElement?.textContent)).toBe('Réunion du 12 mars 2025');
    // With a patient partner now, the co-conduct warning is gone.
    expect(await p.getByTestId('meeting-warning').count()).toBe(0);
    const second = p.getByRole('article', { name: 'Réunion du 12 mars 2025' });
    expect(await second.textContent()).toContain('portée par Dr Martin et Aïcha D.');

    const after = (await readMeetings(library)).sort((a, b) => (a.date < b.date ? -1 : 1));
    expect(after.map((m) => m.id)).toEqual(before.map((m) => m.id));
    expect(after[0]).toEqual(before[0]);
    expect(after[2]).toEqual(before[2]);
    expect(after[0]?.actions[0]?.closedAt).toBe(after[1]?.id);
    expect(after[1]).toMatchObject({
      date: '2025-03-12',
      participants: [
        { name: 'Dr Martin', side: 'professional' },
        { name: 'Camille F.', side: 'patient_partner' },
      ],
      createdAt: before[1]?.createdAt,
    });
    expect(after[1]?.actions).toEqual([
      { ...before[1]?.actions[0], owners: { professional: 'Dr Martin', patientPartner: 'Aïcha D.' } },
    ]);
    expect((after[1]?.updatedAt ?? '') > (before[1]?.updatedAt ?? '')).toBe(true);
    // The third meeting still opens with the same two actions, one closed at it.
    const third = p.getByRole('article', { name: 'Réunion du 10 avril 2025' });
    expect(await third.locator('[data-state]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-state')))).toEqual([
      'late',
      'done',
    ]);
  });

  it('closes the late action from the list, and keeps everything after a reload', async () => {
    const p = panel();
    await p.getByRole('button', { name: 'Marquer réalisée : Questionnaire de sortie' }).click();
    await p.getByTestId('meeting-counts').filter({ hasText: 'Actions : 0 en cours, 0 en retard, 3 réalisées.' }).waitFor();
    await library.reload();
    await panel().getByTestId('meeting-counts').filter({ hasText: '0 en cours, 0 en retard, 3 réalisées' }).waitFor();
    expect(await panel().getByRole('article').count()).toBe(3);
    await panel().getByRole('button', { name: 'Rouvrir : Questionnaire de sortie' }).click();
    await panel().getByTestId('meeting-counts').filter({ hasText: '0 en cours, 1 en retard, 2 réalisées' }).waitFor();
    expect(await axeViolations(library)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { HAS_CRITERIA } from '../../../shared/checklist/criteria';
import { CHECKLIST_CRITERION_IDS } from '../../../shared/vocab/checklist';
import { axeViolations } from '../helpers/axe';
import {
  $,
  $$,
  allAnswered,
  button,
  captureDownload,
  chooseFile,
  deepActive,
  evaluation,
  events,
  mount,
  radio,
  settle,
  text,
  type,
} from './helpers';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('<pp-checklist>: the HAS partnership checklist', () => {
  it('shows the 10 criteria of Annex 2, each a fieldset with its legend, three labelled radios and a comment', async () => {
    const el = await mount();
    const fieldsets = $$<HTMLFieldSetElement>(el, 'fieldset[part="criterion"]');
    expect(fieldsets).toHaveLength(10);
    fieldsets.forEach((fieldset, i) => {
      const criterion = HAS_CRITERIA[i]!;
      expect(text(fieldset.querySelector('legend'))).toBe(
        `${i + 1}. ${typeof criterion.label === 'string' ? criterion.label : criterion.label.fr}`,
      );
      expect([...fieldset.querySelectorAll('input[type="radio"]')].map((r) => text(r.closest('label')))).toEqual([
        'Oui',
        'Non',
        'En cours',
      ]);
      expect(text(fieldset.querySelector('textarea')?.closest('label'))).toBe(`Commentaire sur le critère ${i + 1} (facultatif)`);
    });
    expect(text($(el, 'blockquote'))).toMatch(/^Le partenariat en santé est le fait d'agir ensemble.*\(Savoirs Patients\)$/);
    expect(text($(el, '[part="header"]'))).toContain('guide adopté le 28 mai 2026, annexe 2');
    expect(text($(el, '[part="summary"]'))).toContain('La HAS ne propose ni score ni seuil');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('records answers and comments, fires pp-change each time and pp-complete once, when the last criterion is answered', async () => {
    const el = await mount({}, { 'project-title': 'Accueil des urgences' });
    const changes = events(el, 'pp-change');
    const completes = events(el, 'pp-complete');
    radio(el, 'has.1', 'non').click();
    type($<HTMLTextAreaElement>(el, 'textarea')!, 'À co-écrire avec le comité');
    await settle(el);
    expect(changes).toHaveLength(2);
    expect(changes[1]!.detail.answers['has.1']).toEqual({ answer: 'non', comment: 'À co-écrire avec le comité' });
    expect(el.value.projectTitle).toBe('Accueil des urgences');
    for (const id of CHECKLIST_CRITERION_IDS.slice(1, 9)) radio(el, id, 'en_cours').click();
    expect(completes).toHaveLength(0);
    radio(el, 'has.10', 'oui').click();
    radio(el, 'has.10', 'non').click();
    await settle(el);
    expect(completes).toHaveLength(1);
    expect(completes[0]!.detail.answers['has.10']).toEqual({ answer: 'oui' });
    expect(el.value.answers['has.10']).toEqual({ answer: 'non' });
    const summary = text($(el, '[part="summary"]'));
    expect(summary).toContain('10 critères renseignés sur 10');
    expect(summary).toMatch(/Oui : 0 .*Non : 2 .*En cours : 8 .*Sans réponse : 0/);
    expect($$(el, '[part="summary"] ul li')).toHaveLength(10);
  });

  it('can be completed with the keyboard alone (Tab, Space, arrow keys)', async () => {
    const el = await mount({}, { 'project-title': 'Accueil des urgences' });
    const completes = events(el, 'pp-complete');
    const answered = new Set<string>();
    document.body.focus();
    for (let presses = 0; answered.size < 10 && presses < 200; presses++) {
      await userEvent.tab();
      const active = deepActive();
      if (!(active instanceof HTMLInputElement) || active.type !== 'radio') continue;
      const id = active.name.slice(2);
      if (answered.has(id)) continue;
      await userEvent.keyboard(' ');
      const steps = answered.size % 3; // Oui, then Non (→), then En cours (→ →)
      for (let s = 0; s < steps; s++) await userEvent.keyboard('{ArrowRight}');
      answered.add(id);
    }
    await settle(el);
    expect(completes).toHaveLength(1);
    const expected = ['oui', 'non', 'en_cours'];
    expect(CHECKLIST_CRITERION_IDS.map((id) => el.value.answers[id]?.answer)).toEqual(
      CHECKLIST_CRITERION_IDS.map((_, i) => expected[i % 3]),
    );
  });

  it('adds criteria of the establishment after the HAS ones, marked as its own, and removes only those', async () => {
    const el = await mount({}, { 'project-title': 'Accueil des urgences' });
    const field = $<HTMLInputElement>(el, 'input[name="label"]')!;
    expect(text(field.closest('label'))).toBe('Nouveau critère propre à l’établissement');
    type(field, 'Les patients partenaires sont-ils rémunérés ?');
    field.form!.requestSubmit();
    await settle(el);
    const fieldsets = $$(el, 'fieldset[part="criterion"]');
    expect(fieldsets).toHaveLength(11);
    expect(text(fieldsets[10]!.querySelector('legend'))).toBe(
      '11. Les patients partenaires sont-ils rémunérés ?critère de l’établissement',
    );
    expect(fieldsets.slice(0, 10).every((f) => !f.querySelector('button'))).toBe(true);
    const [extra] = el.value.extraCriteria;
    expect(extra?.id).toMatch(/^etab-/);
    radio(el, extra!.id, 'oui').click();
    expect(el.value.answers[extra!.id]).toEqual({ answer: 'oui' });
    button(el, 'Retirer le critère 11').click();
    await settle(el);
    expect($$(el, 'fieldset[part="criterion"]')).toHaveLength(10);
    expect(el.value.extraCriteria).toEqual([]);
    expect(deepActive()).toBe(field);
    // An empty label adds nothing.
    field.form!.requestSubmit();
    await settle(el);
    expect($$(el, 'fieldset[part="criterion"]')).toHaveLength(10);
  });

  it('takes preset criteria of the establishment for new sheets', async () => {
    const el = await mount({ extraCriteria: [{ id: 'etab-charte', label: 'Une charte du partenariat est-elle signée ?' }] });
    expect(el.value.extraCriteria).toEqual([{ id: 'etab-charte', label: 'Une charte du partenariat est-elle signée ?' }]);
    expect($$(el, 'fieldset[part="criterion"]')).toHaveLength(11);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refused = await mount({ extraCriteria: [{ id: 'has.11', label: 'Un faux critère HAS' }] });
    warn.mockRestore();
    expect($$(refused, 'fieldset[part="criterion"]')).toHaveLength(10);
    expect(text($(refused, '[role="alert"]'))).toContain('identifiant réservé aux critères HAS');
  });

  // Issue 16: a title given by the page made the blank sheet look "started", so the
  // establishment's criteria never reached it (the way every real page uses the widget).
  it('takes preset criteria of the establishment when the page also gives the project title', async () => {
    const extra = { id: 'etab-charte', label: 'Une charte du partenariat est-elle signée ?' };
    // Plain HTML: the attribute is there before the property (React and Preact do the same).
    const el = await mount({ extraCriteria: [extra] }, { 'project-title': 'Accueil des urgences' });
    expect(el.value.projectTitle).toBe('Accueil des urgences');
    expect(el.value.extraCriteria).toEqual([extra]);
    expect($$(el, 'fieldset[part="criterion"]')).toHaveLength(11);

    // Criteria that arrive later (fetched by the page) still reach the untouched sheet…
    const late = await mount({}, { 'project-title': 'Accueil des urgences' });
    late.extraCriteria = [extra];
    await settle(late);
    expect(late.value.extraCriteria).toEqual([extra]);
    expect($$(late, 'fieldset[part="criterion"]')).toHaveLength(11);
    // …and so does a new title, which keeps them.
    late.projectTitle = 'Accueil des urgences pédiatriques';
    await settle(late);
    expect(late.value.projectTitle).toBe('Accueil des urgences pédiatriques');
    expect(late.value.extraCriteria).toEqual([extra]);

    // A sheet someone has started keeps its own criteria and title.
    const started = await mount({}, { 'project-title': 'Accueil des urgences' });
    await userEvent.click(radio(started, 'has.1', 'oui'));
    started.extraCriteria = [extra];
    started.projectTitle = 'Autre projet';
    await settle(started);
    expect(started.value.extraCriteria).toEqual([]);
    expect(started.value.projectTitle).toBe('Accueil des urgences');
    expect(started.value.answers['has.1']?.answer).toBe('oui');
  });

  it('records who filled it in (names and roles) and only complete rows', async () => {
    const el = await mount({}, { 'project-title': 'Accueil des urgences' });
    button(el, 'Ajouter une personne').click();
    await settle(el);
    const name = deepActive() as HTMLInputElement;
    expect(text(name.closest('label'))).toBe('Nom');
    type(name, 'Awa Diallo');
    await settle(el);
    expect(el.value.filledBy).toEqual([]);
    type($$<HTMLInputElement>(el, 'input[list="roles"]')[0]!, 'Patiente partenaire');
    await settle(el);
    expect(el.value.filledBy).toEqual([{ name: 'Awa Diallo', role: 'Patiente partenaire' }]);
    expect($$(el, 'datalist option').map((o) => o.getAttribute('value'))).toEqual(
      expect.arrayContaining(['Professionnelle de santé', 'Professionnel de santé']),
    );
    button(el, 'Retirer la personne 1').click();
    await settle(el);
    expect(el.value.filledBy).toEqual([]);
  });

  it('refuses an invalid value whole, with a message and a console warning, and keeps what was there', async () => {
    const el = await mount();
    const given = allAnswered('2026-05-28');
    el.value = given;
    await el.updateComplete; // waits for the schema to be loaded and the value validated
    expect(el.value).toEqual(given);
    const before = el.value;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    el.value = { ...before, date: '28/05/2026' };
    await settle(el);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    expect(el.value).toEqual(before);
    expect(text($(el, '[role="alert"]'))).toMatch(/^Données refusées : Champ date : date attendue au format AAAA-MM-JJ\./);
  });

  it('renders data as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const el = await mount({
      value: {
        ...evaluation('2026-05-28', { 'has.1': 'oui' }),
        projectTitle: payload,
        extraCriteria: [{ id: 'etab-x', label: payload }],
        answers: { ...evaluation('2026-05-28').answers, 'etab-x': { answer: null, comment: payload } },
      },
    });
    expect($(el, 'img')).toBeNull();
    expect($$(el, 'legend').some((l) => text(l).includes(payload))).toBe(true);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('<pp-checklist>: history of dated evaluations', () => {
  const jan = evaluation('2026-01-15', { 'has.1': 'non', 'has.2': 'oui' });
  const mar = evaluation('2026-03-20', { 'has.1': 'en_cours', 'has.2': 'oui' });
  const jun = evaluation('2026-06-02', { 'has.1': 'oui', 'has.2': 'non' });

  it('shows how each criterion moved, as a compact timeline and as an accessible table', async () => {
    const el = await mount({ history: [mar, jan], value: jun });
    const history = $(el, '[part="history"]')!;
    expect(text(history.querySelector('h3'))).toBe('Évolution dans le temps');
    const timeline = history.querySelector('.timeline')!;
    expect(timeline.closest('[aria-hidden="true"]')).toBeTruthy();
    expect([...timeline.firstElementChild!.children].map((c) => text(c))).toEqual(['', '15/01/26', '20/03/26', '02/06/26']);
    expect([...timeline.children[1]!.children].map((c) => [text(c), c.className])).toEqual([
      ['1', ''],
      ['✗', 'non'],
      ['…', 'en_cours'],
      ['✓', 'oui'],
    ]);
    const table = history.querySelector('table')!;
    expect(text(table.querySelector('caption'))).toBe('Réponse à chaque critère, par date d’évaluation');
    const headers = [...table.querySelectorAll('thead th')].map((th) => text(th));
    expect(headers).toEqual(['Critère', '15 janv. 2026', '20 mars 2026', '2 juin 2026 (actuelle)', 'Évolution']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual(['1. Y a-t-il un diagnostic partagé ?', 'Non', 'En cours', 'Oui', 'Non → En cours → Oui (progrès)']);
    expect(rows[1]?.slice(-1)).toEqual(['Oui → Non (recul)']);
    expect(rows[2]?.slice(1)).toEqual(['Sans réponse', 'Sans réponse', 'Sans réponse', '— (pas de réponse)']);
    expect(table.querySelectorAll('th[scope="row"]')).toHaveLength(10);
    history.querySelector('details')!.open = true;
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows the history in English with lang="en" (its words come with the English messages)', async () => {
    const el = await mount({ history: [mar, jan], value: jun }, { lang: 'en' });
    const history = $(el, '[part="history"]')!;
    expect(text(history.querySelector('h3'))).toBe('Progress over time');
    expect(text(history.querySelector('p.muted'))).toBe(
      'Timeline of the answers per criterion (last 8 evaluations); the table below gives the details.',
    );
    expect(text(history.querySelector('summary'))).toBe('Table of changes');
    const table = history.querySelector('table')!;
    expect(text(table.querySelector('caption'))).toBe('Answer to each criterion, by evaluation date');
    const headers = [...table.querySelectorAll('thead th')].map((th) => text(th));
    expect(headers[0]).toBe('Criterion');
    expect(headers.at(-2)).toMatch(/ \(current\)$/);
    expect(headers.at(-1)).toBe('Change');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows[1]?.slice(-1)).toEqual(['Yes → No (setback)']);
    expect(rows[2]?.slice(-1)).toEqual(['— (no answer)']);
    history.querySelector('details')!.open = true;
    expect(await axeViolations(el)).toEqual([]);
  });

  it('starts a new dated evaluation from the current one, which goes into the history', async () => {
    const el = await mount({ history: [jan], value: mar });
    const changes = events(el, 'pp-change');
    button(el, 'Nouvelle évaluation datée').click();
    await settle(el);
    expect(el.history.map((e) => e.id)).toEqual([jan.id, mar.id]);
    expect(el.value.id).not.toBe(mar.id);
    expect(el.value.answers['has.1']).toEqual({ answer: 'en_cours' });
    expect(changes).toHaveLength(1);
    expect(text($(el, '[role="status"].message'))).toMatch(
      /^Nouvelle évaluation du \d+ \S+ \d{4} : les réponses précédentes sont reprises/,
    );
    expect($$(el, '[part="history"] thead th')).toHaveLength(5);
  });

  it('asks for the project title before a new evaluation or an export', async () => {
    const el = await mount();
    button(el, 'Nouvelle évaluation datée').click();
    await settle(el);
    expect(text($(el, '[role="alert"]'))).toBe('Indiquez le titre du projet.');
    expect(deepActive()).toBe($(el, '[data-title]'));
    expect(el.history).toEqual([]);
  });
});

describe('<pp-checklist>: export and import', () => {
  const jan = evaluation('2026-01-15', { 'has.1': 'non' });
  const jun = {
    ...allAnswered('2026-06-02'),
    filledBy: [
      { name: 'Awa Diallo', role: 'Patiente partenaire' },
      { name: 'Dr Paul Martin', role: 'Médecin' },
    ],
  };

  it('exports JSON that imports back into another element to the same evaluations', async () => {
    const source = await mount({ history: [jan], value: jun });
    const file = await captureDownload(() => button(source, 'Exporter (JSON)').click());
    expect(file.name).toBe('check-list-Accueil-des-urgences-2026-06-02.json');
    expect(file.type).toBe('application/json');
    const target = await mount();
    const changes = events(target, 'pp-change');
    chooseFile(target, file.text);
    await expect.poll(() => target.history.length).toBe(1);
    expect(target.value).toEqual(source.value);
    expect(target.history).toEqual(source.history);
    expect(changes).toHaveLength(1);
    expect(text($(target, '[role="status"].message'))).toBe('2 évaluations importées.');
    expect($$(target, '[data-person]').map((i) => (i as HTMLInputElement).value)).toEqual(['Awa Diallo', 'Dr Paul Martin']);
  });

  // Issue 16, same cause as extraCriteria: the blank sheet holding the page's title was
  // kept by an import as an evaluation of its own (dated today, so it even became the current one).
  it('imports into a blank sheet whose title the page gave without keeping that sheet', async () => {
    const source = await mount({ history: [jan], value: jun });
    const file = await captureDownload(() => button(source, 'Exporter (JSON)').click());
    const target = await mount({}, { 'project-title': 'Accueil des urgences' });
    chooseFile(target, file.text);
    await expect.poll(() => text($(target, '[role="status"].message'))).toBe('2 évaluations importées.');
    expect(target.value).toEqual(source.value);
    expect(target.history).toEqual(source.history);
  });

  it('exports CSV for French Excel: BOM, « ; », CRLF, quoted fields', async () => {
    const el = await mount({ history: [jan], value: jun });
    const file = await captureDownload(() => button(el, 'Exporter pour Excel (CSV)').click());
    expect(file.name.endsWith('.csv')).toBe(true);
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.text.slice(1).split('\r\n');
    expect(lines[0]).toBe('"Projet";"Date";"Rempli par";"N°";"Critère";"Origine";"Réponse";"Commentaire"');
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines[11]).toContain('"Awa Diallo (Patiente partenaire), Dr Paul Martin (Médecin)"');
  });

  it('refuses an invalid file with a clear message and leaves the current answers untouched', async () => {
    const el = await mount({ history: [jan], value: jun });
    const before = { value: el.value, history: el.history };
    const changes = events(el, 'pp-change');
    const broken = JSON.stringify({ evaluations: [{ ...jun, answers: { ...jun.answers, 'has.3': { answer: 'peut-être' } } }] });
    chooseFile(el, broken);
    await expect.poll(() => text($(el, '[role="alert"]'))).not.toBe('');
    expect(text($(el, '[role="alert"]'))).toBe(
      'Fichier non importé : Champ evaluations[0].answers["has.3"].answer : valeur attendue : oui, non, en_cours. Les réponses affichées n’ont pas été modifiées.',
    );
    chooseFile(el, 'pas du JSON');
    await expect.poll(() => text($(el, '[role="alert"]'))).toContain('n’est pas un JSON valide');
    expect({ value: el.value, history: el.history }).toEqual(before);
    expect(changes).toHaveLength(0);
    expect(radio(el, 'has.1', 'oui').checked).toBe(true);
  });
});

describe('<pp-checklist>: in a form', () => {
  it('submits the evaluation as JSON under its name, and is invalid while `required` and incomplete', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = await mount({}, { name: 'checklist', required: '' }, form);
    expect(form.checkValidity()).toBe(false);
    expect(el.validationMessage).toBe('Indiquez le titre du projet.');
    expect(new FormData(form).has('checklist')).toBe(false);
    type($<HTMLInputElement>(el, '[data-title]')!, '  Accueil des urgences ');
    radio(el, 'has.1', 'oui').click();
    await settle(el);
    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toBe('Répondez aux 9 critères restants.');
    for (const id of CHECKLIST_CRITERION_IDS.slice(1)) radio(el, id, 'non').click();
    await settle(el);
    expect(form.checkValidity()).toBe(true);
    const submitted = JSON.parse(String(new FormData(form).get('checklist')));
    expect(submitted).toEqual(el.value);
    expect(submitted.projectTitle).toBe('Accueil des urgences');
    expect(submitted.answers['has.10']).toEqual({ answer: 'non' });

    const submits: Event[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits.push(e);
    });
    form.requestSubmit();
    expect(submits).toHaveLength(1);
  });

  it('flags a person typed without a role, and goes back to its initial value on reset', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const initial = evaluation('2026-05-28', { 'has.1': 'oui' });
    const el = await mount({ value: initial }, { name: 'checklist' }, form);
    radio(el, 'has.2', 'non').click();
    button(el, 'Ajouter une personne').click();
    await settle(el);
    type($<HTMLInputElement>(el, '[data-person="0"]')!, 'Awa Diallo');
    await settle(el);
    expect(el.validity.customError).toBe(true);
    expect(el.validationMessage).toBe('Indiquez le nom et le rôle de la personne 1.');
    form.reset();
    await settle(el);
    expect(el.value).toEqual(initial);
    expect(form.checkValidity()).toBe(true);
    expect($$(el, '[data-person]')).toHaveLength(0);
  });

  it('is disabled with its fieldset, and barred from validation when readonly', async () => {
    const form = document.createElement('form');
    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    document.body.append(form);
    const el = await mount({}, { name: 'checklist', required: '' }, fieldset);
    fieldset.disabled = true;
    await settle(el);
    expect($$<HTMLInputElement>(el, 'input[type="radio"]').every((r) => r.matches(':disabled'))).toBe(true);
    fieldset.disabled = false;
    el.readonly = true;
    await settle(el);
    expect(el.checkValidity()).toBe(true);
  });
});

describe('<pp-checklist>: readonly, English, persistence', () => {
  it('publishes an evaluation read-only: answers as text, export and print but no editing', async () => {
    const published = { ...allAnswered('2026-05-28'), filledBy: [{ name: 'Awa Diallo', role: 'Patiente partenaire' }] };
    const el = await mount({ value: published }, { readonly: '' });
    expect($$(el, 'input, textarea')).toHaveLength(0);
    expect(text($(el, 'dl[part="details"]'))).toContain('Awa Diallo (Patiente partenaire)');
    const items = $$(el, 'li[part="criterion"]');
    expect(items).toHaveLength(10);
    expect(text(items[1])).toBe(
      '2. Y a-t-il au moins 2 patients partenaires impliqués ? Réponse : Oui Commentaire : Trois patientes partenaires depuis mars',
    );
    expect($$(el, '[part="actions"] button').map((b) => text(b))).toEqual([
      'Exporter (JSON)',
      'Exporter pour Excel (CSV)',
      'Imprimer',
    ]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('speaks English with lang="en", keeping the French definition verbatim with its translation', async () => {
    const el = await mount(
      { history: [evaluation('2026-01-15', { 'has.1': 'non' })], value: evaluation('2026-03-01', { 'has.1': 'oui' }) },
      { lang: 'en' },
    );
    expect(text($(el, 'h2'))).toBe('Partnership checklist');
    expect(text($(el, 'fieldset[part="criterion"] legend'))).toBe('1. Is there a shared diagnosis?');
    expect(radio(el, 'has.1', 'en_cours').closest('label')?.textContent?.trim()).toBe('In progress');
    expect($(el, 'blockquote')?.getAttribute('lang')).toBe('fr');
    expect(text($(el, '[part="header"] p.muted'))).toMatch(/^Health partnership means acting together/);
    expect(text($(el, '[part="history"] tbody tr'))).toContain('No → Yes (progress)');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('keeps evaluations in localStorage under storage-key, opt-in, and reads them back', async () => {
    const first = await mount({}, { 'storage-key': 'projet-urgences', 'project-title': 'Accueil des urgences' });
    radio(first, 'has.4', 'en_cours').click();
    button(first, 'Nouvelle évaluation datée').click();
    await expect.poll(() => localStorage.getItem('binome:checklist:projet-urgences')).toContain('"history":[{');
    first.remove();
    const second = await mount({}, { 'storage-key': 'projet-urgences' });
    expect(second.history).toHaveLength(1);
    expect(second.value.answers['has.4']).toEqual({ answer: 'en_cours' });
    expect(second.value.projectTitle).toBe('Accueil des urgences');
    const unsaved = await mount();
    radio(unsaved, 'has.1', 'oui').click();
    expect(Object.keys(localStorage)).toEqual(['binome:checklist:projet-urgences']);
  });

  it('uses a `store` in place of localStorage (the extension’s IndexedDB)', async () => {
    const saved = new Map<string, unknown>([
      [
        'p1',
        {
          format: 'binome-checklist',
          schemaVersion: 1,
          current: evaluation('2026-06-02', { 'has.1': 'oui' }),
          history: [evaluation('2026-01-15')],
        },
      ],
    ]);
    const store = {
      load: vi.fn(async (key: string) => saved.get(key)),
      save: vi.fn(async (key: string, value: unknown) => void saved.set(key, structuredClone(value))),
    };
    const el = await mount({ store }, { 'storage-key': 'p1' });
    expect(store.load).toHaveBeenCalledWith('p1');
    expect(el.value.answers['has.1']).toEqual({ answer: 'oui' });
    expect(el.history).toHaveLength(1);
    radio(el, 'has.2', 'non').click();
    await expect.poll(() => store.save.mock.calls.length).toBe(1);
    expect((saved.get('p1') as { current: { answers: Record<string, unknown> } }).current.answers['has.2']).toEqual({
      answer: 'non',
    });
    expect(localStorage.length).toBe(0);
  });

  it('keeps unreadable stored data aside instead of overwriting it, and says so', async () => {
    localStorage.setItem('binome:checklist:p2', '{"schemaVersion": 1, "current": {"answers": "oui"}');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({}, { 'storage-key': 'p2', 'project-title': 'Projet' });
    warn.mockRestore();
    expect(text($(el, '[role="alert"]'))).toMatch(/^Check-list enregistrée illisible \(.+\) ; elle est conservée à part/);
    expect(localStorage.getItem('binome:checklist:p2:illisible')).toBe(
      JSON.stringify('{"schemaVersion": 1, "current": {"answers": "oui"}'),
    );
    radio(el, 'has.1', 'oui').click();
    await expect.poll(() => localStorage.getItem('binome:checklist:p2')).toContain('"has.1":{"answer":"oui"}');
  });
});

/**
 * Issue 15 (charter): an establishment's adapted text, signed as « Adapté du modèle de la
 * HAS » and compared word by word with the model in the verify view; the 226-13 correction
 * called from the text and its note signed with it; format-1 records still verified.
 * Issue 16: configuration problems said in the page's language, with no code or English.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { paragraphsText } from '../../../shared/charter/adapted';
import { charterParagraphs } from '../../../shared/charter/text';
import type { CharterRecord } from '../../../shared/schemas/charter';
import { configMessage } from '../../../widgets/charter-signer/config-words';
import type { PpCharterSigner } from '../../../widgets/charter-signer/index';
import v1Record from '../../fixtures/charter/record-v1-fr.json';
import { axeViolations } from '../helpers/axe';
import { $, doctor, mount, patient, root, signTyped, text, until } from './helpers';

document.documentElement.lang = 'fr';
const PROJECT = 'Parcours diabète';

/** The model as plain text, with two words changed in a principle and a sentence added. */
const ADAPTED = paragraphsText(charterParagraphs('', 'fr').map((p) => p.text))
  .replace('reconnaissance mutuelle des savoirs', 'reconnaissance réciproque des savoirs')
  .replace(
    "un plan d'action et les critères d'évaluation des résultats à atteindre.",
    "un plan d'action et les critères d'évaluation des résultats à atteindre. Il est revu chaque année.",
  );

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** What the signed text shows, paragraph by paragraph (list items with the guide's « - »). */
const shownParagraphs = (el: PpCharterSigner) =>
  [...root(el).querySelectorAll('[part=text] > p, [part=text] > ul > li')].map((node) =>
    node instanceof HTMLLIElement ? `- ${text(node)}` : text(node),
  );

async function signBoth(el: PpCharterSigner): Promise<CharterRecord> {
  await signTyped(el, { who: patient });
  await signTyped(el, { who: doctor });
  return JSON.parse(JSON.stringify(el.record)) as CharterRecord;
}

describe('<pp-charter-signer>: the 226-13 correction, called where it is made and signed with its note', () => {
  it('links the « * » after 226-13 to the note, which takes the focus without touching the page URL', async () => {
    const el = await mount({ project: PROJECT });
    const call = $(el, '[part=text] a') as HTMLAnchorElement;
    expect(call.textContent).toBe('*');
    expect(call.getAttribute('aria-label')).toBe('note sur la référence corrigée');
    const english = await mount({ project: PROJECT }, { lang: 'en' });
    const englishCall = $(english, '[part=text] a') as HTMLAnchorElement;
    // its name is in the page's language, inside a French text
    expect([englishCall.lang, englishCall.getAttribute('aria-label'), $(english, '[part=text]')?.lang]).toEqual([
      'en',
      'note on the corrected reference',
      'fr',
    ]);
    english.remove();
    expect(call.parentElement?.textContent).toContain('226-13* du Code pénal⁴⁶');
    const before = location.href;
    await userEvent.click(call);
    expect(root(el).activeElement?.id).toBe('correction-note');
    expect(location.href).toBe(before);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('hashes exactly the text the person saw, the note included', async () => {
    const el = await mount({ project: PROJECT });
    const shown = shownParagraphs(el);
    const record = await signBoth(el);
    expect(record.schemaVersion).toBe(2);
    expect(record.charter.paragraphs).toEqual(shown);
    expect(shown.at(-1)).toMatch(/^\* La charte type de la HAS/);
  });
});

describe('<pp-charter-signer>: an establishment’s adaptation of the model (guide l.615, l.738)', () => {
  it('shows and signs the adapted text as « Adapté du modèle de la HAS », with no HAS translation beside it', async () => {
    const el = await mount({ project: PROJECT, signatories: [patient, doctor] }, { 'charter-text': ADAPTED });
    const shown = shownParagraphs(el);
    expect(shown.join(' ')).toContain('reconnaissance réciproque des savoirs');
    expect(shown[0]).toContain('du projet « Parcours diabète ».');
    expect(text($(el, '[part=charter]'))).toContain('Source : Adapté du modèle de la HAS — HAS, « Partenariat en santé');
    expect($(el, 'details')).toBeNull();
    expect(text($(el, '[part=charter]'))).not.toMatch(/ne se modifie pas|cannot be changed/);
    expect(await axeViolations(el)).toEqual([]);
    const record = await signBoth(el);
    expect(record.schemaVersion === 2 && record.charter.origin).toBe('adapted');
    expect(record.charter.paragraphs).toEqual(shown);
    expect(record.charter.source).toMatch(/^Adapté du modèle de la HAS — /);
  });

  it('verify view: says the text is adapted and shows word by word what differs from the model', async () => {
    const signer = await mount({ project: PROJECT }, { 'charter-text': ADAPTED });
    const record = await signBoth(signer);
    const el = await mount({ record }, { mode: 'verify' });
    await until(() => $(el, '.diff'));
    expect(text($(el, '[part=report] [role=status]'))).toContain('Dossier intact');
    expect(text($(el, '[part=report] ul'))).toContain('Texte adapté du modèle de la HAS : ✓ indiqué dans la source');
    const diff = $(el, '.diff') as HTMLElement;
    expect(text(diff.querySelector('h4'))).toBe('Différences avec le modèle de la HAS');
    expect(text(diff)).toContain('Mot à mot : 1 mot du modèle retiré (barrés), 6 mots ajoutés (soulignés).');
    expect([...diff.querySelectorAll('del')].map(text)).toEqual(['retiré du modèle : mutuelle']);
    expect([...diff.querySelectorAll('ins')].map(text)).toEqual(['ajouté : Il est revu chaque année.', 'ajouté : réciproque']);
    expect(text(diff)).toContain('reconnaissance retiré du modèle : mutuelle ajouté : réciproque des savoirs');
    expect(getComputedStyle(diff.querySelector('del') as Element).textDecorationLine).toBe('line-through');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('verify view: an adaptation passed off as the HAS model is refused, with the differences shown', async () => {
    const signer = await mount({ project: PROJECT }, { 'charter-text': ADAPTED });
    const record = await signBoth(signer);
    const { hashCanonical } = await import('../../../shared/charter/digest');
    if (record.schemaVersion !== 2) throw new Error('format 2 expected');
    record.charter.origin = 'model';
    record.charter.source = record.charter.source.replace('Adapté du modèle de la HAS — ', '');
    const { textHash: _t, ...content } = record.charter;
    record.charter.textHash = await hashCanonical(content);
    const el = await mount({ record }, { mode: 'verify' });
    await until(() => $(el, '.diff'));
    expect(text($(el, '[part=report] ul'))).toContain('Conforme au modèle de la HAS : ✗ non');
    expect(text($(el, '[part=report] [role=alert]'))).toContain('Attention');
  });

  it('verify view: a model record has no difference section', async () => {
    const signer = await mount({ project: PROJECT });
    const record = await signBoth(signer);
    const el = await mount({ record }, { mode: 'verify' });
    await until(() => $(el, '[part=report]'));
    expect(text($(el, '[part=report] ul'))).toContain('Conforme au modèle de la HAS : ✓ oui');
    expect($(el, '.diff')).toBeNull();
  });

  it('verify view: a record of format 1 (before the note was signed) is intact, its note shown beside the text', async () => {
    const el = await mount({ record: v1Record as unknown as CharterRecord }, { mode: 'verify' });
    await until(() => $(el, '[part=report]'));
    expect(text($(el, '[part=report] [role=status]'))).toContain('Dossier intact');
    expect(text($(el, '[part=report] ul'))).toContain('Conforme au modèle de la HAS : ✓ oui');
    expect(text($(el, '[part=text]'))).not.toContain('*');
    expect(text($(el, '[part=charter]'))).toContain('Note sur la référence au Code pénal : La charte type de la HAS');
    expect($(el, '.diff')).toBeNull();
  });

  it('sign mode: a stored format-1 record on the same title is continued without « another text »', async () => {
    const store = new Map<string, unknown>([['k', v1Record]]);
    const el = await mount(
      {
        project: PROJECT,
        clauses: ['Les réunions ont lieu en semaine.'],
        store: { load: (key: string) => store.get(key), save: (key: string, value: unknown) => void store.set(key, value) },
      },
      { 'storage-key': 'k' },
    );
    await until(() => el.record);
    expect(el.record?.schemaVersion).toBe(1);
    expect($(el, '.message')).toBeNull();
  });
});

describe('<pp-charter-signer>: what is wrong with the page, in the page’s language (issue 16)', () => {
  const LEAKS = /[a-z]+_[a-z]+|\b(?:expected|ignored|list|text|not|JSON|null)\b|\[\d+\]/;

  it.each([
    [{ signatories: '{"name":"X"}' }, 'Liste des signataires attendus ignorée : ce n’est pas une liste.'],
    [
      { signatories: '[{"role":"autre"}]' },
      'Liste des signataires attendus ignorée : le signataire n° 1 n’a pas de nom (1 à 200 caractères).',
    ],
    [
      { signatories: '[{"name":"A","role":"autre","organisation":7}]' },
      'Liste des signataires attendus ignorée : l’organisation du signataire n° 1 doit être un texte de 300 caractères au plus.',
    ],
    [{ clauses: '"une seule"' }, 'Clauses complémentaires ignorées : une liste de textes est attendue.'],
    [{ 'charter-text': ' \n\n ' }, 'Texte adapté de la charte ignoré (il est vide) : c’est le modèle de la HAS qui est affiché.'],
    [
      { 'charter-text': 'x'.repeat(50_001) },
      'Texte adapté de la charte ignoré (plus de 50 000 caractères) : c’est le modèle de la HAS qui est affiché.',
    ],
  ])('%j → « %s »', async (attrs, message) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({}, attrs);
    await until(() => $(el, '[role=alert]'));
    expect(text($(el, '[role=alert]'))).toBe(message);
    expect(text($(el, '[part=text]'))).toContain('reconnaissance mutuelle des savoirs'); // the model, in full
  });

  it('says it in English on an English page, and a property that is not text is refused too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(
      { charterText: ['a'] as unknown as string, signatories: [{ name: 'A', role: 'chef' }] },
      { lang: 'en' },
    );
    await vi.waitFor(() => expect(root(el).querySelectorAll('[role=alert]')).toHaveLength(2));
    expect([...root(el).querySelectorAll('[role=alert]')].map(text)).toEqual([
      'Expected signatories ignored: the role of signatory no. 1 is not one of the planned roles.',
      'Adapted charter text ignored (this is not a text): the HAS model is shown instead.',
    ]);
  });

  it('every configuration message, in French, is a sentence with no code and no English word', () => {
    const problems = [
      { field: 'signatories', code: 'not_list' },
      ...(['name', 'role', 'organisation'] as const).map((code) => ({ field: 'signatories', code, index: 3 })),
      { field: 'clauses' },
      ...(['not_text', 'empty', 'too_long', 'too_many'] as const).map((code) => ({ field: 'text', code })),
    ] as Parameters<typeof configMessage>[0][];
    for (const problem of problems) {
      const fr = configMessage(problem, 'fr');
      expect(fr).not.toMatch(LEAKS);
      expect(fr).toMatch(/^[A-ZÉ].*\.$/);
      expect(configMessage(problem, 'en')).not.toBe(fr);
    }
  });
});

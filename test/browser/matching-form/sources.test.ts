/**
 * Issue 15 (« Matching ») and issue 16 (« Messages ») in the real widget: the results present the
 * score as Binôme's and every rule with its source; the establishment's manager rule can be
 * switched off; an ETP DU of 120 h meets the 40 h; a profile with no lived experience is flagged
 * and comes last; every message a user sees is in their language, with no internal code in it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { candidateMessagesFor } from '../../../widgets/matching-form/candidate-messages';
import { loadFormMessages } from '../../../widgets/matching-form/english';
import type { PpMatchingForm } from '../../../widgets/matching-form/index';
import { makePartner } from '../../fixtures/partners';
import { axeViolations } from '../helpers/axe';
import { $, $$, cleanup, consents, directory, mount, pick, registryOf, settle } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

/** Internal codes that once leaked into sentences (issue 16), and error class names. */
const CODES =
  /\((?:too-large|json|timeout|network|status|action|invalid|insecure)\)|\b(?:TypeError|RangeError|SyntaxError|Error):|\bpartners\[\d+\]|registry\.partners/;

const text = (el: PpMatchingForm) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function needForm(attrs = '', lang = 'fr') {
  const el = await mount(`<pp-matching-form mode="need" lang="${lang}" ${attrs}></pp-matching-form>`);
  el.partners = directory();
  el.establishment = { name: 'CH de Valmont (fictif)' };
  await settle(el);
  return el;
}

async function search(el: PpMatchingForm, { domain = 'offre_soins', missions = [] as string[] } = {}) {
  $<HTMLInputElement>(el, 'input[name=title]').value = 'Projet';
  $<HTMLInputElement>(el, `input[name=domain][value=${domain}]`).click();
  await settle(el);
  for (const m of missions) $<HTMLInputElement>(el, `input[name=missions][value="${m}"]`).click();
  $<HTMLInputElement>(el, 'input[name=duration][value=durable]').click();
  $<HTMLButtonElement>(el, 'button[type=submit]').click();
  await settle(el);
}

const titles = (el: PpMatchingForm) => $$(el, '.match .match-title').map((t) => t.textContent?.trim());

describe('need mode: Binôme’s score, rules with their sources', () => {
  it('presents the score as Binôme’s, says how it is computed, and gives each exclusion its source', async () => {
    const el = await needForm();
    await search(el);
    const all = text(el);
    expect($$(el, '.match')[0]!.textContent).toContain('Score de correspondance Binôme : ');
    expect($(el, '[part=method]').textContent).toContain('Le score de correspondance est calculé par Binôme, pas par la HAS');
    expect($(el, '[part=method]').textContent).toContain('missions 30, expérience vécue 25');
    expect(all).not.toMatch(/règles de la HAS|règles du guide|Correspondance : \d/);
    const reasons = $$(el, 'details.excluded li li').map((li) => li.textContent ?? '');
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).toMatch(/guide HAS|Code de la santé publique|règle de Binôme|règle de l’établissement/);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('exclude-managers="false": the establishment ranks its managers, with a note that says so; on again, they are apart', async () => {
    const el = await needForm('exclude-managers="false"');
    await search(el);
    const denis = $$(el, '.match').find((m) => m.textContent?.includes('pp-denis'));
    expect(denis?.textContent).toContain(
      'l’établissement a choisi de ne pas appliquer le critère d’exclusion que le guide HAS cite en exemple (3.3)',
    );
    expect(el.shadowRoot!.querySelector('details.excluded')).toBeNull();
    // Back to the default: re-ranked at once.
    el.removeAttribute('exclude-managers');
    await settle(el);
    expect($(el, 'details.excluded').textContent).toContain('pp-denis');
    expect(titles(el).join(' ')).not.toContain('pp-denis');
  });

  it('ranks a partner with a 120 h DU in therapeutic education for an ETP mission, saying it covers the 40 h', async () => {
    const el = await needForm();
    const base = {
      titles: [],
      domains: ['parcours_soins' as const],
      missions: ['parcours_soins.etp.1' as const],
      association: undefined,
      photo: undefined,
      experience: { themes: ['diabete'], caregiver: false },
      territory: { departement: '38', remote: false },
      consents: consents(),
    };
    el.partners = [
      makePartner({
        ...base,
        id: 'pp-du',
        name: { display: 'Dalia U.' },
        trainings: [{ kind: 'du', label: 'DU Éducation thérapeutique du patient', issuer: 'Université (fictive)', hours: 120 }],
      }),
      makePartner({ ...base, id: 'pp-none', name: { display: 'Noé N.' }, trainings: [] }),
    ];
    await settle(el);
    await search(el, { domain: 'parcours_soins', missions: ['parcours_soins.etp.1'] });
    expect(titles(el)).toEqual(['Dalia U.']);
    expect($$(el, '.match')[0]!.textContent).toContain(
      'Formation en éducation thérapeutique de 120 h déclarée (DU) : elle couvre les 40 h exigées par la réglementation',
    );
    expect($(el, 'details.excluded').textContent).toContain('aucune formation déclarée ne documente les 40 h');
    expect($(el, '.notices').textContent).toContain('Toute formation déclarée qui en documente au moins 40 h la remplit');
  });

  it('flags a profile with no lived experience and proposes it after the others', async () => {
    const el = await needForm();
    const [adele] = directory();
    el.partners = [
      // Would come first on every other count: first id, no mission under way.
      makePartner({ ...adele!, id: 'pp-a-vide', name: { display: 'Victor V.' }, experience: { themes: [], caregiver: false } }),
      makePartner({ ...adele!, id: 'pp-z-bruno', name: { display: 'Bruno K.' }, load: { activeMissions: 2 } }),
    ];
    await settle(el);
    await search(el);
    expect(titles(el)).toEqual(['Bruno K.', 'Victor V.']);
    expect($$(el, '.match')[1]!.textContent).toContain('Aucune expérience vécue déclarée');
    expect($$(el, '.match')[0]!.textContent).not.toContain('Aucune expérience vécue déclarée');
  });

  it('does not offer « formation conjointe » as a training to ask of a person, and says to train together (3.5)', async () => {
    const el = await needForm();
    expect($$<HTMLInputElement>(el, 'input[name=trainings]').map((i) => i.value)).not.toContain('formation_conjointe');
    expect(text(el)).toContain('la HAS recommande de former ensemble professionnels et patients partenaires (guide 3.5)');
    expect(text(el)).not.toContain('place de marché');
  });
});

describe('candidate mode: the manager rule is the establishment’s', () => {
  async function fill(el: PpMatchingForm) {
    $<HTMLInputElement>(el, 'input[name=given]').value = 'Nadia';
    $<HTMLInputElement>(el, 'input[name=email]').value = 'nadia@example.org';
    $<HTMLTextAreaElement>(el, 'textarea[name=experienceText]').value = 'Vingt ans de polyarthrite.';
    $<HTMLInputElement>(el, 'input[name=departement]').value = '38';
    $<HTMLInputElement>(el, 'input[name="consent.keepData"]').click();
    $<HTMLInputElement>(el, 'input[name=manager][value=yes]').click();
    await settle(el);
  }

  it('asks about « gestionnaire » (management, middle managers included)', async () => {
    const el = await mount('<pp-matching-form mode="candidate" lang="fr"></pp-matching-form>');
    expect(text(el)).toContain('Êtes-vous gestionnaire de l’établissement ou du service');
    expect(text(el)).toContain('(direction ou encadrement)');
  });

  it('with exclude-managers="false", a manager’s candidacy is recorded and the form says the establishment does not apply the criterion', async () => {
    const el = await mount('<pp-matching-form mode="candidate" lang="fr" exclude-managers="false"></pp-matching-form>');
    await fill(el);
    expect(text(el)).toContain('Cet établissement n’applique pas ce critère d’exclusion, que le guide HAS cite en exemple (3.3)');
    const submits: CustomEvent[] = [];
    el.addEventListener('pp-submit', (e) => submits.push(e as CustomEvent));
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    expect(submits[0]?.detail.profile.managesEstablishment).toBe(true);
  });
});

describe('every message a user sees is in their language, without internal codes (issue 16)', () => {
  it('a failed sending says why in words: network, HTTP error', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failures = [
      async () => Promise.reject(new TypeError('Failed to fetch')),
      async () => new Response('', { status: 500 }),
    ];
    for (const [lang, expected] of [
      ['fr', ['serveur injoignable', 'erreur 500']],
      ['en', ['server unreachable', 'error 500']],
    ] as const) {
      for (const [i, failure] of failures.entries()) {
        vi.spyOn(window, 'fetch').mockImplementation(failure);
        const el = await mount(`<pp-matching-form mode="candidate" lang="${lang}" action="/api/c"></pp-matching-form>`);
        $<HTMLInputElement>(el, 'input[name=given]').value = 'Nadia';
        $<HTMLInputElement>(el, 'input[name=email]').value = 'nadia@example.org';
        $<HTMLTextAreaElement>(el, 'textarea[name=experienceText]').value = 'Vingt ans de polyarthrite.';
        $<HTMLInputElement>(el, 'input[name=departement]').value = '38';
        $<HTMLInputElement>(el, 'input[name=manager][value=no]').click();
        $<HTMLInputElement>(el, 'input[name="consent.keepData"]').click();
        await settle(el);
        $<HTMLButtonElement>(el, 'button[type=submit]').click();
        await vi.waitFor(() => expect($(el, '#send-state').textContent).toContain(expected[i]!));
        expect(text(el)).not.toMatch(CODES);
        expect(text(el)).not.toContain('Failed to fetch');
        cleanup();
        vi.mocked(window.fetch).mockRestore();
      }
    }
  });

  it('every reason a sending can fail for has words, in French and English', async () => {
    await loadFormMessages('en');
    for (const locale of ['fr', 'en'] as const) {
      const m = candidateMessagesFor(locale);
      for (const reason of ['network', 'timeout', 'action'] as const) {
        const sentence = m.sendFailed(m.why[reason]);
        expect(sentence).not.toContain(`(${reason})`);
        expect(sentence).not.toMatch(CODES);
      }
      expect(m.sendFailed(m.why.status(503))).toMatch(locale === 'fr' ? /erreur 503/ : /error 503/);
    }
    expect(candidateMessagesFor('fr').why.timeout).toBe('délai dépassé');
  });

  it('a registry file that cannot be read says so in words, the error itself going to the console only', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount('<pp-matching-form mode="need" lang="fr"></pp-matching-form>');
    vi.spyOn(File.prototype, 'arrayBuffer').mockRejectedValue(new TypeError('internal: NotReadableError'));
    await pick(el, 'registre.json', JSON.stringify(registryOf(directory())));
    const said = $(el, '[part=registry]').textContent!.replace(/\s+/g, ' ');
    expect(said).toContain('Le registre « registre.json » n’a pas été ouvert');
    expect(said).toContain('Le fichier n’a pas pu être lu jusqu’au bout');
    expect(said).not.toMatch(CODES);
    expect(said).not.toContain('NotReadableError');
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain('NotReadableError');
  });

  it('invalid profiles are named « Profil n° … », the property path only in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const [lang, words] of [
      ['fr', 'Profil n° 2'],
      ['en', 'Profile #2'],
    ] as const) {
      const el = await mount(`<pp-matching-form mode="need" lang="${lang}"></pp-matching-form>`);
      const [a] = directory();
      el.partners = [a, { ...a, id: 'pp-broken', territory: { departement: 'ZZ', remote: false } }];
      await settle(el);
      const said = text(el);
      expect(said).toContain(words);
      expect(said).not.toMatch(CODES);
      cleanup();
    }
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain('partners[1]');
  });
});

/**
 * <pp-partner-card> reads public feeds v2 only. Consent cases come from registry profiles
 * published by publish() (test/helpers/feed-fixtures.ts), exactly as a real feed is
 * made; registries given to the card are refused whole.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { shownEntry } from '../../../shared/partners/shown-entry';
import type { ConsentField, PartnerProfile } from '../../../shared/schemas/partner';
import { type PublicFeed, type PublicPartnerEntry, PublicPartnerEntrySchema } from '../../../shared/schemas/public-feed';
import '../../../widgets/partner-card/index';
import type { PpPartnerCard } from '../../../widgets/partner-card/index';
import { makePartner } from '../../fixtures/partners';
import { ESTABLISHMENT as establishment, feedOf } from '../../helpers/feed-fixtures';
import { axeViolations } from '../helpers/axe';

const PHOTO = new URL('/test/browser/partner-card/fixtures/photos/p01.svg', location.origin).href;
/** A published feed with relative photos, and the registry it was published from (never to be shown). */
const FIXTURE_FEED = '/test/browser/partner-card/fixtures/partenaires.json';
const FIXTURE_REGISTRY = '/test/browser/partner-card/fixtures/registre.json';
const PUBLISH_HINT = 'npx binome publish registre.json -o partenaires.json';

/** A registry profile with some consents set. */
function profile(consents: Partial<Record<ConsentField, boolean>> = {}, overrides: Partial<PartnerProfile> = {}): PartnerProfile {
  const p = makePartner({ photo: { url: PHOTO, alt: 'Portrait illustré de Camille F.' }, ...overrides });
  for (const [field, granted] of Object.entries(consents))
    p.consents[field as ConsentField] = { granted: granted as boolean, date: '2026-05-01' };
  return p;
}

/** The published entry of a registry profile (undefined when the person is not published). */
function entry(
  consents: Partial<Record<ConsentField, boolean>> = {},
  overrides: Partial<PartnerProfile> = {},
): PublicPartnerEntry {
  return feedOf([profile(consents, overrides)]).partners[0] as PublicPartnerEntry;
}

async function mount(
  props: Partial<PpPartnerCard> = {},
  attrs: Record<string, string> = {},
  parent: HTMLElement = document.body,
) {
  const el = document.createElement('pp-partner-card');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: PpPartnerCard) => el.shadowRoot!;
const text = (el: PpPartnerCard) => root(el).textContent!.replace(/\s+/g, ' ');
const shown = (el: PpPartnerCard) => JSON.parse(root(el).querySelector('article')!.getAttribute('data-pp-shown')!);
const feedUrl = (json: unknown) =>
  URL.createObjectURL(new Blob([typeof json === 'string' ? json : JSON.stringify(json)], { type: 'application/json' }));
/** Every outcome event of the card: `pp-load` and `pp-error`. */
function outcomes() {
  const seen: { type: string; detail: unknown }[] = [];
  const record = (e: Event) => seen.push({ type: e.type, detail: (e as CustomEvent).detail });
  document.body.addEventListener('pp-load', record);
  document.body.addEventListener('pp-error', record);
  return seen;
}

// The test page says lang="en"; a French hospital page says "fr".
document.documentElement.lang = 'fr';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<pp-partner-card>: rendering a public feed entry', () => {
  it('shows every published field, with the feed’s labels', async () => {
    const el = await mount({ partner: entry({ contact: false }), establishment });
    const r = root(el);
    expect(r.querySelector('h3')?.textContent).toBe('Camille F.');
    expect(r.querySelector('.roles')?.textContent).toBe('Patiente partenaire');
    const img = r.querySelector('img')!;
    expect(img.src).toBe(PHOTO);
    expect(img.alt).toBe('Portrait illustré de Camille F.');
    const t = text(el);
    for (const expected of [
      'parcours de soins',
      'formation et enseignement',
      'Co-élaborer, co-animer et co-évaluer des programmes',
      'Bénévole, Vacataire',
      "ETP 40 h — Formation de base à l'éducation thérapeutique du patient (UTEP du CH de l'Étang-Bleu (fictive), 2022)",
      "Membre de l'association Diabète Entraide Sud (association fictive)",
      'Marseille · Bouches-du-Rhône (13) · à distance possible',
      'français, anglais',
      'Ateliers « Vivre avec son diabète »',
      'Diabète, Diabète de type 1 depuis 18 ans',
      "Je vis avec un diabète de type 1 depuis l'adolescence",
      'animation de groupe, écoute active, prise de parole en public',
      'En semaine, en journée, En visioconférence · Dans la durée',
      '1 mission en cours (3 au plus, selon son souhait) — une nouvelle sollicitation reste possible',
      "Contact par l'intermédiaire de l'établissement : CH de Valmont (fictif)",
    ]) {
      expect(t).toContain(expected);
    }
    // The unvalidated title and training were never published.
    expect(t).not.toContain('formatrice');
    expect(t).not.toContain('DU Partenariat patient-soignant');
  });

  it('contacts the establishment by default (shared/publish/contact-routes.ts), with a reference to the person', async () => {
    const el = await mount({ partner: entry(), establishment });
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a[part="contact-link"]')];
    expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      "Écrire à l'établissement au sujet de Camille F.",
      "Formulaire de contact de l'établissement au sujet de Camille F. (nouvelle fenêtre)",
    ]);
    expect(decodeURIComponent(links[0]!.href)).toBe(
      'mailto:partenariat@ch-valmont.example.org?subject=Contact patient partenaire : Camille F. (réf. pp-camille-ferrand)',
    );
    expect(links[1]!.target).toBe('_blank');
    expect(links[1]!.rel).toBe('noopener noreferrer');
    expect(root(el).innerHTML).not.toContain('camille.f@example.org');
  });

  it('adds the personal address only when the feed publishes it (the contact consent)', async () => {
    const el = await mount({ partner: entry({ contact: true }), establishment });
    const personal = root(el).querySelector<HTMLAnchorElement>('a[href="mailto:camille.f@example.org"]');
    expect(personal?.textContent).toBe('Écrire à Camille F.');
  });

  it('compact variant: essentials and one contact link; heading level follows the attribute', async () => {
    const el = await mount({ partner: entry(), establishment }, { variant: 'compact', 'heading-level': '2' });
    expect(root(el).querySelector('h2')?.textContent).toBe('Camille F.');
    expect(text(el)).not.toContain('Missions');
    expect(root(el).querySelectorAll('a[part="contact-link"]:not([hidden])')).toHaveLength(1);
    expect(text(el)).toContain("Contacter via l'établissement au sujet de Camille F.");
  });

  it('speaks English with lang="en" on an ancestor: the feed’s English labels', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    document.body.append(wrapper);
    const el = await mount({ partner: entry(), establishment }, {}, wrapper);
    const t = text(el);
    expect(root(el).querySelector('.roles')?.textContent).toBe('Patient partner');
    expect(t).toContain('Current load');
    expect(t).toContain('1 mission under way (at most 3, as the person wishes) — a new request remains possible');
    expect(t).toContain('Contact through the establishment: CH de Valmont (fictif)');
    expect(t).toContain('English');
    expect(t).toContain('Marseille · Bouches-du-Rhône (13) · remote possible');
  });

  it('switches language when its lang attribute changes', async () => {
    const el = await mount({ partner: entry(), establishment });
    expect(root(el).querySelector('.roles')?.textContent).toBe('Patiente partenaire');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(root(el).querySelector('.roles')?.textContent).toBe('Patient partner');
  });

  it('fires pp-load with the id, shown', async () => {
    const seen = outcomes();
    await mount({ partner: entry(), establishment });
    expect(seen).toEqual([{ type: 'pp-load', detail: { id: 'pp-camille-ferrand', shown: true } }]);
  });
});

describe('<pp-partner-card>: data-pp-shown says what the card displays', () => {
  it('full: the entry (less what goes unsaid) and the establishment, a valid entry whose words are all on the card', async () => {
    const published = entry({ contact: true }, { contact: { email: 'camille.f@example.org' } });
    const el = await mount({ partner: published, establishment });
    const data = shown(el);
    expect(data).toEqual({ partner: shownEntry(published, 'full'), establishment, detail: 'full' });
    expect(PublicPartnerEntrySchema.safeParse(data.partner).success).toBe(true);
    const t = text(el);
    for (const term of [...data.partner.missions, ...data.partner.statuses, ...data.partner.languages, ...data.partner.roles])
      expect(t).toContain(term.fr);
    for (const project of data.partner.projects) expect(t).toContain(project.title);
  });

  it('compact: only what the compact card shows; its one contact route', async () => {
    const published = entry({ contact: true }, { contact: { email: 'camille.f@example.org', phone: '+33 6 00 00 00 01' } });
    const el = await mount({ partner: published, establishment }, { variant: 'compact' });
    const data = shown(el);
    expect(data).toEqual({ partner: shownEntry(published, 'compact'), establishment, detail: 'compact' });
    expect(data.partner.missions).toEqual([]);
    expect(data.partner.experience).toBeUndefined();
    expect(data.partner.contact).toHaveLength(1);
    expect(JSON.stringify(data)).not.toMatch(/diab|Ateliers|ETP/i);
    expect(root(el).querySelector(`a[href="${data.partner.contact[0].href}"]`)).not.toBeNull();
  });
});

describe('<pp-partner-card>: consent was applied when the feed was published', () => {
  it('without the name consent: role and domains only, nothing that names the person', async () => {
    const el = await mount({ partner: entry({ name: false }), establishment });
    expect(root(el).querySelector('h3')?.textContent).toBe('Patiente partenaire — parcours de soins, formation et enseignement');
    expect(root(el).querySelector('img')?.alt).toBe("Portrait d'une patiente partenaire");
    expect(root(el).innerHTML).not.toMatch(/Camille|Ferrand|Marseille/);
  });

  it('without the experience consent: no health information at all', async () => {
    const el = await mount({ partner: entry({ experience: false }), establishment });
    expect(root(el).innerHTML).not.toMatch(/diab|type 1|>Expérience vécue</i);
    expect(text(el)).toContain('Camille F.');
  });

  it('without the photo consent: a neutral silhouette, no image', async () => {
    const el = await mount({ partner: entry({ photo: false }), establishment });
    expect(root(el).querySelector('img:not([hidden])')).toBeNull();
    expect(root(el).querySelector('img')?.hasAttribute('src')).toBe(false);
    const silhouette = root(el).querySelector('svg.placeholder')!;
    expect(silhouette.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(silhouette).display).not.toBe('none');
  });

  it('withdrawn listing consent: absent from the feed; the card says so politely, pp-load says not shown', async () => {
    const seen = outcomes();
    const feed = feedOf([profile({ listing: false }), profile({}, { id: 'pp-other', name: { display: 'Karim B.' } })]);
    const el = await mount({ feeds: [feed] }, { 'partner-id': 'pp-camille-ferrand' });
    expect(text(el).trim()).toBe("Ce patient partenaire n'est pas (ou plus) présenté ici.");
    expect(root(el).innerHTML).not.toContain('Camille');
    expect(seen).toEqual([{ type: 'pp-load', detail: { id: 'pp-camille-ferrand', shown: false } }]);
  });
});

describe('<pp-partner-card>: a registry or a v1 file shows nothing of itself', () => {
  const REGISTRY_WORDS = /Camille|Ferrand|Valence|diab|consent|keepData|Sophie|Lanier|Rémi|Garnier|2026-0/i;

  it('a registry profile as `partner`: the fallback, a short message, a warning naming `binome publish`', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen = outcomes();
    const el = document.createElement('pp-partner-card');
    el.innerHTML = '<a href="/annuaire.pdf">Annuaire (PDF)</a>';
    el.partner = profile() as unknown as PublicPartnerEntry;
    el.establishment = establishment;
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).toContain("ce n'est pas un annuaire public de patients partenaires (format 2)");
    expect(root(el).querySelector('article')).toBeNull();
    expect(root(el).innerHTML).not.toMatch(REGISTRY_WORDS);
    expect(root(el).querySelector('slot')?.assignedElements()[0]?.textContent).toBe('Annuaire (PDF)');
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain(PUBLISH_HINT);
    expect(seen.map((e) => e.type)).toEqual(['pp-error']);
  });

  it('a registry file by `src`, a v1 file, a registry among `feeds`: nothing of them reaches the shadow DOM', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bySrc = await mount({}, { src: FIXTURE_REGISTRY, 'partner-id': 'pp-001' });
    const v1 = { establishment, partners: [profile()] };
    const byV1 = await mount({}, { src: feedUrl(v1), 'partner-id': 'pp-camille-ferrand' });
    const edited = { ...feedOf([profile()]), partners: [{ ...entry(), consents: profile().consents }] };
    const byFeeds = await mount({ feeds: [edited] as unknown as PublicFeed[] }, { 'partner-id': 'pp-camille-ferrand' });
    for (const el of [bySrc, byV1, byFeeds]) {
      await vi.waitFor(() => expect(text(el)).toContain('(format 2)'));
      expect(root(el).innerHTML).not.toMatch(REGISTRY_WORDS);
      expect(root(el).querySelector('article')).toBeNull();
    }
    const warnings = warn.mock.calls.map((c) => String(c[0]));
    expect(warnings.filter((w) => w.includes(PUBLISH_HINT))).toHaveLength(3);
    expect(warnings.find((w) => w.includes(FIXTURE_REGISTRY))).toBeDefined();
  });
});

describe('<pp-partner-card>: hostile data stays text', () => {
  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '{{constructor.constructor("window.__pwned=1")()}}',
  ];

  it('renders HTML payloads in every text field literally, and runs none of them', async () => {
    const [a, b, c, d] = payloads as [string, string, string, string];
    const hostile = entry(
      { contact: true },
      {
        name: { display: a },
        photo: { url: PHOTO, alt: b },
        association: { name: c, mandated: false },
        projects: [{ title: d }],
        abilities: [a],
        experience: { themes: [b], caregiver: false, text: c },
        trainings: [{ kind: 'other', label: a, issuer: b, validatedBy: { by: 'CH', date: '2026-01-01' } }],
        territory: { departement: '13', commune: d, remote: false },
      },
    );
    const el = await mount({ partner: hostile, establishment: { ...establishment, name: a } });
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(root(el).querySelector('script, img[src="x"], svg[onload], [onerror]')).toBeNull();
    expect(root(el).querySelector('h3')?.textContent).toBe(a);
    expect(text(el)).toContain(c);
    expect(root(el).querySelector('img')?.alt).toBe(b);
  });

  it('refuses javascript: and data: links: the entry is rejected with a readable message', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ partner: { ...entry(), projects: [{ title: 'x', url: 'javascript:alert(1)' }] }, establishment });
    expect(root(el).querySelector('a[href^="javascript"]')).toBeNull();
    expect(text(el)).toContain(
      'Ce profil ne peut pas être affiché : Champ projects[0].url : adresse web attendue (https: ou http:)',
    );
    expect(warn).toHaveBeenCalled();
    const data = await mount({ partner: { ...entry(), photo: { url: 'data:image/svg+xml,<svg/>', alt: 'x' } }, establishment });
    expect(root(data).querySelector('img[src]')).toBeNull();
    expect(text(data)).toContain('photo.url');
  });
});

describe('<pp-partner-card>: bad input gets a clear message, never a blank box or an exception', () => {
  it('an invalid entry: message in the widget, in French or English, a console warning and pp-error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const failed = vi.fn();
    document.body.addEventListener('pp-error', failed);
    const el = await mount({ partner: { id: 'x' } as unknown as PublicPartnerEntry });
    expect(text(el)).toMatch(/^Ce profil ne peut pas être affiché : Champ \w+ : valeur requise/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[binome] <pp-partner-card>'));
    expect(failed).toHaveBeenCalledOnce();
    const en = await mount({ partner: 42 as unknown as PublicPartnerEntry }, { lang: 'en' });
    expect(text(en)).toContain('This profile cannot be shown: Data: expected an object');
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  it('an invalid heading-level or variant warns and falls back', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ partner: entry(), establishment }, { 'heading-level': '9', variant: 'huge' });
    expect(root(el).querySelector('h3')).not.toBeNull();
    expect(root(el).querySelector('.card--full')).not.toBeNull();
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(
      expect.arrayContaining([expect.stringContaining('heading-level="9"'), expect.stringContaining('variant="huge"')]),
    );
  });

  it('says so when it is given no data at all, with pp-error', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen = outcomes();
    const el = await mount();
    await vi.waitFor(() => expect(text(el)).toContain('Aucune donnée'), { timeout: 3000 });
    await vi.waitFor(() => expect(seen.map((e) => e.type)).toEqual(['pp-error']));
  });
});

describe('<pp-partner-card src partner-id>: from public feeds', () => {
  const feed = feedOf([profile(), profile({}, { id: 'pp-other', name: { display: 'Karim B.' }, gender: 'm' })]);

  it('loads the partner from the feed, with the feed’s establishment as contact', async () => {
    const el = await mount({}, { src: feedUrl(feed), 'partner-id': 'pp-other' });
    await vi.waitFor(() => expect(root(el).querySelector('h3')?.textContent).toBe('Karim B.'));
    expect(root(el).querySelector('.roles')?.textContent).toBe('Patient partenaire');
    expect(root(el).querySelector('a[href^="mailto:partenariat@"]')).not.toBeNull();
    expect(shown(el).establishment).toEqual(establishment);
  });

  it('reads a published feed whose photos are relative to it: resolved against the feed’s URL', async () => {
    const el = await mount({}, { src: FIXTURE_FEED, 'partner-id': 'pp-001' });
    await vi.waitFor(() => expect(root(el).querySelector('h3')?.textContent).toBe('Camille F.'));
    const img = root(el).querySelector('img')!;
    expect(img.src).toBe(PHOTO);
    await vi.waitFor(() => expect(img.complete && img.naturalWidth).toBe(80));
  });

  it('an unknown id and a withdrawn person look the same: pp-load, not shown', async () => {
    const seen = outcomes();
    const gone = feedOf([profile({ listing: false })]);
    const a = await mount({}, { src: feedUrl(gone), 'partner-id': 'pp-camille-ferrand' });
    const b = await mount({}, { src: feedUrl(feed), 'partner-id': 'nobody' });
    await vi.waitFor(() => expect(text(a)).toContain("n'est pas (ou plus) présenté ici"));
    await vi.waitFor(() => expect(text(b)).toContain("n'est pas (ou plus) présenté ici"));
    expect(seen).toEqual([
      { type: 'pp-load', detail: { id: 'pp-camille-ferrand', shown: false } },
      { type: 'pp-load', detail: { id: 'nobody', shown: false } },
    ]);
  });

  it('unreachable, unreadable or invalid feeds: a short polite message, the fallback content, a warning, pp-error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen = outcomes();
    const down = await mount({}, { src: 'http://127.0.0.1:9/partenaires.json', 'partner-id': 'a' });
    down.innerHTML = '<a href="/annuaire.pdf">Annuaire (PDF)</a>';
    const broken = await mount({}, { src: feedUrl('{oops'), 'partner-id': 'a' });
    const invalid = await mount({}, { src: feedUrl({ ...feed, establishment: undefined }), 'partner-id': 'a' });
    await vi.waitFor(() => expect(text(down)).toContain('La liste des patients partenaires est inaccessible pour le moment.'), {
      timeout: 9000,
    });
    expect(root(down).querySelector('slot')?.assignedElements()[0]?.textContent).toBe('Annuaire (PDF)');
    await vi.waitFor(() => expect(text(broken)).toContain("n'est pas un fichier JSON lisible"));
    await vi.waitFor(() =>
      expect(text(invalid)).toContain(
        'La liste des patients partenaires ne peut pas être affichée : Champ establishment : valeur requise',
      ),
    );
    expect(warn).toHaveBeenCalledTimes(3);
    expect(seen.map((e) => e.type)).toEqual(['pp-error', 'pp-error', 'pp-error']);
  });

  it('without partner-id: says what is missing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({}, { src: feedUrl(feed) });
    expect(text(el)).toContain("l'attribut partner-id est manquant");
  });
});

describe('<pp-partner-card>: several feeds (a GHT)', () => {
  const other = { name: 'CH des Trois-Rivières (fictif)', contactEmail: 'usagers@ch-trois-rivieres.example.org' };
  const valmont = feedOf([profile({}, { id: 'pp-1', name: { display: 'Camille F.' } })]);
  const rivieres = feedOf(
    [profile({}, { id: 'pp-1', name: { display: 'Ousmane D.' } }), profile({}, { id: 'tr-2', name: { display: 'Maëlle Q.' } })],
    other,
  );

  it('`src` with several URLs: the first feed that has the id, contacted through its own establishment', async () => {
    const el = await mount({}, { src: `${feedUrl(valmont)} ${feedUrl(rivieres)}`, 'partner-id': 'tr-2' });
    await vi.waitFor(() => expect(root(el).querySelector('h3')?.textContent).toBe('Maëlle Q.'));
    expect(root(el).querySelector('a[href^="mailto:usagers@ch-trois-rivieres"]')).not.toBeNull();
    expect(shown(el).establishment).toEqual(other);
    // An id repeated across feeds is a different person in each: the first feed's here.
    const first = await mount({}, { src: `${feedUrl(valmont)} ${feedUrl(rivieres)}`, 'partner-id': 'pp-1' });
    await vi.waitFor(() => expect(root(first).querySelector('h3')?.textContent).toBe('Camille F.'));
  });

  it('the `feeds` property: feeds the host loaded itself', async () => {
    const el = await mount({ feeds: [valmont, rivieres] }, { 'partner-id': 'tr-2' });
    expect(root(el).querySelector('h3')?.textContent).toBe('Maëlle Q.');
  });

  it('one failed feed: the partner from another is shown; not found anywhere, the message names the failed feed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const missing = 'http://127.0.0.1:9/autre.json';
    const found = await mount({}, { src: `${missing} ${feedUrl(rivieres)}`, 'partner-id': 'tr-2' });
    await vi.waitFor(() => expect(root(found).querySelector('h3')?.textContent).toBe('Maëlle Q.'), { timeout: 9000 });
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain(missing);
    const seen = outcomes();
    const notFound = await mount({}, { src: `${missing} ${feedUrl(rivieres)}`, 'partner-id': 'nobody' });
    await vi.waitFor(() => expect(text(notFound)).toContain(`Annuaire « ${missing} » non affiché`), { timeout: 9000 });
    expect(seen.map((e) => e.type)).toEqual(['pp-error']);
  });
});

describe('<pp-partner-card>: accessibility', () => {
  it('has no axe violation, full and compact, French and English, named and anonymous', async () => {
    await mount({
      partner: entry({ contact: true }, { contact: { email: 'c@example.org', phone: '+33 6 00 00 00 01' } }),
      establishment,
    });
    await mount({ partner: entry({ name: false, photo: false }), establishment }, { variant: 'compact', lang: 'en' });
    await mount({ feeds: [feedOf([profile({ listing: false })])] }, { 'partner-id': 'pp-camille-ferrand' });
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('is an article labelled by its heading; every link is reachable with the keyboard, with a visible focus', async () => {
    const before = document.createElement('button');
    before.textContent = 'avant';
    document.body.append(before);
    const el = await mount({ partner: entry(), establishment });
    const article = root(el).querySelector('article')!;
    expect(root(el).getElementById(article.getAttribute('aria-labelledby')!)?.textContent).toBe('Camille F.');
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 3; i++) {
      await userEvent.tab();
      const active = root(el).activeElement as HTMLElement | null;
      if (active) {
        reached.push(active.textContent!.replace(/\s+/g, ' ').trim());
        expect(getComputedStyle(active).outlineStyle).toBe('solid');
      }
    }
    expect(reached).toEqual([
      'Ateliers « Vivre avec son diabète »',
      "Écrire à l'établissement au sujet de Camille F.",
      "Formulaire de contact de l'établissement au sujet de Camille F. (nouvelle fenêtre)",
    ]);
  });

  it('does not scroll sideways at 320 px', async () => {
    const box = document.createElement('div');
    box.style.width = '320px';
    document.body.append(box);
    const el = await mount(
      {
        partner: entry(
          { contact: true },
          { contact: { url: 'https://a-very-long-personal-website-address.example.org/with/a/long/path' } },
        ),
        establishment,
      },
      {},
      box,
    );
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    expect(root(el).querySelector('article')!.scrollWidth).toBeLessThanOrEqual(320);
  });
});

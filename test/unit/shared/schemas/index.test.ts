import { describe, expect, it } from 'vitest';
import { safeParseWithMessage } from '../../../../shared/i18n/validation';
import { AnnotationSchema, codePointToUtf16Offset, utf16ToCodePointOffset } from '../../../../shared/schemas/annotation';
import { CharterRecordSchema } from '../../../../shared/schemas/charter';
import {
  ChecklistEvaluationSchema,
  ChecklistHistorySchema,
  countAnswers,
  sortEvaluationsByDate,
} from '../../../../shared/schemas/checklist';
import { LibraryItemSchema } from '../../../../shared/schemas/clip';
import { ConsentSchema, DepartementSchema, IsoDateTimeSchema, isSafeUrl } from '../../../../shared/schemas/common';
import {
  displayableTitles,
  displayName,
  hasCapacity,
  hasConsent,
  isListable,
  isMatchable,
  PartnerProfileSchema,
} from '../../../../shared/schemas/partner';
import { ProjectNeedSchema, ProjectSchema } from '../../../../shared/schemas/project';
import { parsePartnerRegistry } from '../../../../shared/schemas/registry';
import { charterText } from '../../../../shared/vocab/charter';
import { makePartner, validPartner } from '../../../fixtures/partners';

const HASH = 'a'.repeat(64);

function messages(schema: Parameters<typeof safeParseWithMessage>[0], data: unknown): { fr: string; en: string } {
  const fr = safeParseWithMessage(schema, data, 'fr');
  const en = safeParseWithMessage(schema, data, 'en');
  if (fr.ok || en.ok) throw new Error('expected a validation failure');
  return { fr: fr.message, en: en.message };
}

describe('common', () => {
  it('accepts only safe URL schemes', () => {
    for (const url of [
      'https://example.org/a?b=c#d',
      'http://localhost:8080/',
      'mailto:contact@example.org',
      'tel:+33491000000',
    ]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.org',
      ' https://example.org',
      'https://exa mple.org',
      'https:/example.org',
      'https:\\\\example.org',
      '/relative/path',
      'example.org',
      '',
      42,
    ]) {
      expect(isSafeUrl(url), String(url)).toBe(false);
    }
  });

  it('validates département codes', () => {
    for (const code of ['01', '13', '2A', '2B', '75', '95', '971', '976']) {
      expect(DepartementSchema.safeParse(code).success, code).toBe(true);
    }
    for (const code of ['00', '20', '2C', '96', '13000', '1', '2a', '970']) {
      expect(DepartementSchema.safeParse(code).success, code).toBe(false);
    }
  });

  it('requires date-times with an offset', () => {
    expect(IsoDateTimeSchema.safeParse('2026-05-28T14:03:00+02:00').success).toBe(true);
    expect(IsoDateTimeSchema.safeParse('2026-05-28T12:03:00Z').success).toBe(true);
    expect(IsoDateTimeSchema.safeParse('2026-05-28T14:03:00').success).toBe(false);
    expect(ConsentSchema.safeParse({ granted: true, date: '2026-02-30' }).success).toBe(false);
  });
});

describe('PartnerProfile', () => {
  it('accepts the shared fixture unchanged', () => {
    const result = PartnerProfileSchema.safeParse(validPartner);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(validPartner);
  });

  it('fills omitted lists with empty ones', () => {
    const { titles, missions, domains, languages, ...rest } = structuredClone(validPartner);
    const result = PartnerProfileSchema.safeParse(rest);
    expect(result.success).toBe(true);
    expect(result.data?.titles).toEqual([]);
    expect(result.data?.languages).toEqual([]);
  });

  it('rejects a mission outside the listed domains', () => {
    const partner = makePartner({ missions: ['recherche.analyse.1'] });
    const { fr, en } = messages(PartnerProfileSchema, partner);
    expect(fr).toBe('Champ missions[0] : mission hors des domaines choisis');
    expect(en).toBe('Field missions[0]: mission outside the chosen domains');
  });

  it('requires an issuer on every training', () => {
    const partner = makePartner({ trainings: [{ kind: 'du', issuer: '   ' }] });
    expect(messages(PartnerProfileSchema, partner).fr).toBe('Champ trainings[0].issuer : ne doit pas être vide');
    const { issuer, ...noIssuer } = validPartner.trainings[0] ?? { issuer: '' };
    const missing = { ...structuredClone(validPartner), trainings: [noIssuer] };
    expect(messages(PartnerProfileSchema, missing)).toEqual({
      fr: 'Champ trainings[0].issuer : valeur requise',
      en: 'Field trainings[0].issuer: required value',
    });
  });

  it('explains unknown enum values and wrong types', () => {
    const partner = { ...structuredClone(validPartner), statuses: ['retraité'] };
    expect(messages(PartnerProfileSchema, partner).fr).toBe(
      'Champ statuses[0] : valeur attendue : benevole, salarie, prestataire, vacataire',
    );
    const wrong = { ...structuredClone(validPartner), load: { activeMissions: -1 } };
    expect(messages(PartnerProfileSchema, wrong).en).toBe('Field load.activeMissions: must be at least 0');
    const photo = { ...structuredClone(validPartner), photo: { url: 'javascript:alert(1)', alt: 'x' } };
    expect(messages(PartnerProfileSchema, photo).fr).toBe('Champ photo.url : adresse web attendue (https: ou http:)');
    const territory = { ...structuredClone(validPartner), territory: { departement: '20', remote: false } };
    expect(messages(PartnerProfileSchema, territory).fr).toBe(
      'Champ territory.departement : code de département attendu (ex. 13, 2A, 971)',
    );
  });

  it('requires at least one name part when a name is given', () => {
    const partner = makePartner({ name: {} });
    expect(messages(PartnerProfileSchema, partner).fr).toBe("Champ name : indiquer au moins un prénom, un nom ou un nom d'usage");
  });

  it('shows only the titles the establishment validated', () => {
    expect(displayableTitles(validPartner).map((t) => t.role)).toEqual(['patient_partenaire']);
    expect(displayableTitles(makePartner({ titles: [{ role: 'patient_expert' }] }))).toEqual([]);
  });

  it('reads consents, withdrawal included', () => {
    expect(hasConsent(validPartner, 'listing')).toBe(true);
    expect(hasConsent(validPartner, 'contact')).toBe(false);
    const withdrawn = makePartner({
      consents: { ...validPartner.consents, listing: { granted: false, date: '2026-01-10' } },
    });
    expect(isListable(withdrawn)).toBe(false);
    expect(isMatchable(withdrawn)).toBe(true);
    const forgotten = makePartner({
      consents: { ...validPartner.consents, keepData: { granted: false, date: '2026-01-10' } },
    });
    expect(hasConsent(forgotten, 'name')).toBe(false);
    expect(isListable(forgotten)).toBe(false);
    expect(isMatchable(forgotten)).toBe(false);
    expect(displayName(forgotten)).toBeUndefined();
    expect(displayName(validPartner)).toBe('Camille F.');
  });

  it('excludes a manager of the establishment from listing and matching (guide 3.3)', () => {
    const manager = makePartner({ managesEstablishment: true });
    expect(PartnerProfileSchema.safeParse(manager).success).toBe(true);
    expect(isListable(manager)).toBe(false);
    expect(isMatchable(manager)).toBe(false);
  });

  it('tells whether the person can take one more mission', () => {
    expect(hasCapacity(validPartner)).toBe(true);
    expect(hasCapacity(makePartner({ load: { activeMissions: 3, maxMissions: 3 } }))).toBe(false);
    expect(hasCapacity(makePartner({ load: { activeMissions: 9 } }))).toBe(true);
  });
});

describe('partner feed', () => {
  const feed = {
    establishment: { name: "CH de l'Étang-Bleu (fictif)", contactEmail: 'partenariat@example.org' },
    partners: [makePartner({ id: 'p1' }), makePartner({ id: 'p2' }), makePartner({ id: 'p3' }), makePartner({ id: 'p4' })],
  };

  it('parses a feed, as an object or as JSON text', () => {
    expect(parsePartnerRegistry(feed).ok).toBe(true);
    const fromText = parsePartnerRegistry(JSON.stringify(feed));
    expect(fromText.ok && fromText.data.partners).toHaveLength(4);
  });

  it('names the faulty partner field in French and English', () => {
    const broken = structuredClone(feed) as { partners: Record<string, unknown>[] };
    (broken.partners[3] as Record<string, unknown>).name = 'Camille';
    const fr = parsePartnerRegistry(broken);
    const en = parsePartnerRegistry(broken, 'en');
    expect(!fr.ok && fr.message).toBe('Champ partners[3].name : objet attendu');
    expect(!en.ok && en.message).toBe('Field partners[3].name: expected an object');
  });

  it('rejects duplicate partner ids and unreadable JSON', () => {
    const duplicated = { ...feed, partners: [makePartner(), makePartner()] };
    const result = parsePartnerRegistry(duplicated);
    expect(!result.ok && result.message).toBe('Champ partners[1].id : identifiant en double');
    const json = parsePartnerRegistry('{"establishment": ', 'en');
    expect(!json.ok && json.message).toBe('Data: unreadable JSON');
  });
});

describe('Project and ProjectNeed', () => {
  const need = {
    title: "Co-animer le programme d'ETP diabète",
    domain: 'parcours_soins',
    missions: ['parcours_soins.etp.1'],
    experienceThemes: ['diabete'],
    caregiverSought: false,
    territory: { departement: '13', remoteAccepted: true },
    slots: ['weekday'],
    duration: 'durable',
    offer: ['benevolat_defraiement', 'vacation'],
    requiredTrainings: ['etp_40h'],
  };

  it('accepts a need and asks for 2 partners by default (HAS: at least 2)', () => {
    const result = ProjectNeedSchema.safeParse(need);
    expect(result.success).toBe(true);
    expect(result.data?.count).toBe(2);
    expect(ProjectNeedSchema.safeParse({ ...need, count: 0 }).success).toBe(false);
  });

  it('rejects missions of another domain', () => {
    expect(messages(ProjectNeedSchema, { ...need, missions: ['recherche.analyse.1'] }).fr).toBe(
      'Champ missions[0] : mission hors du domaine choisi',
    );
  });

  it('checks project dates', () => {
    const project = {
      id: 'proj-etp-diabete',
      title: 'Programme ETP diabète',
      domain: 'parcours_soins',
      missions: ['parcours_soins.etp.1'],
      dates: { start: '2026-09-01', end: '2027-06-30' },
      partnerIds: ['pp-camille-ferrand'],
      need,
    };
    expect(ProjectSchema.safeParse(project).success).toBe(true);
    const reversed = { ...project, dates: { start: '2026-09-01', end: '2026-01-01' } };
    expect(messages(ProjectSchema, reversed).en).toBe('Field dates.end: the end date is before the start date');
  });
});

describe('ChecklistEvaluation and ChecklistHistory', () => {
  const evaluation = {
    schemaVersion: 1,
    id: 'eval-2026-03',
    projectTitle: 'Programme ETP diabète',
    date: '2026-03-15',
    filledBy: [
      { name: 'Camille F.', role: 'Patiente partenaire' },
      { name: 'Dr A. Martin (fictif)', role: 'Médecin coordonnateur' },
    ],
    answers: {
      'has.1': { answer: 'oui' },
      'has.2': { answer: 'en_cours', comment: 'Un second patient partenaire rejoint en avril.' },
      'has.3': { answer: null },
      'equipe.1': { answer: 'non' },
    },
    extraCriteria: [{ id: 'equipe.1', label: 'Un temps de régulation mensuel est-il prévu ?' }],
  };

  it('accepts an evaluation and counts its answers', () => {
    const result = ChecklistEvaluationSchema.safeParse(evaluation);
    expect(result.success).toBe(true);
    if (result.success) expect(countAnswers(result.data)).toEqual({ oui: 1, non: 1, en_cours: 1, unanswered: 8 });
  });

  it('reserves the has. prefix and rejects unknown criteria', () => {
    const reserved = { ...evaluation, extraCriteria: [{ id: 'has.11', label: 'Critère maison' }] };
    const { fr } = messages(ChecklistEvaluationSchema, reserved);
    expect(fr).toMatch(/^Champ extraCriteria\[0\]\.id : identifiant réservé aux critères HAS/);
    const unknown = { ...evaluation, answers: { 'has.42': { answer: 'oui' } } };
    expect(messages(ChecklistEvaluationSchema, unknown).fr).toBe('Champ answers["has.42"] : critère inconnu');
    const badAnswer = { ...evaluation, answers: { 'has.1': { answer: 'peut-être' } } };
    expect(messages(ChecklistEvaluationSchema, badAnswer).en).toBe(
      'Field answers["has.1"].answer: expected one of: oui, non, en_cours',
    );
  });

  it('requires the history sorted by date', () => {
    const later = { ...evaluation, id: 'eval-2026-06', date: '2026-06-15' };
    expect(ChecklistHistorySchema.safeParse({ projectTitle: 'P', evaluations: [evaluation, later] }).success).toBe(true);
    expect(messages(ChecklistHistorySchema, { projectTitle: 'P', evaluations: [later, evaluation] }).fr).toBe(
      'Champ evaluations[1].date : les évaluations doivent être classées par date',
    );
    expect(sortEvaluationsByDate([later, evaluation]).map((e) => e.id)).toEqual(['eval-2026-03', 'eval-2026-06']);
  });
});

describe('CharterRecord', () => {
  const record = {
    schemaVersion: 1,
    charter: {
      projectTitle: 'Programme ETP diabète',
      locale: 'fr',
      paragraphs: charterText('Programme ETP diabète', 'fr'),
      extraClauses: [],
      source: 'HAS, « Partenariat en santé et patients partenaires », guide adopté le 28 mai 2026, annexe 1',
      textHash: HASH,
    },
    signatures: [
      {
        id: 'sig-1',
        signatory: { name: 'Camille Ferrand', role: 'patient_partenaire' },
        mention: 'lu et approuvé',
        method: 'typed',
        typedName: 'Camille Ferrand',
        signedAt: '2026-05-28T14:03:00+02:00',
        textHash: HASH,
        hash: 'b'.repeat(64),
      },
      {
        id: 'sig-2',
        signatory: { name: 'A. Martin', role: 'professionnel_sante', organisation: "CH de l'Étang-Bleu" },
        mention: 'lu et approuvé',
        method: 'drawn',
        drawing: { viewBox: '0 0 300 100', paths: ['M10 80 C 40 10, 65 10, 95 80 S 150 150, 180 80', 'M 5,5 l 10 -2.5e1 z'] },
        signedAt: '2026-05-28T12:10:00Z',
        textHash: HASH,
        hash: 'c'.repeat(64),
      },
    ],
    recordHash: 'd'.repeat(64),
  };

  it('accepts typed and drawn signatures', () => {
    expect(CharterRecordSchema.safeParse(record).success).toBe(true);
  });

  it('requires what each method needs', () => {
    const typed = structuredClone(record);
    delete (typed.signatures[0] as { typedName?: string }).typedName;
    expect(messages(CharterRecordSchema, typed).fr).toBe(
      'Champ signatures[0].typedName : nom saisi requis pour une signature tapée',
    );
    const drawn = structuredClone(record);
    delete (drawn.signatures[1] as { drawing?: unknown }).drawing;
    expect(messages(CharterRecordSchema, drawn).en).toBe('Field signatures[1].drawing: drawing required for a drawn signature');
  });

  it('accepts only SVG path data in drawings', () => {
    const injected = structuredClone(record);
    (injected.signatures[1] as { drawing: { paths: string[] } }).drawing.paths = ['M0 0"/><script>alert(1)</script>'];
    expect(messages(CharterRecordSchema, injected).fr).toBe('Champ signatures[1].drawing.paths[0] : tracé SVG invalide');
  });

  it('requires an offset on signedAt and lowercase SHA-256 hashes', () => {
    const local = structuredClone(record);
    (local.signatures[0] as { signedAt: string }).signedAt = '2026-05-28T14:03:00';
    expect(messages(CharterRecordSchema, local).fr).toBe(
      'Champ signatures[0].signedAt : date et heure ISO 8601 avec fuseau attendues',
    );
    const upper = { ...structuredClone(record), recordHash: 'D'.repeat(64) };
    expect(messages(CharterRecordSchema, upper).en).toBe('Field recordHash: SHA-256 hash expected (64 hexadecimal characters)');
  });
});

describe('LibraryItem', () => {
  const item = {
    schemaVersion: 1,
    id: 'clip-0001',
    url: 'https://example.org/guide-partenariat.pdf',
    title: 'Partenariat en santé et patients partenaires',
    authors: ['Haute Autorité de santé'],
    publishedAt: '2026-05-28',
    modifiedAt: '2026-06-01T10:00:00',
    siteName: 'HAS',
    lang: 'fr',
    doi: '10.1234/abcd.5678',
    citation: { publisher: 'HAS', pdfUrl: 'https://example.org/guide.pdf', issn: '1234-567X' },
    isPdf: true,
    consultedAt: '2026-06-02T09:00:00+02:00',
    createdAt: '2026-06-02T09:00:00+02:00',
    updatedAt: '2026-06-02T09:05:00+02:00',
    excerpts: ['Les 3 principes du partenariat avec les patients sont :'],
    resourceType: 'guide',
    domains: ['offre_soins'],
    tags: ['charte'],
    projectIds: [],
  };

  it('accepts a clip and defaults the note to empty', () => {
    const result = LibraryItemSchema.safeParse(item);
    expect(result.success).toBe(true);
    expect(result.data?.note).toBe('');
  });

  it('rejects unsafe or malformed fields', () => {
    expect(messages(LibraryItemSchema, { ...item, url: 'javascript:alert(1)' }).fr).toBe(
      'Champ url : adresse web attendue (https: ou http:)',
    );
    expect(messages(LibraryItemSchema, { ...item, doi: 'doi:10.1/x' }).en).toBe('Field doi: invalid DOI (e.g. 10.1234/abcd)');
    expect(messages(LibraryItemSchema, { ...item, resourceType: 'blog' }).fr).toBe('Champ resourceType : valeur non reconnue');
  });
});

describe('Annotation', () => {
  const annotation = {
    id: 'ann-1',
    itemId: 'clip-0001',
    source: 'https://example.org/page',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'co-décision', prefix: 'principes : ', suffix: ', co-conduite' },
      { type: 'TextPositionSelector', start: 120, end: 131 },
      { type: 'CssSelector', value: 'main article p:nth-of-type(3)' },
    ],
    colour: 'yellow',
    note: 'À citer dans la charte.',
    created: '2026-06-02T09:10:00+02:00',
    modified: '2026-06-02T09:10:00+02:00',
  };

  it('accepts the three selectors', () => {
    expect(AnnotationSchema.safeParse(annotation).success).toBe(true);
    expect(AnnotationSchema.safeParse({ ...annotation, orphan: true }).success).toBe(true);
  });

  it('rejects an end before the start and unknown selectors', () => {
    const reversed = { ...annotation, selectors: [{ type: 'TextPositionSelector', start: 10, end: 2 }] };
    expect(messages(AnnotationSchema, reversed).fr).toBe(
      'Champ selectors[0].end : la fin doit être supérieure ou égale au début',
    );
    const unknown = { ...annotation, selectors: [{ type: 'XPathSelector', value: '/html' }] };
    expect(safeParseWithMessage(AnnotationSchema, unknown, 'fr').ok).toBe(false);
    expect(messages(AnnotationSchema, { ...annotation, selectors: [] }).en).toBe('Field selectors: empty list');
  });

  it('converts code-point offsets to and from JS string indexes', () => {
    const text = 'a😀b€c';
    expect([...text]).toHaveLength(5);
    expect(codePointToUtf16Offset(text, 2)).toBe(3);
    expect(text.slice(codePointToUtf16Offset(text, 2), codePointToUtf16Offset(text, 4))).toBe('b€');
    expect(utf16ToCodePointOffset(text, 3)).toBe(2);
    expect(utf16ToCodePointOffset(text, 99)).toBe(5);
    expect(codePointToUtf16Offset(text, 99)).toBe(text.length);
  });
});

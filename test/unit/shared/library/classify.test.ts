import { describe, expect, it } from 'vitest';
import { classify, classifyPage } from '../../../../shared/library/classify';
import { fixtureMetadata } from '../../../helpers/library-fixtures';

const at = (file: string) => fixtureMetadata(file, `http://127.0.0.1:4000/pages/${file}`);

describe('classify: transparent keyword suggestions', () => {
  it('suggests "guide" and the care-offer and care-pathway domains for the HAS-like guide', () => {
    const result = classifyPage(at('has-guide.html'));
    expect(result.resourceType).toBe('guide');
    expect(result.domains.map((d) => d.id)).toEqual(['offre_soins', 'parcours_soins']);
    // Transparent: every suggestion says which cue was found, where, how often.
    const offre = result.domains[0];
    expect(offre?.evidence).toContainEqual({ cue: 'CREX', field: 'text', count: 1 });
    expect(result.types[0]?.evidence.some((e) => e.cue === 'guide' && e.field === 'title')).toBe(true);
  });

  it('suggests "article scientifique" from the DOI / PMID, and training + research domains', () => {
    const result = classifyPage(at('scholarly-article.html'));
    expect(result.resourceType).toBe('article_scientifique');
    expect(result.types[0]?.evidence[0]).toEqual({ cue: 'ScholarlyArticle', field: 'metadata', count: 1 });
    expect(result.domains.map((d) => d.id)).toEqual(['formation_enseignement', 'recherche']);
    expect(result.tags).toEqual(['patient partenaire', 'formation médicale', 'étude qualitative']);
  });

  it('suggests "événement" for the event page', () => {
    expect(classifyPage(at('event.html')).resourceType).toBe('evenement');
  });

  it('says "autre" and suggests nothing when nothing matches', () => {
    const result = classifyPage(at('no-metadata.html'));
    expect(result.resourceType).toBe('autre');
    expect(result.domains).toEqual([]);
    expect(result.tags).toEqual([]);
  });

  it('matches acronyms only in capitals: « du » is not a DU', () => {
    const plain = classify({ title: 'Le rôle du patient', text: 'Le partage du vécu du patient.' });
    expect(plain.types.find((t) => t.id === 'formation')).toBeUndefined();
    const du = classify({ title: 'DU partenariat patient-soignant', text: '' });
    expect(du.types.find((t) => t.id === 'formation')?.evidence).toContainEqual({ cue: 'DU', field: 'title', count: 1 });
  });

  it('ignores accents, case and plurals, and caps repeated words', () => {
    const a = classify({ title: 'COLLOQUES', text: 'Patients et soignants de l’hôpital.' });
    expect(a.resourceType).toBe('evenement');
    const spam = classify({ title: 'Page', text: 'recherche '.repeat(200) });
    // A weak cue: 200 occurrences count as 3, score 3, and suggest nothing.
    expect(spam.domainScores[0]).toMatchObject({ id: 'recherche', score: 3 });
    expect(spam.domains).toEqual([]);
  });

  it('suggests health themes as tags, in the chosen language', () => {
    const fr = classify({ title: 'Vivre avec le diabète', text: 'insuline et diabète' }, 'fr');
    expect(fr.tags).toContain('Diabète');
    const en = classify({ title: 'Vivre avec le diabète', text: 'insuline et diabète' }, 'en');
    expect(en.tags).toContain('Diabetes');
  });
});

/** Where a domain's score comes from, as the popup would say it: cue and field. */
const cuesOf = (result: ReturnType<typeof classify>, id: string) =>
  result.domainScores.find((d) => d.id === id)?.evidence.map((e) => `${e.cue} @ ${e.field}`) ?? [];

describe('classify: the failures quoted in issue 20 stay fixed', () => {
  it('recognises feminine forms: « pair-aidante », « patiente formatrice », « chercheuse »', () => {
    const pairAidante = classify({
      title: 'Portrait : Nadia, pair-aidante en psychiatrie',
      description: 'Nadia est pair-aidante dans un centre médico-psychologique.',
      text: 'Elle soutient les personnes qui sortent de l’hôpital.',
    });
    expect(cuesOf(pairAidante, 'parcours_soins')).toContain('pair-aidant @ title');
    expect(pairAidante.domains.map((d) => d.id)).toEqual(['parcours_soins']);

    const formatrice = classify({
      title: '« Je suis patiente formatrice à la faculté de médecine »',
      text: 'Sandrine intervient auprès des étudiants en médecine depuis trois ans.',
    });
    expect(cuesOf(formatrice, 'formation_enseignement')).toContain('patient formateur @ title');
    expect(formatrice.domains.map((d) => d.id)).toEqual(['formation_enseignement']);

    const chercheuse = classify({
      title: 'Une chercheuse et trois patientes co-chercheuses étudient l’endométriose',
      text: 'Le projet de recherche associe des femmes malades à toutes les étapes.',
    });
    expect(cuesOf(chercheuse, 'recherche')).toEqual(
      expect.arrayContaining(['chercheur @ title', 'co-chercheur @ title', 'projet de recherche @ text']),
    );
    expect(chercheuse.domains.map((d) => d.id)).toEqual(['recherche']);
  });

  it('does not take « Recherche d’emploi » for research, even on a health site', () => {
    const jobs = classify({
      title: "Recherche d'emploi : les étapes pour retrouver un travail",
      description: 'CV, candidatures, entretiens : organisez votre recherche d’emploi.',
    });
    expect(jobs.domains).toEqual([]);
    const hospitalJobs = classify({
      title: "Recherche d'emploi : les métiers du soin à l'hôpital",
      text: "Infirmiers, aides-soignants, médecins : l'hôpital recrute. Votre recherche d'un emploi commence ici.",
    });
    expect(cuesOf(hospitalJobs, 'recherche')).toEqual([]);
    expect(hospitalJobs.domains).toEqual([]);
  });

  it('does not take a pastry course for « Formation et enseignement »', () => {
    const pastry = classify({
      title: 'Cours de pâtisserie pour adultes – Formation CAP Pâtissier',
      description: 'Préparez le CAP avec nos cours du soir. Enseignement par des chefs.',
      text: 'Nos enseignants sont des chefs pâtissiers diplômés. Formation éligible au CPF.',
      kinds: ['Course'],
    });
    expect(pastry.topic.onTopic).toBe(false);
    expect(pastry.domains).toEqual([]);
    expect(pastry.resourceType).toBe('autre');
  });

  it('does not read « … DU DIMANCHE » in an all-caps title as a university diploma', () => {
    const market = classify({ title: 'LE MARCHÉ DU DIMANCHE', text: 'Chaque dimanche, soixante commerçants.' });
    expect(market.types.find((t) => t.id === 'formation')).toBeUndefined();
    expect(market.domainScores.find((d) => d.id === 'formation_enseignement')).toBeUndefined();
    // Even on a health page: the capitals are shouting, not an acronym.
    const openDay = classify({
      title: 'JOURNÉE PORTES OUVERTES DU DIMANCHE AU CHU',
      text: 'Les soignants présentent leurs services aux patients et aux familles.',
    });
    expect(cuesOf(openDay, 'formation_enseignement')).toEqual([]);
    expect(openDay.resourceType).not.toBe('formation');
  });

  it('does not guess « Article scientifique » from the word « étude »', () => {
    const page = {
      title: 'Étude : les patients attendent moins aux urgences',
      text: 'Selon une étude de l’agence régionale de santé, l’attente aux urgences de l’hôpital a baissé.',
    };
    const news = classify(page);
    expect(news.resourceType).not.toBe('article_scientifique');
    expect(news.domains).toEqual([]);
    // With a DOI it is one.
    expect(classify({ ...page, scholarly: true }).resourceType).toBe('article_scientifique');
  });
});

describe('classify: no suggestion rather than a wrong one', () => {
  it('suggests no type when two are declared as plainly and score alike', () => {
    const result = classify({
      title: 'Guide et charte du patient partenaire',
      text: 'Le guide et la charte sont signés par chaque patient partenaire.',
    });
    expect(result.types.slice(0, 2).map((t) => t.id)).toEqual(expect.arrayContaining(['guide', 'charte_outil']));
    expect(result.resourceType).toBe('autre');
  });

  it('says why nothing is suggested on a page that is not about health', () => {
    const result = classify({ title: 'Tarte aux pommes de grand-mère', text: 'Étalez la pâte, disposez les pommes.' });
    expect(result.topic).toEqual({ onTopic: false, partnership: false, evidence: [] });
    expect(result.domains).toEqual([]);
  });

  it('a training suggests the training domain, and says so', () => {
    const result = classify({
      title: 'Formation « Devenir pair-aidant »',
      description: 'Une formation de six jours pour les personnes qui veulent soutenir des pairs en santé mentale.',
    });
    expect(result.resourceType).toBe('formation');
    expect(result.domains.find((d) => d.id === 'formation_enseignement')?.evidence[0]).toEqual({
      cue: 'Formation',
      field: 'type',
      count: 1,
    });
  });

  it('counts the longer cue only: « patient formateur » is not also a « formateur »', () => {
    const result = classify({ title: 'Un patient formateur à l’hôpital' });
    expect(cuesOf(result, 'formation_enseignement')).toEqual(['patient formateur @ title']);
  });
});

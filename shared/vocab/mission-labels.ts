/**
 * Names of the HAS missions (Tables 3–6, verbatim; see domain-labels.ts for
 * how the text was taken), by mission id: what a partner's card lists. A
 * module of its own, so that code checking mission ids does not carry them;
 * the English names are in mission-labels-en.ts, loaded by English pages
 * (domains.ts pairs both in the full tree).
 */
import type { MissionId } from './domain-labels';

export const MISSION_LABELS_FR: Readonly<Record<MissionId, string>> = {
  'parcours_soins.soutien.1':
    "Apporter un soutien aux personnes à partir de son expérience vécue dans le respect de l'autodétermination des personnes",
  'parcours_soins.aide_parcours.1': 'Repérer des obstacles au parcours et au bien-être des personnes',
  'parcours_soins.aide_parcours.2': 'Expliquer les différentes étapes du parcours de soins',
  'parcours_soins.aide_parcours.3': 'Renforcer les capacités des personnes à agir pour elles-mêmes dans leur parcours de soins',
  'parcours_soins.pouvoir_agir.1':
    "Motiver des patients à l'engagement pour leur propre parcours de soins ou dans l'établissement ou le service",
  'parcours_soins.pouvoir_agir.2':
    "Accompagner les personnes dans l'expression et le traitement de leurs plaintes le cas échéant",
  'parcours_soins.pratiques_pro.1':
    "Participer aux groupes d'analyse de pratiques et aux retours d'expérience, avec un impact potentiel sur les organisations",
  'parcours_soins.recueil_parole.1':
    "Contribuer à l'élaboration et à la diffusion des outils de recueil de la parole des personnes",
  'parcours_soins.recueil_parole.2': 'Motiver des patients à répondre aux recueils et enquêtes',
  'parcours_soins.recueil_parole.3': 'Expliquer des contenus des recueils et enquêtes',
  'parcours_soins.etp.1':
    "Co-élaborer, co-animer et co-évaluer des programmes d'ETP (bilan éducatif partagé, co-animation ou animation d'ateliers...)",
  'parcours_soins.prevention.1':
    "Proposer et construire des actions visant l'adoption de comportements favorables à la santé (messages, méthodes et outils, etc.)",
  'offre_soins.deploiement_partenariat.1':
    "Piloter ou co-piloter la politique de développement et d'animation du partenariat en santé",
  'offre_soins.experience_patient.1': "Co-construire des outils de recueil de l'expérience patient et co-analyser les retours",
  'offre_soins.experience_patient.2':
    "Proposer des synthèses et des actions, à la suite de l'analyse des réponses aux questionnaires de recueil de l'expérience (PREMs), à l'analyse des verbatims e-Satis, etc.",
  'offre_soins.experience_patient.3':
    "Co-construire des actions et programmes en faveur de l'amélioration de l'expérience patient",
  'offre_soins.parcours.1': 'Identifier des étapes de prises en soins à améliorer et aider à les améliorer',
  'offre_soins.retex.1': "Participer aux comités de retour d'expérience (CREX)",
  'offre_soins.risques.1': 'Participer aux groupes de travail dans le domaine de la sécurité des soins',
  'offre_soins.risques.2':
    "Participer à l'information des usagers sur la prévention et la maîtrise de ces risques, y compris dans les situations de crise sanitaire",
  'offre_soins.pratiques_pro.1': 'Participer aux groupes de travail',
  'offre_soins.certification.1': 'Préparer, suivre et participer aux actions en vue de la certification',
  'offre_soins.accessibilite.1': "Veiller à l'accessibilité des locaux",
  'formation_enseignement.conception.1':
    'Co-élaborer des programmes, participer à la rédaction et à la planification des enseignements',
  'formation_enseignement.intervention.1':
    'Co-animer des cours/ateliers, témoignages pédagogiques, participation aux simulations',
  'formation_enseignement.transfert_savoirs.1':
    'Partager du vécu, mise en perspective, analyses réflexives nécessaires aux étudiants',
  'formation_enseignement.modelisation.1':
    'Démontrer des postures collaboratives, des bonnes pratiques sur la communication patient-soignant',
  'formation_enseignement.evaluation.1': "Participer aux évaluations, retours d'expérience, participer aux comités pédagogiques",
  'formation_enseignement.accompagnement_enseignants.1': 'Former des équipes, soutenir la mise en œuvre du partenariat',
  'formation_enseignement.accompagnement_enseignants.2': 'Faciliter la création de communautés de pratiques',
  'formation_enseignement.innovation.1': 'Contribuer à des projets innovants en pédagogie de la santé',
  'formation_enseignement.etp.1': "Co-construire des formations à l'ETP et y intervenir",
  'recherche.impulsion.1': 'Identifier des problématiques de recherche',
  'recherche.conception.1': 'Co-définir des objectifs et protocoles',
  'recherche.ethique_methodo.1': 'Donner son point de vue sur la qualité et la pertinence de la recherche',
  'recherche.ethique_methodo.2': 'Soutenir les exigences éthiques et légales dans les comités dédiés',
  'recherche.recueil_parole.1': 'Animer des entretiens ou des focus groups',
  'recherche.analyse.1': 'Co-analyser et formaliser les résultats',
  'recherche.gouvernance.1': 'Participer aux comités de pilotage',
  'recherche.publications.1':
    "Contribuer à la communication scientifique (signatures d'articles, intervention dans des congrès, etc.)",
  'recherche.publications.2': 'Information vers le public et les participants à la recherche',
};

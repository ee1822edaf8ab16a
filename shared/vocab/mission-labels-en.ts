/** English names of the HAS missions (mission-labels.ts has the French ones, the guide's). */
import type { MissionId } from './domain-labels';

export const MISSION_LABELS_EN: Readonly<Record<MissionId, string>> = {
  'parcours_soins.soutien.1': "Support people on the basis of one's lived experience, respecting their self-determination",
  'parcours_soins.aide_parcours.1': "Identify obstacles to people's care pathway and well-being",
  'parcours_soins.aide_parcours.2': 'Explain the different stages of the care pathway',
  'parcours_soins.aide_parcours.3': "Strengthen people's ability to act for themselves in their care pathway",
  'parcours_soins.pouvoir_agir.1': 'Encourage patients to engage in their own care pathway or in the establishment or service',
  'parcours_soins.pouvoir_agir.2': 'Support people in voicing and handling their complaints, where appropriate',
  'parcours_soins.pratiques_pro.1':
    'Take part in practice-analysis groups and experience-feedback reviews, with a potential impact on organisations',
  'parcours_soins.recueil_parole.1': "Contribute to designing and distributing tools for collecting people's views",
  'parcours_soins.recueil_parole.2': 'Encourage patients to respond to questionnaires and surveys',
  'parcours_soins.recueil_parole.3': 'Explain the content of questionnaires and surveys',
  'parcours_soins.etp.1':
    'Co-design, co-facilitate and co-evaluate TPE programmes (shared educational assessment, co-facilitating or facilitating workshops...)',
  'parcours_soins.prevention.1':
    'Propose and build actions that encourage health-promoting behaviours (messages, methods and tools, etc.)',
  'offre_soins.deploiement_partenariat.1': 'Lead or co-lead the policy for developing and running health partnership',
  'offre_soins.experience_patient.1': 'Co-design tools for collecting patient experience and co-analyse the feedback',
  'offre_soins.experience_patient.2':
    'Propose summaries and actions following the analysis of answers to patient-experience questionnaires (PREMs), the analysis of e-Satis verbatim comments, etc.',
  'offre_soins.experience_patient.3': 'Co-design actions and programmes to improve patient experience',
  'offre_soins.parcours.1': 'Identify stages of care that need improving and help improve them',
  'offre_soins.retex.1': 'Take part in experience-feedback committees (CREX)',
  'offre_soins.risques.1': 'Take part in working groups on patient safety',
  'offre_soins.risques.2':
    'Take part in informing users about preventing and controlling these risks, including during public-health crises',
  'offre_soins.pratiques_pro.1': 'Take part in working groups',
  'offre_soins.certification.1': 'Prepare, follow and take part in the actions leading to certification',
  'offre_soins.accessibilite.1': 'See to the accessibility of the premises',
  'formation_enseignement.conception.1': 'Co-develop curricula, take part in writing and planning the teaching',
  'formation_enseignement.intervention.1': 'Co-teach classes/workshops, educational testimonies, taking part in simulations',
  'formation_enseignement.transfert_savoirs.1':
    'Sharing lived experience, putting it in perspective, the reflective analyses students need',
  'formation_enseignement.modelisation.1':
    'Demonstrate collaborative attitudes and good practice in patient–caregiver communication',
  'formation_enseignement.evaluation.1': 'Take part in evaluations and feedback, take part in teaching committees',
  'formation_enseignement.accompagnement_enseignants.1': 'Train teams, support the implementation of partnership',
  'formation_enseignement.accompagnement_enseignants.2': 'Facilitate the creation of communities of practice',
  'formation_enseignement.innovation.1': 'Contribute to innovative projects in health education',
  'formation_enseignement.etp.1': 'Co-design TPE training courses and teach in them',
  'recherche.impulsion.1': 'Identify research questions',
  'recherche.conception.1': 'Co-define objectives and protocols',
  'recherche.ethique_methodo.1': "Give one's view on the quality and relevance of the research",
  'recherche.ethique_methodo.2': 'Uphold ethical and legal requirements in the dedicated committees',
  'recherche.recueil_parole.1': 'Conduct interviews or focus groups',
  'recherche.analyse.1': 'Co-analyse and formalise the results',
  'recherche.gouvernance.1': 'Take part in steering committees',
  'recherche.publications.1': 'Contribute to scientific communication (co-authoring articles, speaking at conferences, etc.)',
  'recherche.publications.2': 'Informing the public and research participants',
};

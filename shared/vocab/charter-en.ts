/**
 * English translation of the paragraphs of the HAS model charter (charter-model.ts), for
 * information: the French text is the one signed. Loaded only where it is
 * shown (an English page, the translation a reader opens).
 */
import type { CharterTexts } from './charter-model';

export const CHARTER_PLACEHOLDER_EN = '[insert the title of the action, programme or project]';

export const CHARTER_EN: CharterTexts = {
  placeholder: CHARTER_PLACEHOLDER_EN,
  blocks: [
    `The signatories recognise that this charter frames a relationship in which the partners can achieve more by working together than in isolation. Their relations rest on the free and mutual commitment of actors whose experiences and knowledge are different but equal and complementary, who form a team or a group for the action, programme or project ${CHARTER_PLACEHOLDER_EN}. To this end they draw up a framework for action suited to the project that brings them together, so as to act together on that basis with the twofold aim of improving the quality of care and of strengthening the power to act of users and of health-system professionals.`,
    'This framework for action rests on a shared assessment, one or more objectives to reach, an action plan and the criteria for evaluating the results to be achieved.',
    'By signing this charter, the partners express their agreement with the principles and reference methods of health partnership as set out by the HAS in the guide published in May 2026.',
    'In this respect, they undertake in particular to respect the principles of:',
    'mutual recognition of knowledge and of its sharing;',
    'mutual respect based on trust, transparency and non-judgement;',
    'complementarity between patients and professionals in carrying out together the actions identified jointly;',
    'collective support, by mobilising a shared organisation, method and tools for the patients and professionals engaged together.',
    "Patient partners, like all partner professionals, undertake to respect the rules of law, particularly those protecting the secrets of private life, referred to in article 226-13 of the French Criminal Code, and those protecting medical secrecy, as well as the principle of neutrality where public services are concerned. They acknowledge that they have no access to the sharing of patients' health data, which is reserved to the professional members of the team and only insofar as these data are strictly necessary for the care or support of the people treated or received (articles L. 1110-4 and L. 1110-12 of the French Public Health Code and L. 312-1-I of the French Code of Social Action and Families).",
    'The signatures follow, preceded by the words "read and approved", by all the persons concerned, whatever their status in the partnership.',
  ],
  footnote:
    '"The disclosure of secret information by a person who holds it either by position or profession, or by reason of a temporary function or mission, is punishable by one year\'s imprisonment and a fine of 15,000 euros."',
  correctionNote:
    'The HAS model charter (appendix 1) cites "article 261-3 du Code pénal", a reference that does not match the text it points to: the guide\'s footnote 46 quotes article 226-13 of the Criminal Code (breach of professional secrecy). The reference is therefore corrected to "article 226-13 du Code pénal". Section 3.6 of the guide also refers to article 226-1 (invasion of privacy).',
  source:
    'HAS, « Partenariat en santé et patients partenaires » (Health partnership and patient partners), guide adopted on 28 May 2026, appendix 1',
};

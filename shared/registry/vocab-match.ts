/**
 * Reads a vocabulary cell as a coordinator writes it: the id (`patient_partenaire`) or
 * a French or English label (« Patiente partenaire », "Patient partner"), whatever
 * the accents, case or spacing. A label shared by two ids is refused (ambiguous): the
 * id must then be written.
 */
import type { GenderedText, LocalizedText } from '../i18n/locale';
import { AVAILABILITY_SLOTS, COMMITMENTS } from '../schemas/common';
import { DOMAIN_IDS, DOMAIN_LABELS, MISSION_IDS } from '../vocab/domain-labels';
import { HEALTH_THEMES } from '../vocab/health-themes';
import { MISSION_LABELS_FR } from '../vocab/mission-labels';
import { MISSION_LABELS_EN } from '../vocab/mission-labels-en';
import { ROLE_IDS, ROLE_LABELS } from '../vocab/role-labels';
import { STATUS_IDS, STATUS_LABELS } from '../vocab/status-labels';
import { TRAINING_KIND_IDS, TRAINING_KIND_NAMES } from '../vocab/training-labels';
import { TRAINING_KINDS } from '../vocab/trainings';

export type VocabName =
  | 'gender'
  | 'role'
  | 'domain'
  | 'mission'
  | 'status'
  | 'training'
  | 'slot'
  | 'commitment'
  | 'theme'
  | 'language';

/** `Médiatrice de santé paire` → `mediatrice de sante paire`; `parcours_soins` → `parcours soins`. */
export function matchKey(value: string): string {
  return value
    .replace(/[œŒ]/g, 'oe')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[\s_\u00A0]+/g, ' ')
    .trim();
}

const AMBIGUOUS = Symbol('ambiguous');
type Index = Map<string, string | typeof AMBIGUOUS>;

function add(index: Index, id: string, ...labels: string[]): void {
  for (const label of [id, ...labels]) {
    const key = matchKey(label);
    if (!key) continue;
    const known = index.get(key);
    index.set(key, known === undefined || known === id ? id : AMBIGUOUS);
  }
}

const gendered = (t: GenderedText) => [t.fr.m, t.fr.f, t.fr.x, t.en];
const pair = (t: LocalizedText) => [t.fr, t.en];

/** Common names of languages, for a `langues` cell written in words (ids are BCP 47 tags). */
const LANGUAGES: Record<string, string[]> = {
  fr: ['français', 'francais', 'French'],
  en: ['anglais', 'English'],
  es: ['espagnol', 'Spanish'],
  de: ['allemand', 'German'],
  it: ['italien', 'Italian'],
  pt: ['portugais', 'Portuguese'],
  ar: ['arabe', 'Arabic'],
  tr: ['turc', 'Turkish'],
  ro: ['roumain', 'Romanian'],
  pl: ['polonais', 'Polish'],
  ru: ['russe', 'Russian'],
  zh: ['chinois', 'Chinese'],
  vi: ['vietnamien', 'Vietnamese'],
  br: ['breton', 'Breton'],
  oc: ['occitan', 'Occitan'],
  eu: ['basque', 'Basque'],
  co: ['corse', 'Corsican'],
  fsl: ['langue des signes française', 'LSF', 'French Sign Language'],
};

function build(name: VocabName): Index {
  const index: Index = new Map();
  switch (name) {
    case 'gender':
      add(index, 'f', 'femme', 'féminin', 'F', 'female', 'woman');
      add(index, 'm', 'homme', 'masculin', 'H', 'male', 'man');
      add(index, 'x', 'non binaire', 'neutre', 'inclusif', 'non-binary');
      break;
    case 'role':
      for (const id of ROLE_IDS) add(index, id, ...gendered(ROLE_LABELS[id]));
      break;
    case 'domain':
      for (const id of DOMAIN_IDS) add(index, id, ...pair(DOMAIN_LABELS[id]));
      // The name Binôme used before taking Table 5's (guide 2.3 l.393 words it this way too).
      add(index, 'formation_enseignement', 'Enseignement et formation', 'Teaching and training');
      break;
    case 'mission':
      for (const id of MISSION_IDS) add(index, id, MISSION_LABELS_FR[id], MISSION_LABELS_EN[id]);
      break;
    case 'status':
      for (const id of STATUS_IDS) add(index, id, ...gendered(STATUS_LABELS[id]));
      break;
    case 'training':
      for (const id of TRAINING_KIND_IDS) add(index, id, ...pair(TRAINING_KIND_NAMES[id].short));
      for (const kind of TRAINING_KINDS) add(index, kind.id, ...pair(kind.label));
      add(index, 'etp_40h', 'ETP', 'ETP 40h', 'formation ETP');
      add(index, 'other', 'autre formation');
      break;
    case 'slot':
      for (const slot of AVAILABILITY_SLOTS) add(index, slot.id, ...pair(slot.label));
      add(index, 'weekday', 'semaine', 'en semaine', 'journée');
      add(index, 'evening', 'soirée', 'soir');
      add(index, 'weekend', 'week-end', 'weekend', 'le week-end');
      add(index, 'visio', 'visioconférence', 'à distance');
      break;
    case 'commitment':
      for (const c of COMMITMENTS) add(index, c.id, ...pair(c.label));
      add(index, 'durable', 'long terme', 'dans la durée', 'sur le long terme');
      add(index, 'ponctuel', 'ponctuellement');
      break;
    case 'theme':
      for (const theme of HEALTH_THEMES) add(index, theme.id, ...pair(theme.label));
      break;
    case 'language':
      for (const [id, names] of Object.entries(LANGUAGES)) add(index, id, ...names);
      break;
  }
  return index;
}

const indexes = new Map<VocabName, Index>();

export type VocabMatch = { readonly id: string } | { readonly error: 'unknown' | 'ambiguous' };

/** The id a cell value stands for in a vocabulary. */
export function matchVocab(name: VocabName, value: string): VocabMatch {
  let index = indexes.get(name);
  if (!index) {
    index = build(name);
    indexes.set(name, index);
  }
  const found = index.get(matchKey(value));
  if (found === undefined) return { error: 'unknown' };
  if (found === AMBIGUOUS) return { error: 'ambiguous' };
  return { id: found };
}

/** A few accepted values, to quote in an error message (ids of short vocabularies). */
export const VOCAB_HINTS: Readonly<Record<VocabName, string>> = {
  gender: 'f, m, x',
  role: ROLE_IDS.join(', '),
  domain: DOMAIN_IDS.join(', '),
  mission: 'parcours_soins.etp.1, recherche.conception.1…',
  status: STATUS_IDS.join(', '),
  training: 'DU, DIU, CU, ETP 40 h, Formation conjointe, Autre',
  slot: 'semaine, soirée, week-end, visio',
  commitment: 'ponctuel, durable',
  theme: HEALTH_THEMES.map((t) => t.label.fr).join(', '),
  language: 'fr, en, es…',
};

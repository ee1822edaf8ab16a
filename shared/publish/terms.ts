/**
 * Turns a public view (vocabulary ids) into a public feed entry whose every id
 * carries its French and English label, so that any site can show the feed
 * without our vocabularies, and our widgets need not ship them to visitors.
 * French labels agree with the person's grammatical gender.
 */
import { type Gender, intlTag, type Locale } from '../i18n/locale';
import { departementName } from '../partners/departements';
import { AVAILABILITY_SLOTS, COMMITMENTS } from '../schemas/common';
import type { DomainTerm, MissionTerm, PublicPartnerEntry, Term, Theme } from '../schemas/public-feed';
import { DOMAIN_LABELS, type DomainId, domainOfMission, type MissionId } from '../vocab/domain-labels';
import { healthThemeById } from '../vocab/health-themes';
import { MISSION_LABELS_FR } from '../vocab/mission-labels';
import { MISSION_LABELS_EN } from '../vocab/mission-labels-en';
import { roleLabel } from '../vocab/role-labels';
import { statusLabel } from '../vocab/status-labels';
import { TRAINING_KIND_NAMES, type TrainingKind } from '../vocab/training-labels';
import type { PublicPartner } from './public-view';

/** Lower-case domain names for running text (« Patiente partenaire — recherche »). */
const DOMAIN_SHORT: Record<DomainId, { fr: string; en: string }> = {
  parcours_soins: { fr: 'parcours de soins', en: 'care pathways' },
  offre_soins: { fr: "adaptation de l'offre de soins", en: 'adapting the care offer' },
  formation_enseignement: { fr: 'formation et enseignement', en: 'training and teaching' },
  recherche: { fr: 'recherche', en: 'research' },
};

const both = (label: (locale: Locale) => string) => ({ fr: label('fr'), en: label('en') });

export function domainTerm(id: DomainId): DomainTerm {
  return { id, ...DOMAIN_LABELS[id], short: DOMAIN_SHORT[id] };
}

export function missionTerm(id: MissionId): MissionTerm {
  return { id, fr: MISSION_LABELS_FR[id], en: MISSION_LABELS_EN[id], domain: domainOfMission(id) ?? '' };
}

export function roleTerm(id: string, gender?: Gender): Term {
  return { id, ...both((locale) => roleLabel(id, locale, gender)) };
}

export function statusTerm(id: string, gender?: Gender): Term {
  return { id, ...both((locale) => statusLabel(id, locale, gender)) };
}

export function trainingKindTerm(id: TrainingKind): Term {
  return { id, ...TRAINING_KIND_NAMES[id].short };
}

/** Départements are proper nouns: the same in both languages. */
export function departementTerm(code: string): Term {
  const name = departementName(code) ?? code;
  return { id: code, fr: name, en: name };
}

const languageNames = new Map<Locale, Intl.DisplayNames | null>();

function languageName(tag: string, locale: Locale): string {
  if (!languageNames.has(locale)) {
    try {
      languageNames.set(locale, new Intl.DisplayNames([intlTag(locale)], { type: 'language' }));
    } catch {
      languageNames.set(locale, null);
    }
  }
  try {
    return languageNames.get(locale)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** « anglais » / "English" for "en". */
export function languageTerm(tag: string): Term {
  return { id: tag, ...both((locale) => languageName(tag, locale)) };
}

/** A theme of the shared vocabulary, or the person's own words (French, no id). */
export function themeTerm(idOrText: string): Theme {
  const theme = healthThemeById(idOrText);
  return theme ? { id: theme.id, ...theme.label } : { fr: idOrText };
}

function listTerm(list: readonly { id: string; label: { fr: string; en: string } }[], id: string): Term {
  const found = list.find((entry) => entry.id === id);
  return { id, ...(found ? found.label : { fr: id, en: id }) };
}

/** The feed entry of a public view: the same data, each id with its labels. */
export function toFeedEntry(view: PublicPartner): PublicPartnerEntry {
  const { gender } = view;
  return {
    id: view.id,
    ...(view.name ? { name: view.name } : {}),
    ...(gender ? { gender } : {}),
    ...(view.photo ? { photo: { ...view.photo } } : {}),
    roles: view.roles.map((role) => roleTerm(role, gender)),
    domains: view.domains.map(domainTerm),
    missions: view.missions.map(missionTerm),
    statuses: view.statuses.map((status) => statusTerm(status, gender)),
    trainings: view.trainings.map(({ kind, ...rest }) => ({ kind: trainingKindTerm(kind), ...rest })),
    ...(view.association ? { association: { ...view.association } } : {}),
    territory: {
      departement: departementTerm(view.territory.departement),
      ...(view.territory.commune ? { commune: view.territory.commune } : {}),
      remote: view.territory.remote,
    },
    languages: view.languages.map(languageTerm),
    projects: view.projects.map((p) => ({ ...p })),
    ...(view.experience
      ? {
          experience: {
            themes: view.experience.themes.map(themeTerm),
            caregiver: view.experience.caregiver,
            ...(view.experience.text ? { text: view.experience.text } : {}),
          },
        }
      : {}),
    abilities: [...view.abilities],
    availability: {
      slots: view.availability.slots.map((id) => listTerm(AVAILABILITY_SLOTS, id)),
      commitment: view.availability.commitment.map((id) => listTerm(COMMITMENTS, id)),
    },
    load: { ...view.load },
    contact: view.contact.map((route) => ({ ...route })),
  };
}

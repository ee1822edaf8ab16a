/**
 * The names of the library's sections (workspace/sections.tsx): the one piece of the
 * workspace's text (workspace.ts) that the library's first screen shows.
 */
import type { Locale } from '../../../shared/i18n/locale';

const fr = {
  label: 'Sections de la bibliothèque',
  resources: 'Ressources',
  projects: 'Projets',
  contacts: 'Contacts',
  registry: 'Registre des partenaires',
};

export type SectionNames = typeof fr;

const en: SectionNames = {
  label: 'Library sections',
  resources: 'Resources',
  projects: 'Projects',
  contacts: 'Contacts',
  registry: 'Partner registry',
};

export const SECTION_NAMES: Record<Locale, SectionNames> = { fr, en };

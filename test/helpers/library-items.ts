/**
 * Deterministic library items for tests and the bench: French titles, notes and
 * excerpts built from the domain's vocabulary, unique addresses, every item valid.
 */
import type { LibraryItem } from '../../shared/schemas/clip';
import { DOMAIN_IDS } from '../../shared/vocab/domains';
import { RESOURCE_TYPE_IDS } from '../../shared/vocab/resource-types';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'partenariat santé patient partenaire patiente professionnels hôpital établissement parcours soins formation enseignement ' +
  'recherche éducation thérapeutique expérience accompagnement pair-aidance qualité sécurité certification charte check-list ' +
  'guide recommandation fiche pratique colloque journée université diplôme étudiants faculté savoirs expérientiels engagement ' +
  'usagers représentants commission gouvernance projet équipe médecin infirmière cancer diabète santé mentale maladies rares ' +
  'chroniques témoignage récit appel candidatures recrutement rémunération bénévolat statut reconnaissance évaluation impact ' +
  'co-construction décision autonomie autodétermination prévention risques CREX e-Satis accessibilité œuvre cœur'
).split(' ');
const SITES = [
  'has-sante.fr',
  'chu-exemple.fr',
  'france-assos-sante.org',
  'ceppp.ca',
  'universite-exemple.fr',
  'ars.sante.fr',
  'revue-exemple.org',
];
const TAGS = [
  'ETP',
  'oncologie',
  'diabète',
  'santé mentale',
  'recrutement',
  'charte',
  'formation',
  'DU',
  'recherche',
  'CREX',
  'pair-aidance',
  'à lire',
];
const NAMES = [
  'Marie Dupont',
  'Paul Martin',
  'Linh Nguyen',
  'Awa Diallo',
  'Jean Moreau',
  'Sofia Rossi',
  'Haute Autorité de santé',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(rand, WORDS));
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function subset<T>(rand: () => number, list: readonly T[], max: number): T[] {
  const n = Math.floor(rand() * (max + 1));
  return [...new Set(Array.from({ length: n }, () => pick(rand, list)))];
}

/** `count` valid items; item i is the same for a given seed whatever `count` is. */
export function makeItems(count: number, seed = 1): LibraryItem[] {
  const items: LibraryItem[] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i++) {
    const rand = prng(seed * 1_000_003 + i);
    const site = pick(rand, SITES);
    const created = new Date(start + i * 3_600_000 + Math.floor(rand() * 1000)).toISOString();
    const year = 2015 + Math.floor(rand() * 12);
    const item: LibraryItem = {
      schemaVersion: 1,
      id: `item-${seed}-${i}`,
      url: `https://www.${site}/ressources/${i}-${pick(rand, WORDS).replace(/[^a-z]/gi, '')}?page=${i % 7}`,
      title: `${sentence(rand, 4 + Math.floor(rand() * 6))} (${i})`,
      description: rand() < 0.7 ? sentence(rand, 25) : undefined,
      authors: subset(rand, NAMES, 3),
      publishedAt: rand() < 0.6 ? `${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}` : undefined,
      publishedPartial: undefined,
      siteName: rand() < 0.5 ? site : undefined,
      lang: 'fr',
      doi: rand() < 0.1 ? `10.9999/gen.${i}` : undefined,
      isPdf: rand() < 0.15,
      consultedAt: created,
      createdAt: created,
      updatedAt: created,
      excerpts: rand() < 0.4 ? [sentence(rand, 30)] : [],
      resourceType: pick(rand, RESOURCE_TYPE_IDS),
      domains: subset(rand, DOMAIN_IDS, 2),
      tags: subset(rand, TAGS, 3),
      note: rand() < 0.3 ? sentence(rand, 15) : '',
      projectIds: [],
    };
    for (const key of Object.keys(item) as (keyof LibraryItem)[]) if (item[key] === undefined) delete item[key];
    items.push(item);
  }
  return items;
}

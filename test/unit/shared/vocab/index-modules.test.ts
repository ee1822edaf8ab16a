/**
 * The vocabularies are split so that a widget downloads only what it shows: literal id
 * lists (what schemas check), short names, and the long texts (definitions, footnotes,
 * the full tree). These tests keep the pieces consistent with the full vocabularies.
 */
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_ANSWER_IDS,
  CHECKLIST_ANSWERS,
  CHECKLIST_CRITERIA,
  CHECKLIST_CRITERION_IDS,
} from '../../../../shared/vocab/checklist';
import {
  DOMAIN_IDS,
  DOMAIN_LABELS,
  domainOfMission,
  isMissionId,
  MISSION_IDS,
  modeIdOfMission,
} from '../../../../shared/vocab/domain-labels';
import {
  DOMAINS,
  type Domain,
  domainOfMode,
  MISSION_LABELS,
  MODE_IDS,
  missionById,
  modeOfMission,
} from '../../../../shared/vocab/domains';
import { HEALTH_THEME_IDS, HEALTH_THEMES } from '../../../../shared/vocab/health-themes';
import { MISSION_LABELS_FR } from '../../../../shared/vocab/mission-labels';
import { MISSION_LABELS_EN } from '../../../../shared/vocab/mission-labels-en';
import { RESOURCE_TYPE_IDS, RESOURCE_TYPES } from '../../../../shared/vocab/resource-types';
import { isRoleId, ROLE_IDS, ROLE_LABELS, roleLabel } from '../../../../shared/vocab/role-labels';
import { ROLES } from '../../../../shared/vocab/roles';
import { OFFER_IDS, OFFERS, STATUS_IDS, STATUS_LABELS, STATUSES, statusLabel } from '../../../../shared/vocab/statuses';
import { TRAINING_KIND_IDS, TRAINING_KINDS } from '../../../../shared/vocab/trainings';

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('literal id lists match the full vocabularies, in order', () => {
  it.each([
    ['roles', ROLE_IDS, ids(ROLES)],
    ['statuses', STATUS_IDS, ids(STATUSES)],
    ['offers', OFFER_IDS, ids(OFFERS)],
    ['trainings', TRAINING_KIND_IDS, ids(TRAINING_KINDS)],
    ['health themes', HEALTH_THEME_IDS, ids(HEALTH_THEMES)],
    ['resource types', RESOURCE_TYPE_IDS, ids(RESOURCE_TYPES)],
    ['checklist criteria', CHECKLIST_CRITERION_IDS, ids(CHECKLIST_CRITERIA)],
    ['checklist answers', CHECKLIST_ANSWER_IDS, ids(CHECKLIST_ANSWERS)],
    ['domains', DOMAIN_IDS, ids(DOMAINS)],
    ['modes', MODE_IDS, (DOMAINS as readonly Domain[]).flatMap((d) => ids(d.modes))],
    ['missions', MISSION_IDS, (DOMAINS as readonly Domain[]).flatMap((d) => d.modes.flatMap((m) => ids(m.missions)))],
  ])('%s', (_, literal, full) => {
    expect([...literal]).toEqual(full);
    expect(new Set(literal).size).toBe(literal.length);
  });
});

describe('names kept apart from the long texts are the same names', () => {
  it('roles: the full ROLES carry the names of role-labels.ts', () => {
    for (const role of ROLES) expect(role.label).toBe(ROLE_LABELS[role.id]);
    expect(roleLabel('patient_formateur', 'fr', 'f')).toBe('Patiente formatrice');
    expect(roleLabel('inconnu', 'fr')).toBe('inconnu');
    expect(isRoleId('patient_partenaire')).toBe(true);
    expect(isRoleId('ROLES')).toBe(false);
  });

  it('statuses: the full STATUSES carry the names of STATUS_LABELS', () => {
    for (const status of STATUSES) expect(status.label).toBe(STATUS_LABELS[status.id]);
    expect(statusLabel('salarie', 'fr', 'x')).toBe('Salariée ou salarié');
    expect(statusLabel('nope', 'en')).toBe('nope');
  });

  it('domains and missions: the tree carries the names of domain-labels.ts and mission-labels(-en).ts', () => {
    for (const domain of DOMAINS as readonly Domain[]) {
      expect(domain.label).toBe(DOMAIN_LABELS[domain.id as (typeof DOMAIN_IDS)[number]]);
      for (const mode of domain.modes)
        for (const mission of mode.missions)
          expect(mission.label).toBe(MISSION_LABELS[mission.id as (typeof MISSION_IDS)[number]]);
    }
    expect(Object.keys(MISSION_LABELS)).toEqual([...MISSION_IDS]);
    expect(Object.keys(MISSION_LABELS_FR)).toEqual([...MISSION_IDS]);
    expect(Object.keys(MISSION_LABELS_EN)).toEqual([...MISSION_IDS]);
    for (const id of MISSION_IDS) expect(MISSION_LABELS[id]).toEqual({ fr: MISSION_LABELS_FR[id], en: MISSION_LABELS_EN[id] });
  });

  it('reads a mission’s domain and mode from its id, as the tree says', () => {
    for (const id of MISSION_IDS) {
      expect(domainOfMission(id)).toBe(
        missionById(id) &&
          (DOMAINS as readonly Domain[]).find((d) => d.modes.some((m) => m.missions.some((x) => x.id === id)))?.id,
      );
      expect(modeIdOfMission(id)).toBe(modeOfMission(id)?.id);
    }
    for (const id of MODE_IDS) expect(domainOfMode(id)).toBe(id.split('.')[0]);
    expect(domainOfMission('recherche.analyse')).toBeUndefined(); // a mode, not a mission
    expect(modeIdOfMission('nope.x.1')).toBeUndefined();
    expect(domainOfMode('recherche.analyse.1')).toBeUndefined();
    expect(isMissionId('recherche.publications.2')).toBe(true);
  });
});

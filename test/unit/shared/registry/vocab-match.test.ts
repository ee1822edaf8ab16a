import { describe, expect, it } from 'vitest';
import { matchVocab } from '../../../../shared/registry/vocab-match';
import { DOMAIN_IDS, DOMAIN_LABELS, MISSION_IDS } from '../../../../shared/vocab/domain-labels';
import { MISSION_LABELS_FR } from '../../../../shared/vocab/mission-labels';
import { MISSION_LABELS_EN } from '../../../../shared/vocab/mission-labels-en';
import { ROLE_IDS, ROLE_LABELS } from '../../../../shared/vocab/role-labels';
import { STATUS_IDS, STATUS_LABELS } from '../../../../shared/vocab/status-labels';

describe('matchVocab: ids or labels, whatever the accents and case', () => {
  it('every official label of every vocabulary names exactly its id (none is ambiguous)', () => {
    for (const id of ROLE_IDS) {
      const { fr, en } = ROLE_LABELS[id];
      for (const label of [id, fr.m, fr.f, fr.x, en]) expect(matchVocab('role', label), label).toEqual({ id });
    }
    for (const id of STATUS_IDS) {
      const { fr, en } = STATUS_LABELS[id];
      for (const label of [id, fr.m, fr.f, fr.x, en]) expect(matchVocab('status', label), label).toEqual({ id });
    }
    for (const id of DOMAIN_IDS)
      for (const label of [id, DOMAIN_LABELS[id].fr, DOMAIN_LABELS[id].en]) expect(matchVocab('domain', label)).toEqual({ id });
    for (const id of MISSION_IDS) {
      for (const label of [id, MISSION_LABELS_FR[id], MISSION_LABELS_EN[id]])
        expect(matchVocab('mission', label), label).toEqual({ id });
    }
  });

  it('ignores accents, case, typographic apostrophes and spacing', () => {
    expect(matchVocab('role', 'MEDIATRICE DE SANTE PAIRE')).toEqual({ id: 'mediateur_sante_pair' });
    expect(matchVocab('domain', 'adaptation de l’offre  de soins')).toEqual({ id: 'offre_soins' });
    expect(matchVocab('domain', 'parcours soins')).toEqual({ id: 'parcours_soins' });
    expect(matchVocab('training', 'etp 40 h')).toEqual({ id: 'etp_40h' });
    expect(matchVocab('slot', 'Soirée')).toEqual({ id: 'evening' });
    expect(matchVocab('language', 'Français')).toEqual({ id: 'fr' });
    expect(matchVocab('gender', 'Femme')).toEqual({ id: 'f' });
  });

  it('says when a value is unknown', () => {
    expect(matchVocab('domain', 'Recherchee')).toEqual({ error: 'unknown' });
    expect(matchVocab('role', '')).toEqual({ error: 'unknown' });
  });
});

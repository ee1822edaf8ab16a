/**
 * Issue 15, « Vocabulary »: the words Binôme uses for the HAS domains, roles and trainings
 * say what the guide says (test/fixtures/has-guide-2026.txt = seed 003). Each test reads the
 * guide line it relies on, so a wrong citation fails as surely as a wrong word.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchVocab } from '../../../../shared/registry/vocab-match';
import { PartnerProfileSchema } from '../../../../shared/schemas/partner';
import { DOMAIN_LABELS } from '../../../../shared/vocab/domain-labels';
import { roleById, roleLabel } from '../../../../shared/vocab/roles';
import { TRAINING_KIND_IDS, trainingKindById } from '../../../../shared/vocab/trainings';
import { makePartner } from '../../../fixtures/partners';

const lines = readFileSync(new URL('../../../fixtures/has-guide-2026.txt', import.meta.url), 'utf8').split(/\r?\n/);
const line = (n: number) => lines[n - 1] ?? '';

describe('one name for the training-and-teaching domain: Table 5’s', () => {
  it('is « Formation et enseignement », as Table 5 (l.403) words it', () => {
    expect(line(403)).toMatch(/^Tableau 5\. .* en formation et enseignement$/);
    expect(DOMAIN_LABELS.formation_enseignement.fr).toBe('Formation et enseignement');
    expect(DOMAIN_LABELS.formation_enseignement.en).toBe('Training and teaching');
  });

  it('still reads registries written with the other order (stored ids unchanged)', () => {
    // Guide 2.3 (l.393) uses that order too; files written before keep working.
    expect(line(393)).toContain("l'enseignement et de la formation");
    expect(matchVocab('domain', 'Enseignement et formation')).toEqual({ id: 'formation_enseignement' });
    expect(matchVocab('domain', 'Formation et enseignement')).toEqual({ id: 'formation_enseignement' });
    expect(matchVocab('domain', 'Teaching and training')).toEqual({ id: 'formation_enseignement' });
  });
});

describe('role « patient intervenant » (guide l.297-298)', () => {
  it('exists, with the guide’s lines as sources', () => {
    expect(line(297)).toContain("patient intervenant et parfois patient expert dans le domaine de l'éducation thérapeutique");
    expect(line(298)).toContain('patient intervenant');
    const role = roleById('patient_intervenant');
    expect(role?.sources).toContain('003:297-298');
    expect(role?.definition.fr).toContain('éducation thérapeutique');
    expect(role?.definition.fr).toContain('santé mentale');
    expect(role?.typicalDomains).toEqual(['parcours_soins']);
    expect(roleLabel('patient_intervenant', 'fr', 'f')).toBe('Patiente intervenante');
    expect(matchVocab('role', 'Patient intervenant')).toEqual({ id: 'patient_intervenant' });
  });

  it('is accepted in a profile, and the profiles stored before stay valid', () => {
    const p = PartnerProfileSchema.safeParse(makePartner({ id: 'p', titles: [{ role: 'patient_intervenant' }] }));
    expect(p.success).toBe(true);
    for (const role of ['patient_expert', 'patient_formateur', 'proche_aidant_partenaire'] as const)
      expect(PartnerProfileSchema.safeParse(makePartner({ id: 'q', titles: [{ role }] })).success).toBe(true);
  });
});

describe('role « patient expert » as the guide’s examples use the name', () => {
  it('names addiction care and, sometimes, ETP (l.296-297), and is not tied to the 40 h training', () => {
    expect(line(296)).toBe("- patient expert dans le domaine de l'addictologie ;");
    const role = roleById('patient_expert');
    expect(role?.sources).toContain('003:296-297');
    expect(role?.definition.fr).toContain('addictologie');
    expect(role?.definition.fr).toContain('parfois, en éducation thérapeutique');
    expect(role?.definition.fr).toContain('patient intervenant');
    // The former definition made the title the one of « celui qui a suivi la formation de 40 h ».
    expect(role?.definition.fr).not.toMatch(/formation de 40 h/);
  });
});

describe('training kind « formation conjointe » (guide 3.5)', () => {
  it('exists, before « other », with the guide’s wording', () => {
    expect(line(592)).toBe('3.5. La formation conjointe des différents partenaires');
    expect(line(594)).toContain('une formation conjointe des partenaires (gouvernances, professionnels, patients)');
    expect(TRAINING_KIND_IDS.indexOf('formation_conjointe')).toBe(TRAINING_KIND_IDS.indexOf('other') - 1);
    expect(trainingKindById('formation_conjointe')?.short.fr).toBe('Formation conjointe');
    // Not a training required by regulation (only the ETP one is: note 23).
    expect(trainingKindById('formation_conjointe')?.hours).toBeUndefined();
    expect(matchVocab('training', 'Formation conjointe')).toEqual({ id: 'formation_conjointe' });
  });

  it('keeps the ids stored before', () => {
    for (const kind of ['du', 'diu', 'cu', 'etp_40h', 'other'] as const) expect(TRAINING_KIND_IDS).toContain(kind);
  });
});

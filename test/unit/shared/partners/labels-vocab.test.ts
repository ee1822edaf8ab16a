/**
 * The partner widgets import the short vocabulary modules (status-labels.ts,
 * training-labels.ts) so that their first render does not carry the forms' long
 * texts (status descriptions, offers, full training names, legal basis). These
 * tests keep the short modules and the full vocabularies saying the same thing.
 */
import { describe, expect, it } from 'vitest';
import { partnerNoun as partnerNounFromIndex } from '../../../../shared/partners';
import { loadEntryWords } from '../../../../shared/partners/labels';
import { partnerNoun } from '../../../../shared/partners/nouns';
import * as statusLabels from '../../../../shared/vocab/status-labels';
import { STATUS_LABELS, STATUSES } from '../../../../shared/vocab/statuses';
import * as trainingLabels from '../../../../shared/vocab/training-labels';
import { TRAINING_KIND_IDS, TRAINING_KIND_NAMES, TRAINING_KINDS, trainingKindById } from '../../../../shared/vocab/trainings';

describe('short vocabulary modules of the partner widgets', () => {
  it('statuses.ts re-exports status-labels.ts: one set of names', () => {
    expect(STATUS_LABELS).toBe(statusLabels.STATUS_LABELS);
    for (const status of STATUSES) expect(status.label).toBe(statusLabels.STATUS_LABELS[status.id]);
    expect(statusLabels.statusLabel('salarie', 'fr', 'f')).toBe('Salariée');
    expect(statusLabels.isStatusId('benevolat_defraiement')).toBe(false); // an offer, not a status
  });

  it('trainings.ts re-exports training-labels.ts; the full kinds carry the same short names and hours', () => {
    expect(TRAINING_KIND_IDS).toBe(trainingLabels.TRAINING_KIND_IDS);
    expect(TRAINING_KIND_NAMES).toBe(trainingLabels.TRAINING_KIND_NAMES);
    expect(TRAINING_KINDS.map((k) => k.id)).toEqual([...trainingLabels.TRAINING_KIND_IDS]);
    for (const kind of TRAINING_KINDS) {
      expect(kind.short).toEqual(TRAINING_KIND_NAMES[kind.id].short);
      expect(trainingKindById(kind.id)?.hours).toBe(TRAINING_KIND_NAMES[kind.id].hours);
    }
    expect(TRAINING_KIND_NAMES.etp_40h.hours).toBe(40);
    expect(trainingLabels.isTrainingKind('etp_40h')).toBe(true);
    expect(trainingLabels.isTrainingKind('TRAINING_KINDS')).toBe(false);
  });

  it('partnerNoun lives in nouns.ts and is still part of the partners API', async () => {
    expect(partnerNounFromIndex).toBe(partnerNoun);
    // English words are fetched by English pages only (shared/partners/labels.ts).
    await loadEntryWords('en');
    expect(partnerNoun(3, 'fr', 'f')).toBe('3 patientes partenaires');
    expect(partnerNoun(1, 'en')).toBe('1 patient partner');
  });
});

import type { Locale } from '../../shared/i18n/locale';
import type { CharterDocumentLabels } from '../../shared/pdf/charter';
import type { CharterMessages } from './messages';
import { DETAILS } from './messages-details';

/**
 * Words only the print view and the PDF use (loaded with them), in French. The English ones are in the
 * widget's one English module (messages-en.ts, `en.printLabels`), read through the element's messages.
 */
const DOC = {
  signatures: 'Signatures',
  textHash: 'Empreinte du texte (SHA-256)',
  recordHash: 'Empreinte du dossier (SHA-256)',
  noSignature: 'Aucune signature.',
  signatureHash: 'Empreinte de la signature',
  pendingSignature: 'Signature',
  integrity: 'Intégrité',
  integrityNote:
    'Signature électronique simple avec contrôle d’intégrité, pas une signature qualifiée. Le dossier JSON permet de vérifier le texte et chaque signature.',
  page: (n: number, total: number) => `Page ${n} / ${total}`,
};

export type PrintLabels = typeof DOC;

/** The print view's and the PDF's labels, from the widget's messages. */
export function documentLabels(m: CharterMessages, locale: Locale): CharterDocumentLabels {
  const d = m.printLabels ?? DOC;
  const x = DETAILS[locale];
  return {
    ...d,
    project: m.project,
    source: m.source,
    correction: m.correction,
    clauses: m.clauses,
    clausesNote: m.clausesNote,
    role: (role) => m.roles[role],
    organisation: x.organisationShort,
    mention: x.mentionShort,
    method: (method) => x.methodLabel[method].replace(/^./, (c) => c.toUpperCase()),
    signedAt: x.signedAtShort,
    date: x.date,
    sep: m.sep,
    quote: x.quote,
  };
}

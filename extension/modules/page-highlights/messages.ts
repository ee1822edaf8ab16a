/** Text of the highlight views of the extension (side panel, options, menus), French first. */

import { plural } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locale';
import type { UnderlinePattern } from '../highlights/meanings';

type OrphanReason = 'no-quote' | 'not-found' | 'context-mismatch' | 'ambiguous';

const fr = {
  menuParent: 'Surligner avec Binôme',
  menuMeaning: (label: string) => `Surligner : ${label}`,
  heading: 'Sur cette page',
  loading: 'Recherche des surlignages de la page…',
  noAccess: 'Ouvrez Binôme sur cette page pour voir ses surlignages (bouton de la barre d’outils ou raccourci).',
  notWebPage: 'Cet onglet n’est pas une page web : rien à surligner.',
  noReply: 'La page ne répond pas (elle se recharge peut-être). Réessayez dans un instant.',
  retry: 'Réessayer',
  empty: 'Aucun surlignage sur cette page. Sélectionnez un passage pour en créer un.',
  count: (n: number) => plural(n, { one: '# surlignage', other: '# surlignages' }, 'fr'),
  listLabel: 'Surlignages de la page, dans l’ordre du texte',
  goTo: (label: string) => `Aller au passage (${label})`,
  // A highlight re-found on edited text: the passage as the page reads now, and as it read then.
  textNow: 'Texte actuel :',
  whenHighlighted: 'Au moment du surlignage :',
  orphansHeading: (n: number) => plural(n, { one: '# passage introuvable', other: '# passages introuvables' }, 'fr'),
  orphansIntro:
    'Ces passages n’ont pas été retrouvés sur la page telle qu’elle est maintenant. Rien n’est perdu : rattachez-les à une nouvelle sélection, ou supprimez-les.',
  reasons: {
    'not-found': 'Le texte n’apparaît plus sur la page (supprimé ou trop modifié).',
    'context-mismatch': 'Le texte est présent, mais plus dans son contexte : il pourrait s’agir d’un autre passage.',
    ambiguous: 'Le texte apparaît à plusieurs endroits qui conviennent autant : impossible de choisir sans risque.',
    'no-quote': 'Le surlignage n’a pas de citation enregistrée pour vérifier sa place.',
  } satisfies Record<OrphanReason, string>,
  reasonUnknown: 'Passage introuvable lors de la dernière ouverture de la page.',
  reattach: 'Rattacher à la sélection',
  reattachHint: 'Sélectionnez d’abord le passage sur la page.',
  reattached: 'Surlignage rattaché à la nouvelle sélection.',
  captureFailed: {
    'no-selection': 'Sélectionnez d’abord un passage du texte de la page, puis réessayez.',
    editable: 'Le texte d’un champ de saisie ne peut pas être surligné.',
    empty: 'La sélection ne contient pas de texte.',
    'too-long': 'Sélection trop longue : 20 000 caractères au plus.',
  },
  delete: 'Supprimer',
  deleted: 'Surlignage supprimé.',
  undo: 'Annuler',
  restored: 'Surlignage rétabli.',
  failed: (detail: string) => `Échec : ${detail}`,
  note: 'Note',
  meaning: 'Sens',
  autoHeading: 'Surlignages automatiques',
  autoOff: (site: string) =>
    `Pour l’instant, les surlignages de ${site} n’apparaissent que quand vous ouvrez Binôme. Vous pouvez autoriser ce site, une fois, à les afficher dès l’arrivée sur ses pages (permission facultative, révocable dans les options).`,
  autoOn: (site: string) => `Les surlignages de ${site} s’affichent automatiquement (révocable dans les options).`,
  autoGrant: (site: string) => `Afficher automatiquement sur ${site}`,
  autoRefused: 'Permission non accordée : rien n’a changé.',
  autoGranted: 'Permission accordée : les surlignages de ce site s’afficheront à chaque visite.',
  // options
  meaningsHeading: 'Sens des surlignages',
  meaningsIntro:
    'Chaque sens a une couleur et un motif de soulignement, et son nom s’affiche dans la barre d’outils et le panneau : jamais la couleur seule.',
  defaultsLabel: 'Sens fournis',
  yoursLabel: 'Vos sens',
  noUserMeanings: 'Vous n’avez pas encore créé de sens.',
  newMeaning: 'Nouveau sens',
  label: 'Nom',
  colour: 'Couleur',
  pattern: 'Soulignement',
  patterns: {
    solid: 'plein',
    wavy: 'ondulé',
    double: 'double',
    dotted: 'pointillé',
    dashed: 'tirets',
  } satisfies Record<UnderlinePattern, string>,
  colours: {
    '#fbcfe8': 'rose',
    '#fed7aa': 'orange',
    '#ddd6fe': 'violet',
    '#e5e7eb': 'gris',
    '#a5f3fc': 'cyan',
  } as Record<string, string>,
  add: 'Ajouter ce sens',
  added: (label: string) => `Sens « ${label} » ajouté.`,
  removeMeaning: (label: string) => `Supprimer le sens « ${label} »`,
  removedMeaning: (label: string) =>
    `Sens « ${label} » supprimé. Les surlignages qui l’utilisaient sont gardés et affichés en gris tireté (« Autre »).`,
  problems: {
    'label-empty': 'Donnez un nom au sens.',
    'label-long': 'Nom trop long : 60 caractères au plus.',
    'label-taken': 'Un sens porte déjà ce nom.',
    'too-many': 'Vous avez atteint le nombre maximal de sens (20).',
  },
  sample: 'Aa',
  sitesHeading: 'Sites aux surlignages automatiques',
  sitesIntro:
    'Sur ces sites, Binôme affiche vos surlignages dès l’arrivée sur la page, sans que vous ouvriez l’extension. Ailleurs, ils n’apparaissent que quand vous l’ouvrez. Pour ajouter un site, ouvrez le panneau Binôme sur l’une de ses pages.',
  noSites: 'Aucun site autorisé.',
  revoke: (site: string) => `Retirer ${site}`,
  revoked: (site: string) => `${site} retiré : ses surlignages n’apparaîtront plus qu’à l’ouverture de Binôme.`,
};

export type PageHighlightMessages = typeof fr;

const en: PageHighlightMessages = {
  menuParent: 'Highlight with Binôme',
  menuMeaning: (label) => `Highlight: ${label}`,
  heading: 'On this page',
  loading: 'Looking for the page’s highlights…',
  noAccess: 'Open Binôme on this page to see its highlights (toolbar button or shortcut).',
  notWebPage: 'This tab is not a web page: nothing to highlight.',
  noReply: 'The page does not answer (it may be reloading). Try again in a moment.',
  retry: 'Try again',
  empty: 'No highlights on this page. Select a passage to create one.',
  count: (n) => plural(n, { one: '# highlight', other: '# highlights' }, 'en'),
  listLabel: 'Highlights of the page, in text order',
  goTo: (label) => `Go to the passage (${label})`,
  textNow: 'Text now:',
  whenHighlighted: 'When highlighted:',
  orphansHeading: (n) => plural(n, { one: '# passage not found', other: '# passages not found' }, 'en'),
  orphansIntro:
    'These passages were not found on the page as it is now. Nothing is lost: re-attach them to a new selection, or delete them.',
  reasons: {
    'not-found': 'The text is no longer on the page (deleted or changed too much).',
    'context-mismatch': 'The text is there, but not in its context any more: it could be another passage.',
    ambiguous: 'The text appears in several places that fit equally: no safe choice.',
    'no-quote': 'The highlight has no stored quote to check its place.',
  },
  reasonUnknown: 'Not found the last time the page was opened.',
  reattach: 'Re-attach to selection',
  reattachHint: 'First select the passage on the page.',
  reattached: 'Highlight re-attached to the new selection.',
  captureFailed: {
    'no-selection': 'First select a passage of the page text, then try again.',
    editable: 'Text inside a form field cannot be highlighted.',
    empty: 'The selection contains no text.',
    'too-long': 'Selection too long: 20,000 characters at most.',
  },
  delete: 'Delete',
  deleted: 'Highlight deleted.',
  undo: 'Undo',
  restored: 'Highlight restored.',
  failed: (detail) => `Failed: ${detail}`,
  note: 'Note',
  meaning: 'Meaning',
  autoHeading: 'Automatic highlights',
  autoOff: (site) =>
    `For now, highlights on ${site} only appear when you open Binôme. You can allow this site, once, to show them as soon as you arrive on its pages (optional permission, revocable in the options).`,
  autoOn: (site) => `Highlights on ${site} appear automatically (revocable in the options).`,
  autoGrant: (site) => `Show automatically on ${site}`,
  autoRefused: 'Permission not granted: nothing changed.',
  autoGranted: 'Permission granted: this site’s highlights will appear on every visit.',
  meaningsHeading: 'Highlight meanings',
  meaningsIntro:
    'Each meaning has a colour and an underline pattern, and its name is shown in the toolbar and the panel: never colour alone.',
  defaultsLabel: 'Built-in meanings',
  yoursLabel: 'Your meanings',
  noUserMeanings: 'You have not created any meaning yet.',
  newMeaning: 'New meaning',
  label: 'Name',
  colour: 'Colour',
  pattern: 'Underline',
  patterns: { solid: 'solid', wavy: 'wavy', double: 'double', dotted: 'dotted', dashed: 'dashed' },
  colours: { '#fbcfe8': 'pink', '#fed7aa': 'orange', '#ddd6fe': 'purple', '#e5e7eb': 'grey', '#a5f3fc': 'cyan' },
  add: 'Add this meaning',
  added: (label) => `Meaning “${label}” added.`,
  removeMeaning: (label) => `Delete the meaning “${label}”`,
  removedMeaning: (label) => `Meaning “${label}” deleted. Highlights that used it are kept and drawn in dashed grey (“Other”).`,
  problems: {
    'label-empty': 'Give the meaning a name.',
    'label-long': 'Name too long: 60 characters at most.',
    'label-taken': 'A meaning already has this name.',
    'too-many': 'You have reached the maximum number of meanings (20).',
  },
  sample: 'Aa',
  sitesHeading: 'Sites with automatic highlights',
  sitesIntro:
    'On these sites, Binôme shows your highlights as soon as you arrive on a page, without opening the extension. Elsewhere, they only appear when you open it. To add a site, open the Binôme panel on one of its pages.',
  noSites: 'No site allowed.',
  revoke: (site) => `Remove ${site}`,
  revoked: (site) => `${site} removed: its highlights will only appear when you open Binôme.`,
};

export function pageHighlightMessages(locale: Locale): PageHighlightMessages {
  return locale === 'en' ? en : fr;
}

/** What `binome` says, French first (`--lang en` or BINOME_LANG=en for English). */
import type { Locale } from '../shared/i18n/locale';
import type { Command, UsageError } from './args';

type HelpTopic = Extract<Command, { name: 'help' }>['topic'];

const HELP_FR = {
  main: `binome — outils Binôme pour le partenariat en santé

Commandes :
  binome publish <registre.csv|xlsx|json> -o <partenaires.json>   publier l'annuaire (fichier public)
  binome publish <registre> --check                              vérifier seulement, sans rien écrire
  binome modele <registre-modele.csv|xlsx>                       écrire un modèle de registre
  binome publish <registre> -o … --resume <resume.json>          publier aussi « notre partenariat en chiffres »
  binome schema [-o <public-feed.schema.json>]                   le schéma JSON du fichier public

  binome <commande> --help   détail d'une commande
  --lang en                  messages en anglais (ou BINOME_LANG=en)

Codes de sortie : 0 fait, 1 registre invalide (rien n'est écrit), 2 erreur d'utilisation ou de fichier.`,
  publish: `binome publish <registre.csv|xlsx|json> -o <partenaires.json> [options]

Lit le registre PRIVÉ des partenaires et écrit le fichier PUBLIC : seulement ce que chaque
personne a accepté de montrer (consentements datés). Affiche le rapport de publication :
qui est publié, et pour chacun ce qui est laissé de côté et pourquoi. Vérifiez-le avant de
mettre le fichier en ligne. Si le registre a une erreur, rien n'est écrit.

Options :
  -o, --output <fichier>       le fichier public à écrire (remplacé d'un coup, jamais à moitié)
  --check                      vérifier le registre et afficher le rapport, sans rien écrire
  --etablissement "<nom>"      nom de l'établissement (obligatoire pour un CSV ou un XLSX,
                               sauf s'il y a un fichier etablissement.json à côté du registre)
  --contact-email <adresse>    adresse e-mail de contact de l'établissement
  --contact-url <https://…>    page de contact de l'établissement
  --generated-at <date ISO>    date de publication (par défaut : maintenant)
  --schema-url <adresse>       valeur de "$schema" (par défaut : public-feed.schema.json)
  --resume <resume.json>       écrire aussi le résumé public « Notre partenariat en chiffres »
                               (nombres seulement ; 1 ou 2 publié « moins de 3 »)
  --activite <activite.json>   l'activité des projets pour ce résumé (réunions, check-lists
                               renouvelées) : le registre ne la contient pas
  --lang en                    messages en anglais

etablissement.json (à côté d'un registre CSV ou XLSX) :
  { "name": "Centre hospitalier …", "contactEmail": "…", "contactUrl": "https://…" }
  Les options --etablissement, --contact-email, --contact-url le complètent ou le remplacent.`,
  schema: `binome schema [-o <public-feed.schema.json>] [--resume]

Écrit le schéma JSON (JSON Schema) du fichier public, généré depuis le schéma du code :
à déposer à côté de partenaires.json pour qu'un autre site puisse le valider.
--resume : celui du résumé « en chiffres » (partnership-summary.schema.json).`,
  modele: `binome modele <registre-modele.csv|xlsx> [--force]

Écrit un modèle de registre : la ligne des titres de colonnes et un exemple fictif.
Le XLSX a une seconde feuille « Colonnes » qui dit quoi écrire dans chacune.
--force remplace un fichier existant (sinon il est refusé, pour ne pas écraser un registre).`,
};

const HELP_EN = {
  main: `binome — Binôme tools for health partnership

Commands:
  binome publish <registry.csv|xlsx|json> -o <partenaires.json>   publish the directory (public file)
  binome publish <registry> --check                              check only, write nothing
  binome modele <registre-modele.csv|xlsx>                       write a registry template
  binome publish <registry> -o … --resume <resume.json>          also publish “our partnership in figures”
  binome schema [-o <public-feed.schema.json>]                   the public file's JSON Schema

  binome <command> --help   details of a command
  --lang en                 English messages (or BINOME_LANG=en)

Exit codes: 0 done, 1 invalid registry (nothing written), 2 usage or file error.`,
  publish: `binome publish <registry.csv|xlsx|json> -o <partenaires.json> [options]

Reads the PRIVATE partner registry and writes the PUBLIC file: only what each person
agreed to show (dated consents). Prints the publish report: who is published and, for
each, what is left out and why. Check it before putting the file online. If the registry
has an error, nothing is written.

Options:
  -o, --output <file>          the public file to write (replaced at once, never half-written)
  --check                      check the registry and print the report, write nothing
  --etablissement "<name>"     the establishment's name (required for a CSV or XLSX file,
                               unless an etablissement.json file sits beside the registry)
  --contact-email <address>    the establishment's contact e-mail
  --contact-url <https://…>    the establishment's contact page
  --generated-at <ISO date>    publication date (default: now)
  --schema-url <address>       value of "$schema" (default: public-feed.schema.json)
  --resume <resume.json>       also write the public summary “Our partnership in figures”
                               (counts only; 1 or 2 published as “fewer than 3”)
  --activite <activite.json>   the projects' activity for that summary (meetings, renewed
                               checklists): the registry does not hold it
  --lang en                    English messages

etablissement.json (beside a CSV or XLSX registry):
  { "name": "Centre hospitalier …", "contactEmail": "…", "contactUrl": "https://…" }
  The --etablissement, --contact-email, --contact-url options complete or replace it.`,
  schema: `binome schema [-o <public-feed.schema.json>]

Writes the public file's JSON Schema, generated from the code's schema: put it beside
partenaires.json so that another site can validate it.
--resume: the one of the summary “in figures” (partnership-summary.schema.json).`,
  modele: `binome modele <registre-modele.csv|xlsx> [--force]

Writes a registry template: the column titles and one fictional example row. The XLSX
has a second sheet « Colonnes » saying what to write in each.
--force replaces an existing file (otherwise refused, so as not to overwrite a registry).`,
};

export function helpText(locale: Locale, topic?: HelpTopic): string {
  const help = locale === 'en' ? HELP_EN : HELP_FR;
  return help[topic ?? 'main'];
}

export function usageErrorText(error: UsageError, locale: Locale): string {
  const en = locale === 'en';
  switch (error.kind) {
    case 'unknown_command':
      return en ? `unknown command: ${error.value}` : `commande inconnue : ${error.value}`;
    case 'unknown_option':
      return en ? `unknown option: ${error.value}` : `option inconnue : ${error.value}`;
    case 'missing_value':
      return en ? `the option ${error.value} needs a value` : `l'option ${error.value} attend une valeur`;
    case 'extra_argument':
      return en ? `unexpected argument: ${error.value}` : `argument en trop : ${error.value}`;
    case 'missing_input':
      return en
        ? 'which registry? binome publish <registry.csv|xlsx|json> …'
        : 'quel registre ? binome publish <registre.csv|xlsx|json> …';
    case 'missing_output':
      return en
        ? 'where to write? give -o <file> (or --check to check only)'
        : 'où écrire ? indiquez -o <fichier> (ou --check pour vérifier seulement)';
    case 'activity_without_summary':
      return en
        ? '--activite is only read for the summary: add --resume <resume.json>'
        : '--activite ne sert qu’au résumé : ajoutez --resume <resume.json>';
  }
}

/** Words of the publish command, by key. */
const PUBLISH = {
  seeHelp: ['binome --help pour l’aide', 'binome --help for help'],
  invalid: ["Registre invalide : rien n'a été écrit.", 'Invalid registry: nothing was written.'],
  establishmentHint: [
    'Indiquez l’établissement : --etablissement "Nom" (et --contact-email, --contact-url), ou un fichier etablissement.json à côté du registre.',
    'Give the establishment: --etablissement "Name" (and --contact-email, --contact-url), or an etablissement.json file beside the registry.',
  ],
  written: ['Fichier public écrit : ', 'Public file written: '],
  checkOnly: ['Vérification seulement (--check) : aucun fichier écrit.', 'Check only (--check): no file written.'],
  checkReport: [
    'Vérifiez ce rapport avant de mettre le fichier en ligne ; republiez après chaque retrait de consentement.',
    'Check this report before putting the file online; publish again after every consent withdrawal.',
  ],
  sameFile: [
    'le fichier public ne peut pas remplacer le registre : choisissez un autre nom pour -o',
    'the public file cannot replace the registry: choose another name for -o',
  ],
  generatedAt: [
    '--generated-at attend une date et heure ISO 8601 avec fuseau (ex. 2026-06-01T09:00:00+02:00)',
    '--generated-at expects an ISO 8601 date-time with offset (e.g. 2026-06-01T09:00:00+02:00)',
  ],
  badEstablishmentFile: ['etablissement.json illisible', 'unreadable etablissement.json'],
  exists: ['le fichier existe déjà (--force pour le remplacer) : ', 'the file already exists (--force to replace it): '],
  summaryWritten: ['Résumé public écrit : ', 'Public summary written: '],
  badActivity: ['fichier d’activité invalide : rien n’a été écrit', 'invalid activity file: nothing was written'],
  templateWritten: ['Modèle écrit : ', 'Template written: '],
  templateType: ['le modèle s’écrit en .csv ou en .xlsx', 'the template is written as .csv or .xlsx'],
} as const;

export function say(key: keyof typeof PUBLISH, locale: Locale): string {
  return PUBLISH[key][locale === 'en' ? 1 : 0];
}

import type { DefineComponent } from "vue";
import type {
  PpCharterSigner,
  CharterSignedDetail,
  CharterCompleteDetail,
  CharterVerifiedDetail,
  PpChecklist,
  ChecklistEventDetail,
  PpMatchingForm,
  MatchingSearchDetail,
  MatchingSelectDetail,
  MatchingSubmitDetail,
  MatchingSentDetail,
  MatchingErrorDetail,
  PpPartnerCard,
  PartnerCardLoadDetail,
  PartnerCardErrorDetail,
  PpPartnerList,
  PartnerListLoadDetail,
  PartnerListErrorDetail,
  PartnerListFilterDetail,
  PpPartnershipSummary,
  PartnershipSummaryLoadDetail,
  PartnershipSummaryErrorDetail,
} from "../index.js";

type PpCharterSignerProps = {
  /** Title of the action, programme or project; replaces the model's placeholder. */
  project?: PpCharterSigner["project"];
  /** `sign` (default) or `verify`: load a record file and check it. */
  mode?: PpCharterSigner["mode"];
  /** Opt-in: keeps the record in `store` (localStorage by default) under this key. */
  storageKey?: PpCharterSigner["storageKey"];
  /** Language of the signed text: `fr` (default, the HAS text) or `en` (the translation). */
  charterLang?: PpCharterSigner["charterLang"];
  /** Expected signatories `{ name, role, organisation? }`; role is one of patient_partenaire, professionnel_sante, direction_etablissement, association, autre. */
  signatories?: PpCharterSigner["signatories"];
  /** Additional clauses, shown apart from the charter text and signed with it. */
  clauses?: PpCharterSigner["clauses"];
  /** Same as the `charter-text` attribute. */
  charterText?: PpCharterSigner["charterText"];
  /** Form field name; the submitted value is the record as JSON. */
  name?: PpCharterSigner["name"];
  /** In a form: invalid until the charter is complete. */
  required?: PpCharterSigner["required"];
  /** `en` for English (else the closest `[lang]`, French by default). */
  lang?: PpCharterSigner["lang"];
  /** Replaces localStorage for `storage-key`: `{ load(key), save(key, value) }`, sync or async. */
  store?: PpCharterSigner["store"];
  /** The current record. Setting it continues a record (sign mode, once verified) or checks it (verify mode). */
  record?: PpCharterSigner["record"];
  /** Read-only: who is missing, and whether the charter is complete. */
  completion?: PpCharterSigner["completion"];
  /** The `<form>` the element belongs to, as for a native field. */
  form?: PpCharterSigner["form"];
  /** Its `ValidityState`, as for a native field. */
  validity?: PpCharterSigner["validity"];
  /** The message shown when it is invalid, as for a native field. */
  validationMessage?: PpCharterSigner["validationMessage"];
  /** Whether the form validates it, as for a native field. */
  willValidate?: PpCharterSigner["willValidate"];
  /** A signature was recorded; `detail` is `{ record, signature }`. */
  onPpSigned?: (e: CustomEvent<CharterSignedDetail>) => void;
  /** The charter just became complete; `detail` is `{ record }`. */
  onPpComplete?: (e: CustomEvent<CharterCompleteDetail>) => void;
  /** A record was checked in verify mode; `detail` is the report. */
  onPpVerified?: (e: CustomEvent<CharterVerifiedDetail>) => void;
};

type PpChecklistProps = {
  /** Form field name; the submitted value is the evaluation as JSON. */
  name?: PpChecklist["name"];
  /** In a form: invalid until the project title is given and every criterion is answered. */
  required?: PpChecklist["required"];
  /** Shows an evaluation (to publish it); export and print stay available. */
  readonly?: PpChecklist["readonly"];
  /** Disables every control (also when an ancestor fieldset is disabled). */
  disabled?: PpChecklist["disabled"];
  /** Opt-in: keeps the evaluations in `store` (localStorage by default) under this key. */
  storageKey?: PpChecklist["storageKey"];
  /** Project title of a new, blank evaluation. */
  projectTitle?: PpChecklist["projectTitle"];
  /** Level of the title heading (2–6, default 2); sections use the next level. */
  headingLevel?: PpChecklist["headingLevel"];
  /** `en` for English (else the closest `[lang]`, French by default). */
  lang?: PpChecklist["lang"];
  /** The establishment's own criteria, added after the HAS ones on every new sheet. */
  extraCriteria?: PpChecklist["extraCriteria"];
  /** Replaces localStorage for `storage-key` ({ load(key), save(key, value) }). */
  store?: PpChecklist["store"];
  /** The evaluation shown (validated by the shared schema; invalid data is refused with a message). */
  value?: PpChecklist["value"];
  /** Earlier evaluations of the same project (any order; shown oldest first). */
  history?: PpChecklist["history"];
  /** The `<form>` the element belongs to, as for a native field. */
  form?: PpChecklist["form"];
  /** Its `ValidityState`, as for a native field. */
  validity?: PpChecklist["validity"];
  /** The message shown when it is invalid, as for a native field. */
  validationMessage?: PpChecklist["validationMessage"];
  /** Whether the form validates it, as for a native field. */
  willValidate?: PpChecklist["willValidate"];
  /** After every change made in the widget; `detail` is the evaluation. */
  onPpChange?: (e: CustomEvent<ChecklistEventDetail>) => void;
  /** When the last unanswered criterion gets an answer; `detail` is the evaluation. */
  onPpComplete?: (e: CustomEvent<ChecklistEventDetail>) => void;
};

type PpMatchingFormProps = {
  /** `need` (default) or `candidate`. */
  mode?: PpMatchingForm["mode"];
  /** Not read in need mode: a registry must never sit at a public URL. If set, need mode shows its fallback content, a message and a console warning naming the fix (the `registry` property or the file picker). */
  src?: PpMatchingForm["src"];
  /** candidate mode: URL the profile is POSTed to as JSON, `https:` or on the page's own origin (refused otherwise, with the reason); without it nothing is sent. */
  action?: PpMatchingForm["action"];
  /** The establishment's rule on « gestionnaires » (senior or middle managers of the establishment or service), the example of an exclusion criterion the HAS guide cites (3.3): on by default (need mode lists them apart, candidate mode refuses their candidacy, saying so); `false` to switch it off (they are then ranked, with a note, and their candidacy is recorded). */
  excludeManagers?: PpMatchingForm["excludeManagers"];
  /** Name of the form value when the element is inside a `<form>`. */
  name?: PpMatchingForm["name"];
  /** Level of the results heading, 1–5 (default 2). */
  headingLevel?: PpMatchingForm["headingLevel"];
  /** `fr` (default) or `en`; otherwise the closest `[lang]` ancestor or the page's. */
  lang?: PpMatchingForm["undefined"];
  /** need mode: the establishment's partner registry (wins over `partners` and over a file opened in the widget); each profile is validated, invalid ones are ignored and reported. */
  registry?: PpMatchingForm["registry"];
  /** need mode: the registry's profiles alone; each is validated. */
  partners?: PpMatchingForm["partners"];
  /** need mode, with `partners`: the establishment keeping them. */
  establishment?: PpMatchingForm["establishment"];
  /** need mode: what the form starts with when the host already knows the project (`title`, `domain`, its `missions`, `duration`); unknown values are left out, every field stays editable. */
  draft?: PpMatchingForm["draft"];
  /** Read-only: the form value (JSON of the profile, or of the selected ids). */
  value?: PpMatchingForm["value"];
  /** Read-only: the last need searched. */
  need?: PpMatchingForm["need"];
  /** Read-only: the last valid candidacy. */
  profile?: PpMatchingForm["profile"];
  /** Resolves once the mode's code is loaded and rendered. */
  ready?: PpMatchingForm["ready"];
  /** The `<form>` the element belongs to, as for a native field. */
  form?: PpMatchingForm["form"];
  /** Its `ValidityState`, as for a native field. */
  validity?: PpMatchingForm["validity"];
  /** The message shown when it is invalid, as for a native field. */
  validationMessage?: PpMatchingForm["validationMessage"];
  /** Whether the form validates it, as for a native field. */
  willValidate?: PpMatchingForm["willValidate"];
  /** need mode, partners ranked. `detail: { need, ranked: number, excluded: number, notConsidered: number }`. */
  onPpSearch?: (e: CustomEvent<MatchingSearchDetail>) => void;
  /** need mode, the owner proposes a selection. `detail: { ids: string[], need, warnings: string[] }`. */
  onPpSelect?: (e: CustomEvent<MatchingSelectDetail>) => void;
  /** candidate mode, a valid profile (cancelable: `preventDefault()` stops the POST). `detail: { profile }`. */
  onPpSubmit?: (e: CustomEvent<MatchingSubmitDetail>) => void;
  /** candidate mode, the POST succeeded. `detail: { profile, status }`. */
  onPpSent?: (e: CustomEvent<MatchingSentDetail>) => void;
  /** Something could not be done. `detail: { kind: 'registry' | 'send', message }`. */
  onPpError?: (e: CustomEvent<MatchingErrorDetail>) => void;
};

type PpPartnerCardProps = {
  /** URL of a public feed v2 (JSON, see docs/widgets/partner-card.md), or several separated by spaces; used with `partner-id`. */
  src?: PpPartnerCard["src"];
  /** Identifier of the partner to show (the first feed that has it). */
  partnerId?: PpPartnerCard["partnerId"];
  /** `full` (default) or `compact`. */
  variant?: PpPartnerCard["variant"];
  /** Level of the card's heading, 1–6 (default 3). */
  headingLevel?: PpPartnerCard["headingLevel"];
  /** `fr` (default) or `en`; otherwise the closest `[lang]` ancestor or the page's. */
  lang?: PpPartnerCard["lang"];
  /** One entry of a public feed (wins over `feeds` and `src`). */
  partner?: PpPartnerCard["partner"];
  /** With `partner`: the establishment whose contact is the default route. */
  establishment?: PpPartnerCard["establishment"];
  /** Public feeds the host loaded itself; used with `partner-id` (wins over `src`). */
  feeds?: PpPartnerCard["feeds"];
  /** The data was read. `detail: { id: string, shown: boolean }` (`shown: false`: not in the feed). */
  onPpLoad?: (e: CustomEvent<PartnerCardLoadDetail>) => void;
  /** The data could not be read or was refused. `detail: { message: string }`. */
  onPpError?: (e: CustomEvent<PartnerCardErrorDetail>) => void;
};

type PpPartnerListProps = {
  /** URL of a public feed v2 (JSON, see docs/widgets/partner-list.md), or several separated by spaces. */
  src?: PpPartnerList["src"];
  /** Level of each card's heading, 1–6 (default 3). */
  headingLevel?: PpPartnerList["headingLevel"];
  /** Initial search text (kept in sync with the search field). */
  query?: PpPartnerList["query"];
  /** Initial domain filter, a domain id of the feed (e.g. `recherche`). */
  domain?: PpPartnerList["domain"];
  /** Initial mission filter, a mission id of the feed (e.g. `recherche.gouvernance.1`). */
  mission?: PpPartnerList["mission"];
  /** Initial territory filter (département code, e.g. `13`, `2A`, `971`). */
  territory?: PpPartnerList["territory"];
  /** Initially show only people who can take on another mission. */
  availableOnly?: PpPartnerList["availableOnly"];
  /** Show only the presence summary (« 12 patients partenaires, dont 5 en recherche »). */
  summaryOnly?: PpPartnerList["summaryOnly"];
  /** Domains named in the summary, space-separated (default: every domain present). */
  summaryDomains?: PpPartnerList["summaryDomains"];
  /** Do not show the summary above the directory. */
  hideSummary?: PpPartnerList["hideSummary"];
  /** `fr` (default) or `en`; otherwise the closest `[lang]` ancestor or the page's. */
  lang?: PpPartnerList["lang"];
  /** Public feeds the host loaded itself (wins over `feed` and `src`). */
  feeds?: PpPartnerList["feeds"];
  /** One public feed the host loaded itself (wins over `src`). */
  feed?: PpPartnerList["feed"];
  /** (read-only) The partners currently shown, with their establishment. */
  visiblePartners?: PpPartnerList["visiblePartners"];
  /** The directory is shown. `detail: { count: number, rejected: number, failed: string[] }`. */
  onPpLoad?: (e: CustomEvent<PartnerListLoadDetail>) => void;
  /** No feed could be shown. `detail: { message: string }`. */
  onPpError?: (e: CustomEvent<PartnerListErrorDetail>) => void;
  /** The filters changed. `detail: { criteria: PartnerCriteria, count: number }`. */
  onPpFilter?: (e: CustomEvent<PartnerListFilterDetail>) => void;
};

type PpPartnershipSummaryProps = {
  /** URL of a published partnership summary (JSON, see docs/widgets/partnership-summary.md). */
  src?: PpPartnershipSummary["src"];
  /** Level of the main heading, 1–6 (default 2); sub-headings are one level below. */
  headingLevel?: PpPartnershipSummary["headingLevel"];
  /** `fr` (default) or `en`; otherwise the closest `[lang]` ancestor or the page's. */
  lang?: PpPartnershipSummary["lang"];
  /** A summary the host loaded itself (wins over `src`). */
  summary?: PpPartnershipSummary["summary"];
  /** The figures are shown. `detail: { partners: number | 'few' }`. */
  onPpLoad?: (e: CustomEvent<PartnershipSummaryLoadDetail>) => void;
  /** The figures cannot be shown. `detail: { message: string }`. */
  onPpError?: (e: CustomEvent<PartnershipSummaryErrorDetail>) => void;
};

export type CustomElements = {
  /**
   * The HAS model charter of commitment to health partnership (guide, 3.6 and Annex 1),
   * shown verbatim with the project title and the corrected 226-13 reference (called to its
   * note, which is signed with the text) — or the establishment's own adaptation of it
   * (`charter-text`: the guide's model is a « socle minimum » each organisation « peut
   * s'approprier et personnaliser », 003 l.615 and l.738) — signed by
   * each partner with the mention « lu et approuvé » and a typed (default) or drawn
   * signature, and kept as a JSON record whose SHA-256 hashes anyone can verify.
   * A simple electronic signature with an integrity check — not a qualified signature.
   * ---
   *
   *
   * ### **Events:**
   *  - **pp-signed** - A signature was recorded; `detail` is `{ record, signature }`.
   * - **pp-complete** - The charter just became complete; `detail` is `{ record }`.
   * - **pp-verified** - A record was checked in verify mode; `detail` is the report.
   *
   * ### **Methods:**
   *  - **verifyRecord(value: _unknown_): _Promise<CharterVerification>_** - Checks a record as received (parsed JSON); the verifier is fetched on first use.
   * - **formResetCallback(): _void_** - Signatures are commitments: a form reset clears the form being filled, never the record.
   * - **checkValidity(): _boolean_** - Whether it is valid; fires `invalid` if not, as a native field does.
   * - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   *
   * ### **CSS Properties:**
   *  - **--pp-color-primary** - Buttons, links, notice border (DSFR `--text-action-high-blue-france`). _(default: var(--text-action-high-blue-france, #000091))_
   * - **--pp-color-success** - Signed and intact states. _(default: var(--text-default-success, #18753c))_
   * - **--pp-color-error** - Errors and changed states. _(default: var(--text-default-error, #ce0500))_
   * - **--pp-signature-font** - Font of typed signatures (a cursive font by default). _(default: 'Segoe Script', 'Bradley Hand', cursive)_
   * - **--pp-ink-color** - Colour of drawn strokes. _(default: var(--_pp-text))_
   * - **--pp-color-on-primary** - Text on primary buttons (theme). _(default: var(--text-inverted-blue-france, #ffffff))_
   * - **--pp-color-text** - Text (theme). _(default: var(--text-default-grey, #161616))_
   * - **--pp-color-muted** - Secondary text and hints (theme). _(default: var(--text-mention-grey, #595959))_
   * - **--pp-color-background** - Background of cards and fields (theme). _(default: var(--background-default-grey, #ffffff))_
   * - **--pp-color-surface** - Background of notices and messages (theme). _(default: var(--background-alt-grey, #f6f6f6))_
   * - **--pp-color-border** - Borders (theme). _(default: var(--border-default-grey, #929292))_
   * - **--pp-color-focus** - Focus outline (theme). _(default: var(--border-plain-blue-france, #0a76f6))_
   * - **--pp-radius** - Corner radius (theme). _(default: 0.25em)_
   * - **--pp-font-family** - Font (theme: inherited from the page by default). _(default: inherit)_
   * - **--pp-font-size** - Base font size (theme: sizes are in em). _(default: 1em)_
   *
   * ### **CSS Parts:**
   *  - **charter** - The charter: title, notice, text, source, note, clauses.
   * - **notice** - What kind of signature this is.
   * - **text** - The charter text.
   * - **signatories** - The signatories and the completion status.
   * - **form** - The signing form.
   * - **pad** - The drawing area.
   * - **review** - The review step before signing.
   * - **actions** - Hashes, download, print and PDF buttons.
   * - **report** - The verification report.
   * - **message** - Status and error messages.
   */
  "pp-charter-signer": DefineComponent<PpCharterSignerProps>;

  /**
   * The HAS partnership checklist (guide « Partenariat en santé et patients partenaires »,
   * 4.5 and Annex 2): the 10 criteria verbatim, answered Oui / Non / En cours with a
   * comment, a summary, the history of dated evaluations, extra criteria of the
   * establishment, JSON/CSV export, JSON import and an A4 print layout.
   * ---
   *
   *
   * ### **Events:**
   *  - **pp-change** - After every change made in the widget; `detail` is the evaluation.
   * - **pp-complete** - When the last unanswered criterion gets an answer; `detail` is the evaluation.
   *
   * ### **Methods:**
   *  - **checkValidity(): _boolean_** - Whether it is valid; fires `invalid` if not, as a native field does.
   * - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   *
   * ### **Slots:**
   *  - _default_ - Light-DOM fallback, shown until the element is ready.
   *
   * ### **CSS Properties:**
   *  - **--pp-color-primary** - Buttons, radio buttons, quote border (DSFR `--text-action-high-blue-france`). _(default: var(--text-action-high-blue-france, #000091))_
   * - **--pp-color-success** - « Oui » in the timeline. _(default: var(--text-default-success, #18753c))_
   * - **--pp-color-error** - « Non » in the timeline and error messages. _(default: var(--text-default-error, #ce0500))_
   * - **--pp-color-warning** - « En cours » in the timeline. _(default: var(--text-default-warning, #b34000))_
   * - **--pp-color-on-primary** - Text on primary buttons (theme). _(default: var(--text-inverted-blue-france, #ffffff))_
   * - **--pp-color-text** - Text (theme). _(default: var(--text-default-grey, #161616))_
   * - **--pp-color-muted** - Secondary text and hints (theme). _(default: var(--text-mention-grey, #595959))_
   * - **--pp-color-background** - Background of cards and fields (theme). _(default: var(--background-default-grey, #ffffff))_
   * - **--pp-color-surface** - Background of notices and messages (theme). _(default: var(--background-alt-grey, #f6f6f6))_
   * - **--pp-color-border** - Borders (theme). _(default: var(--border-default-grey, #929292))_
   * - **--pp-color-focus** - Focus outline (theme). _(default: var(--border-plain-blue-france, #0a76f6))_
   * - **--pp-radius** - Corner radius (theme). _(default: 0.25em)_
   * - **--pp-font-family** - Font (theme: inherited from the page by default). _(default: inherit)_
   * - **--pp-font-size** - Base font size (theme: sizes are in em). _(default: 1em)_
   *
   * ### **CSS Parts:**
   *  - **header** - Title, definition and source.
   * - **details** - Project, date and people.
   * - **criteria** - The list of criteria.
   * - **criterion** - One criterion (fieldset).
   * - **summary** - Counts and open criteria.
   * - **history** - Timeline and table of the dated evaluations.
   * - **actions** - New evaluation, export, import, print.
   * - **message** - Status and error messages.
   * - **print** - The printed sheet (visible in print only).
   */
  "pp-checklist": DefineComponent<PpChecklistProps>;

  /**
   * `mode="need"`: a project owner describes a need and gets the partners of the
   * establishment's PRIVATE registry ranked by a documented score, each criterion explained,
   * those failing a hard rule listed apart with the reason; the owner selects partners
   * (`pp-select`). The registry comes as a property, or as a file the coordinator opens in
   * the widget (read in the browser, never sent) — never from a public URL. Lived experience
   * is used and shown only for partners who agreed to share it with project teams.
   * `mode="candidate"`: a person applies to become a patient partner; the form outputs a
   * profile validated by the shared schema (`pp-submit`, form value) and POSTs it as JSON
   * when `action` is set (https, or the page's own origin only: it holds health data). Each
   * mode's code is loaded on first use.
   * ---
   *
   *
   * ### **Events:**
   *  - **pp-search** - need mode, partners ranked. `detail: { need, ranked: number, excluded: number, notConsidered: number }`.
   * - **pp-select** - need mode, the owner proposes a selection. `detail: { ids: string[], need, warnings: string[] }`.
   * - **pp-submit** - candidate mode, a valid profile (cancelable: `preventDefault()` stops the POST). `detail: { profile }`.
   * - **pp-sent** - candidate mode, the POST succeeded. `detail: { profile, status }`.
   * - **pp-error** - Something could not be done. `detail: { kind: 'registry' | 'send', message }`.
   *
   * ### **Methods:**
   *  - **checkValidity(): _boolean_** - Whether it is valid; fires `invalid` if not, as a native field does.
   * - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   *
   * ### **Slots:**
   *  - _default_ - Fallback content, shown only until the element is defined (e.g. a link to a PDF form).
   *
   * ### **CSS Properties:**
   *  - **--pp-color-primary** - Buttons, headings, score bar (default DSFR blue France). _(default: var(--text-action-high-blue-france, #000091))_
   * - **--pp-color-on-primary** - Text on primary buttons. _(default: var(--text-inverted-blue-france, #ffffff))_
   * - **--pp-color-text** - Text colour. _(default: var(--text-default-grey, #161616))_
   * - **--pp-color-muted** - Hints. _(default: var(--text-mention-grey, #595959))_
   * - **--pp-color-background** - Background of cards. _(default: var(--background-default-grey, #ffffff))_
   * - **--pp-color-surface** - Notices background. _(default: var(--background-alt-grey, #f6f6f6))_
   * - **--pp-color-border** - Borders. _(default: var(--border-default-grey, #929292))_
   * - **--pp-color-error** - Errors. _(default: var(--text-default-error, #ce0500))_
   * - **--pp-color-success** - Confirmations. _(default: var(--text-default-success, #18753c))_
   * - **--pp-color-focus** - Focus outline. _(default: var(--border-plain-blue-france, #0a76f6))_
   * - **--pp-input-background** - Background of text fields (DSFR grey by default). _(default: var(--background-contrast-grey, #eeeeee))_
   * - **--pp-input-border** - Bottom border of text fields. _(default: var(--border-plain-grey, #3a3a3a))_
   * - **--pp-radius** - Corner radius. _(default: 0.25em)_
   * - **--pp-font-family** - Font (inherited by default). _(default: inherit)_
   * - **--pp-font-size** - Base font size (theme: sizes are in em). _(default: 1em)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper.
   * - **form** - The `<form>`.
   * - **error-summary** - The error summary at the top of the form.
   * - **submit** - The submit button.
   * - **notices** - The notices on the need (regulated ETP training, proportionality, number of partners).
   * - **registry** - need mode: the registry block (which file is open, « Ouvrir le registre… »).
   * - **open-registry** - need mode: the button that opens a registry file.
   * - **results** - need mode: the results section.
   * - **method** - need mode: how Binôme's score is computed (not the HAS's), under the results.
   * - **match** - need mode: one proposed partner.
   * - **more** - need mode: the "show more" button.
   * - **excluded** - need mode: the `<details>` listing excluded profiles.
   * - **selection** - need mode: the selection block.
   * - **propose** - need mode: the button that proposes the selection.
   * - **consents** - candidate mode: the consents fieldset.
   * - **message** - Loading, error and confirmation messages.
   */
  "pp-matching-form": DefineComponent<PpMatchingFormProps>;

  /**
   * A patient partner's card: photo, name or role, domains and missions, status,
   * validated trainings, association, territory, languages, projects, current load and a
   * contact action (through the establishment by default). It shows a public feed entry
   * as published (`npx binome publish`): consent was applied when the feed was made.
   * A registry or a v1 file is refused: nothing of it is shown.
   * ---
   *
   *
   * ### **Events:**
   *  - **pp-load** - The data was read. `detail: { id: string, shown: boolean }` (`shown: false`: not in the feed).
   * - **pp-error** - The data could not be read or was refused. `detail: { message: string }`.
   *
   * ### **Slots:**
   *  - _default_ - Fallback content, shown only if the data cannot be shown (e.g. a link to a PDF).
   *
   * ### **CSS Properties:**
   *  - **--pp-color-primary** - Titles, links, the card's bottom border (default DSFR blue France). _(default: var(--text-action-high-blue-france, #000091))_
   * - **--pp-color-text** - Text colour. _(default: var(--text-default-grey, #161616))_
   * - **--pp-color-muted** - Secondary text. _(default: var(--text-mention-grey, #595959))_
   * - **--pp-color-background** - Card background. _(default: var(--background-default-grey, #ffffff))_
   * - **--pp-color-surface** - Photo placeholder and message background. _(default: var(--background-alt-grey, #f6f6f6))_
   * - **--pp-color-error** - Error accent. _(default: var(--text-default-error, #ce0500))_
   * - **--pp-color-focus** - Focus outline. _(default: var(--border-plain-blue-france, #0a76f6))_
   * - **--pp-card-border-color** - Card border. _(default: var(--border-default-grey, #dddddd))_
   * - **--pp-card-photo-size** - Portrait size (default 5em). _(default: 5em)_
   * - **--pp-tag-background** - Domain tags. _(default: var(--background-contrast-grey, #eeeeee))_
   * - **--pp-radius** - Corner radius. _(default: 0.25em)_
   * - **--pp-font-family** - Font (inherited by default). _(default: inherit)_
   * - **--pp-color-on-primary** - Text on primary buttons (theme). _(default: var(--text-inverted-blue-france, #ffffff))_
   * - **--pp-color-border** - Borders (theme). _(default: var(--border-default-grey, #929292))_
   * - **--pp-color-success** - Confirmations (theme). _(default: var(--text-default-success, #18753c))_
   * - **--pp-font-size** - Base font size (theme: sizes are in em). _(default: 1em)_
   *
   * ### **CSS Parts:**
   *  - **card** - The card (`article`); its `data-pp-shown` attribute holds what it displays (JSON).
   * - **photo** - The portrait, or the neutral silhouette.
   * - **name** - The heading (name, or role and domains when the name is not published).
   * - **roles** - The validated roles.
   * - **establishment** - The establishment's name (directories of several establishments).
   * - **tags** - The list of domains; each domain is a `tag`.
   * - **tag** - One domain.
   * - **facts** - Each list of facts (territory, load…); the full details also have part `details`.
   * - **details** - The full details.
   * - **contact** - The contact block; links have part `contact-link`.
   * - **contact-link** - A contact link.
   * - **message** - Loading, unavailable or error message.
   */
  "pp-partner-card": DefineComponent<PpPartnerCardProps>;

  /**
   * The patients partenaires of one or several establishments, from their public
   * feeds (v2): a presence summary, filters (domain, mission, territory,
   * establishment, availability), accent- and case-insensitive search, a live result
   * count and a grid of cards. A registry or a v1 file is refused: nothing of it is shown.
   * ---
   *
   *
   * ### **Events:**
   *  - **pp-load** - The directory is shown. `detail: { count: number, rejected: number, failed: string[] }`.
   * - **pp-error** - No feed could be shown. `detail: { message: string }`.
   * - **pp-filter** - The filters changed. `detail: { criteria: PartnerCriteria, count: number }`.
   *
   * ### **Slots:**
   *  - _default_ - Fallback content, shown only if the data cannot be shown (e.g. a link to a PDF).
   *
   * ### **CSS Properties:**
   *  - **--pp-card-min-width** - Narrowest card before the grid wraps (default 17em). _(default: 17em)_
   * - **--pp-grid-gap** - Space between cards (default 1.5em). _(default: 1.5em)_
   * - **--pp-color-primary** - Titles, links, buttons (and every colour property of <pp-partner-card>). _(default: var(--text-action-high-blue-france, #000091))_
   * - **--pp-color-on-primary** - Text on primary buttons (theme). _(default: var(--text-inverted-blue-france, #ffffff))_
   * - **--pp-color-text** - Text (theme). _(default: var(--text-default-grey, #161616))_
   * - **--pp-color-muted** - Secondary text and hints (theme). _(default: var(--text-mention-grey, #595959))_
   * - **--pp-color-background** - Background of cards and fields (theme). _(default: var(--background-default-grey, #ffffff))_
   * - **--pp-color-surface** - Background of notices and messages (theme). _(default: var(--background-alt-grey, #f6f6f6))_
   * - **--pp-color-border** - Borders (theme). _(default: var(--border-default-grey, #929292))_
   * - **--pp-color-error** - Errors (theme). _(default: var(--text-default-error, #ce0500))_
   * - **--pp-color-success** - Confirmations (theme). _(default: var(--text-default-success, #18753c))_
   * - **--pp-color-focus** - Focus outline (theme). _(default: var(--border-plain-blue-france, #0a76f6))_
   * - **--pp-radius** - Corner radius (theme). _(default: 0.25em)_
   * - **--pp-font-family** - Font (theme: inherited from the page by default). _(default: inherit)_
   * - **--pp-font-size** - Base font size (theme: sizes are in em). _(default: 1em)_
   *
   * ### **CSS Parts:**
   *  - **summary** - The presence summary.
   * - **filters** - The filter form; its controls have parts `search`, `select`, `reset`.
   * - **search** - The search field.
   * - **select** - Each filter list.
   * - **reset** - The reset buttons.
   * - **count** - The visible result count.
   * - **notice** - The note about profiles or feeds that could not be shown.
   * - **grid** - The list of cards; each entry is an `item`.
   * - **item** - One entry of the grid.
   * - **empty** - The empty state.
   * - **toggle** - A card's « Plus d'informations » button.
   * - **card** - (and every part of <pp-partner-card>) The cards; each has a `data-pp-shown` attribute.
   * - **message** - Loading or error message.
   */
  "pp-partner-list": DefineComponent<PpPartnerListProps>;

  /**
   * « Notre partenariat en chiffres »: the public summary an establishment publishes
   * with `binome publish … --resume` (aggregates only: partners by domain and mission, projects,
   * meetings held, checklists renewed). Every count is 0, at least 3, or « moins de 3 »,
   * so that nobody can be singled out; a file with a count of 1 or 2 is refused whole.
   * Each chart has its data table; values are written, never told by colour alone.
   * ---
   *
   *
   * ### **Events:**
   *  - **pp-load** - The figures are shown. `detail: { partners: number | 'few' }`.
   * - **pp-error** - The figures cannot be shown. `detail: { message: string }`.
   *
   * ### **Slots:**
   *  - _default_ - Fallback content, shown only if the figures cannot be shown (e.g. a link to a PDF report).
   *
   * ### **CSS Properties:**
   *  - **--pp-color-primary** - Headings and bars. _(default: var(--text-action-high-blue-france, #000091))_
   * - **--pp-color-on-primary** - Text on primary buttons (theme). _(default: var(--text-inverted-blue-france, #ffffff))_
   * - **--pp-color-text** - Text (theme). _(default: var(--text-default-grey, #161616))_
   * - **--pp-color-muted** - Secondary text and hints (theme). _(default: var(--text-mention-grey, #595959))_
   * - **--pp-color-background** - Background of cards and fields (theme). _(default: var(--background-default-grey, #ffffff))_
   * - **--pp-color-surface** - Background of notices and messages (theme). _(default: var(--background-alt-grey, #f6f6f6))_
   * - **--pp-color-border** - Borders (theme). _(default: var(--border-default-grey, #929292))_
   * - **--pp-color-error** - Errors (theme). _(default: var(--text-default-error, #ce0500))_
   * - **--pp-color-success** - Confirmations (theme). _(default: var(--text-default-success, #18753c))_
   * - **--pp-color-focus** - Focus outline (theme). _(default: var(--border-plain-blue-france, #0a76f6))_
   * - **--pp-radius** - Corner radius (theme). _(default: 0.25em)_
   * - **--pp-font-family** - Font (theme: inherited from the page by default). _(default: inherit)_
   * - **--pp-font-size** - Base font size (theme: sizes are in em). _(default: 1em)_
   *
   * ### **CSS Parts:**
   *  - **figures** - The key figures.
   * - **chart** - Each bar chart (hidden from assistive technologies: its table says the same).
   * - **table** - Each data table.
   * - **note** - The note explaining « moins de 3 ».
   * - **message** - Loading or error message.
   */
  "pp-partnership-summary": DefineComponent<PpPartnershipSummaryProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}

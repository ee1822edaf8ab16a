/**
 * The widget library itself, imported from widgets/ (never copied): the same elements
 * hospital sites embed, registered in the extension's pages. Loaded on demand by
 * widgets.ts when a project or a contact is shown, so the library's first screen does
 * not pay for them. Their messages (fr/en) and styles come with them, inside their
 * shadow roots.
 */
import '../../../widgets/charter-signer/index';
import '../../../widgets/checklist/index';
import '../../../widgets/matching-form/index';
import '../../../widgets/partner-card/index';

export { loadCharterTools } from '../../../widgets/charter-signer/index';

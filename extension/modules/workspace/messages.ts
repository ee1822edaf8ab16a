/** The workspace's interface text in the page's language (follows the options, like the rest of the library). */
import { computed } from '@preact/signals';
import { CHECKLIST_MEMBERS_MESSAGES } from '../i18n/checklist-members';
import { EFFECT_MESSAGES } from '../i18n/effects';
import { MEETING_MESSAGES } from '../i18n/meetings';
import { WORKSPACE_MESSAGES } from '../i18n/workspace';
import { locale } from '../ui/locale';

export const wm = computed(() => WORKSPACE_MESSAGES[locale.value]);

/** The words of a project's meetings (i18n/meetings.ts). */
export const mmsg = computed(() => MEETING_MESSAGES[locale.value]);

/** The words of the checklist answered by several people (i18n/checklist-members.ts). */
export const cmm = computed(() => CHECKLIST_MEMBERS_MESSAGES[locale.value]);

/** The words of a project's effects (i18n/effects.ts). */
export const emsg = computed(() => EFFECT_MESSAGES[locale.value]);

/** The workspace's interface text in the page's language (follows the options, like the rest of the library). */
import { computed } from '@preact/signals';
import { MEETING_MESSAGES } from '../i18n/meetings';
import { WORKSPACE_MESSAGES } from '../i18n/workspace';
import { locale } from '../ui/locale';

export const wm = computed(() => WORKSPACE_MESSAGES[locale.value]);

/** The words of a project's meetings (i18n/meetings.ts). */
export const mmsg = computed(() => MEETING_MESSAGES[locale.value]);

/** The workspace's interface text in the page's language (follows the options, like the rest of the library). */
import { computed } from '@preact/signals';
import { WORKSPACE_MESSAGES } from '../i18n/workspace';
import { locale } from '../ui/locale';

export const wm = computed(() => WORKSPACE_MESSAGES[locale.value]);

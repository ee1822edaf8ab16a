/** The registry's interface text in the page's language (follows the options, like the rest of the library). */
import { computed } from '@preact/signals';
import { REGISTRY_MESSAGES } from '../i18n/registry';
import { locale } from '../ui/locale';

export const rm = computed(() => REGISTRY_MESSAGES[locale.value]);

/** The words of a project's page around its panels (i18n/project-page.ts), in the page's language. */
import { computed } from '@preact/signals';
import { PROJECT_PAGE_WORDS } from '../i18n/project-page';
import { locale } from '../ui/locale';

export const pw = computed(() => PROJECT_PAGE_WORDS[locale.value]);

/**
 * The library's sections — resources, projects, contacts, the partner registry — as links that change the
 * page's address (`?section=projects&project=<id>`): each view can be bookmarked,
 * opened in a tab, and the browser's Back button goes back.
 */
import { computed, signal } from '@preact/signals';
import { SECTION_NAMES } from '../i18n/sections';
import { locale } from '../ui/locale';
import './sections.css';

export type Section = 'resources' | 'projects' | 'contacts' | 'registry';
const SECTIONS: readonly Section[] = ['resources', 'projects', 'contacts', 'registry'];

export interface Route {
  readonly section: Section;
  /** The project (projects), contact (contacts) or registry partner (registry) shown, if any. */
  readonly id: string | null;
}

function read(search = typeof location === 'object' ? location.search : ''): Route {
  const params = new URLSearchParams(search);
  const section = params.get('section');
  const id = params.get('id');
  return {
    section: SECTIONS.includes(section as Section) ? (section as Section) : 'resources',
    id: id && /^[\w.:~-]{1,128}$/.test(id) ? id : null,
  };
}

export const route = signal<Route>(read());

function hrefOf(next: Route): string {
  const params = new URLSearchParams(location.search);
  params.delete('section');
  params.delete('id');
  if (next.section !== 'resources') params.set('section', next.section);
  if (next.id) params.set('id', next.id);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** Goes to a section (or one project / contact in it), as a new history entry. */
export function navigate(next: Route): void {
  if (next.section === route.value.section && next.id === route.value.id) return;
  history.pushState(null, '', hrefOf(next));
  route.value = next;
}

if (typeof window === 'object') window.addEventListener('popstate', () => (route.value = read()));

/** The section names only: the rest of the workspace's text (i18n/workspace.ts) comes with its sections. */
const names = computed(() => SECTION_NAMES[locale.value]);

export function SectionNav() {
  const m = names.value;
  const current = route.value.section;
  return (
    <nav class="section-nav" aria-label={m.label}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <a
              href={hrefOf({ section, id: null })}
              aria-current={current === section ? 'page' : undefined}
              onClick={(event) => {
                if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                navigate({ section, id: null });
              }}
            >
              {m[section]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

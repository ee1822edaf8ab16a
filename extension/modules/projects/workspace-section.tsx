/**
 * The Projects and Contacts sections of the library page, on the library's own connection
 * (one workspace per page: workspace-state.ts).
 */
import { ContactsView } from '../contacts/contacts-view';
import type { LibraryState } from '../library/library-state';
import { ProjectsView } from './projects-view';
import type { Section } from './sections';
import { workspaceOf } from './workspace-state';

export function WorkspaceSection({ section, library }: { section: Exclude<Section, 'resources'>; library: LibraryState }) {
  const workspace = workspaceOf(library.store);
  return section === 'projects' ? (
    <ProjectsView workspace={workspace} library={library} />
  ) : (
    <ContactsView workspace={workspace} />
  );
}

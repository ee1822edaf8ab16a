/**
 * The Projects, Contacts and partner registry sections of the library page, on the
 * library's own connection (one workspace per page: workspace-state.ts).
 */
import { ContactsView } from '../contacts/contacts-view';
import type { LibraryState } from '../library/library-state';
import type { Platform } from '../platform/platform';
import { ProjectsView } from '../projects/projects-view';
import { RegistryView } from '../registry/registry-view';
import type { Section } from '../workspace/sections';
import { workspaceOf } from '../workspace/workspace-state';

export interface WorkspaceSectionProps {
  readonly section: Exclude<Section, 'resources'>;
  readonly library: LibraryState;
  readonly platform: Platform;
}

export function WorkspaceSection({ section, library, platform }: WorkspaceSectionProps) {
  const workspace = workspaceOf(library.store);
  if (section === 'projects') return <ProjectsView workspace={workspace} library={library} />;
  if (section === 'registry') return <RegistryView workspace={workspace} platform={platform} />;
  return <ContactsView workspace={workspace} />;
}

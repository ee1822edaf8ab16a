/**
 * A project page of the library, mounted for real (real IndexedDB): what the project
 * sections' tests share. `useProjectPage()` resets the route, the locale and the URL after
 * each test; `openNewProject(prepare)` mounts the library, creates the project, lets the
 * test store what it needs, then opens the project page.
 */
import { afterEach, beforeEach } from 'vitest';
import { LibraryApp } from '../../../../extension/modules/sidepanel/library-app';
import { locale } from '../../../../extension/modules/ui/locale';
import { route } from '../../../../extension/modules/workspace/sections';
import { type WorkspaceState, workspaceOf } from '../../../../extension/modules/workspace/workspace-state';
import { fakePlatform, type Mounted, mount, until } from '../../helpers/extension-page';

let mounted: Mounted | null = null;

export function useProjectPage(): void {
  const startUrl = location.href;
  beforeEach(() => {
    route.value = { section: 'projects', id: null };
  });
  afterEach(() => {
    mounted?.unmount();
    mounted = null;
    history.replaceState(null, '', startUrl);
    locale.value = 'fr';
    document.documentElement.lang = 'fr';
  });
}

export async function openNewProject(
  prepare: (workspace: WorkspaceState, projectId: string) => Promise<unknown> = async () => {},
) {
  mounted = await mount(LibraryApp, { platform: fakePlatform(), view: 'page' });
  const { container, store } = mounted;
  const workspace = workspaceOf(store);
  await until(() => workspace.ready.value);
  const project = await workspace.store.createProject({
    title: 'Accueil des urgences',
    domain: 'offre_soins',
    dates: { start: '2025-01-01' },
    description: '',
  });
  await prepare(workspace, project.id);
  await workspace.refreshProjects();
  route.value = { section: 'projects', id: project.id };
  return { container, workspace, project };
}

/**
 * A workspace store on a library database of its own (fake-indexeddb in the unit project),
 * closed when the test that opened it ends — the store tests' shared setup.
 */
import { onTestFinished } from 'vitest';
import { LibraryStore } from '../../extension/modules/store/library-store';
import type { ProjectRecord } from '../../extension/modules/store/records';
import { WorkspaceStore } from '../../extension/modules/workspace/workspace-store';

let counter = 0;

/** Opens a fresh workspace; `name` prefixes its database name (which test made it, when one is left over). */
export async function openWorkspace(name: string): Promise<WorkspaceStore> {
  const workspace = new WorkspaceStore(await LibraryStore.open(`${name}-${Date.now()}-${counter++}`));
  onTestFinished(() => {
    workspace.close();
    workspace.library.close();
  });
  return workspace;
}

/** A fresh workspace holding one project, « Accueil des urgences » (offre de soins, from 1 January 2026). */
export async function workspaceWithProject(name: string): Promise<{ workspace: WorkspaceStore; project: ProjectRecord }> {
  const workspace = await openWorkspace(name);
  const project = await workspace.createProject({
    title: 'Accueil des urgences',
    domain: 'offre_soins',
    dates: { start: '2026-01-01' },
    description: '',
  });
  return { workspace, project };
}

/**
 * A project panel's records, read again whenever the workspace says that kind of record of
 * this project changed (here or in another page of the extension: `WorkspaceState.touched`).
 * A read that answers after the panel moved to another project, or unmounted, is dropped.
 */
import { useEffect } from 'preact/hooks';
import type { WorkspaceState } from './workspace-state';

export type ProjectRecordKind = NonNullable<WorkspaceState['touched']['value']>['kind'];

export function useProjectRecords<T>(
  workspace: WorkspaceState,
  projectId: string,
  kind: ProjectRecordKind,
  read: () => Promise<T>,
  apply: (value: T) => void,
): void {
  const touched = workspace.touched.value;
  // Not on read/apply: new closures each render; the project and its changes decide.
  useEffect(() => {
    if (touched && (touched.projectId !== projectId || touched.kind !== kind)) return;
    let live = true;
    read().then((value) => {
      if (live) apply(value);
    });
    return () => {
      live = false;
    };
  }, [projectId, touched]);
}

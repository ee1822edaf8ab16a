/**
 * The workspace as signals, for one extension page: projects, contacts and the partner registry (a few hundred
 * at most: read whole), kept up to date with the changes made by this page and by the
 * other extension pages (the popup saving contacts, another window).
 */
import { batch, signal } from '@preact/signals';
import type { SavedContact } from '../../../shared/schemas/contact';
import type { LibraryStore } from '../store/library-store';
import type { ProjectRecord } from '../store/records';
import type { RegistryData } from './registry-store';
import { type WorkspaceChange, WorkspaceStore } from './workspace-store';

export class WorkspaceState {
  readonly projects = signal<ProjectRecord[]>([]);
  readonly contacts = signal<SavedContact[]>([]);
  /** The partner registry (workspace/registry-store.ts): a few hundred records at most, read whole. */
  readonly registry = signal<RegistryData>({ info: undefined, partners: [], withdrawals: [] });
  readonly ready = signal(false);
  readonly error = signal<string | null>(null);
  /** Bumped on every change of a project's checklist, charters, meetings or effects, with the project's id. */
  readonly touched = signal<{
    projectId: string;
    kind: 'checklist' | 'charters' | 'meetings' | 'effects';
    at: number;
  } | null>(null);
  private unsubscribe: (() => void) | null = null;

  constructor(readonly store: WorkspaceStore) {}

  async start(): Promise<void> {
    this.unsubscribe = this.store.onChange((change) => void this.onChange(change));
    try {
      const [projects, contacts, registry] = await Promise.all([
        this.store.projects(),
        this.store.contacts(),
        this.store.registry.read(),
      ]);
      batch(() => {
        this.projects.value = projects;
        this.contacts.value = contacts;
        this.registry.value = registry;
        this.ready.value = true;
      });
    } catch (error) {
      this.error.value = error instanceof Error ? error.message : String(error);
    }
  }

  stop(): void {
    this.unsubscribe?.();
  }

  private async onChange(change: WorkspaceChange): Promise<void> {
    if (change.type === 'projects') this.projects.value = await this.store.projects();
    else if (change.type === 'contacts') this.contacts.value = await this.store.contacts();
    else if (change.type === 'registry') this.registry.value = await this.store.registry.read();
    else this.touched.value = { projectId: change.projectId, kind: change.type, at: performance.now() };
  }

  /** Reads the projects again now (after a write of this page, before showing its result). */
  async refreshProjects(): Promise<void> {
    this.projects.value = await this.store.projects();
  }

  project(id: string | null): ProjectRecord | undefined {
    return id ? this.projects.value.find((p) => p.id === id) : undefined;
  }

  contact(id: string | null): SavedContact | undefined {
    return id ? this.contacts.value.find((c) => c.id === id) : undefined;
  }
}

const states = new WeakMap<LibraryStore, WorkspaceState>();

/** One workspace (store and state) per library connection, started once. */
export function workspaceOf(library: LibraryStore): WorkspaceState {
  let state = states.get(library);
  if (!state) {
    state = new WorkspaceState(new WorkspaceStore(library));
    states.set(library, state);
    void state.start();
  }
  return state;
}

/** The Projects, Contacts and registry sections, loaded when one is first opened (workspace-section.tsx). */
import { messages } from '../ui/locale';
import { lazyComponent } from './lazy';

export const WorkspaceSection = lazyComponent(
  () => import('./workspace-section').then((m) => m.WorkspaceSection),
  () => <p>{messages.value.loadingLibrary}</p>,
);

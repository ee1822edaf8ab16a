/** The Projects, Contacts and registry sections, loaded when one is first opened (workspace-section.tsx). */

import { lazyComponent } from '../ui/lazy';
import { messages } from '../ui/locale';

export const WorkspaceSection = lazyComponent(
  () => import('./workspace-section').then((m) => m.WorkspaceSection),
  () => <p>{messages.value.loadingLibrary}</p>,
);

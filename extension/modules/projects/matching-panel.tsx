/**
 * Matching from the library: `<pp-matching-form mode="need">` — the widget hospitals
 * embed — ranks the user's saved contacts (rebuilt as profiles from what their cards
 * showed, shared/contacts/profile.ts). Its rules apply unchanged: only contacts whose
 * agreement the user recorded are ranked or named. The selection it proposes
 * (`pp-select`) is linked to the project, with the need it answered.
 */
import { useMemo } from 'preact/hooks';
import { contactEstablishment, contactToProfile, mayBeProposed } from '../../../shared/contacts/profile';
import { describeError } from './describe-error';
import { wm } from './messages';
import type { ProjectRecord } from './records';
import type { Say } from './say';
import { WidgetsGate } from './widgets-gate';
import type { WorkspaceState } from './workspace-state';
import './widget-jsx';

export function MatchingPanel({ workspace, project, say }: { workspace: WorkspaceState; project: ProjectRecord; say: Say }) {
  const M = wm.value.matching;
  const contacts = workspace.contacts.value;
  const profiles = useMemo(() => contacts.map(contactToProfile), [contacts]);
  const agreed = contacts.filter(mayBeProposed).length;
  // One establishment for the widget's contact hints only when every contact comes from the same one.
  const establishments = new Set(contacts.map((c) => contactEstablishment(c)?.name));
  const establishment = establishments.size === 1 ? contactEstablishment(contacts[0] as (typeof contacts)[number]) : undefined;

  const onSelect = async (event: CustomEvent<{ ids: string[]; need: ProjectRecord['need'] }>) => {
    const { ids, need } = event.detail;
    try {
      await workspace.store.linkContacts(project.id, ids, need);
      say({ text: M.linked(ids.length), tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  return (
    <details class="matching" data-testid="matching">
      <summary>{M.heading}</summary>
      <p>{M.intro(contacts.length, agreed)}</p>
      <p class="hint">{M.agreementHint}</p>
      <WidgetsGate>
        <pp-matching-form
          mode="need"
          heading-level="4"
          partners={profiles}
          {...(establishment ? { establishment } : {})}
          onpp-select={(e) => void onSelect(e)}
        />
      </WidgetsGate>
    </details>
  );
}

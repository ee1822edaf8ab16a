/**
 * Matching from the library: `<pp-matching-form mode="need">` — the widget hospitals
 * embed — ranks either the establishment's partner registry or the user's saved
 * contacts, one pool at a time, chosen here.
 *
 * A coordinator who keeps a registry expects to search it first: those are the people
 * she works with, whose consents she records herself (the `matching` consent, and the
 * sharing of lived experience with project teams), with full profiles. Contacts read on
 * public pages (this or another establishment's) are a second pool, under another rule
 * (the agreement the user recorded) and often another establishment to go through: mixed
 * in one ranking, two consent regimes and two contact routes would be confused. So the
 * registry is searched by default when it holds anyone, the contacts otherwise, and the
 * user switches between them. The widget's rules apply unchanged to both: nobody without
 * the matching consent (or recorded agreement) is ranked or named, and nothing about
 * experience is shown or weighed without the consent to share it.
 *
 * The selection it proposes (`pp-select`) is linked to the project, with the need it
 * answered: registry partners as `registry:<id>`, contacts by their id. The form starts
 * from what the project already says (title, domain, missions, duration from its dates;
 * the last need searched when there is one): the coordinator typed it once, on creation.
 */
import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { contactEstablishment, mayBeProposed } from '../../../shared/contacts/profile';
import { needDraftOf } from '../../../shared/matching/need-draft';
import { isMatchable } from '../../../shared/schemas/partner';
import type { ProjectRecord } from '../store/records';
import { describeError } from '../ui/describe-error';
import type { Say } from '../ui/say';
import { wm } from '../workspace/messages';
import { registryLink, registryOf } from '../workspace/registry-store';
import { WidgetsGate } from '../workspace/widgets-gate';
import type { WorkspaceState } from '../workspace/workspace-state';
import { MatchingAgreements } from './matching-agreements';
import { referencedProfiles } from './matching-references';
import '../workspace/widget-jsx';

type Pool = 'registry' | 'contacts';

export function MatchingPanel({ workspace, project, say }: { workspace: WorkspaceState; project: ProjectRecord; say: Say }) {
  const M = wm.value.matching;
  const contacts = workspace.contacts.value;
  const data = workspace.registry.value;
  const registry = useMemo(() => {
    try {
      return registryOf(data);
    } catch {
      return null;
    }
  }, [data]);
  // Named in the results by the card's reference, not the library's key (matching-references.ts).
  const { profiles, contactIdOf } = useMemo(() => referencedProfiles(contacts), [contacts]);
  const unplaced = contacts.length - profiles.length;
  const agreed = contacts.filter(mayBeProposed).length;
  const inRegistry = registry?.partners.length ?? 0;
  const matchable = registry?.partners.filter(isMatchable).length ?? 0;
  const choice = useSignal<Pool | null>(null);
  const pool: Pool = choice.value ?? (inRegistry > 0 ? 'registry' : 'contacts');
  // One establishment for the widget's contact hints only when every contact comes from the same one.
  const establishments = new Set(contacts.map((c) => contactEstablishment(c)?.name));
  const establishment = establishments.size === 1 && contacts[0] ? contactEstablishment(contacts[0]) : undefined;
  const name = `matching-pool-${project.id}`;
  const draft = useMemo(() => needDraftOf(project), [project]);
  // The form is built when the disclosure is first opened, then kept (its results survive closing it).
  const opened = useSignal(false);

  const onSelect = async (event: CustomEvent<{ ids: string[]; need: ProjectRecord['need'] }>) => {
    const { ids, need } = event.detail;
    const links = pool === 'registry' ? ids.map(registryLink) : ids.map((id) => contactIdOf.get(id) ?? id);
    try {
      await workspace.store.linkContacts(project.id, links, need);
      say({ text: M.linked(ids.length), tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  return (
    <details
      class="matching"
      data-testid="matching"
      onToggle={(e) => {
        if (e.currentTarget.open) opened.value = true;
      }}
    >
      <summary>{M.heading}</summary>
      <fieldset>
        <legend>{M.pool}</legend>
        <label class="check">
          <input
            type="radio"
            name={name}
            value="registry"
            checked={pool === 'registry'}
            disabled={inRegistry === 0}
            onChange={() => (choice.value = 'registry')}
          />
          <span>{M.registryPool(inRegistry, matchable)}</span>
        </label>
        <label class="check">
          <input
            type="radio"
            name={name}
            value="contacts"
            checked={pool === 'contacts'}
            onChange={() => (choice.value = 'contacts')}
          />
          <span>{M.contactsPool(contacts.length, agreed)}</span>
        </label>
      </fieldset>
      <p class="hint">{pool === 'registry' ? M.registryHint : M.agreementHint}</p>
      {pool === 'contacts' && unplaced > 0 ? <p class="hint">{M.unplaced(unplaced)}</p> : null}
      {pool === 'contacts' ? <MatchingAgreements workspace={workspace} contacts={contacts} idPrefix={name} say={say} /> : null}
      {!opened.value ? null : (
        <WidgetsGate>
          {pool === 'registry' && registry ? (
            <pp-matching-form
              key="registry"
              mode="need"
              heading-level="4"
              registry={registry}
              draft={draft}
              onpp-select={(e) => void onSelect(e)}
            />
          ) : (
            <pp-matching-form
              key="contacts"
              mode="need"
              heading-level="4"
              partners={profiles}
              draft={draft}
              {...(establishment ? { establishment } : {})}
              onpp-select={(e) => void onSelect(e)}
            />
          )}
        </WidgetsGate>
      )}
    </details>
  );
}

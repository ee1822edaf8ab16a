/**
 * A project's partners: the contacts and registry partners (`registry:<id>`) linked to
 * it, adding one by hand, and finding some with the matching form (matching-panel.tsx).
 * Two at least, says the HAS (3.1).
 */
import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { ProjectRecord } from '../store/records';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import { contactFacts, contactTitle } from '../workspace/contact-labels';
import { wm } from '../workspace/messages';
import { REGISTRY_LINK, registryIdOfLink, registryLink } from '../workspace/registry-links';
import { registryTitle } from '../workspace/registry-words';
import type { WorkspaceState } from '../workspace/workspace-state';
import { MatchingPanel } from './matching-panel';

export interface PartnersPanelProps {
  readonly workspace: WorkspaceState;
  readonly project: ProjectRecord;
  readonly say: Say;
}

export function PartnersPanel({ workspace, project, say }: PartnersPanelProps) {
  const m = wm.value;
  const T = m.partners;
  const contacts = workspace.contacts.value;
  const registry = workspace.registry.value.partners;
  const byId = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const inRegistry = useMemo(() => new Map(registry.map((r) => [r.id, r.profile])), [registry]);
  const choice = useSignal('');
  const others = contacts.filter((c) => !project.partnerIds.includes(c.id));
  const otherPartners = registry.filter((r) => !project.partnerIds.includes(registryLink(r.id)));
  const headingId = `partners-${project.id}`;
  /** The title and facts of one link: a contact, or a registry partner. */
  const describe = (id: string): { title: string; facts?: string } => {
    const registryId = registryIdOfLink(id);
    if (registryId !== null) {
      const profile = inRegistry.get(registryId);
      return profile ? { title: registryTitle(profile), facts: T.fromRegistry } : { title: T.missingPartner };
    }
    const contact = byId.get(id);
    return contact
      ? { title: contactTitle(contact, locale.value), facts: contactFacts(contact, locale.value) }
      : { title: T.missing };
  };

  const add = async (event: Event) => {
    event.preventDefault();
    if (!choice.value) return;
    try {
      await workspace.store.linkContacts(project.id, [choice.value]);
      choice.value = '';
      say({ text: T.added(1), tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  const remove = async (contactId: string) => {
    try {
      await workspace.store.unlinkContact(project.id, contactId);
      say({ text: T.removed, tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  return (
    <section class="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{T.heading}</h3>
      {project.partnerIds.length ? (
        <ul class="plain-list" data-testid="project-partners">
          {project.partnerIds.map((id) => {
            const { title, facts } = describe(id);
            return (
              <li key={id} class="row-item">
                <span>
                  <strong>{title}</strong>
                  {facts ? <span class="muted"> — {facts}</span> : null}
                </span>
                <button type="button" class="button small" aria-label={T.removeNamed(title)} onClick={() => void remove(id)}>
                  {m.remove}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{T.none}</p>
      )}
      {project.partnerIds.length === 1 ? <p class="notice">{T.fewerThanTwo}</p> : null}
      {contacts.length === 0 && registry.length === 0 ? (
        <p class="muted">{T.noContacts}</p>
      ) : others.length || otherPartners.length ? (
        <form class="inline-form" onSubmit={add}>
          <div class="field">
            <label for={`${headingId}-add`}>{T.add}</label>
            <select id={`${headingId}-add`} value={choice.value} onChange={(e) => (choice.value = e.currentTarget.value)}>
              <option value="">—</option>
              {others.length ? (
                <optgroup label={T.contactsGroup}>
                  {others.map((c) => (
                    <option key={c.id} value={c.id}>
                      {contactTitle(c, locale.value)} — {contactFacts(c, locale.value)}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {otherPartners.length ? (
                <optgroup label={T.registryGroup}>
                  {otherPartners.map((r) => (
                    <option key={r.id} value={`${REGISTRY_LINK}${r.id}`}>
                      {registryTitle(r.profile)}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </div>
          <button type="submit" class="button small">
            {T.addButton}
          </button>
        </form>
      ) : null}
      {contacts.length || registry.length ? <MatchingPanel workspace={workspace} project={project} say={say} /> : null}
    </section>
  );
}

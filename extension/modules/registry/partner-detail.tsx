/**
 * One registry partner: what the next publication will show of them (in the publish
 * report's words), their consents, their profile to edit, and deletion.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { RegistryPartnerRecord } from '../../../shared/schemas/workspace';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import { publishLine, registryTitle } from '../workspace/registry-words';
import type { WorkspaceState } from '../workspace/workspace-state';
import { ConsentPanel } from './consent-panel';
import { rm } from './messages';
import { PartnerEditor } from './partner-editor';

export interface PartnerDetailProps {
  readonly workspace: WorkspaceState;
  readonly record: RegistryPartnerRecord;
  readonly say: Say;
  readonly onClose: () => void;
  /** The record is gone (erased or deleted). */
  readonly onGone: () => void;
}

export function PartnerDetail({ workspace, record, say, onClose, onGone }: PartnerDetailProps) {
  const R = rm.value;
  const editing = useSignal(false);
  const confirming = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const title = registryTitle(record.profile);
  const { line } = publishLine(record.profile, locale.value);

  useEffect(() => heading.current?.focus(), [record.id]);
  useEffect(() => {
    if (confirming.value) confirmButton.current?.focus();
  }, [confirming.value]);

  const remove = async () => {
    try {
      await workspace.store.registry.deletePartner(record.id);
      say({ text: R.deleted(record.id), tone: 'success' });
      onGone();
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  return (
    <article class="registry-detail" aria-labelledby="registry-partner-title">
      <p class="back">
        <button type="button" class="link-button" onClick={onClose}>
          {R.back}
        </button>
      </p>
      <h2 id="registry-partner-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <p data-testid="registry-publish-line">{line}</p>

      <ConsentPanel workspace={workspace} record={record} say={say} onErased={onGone} />

      <section class="panel" aria-labelledby="registry-edit-heading">
        <h3 id="registry-edit-heading">{R.editHeading}</h3>
        {editing.value ? (
          <PartnerEditor
            workspace={workspace}
            record={record}
            say={say}
            onDone={() => {
              editing.value = false;
              queueMicrotask(() => document.getElementById('registry-edit-button')?.focus());
            }}
          />
        ) : (
          <button id="registry-edit-button" type="button" class="button small" onClick={() => (editing.value = true)}>
            {R.edit}
          </button>
        )}
      </section>

      <div class="actions panel">
        <button
          type="button"
          class="button small danger"
          aria-expanded={confirming.value}
          onClick={() => (confirming.value = true)}
        >
          {R.delete}
        </button>
      </div>
      {confirming.value ? (
        <div class="notice error" role="alert">
          <p>{R.deleteConfirm}</p>
          <div class="actions">
            <button type="button" class="button danger primary" ref={confirmButton} onClick={() => void remove()}>
              {R.deleteButton}
            </button>
            <button type="button" class="button" onClick={() => (confirming.value = false)}>
              {R.cancel}
            </button>
          </div>
        </div>
      ) : null}
    </article>
  );
}

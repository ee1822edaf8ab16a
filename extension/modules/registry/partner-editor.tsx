/**
 * The partner form: a new partner, or the day-to-day fields of an existing one (name,
 * roles and their validation, domains and missions, territory, load, own contact). Every
 * control is a native, labelled one; the registry's schema validates the result, and a
 * refusal says which field and why (nothing is written then). Consents are not edited
 * here: they are recorded one by one, dated (consent-panel.tsx).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { todayIso } from '../../../shared/checklist/evaluation';
import { localized } from '../../../shared/i18n/locale';
import type { RegistryPartnerRecord } from '../../../shared/schemas/workspace';
import {
  DOMAIN_IDS,
  DOMAIN_LABELS,
  type DomainId,
  domainOfMission,
  MISSION_IDS,
  type MissionId,
} from '../../../shared/vocab/domain-labels';
import { MISSION_LABELS_FR } from '../../../shared/vocab/mission-labels';
import { MISSION_LABELS_EN } from '../../../shared/vocab/mission-labels-en';
import { ROLE_IDS, type RoleId, roleLabel } from '../../../shared/vocab/role-labels';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import type { WorkspaceState } from '../workspace/workspace-state';
import { draftOf, type PartnerDraft, profileFromDraft } from './draft';
import { rm } from './messages';

export interface PartnerEditorProps {
  readonly workspace: WorkspaceState;
  /** The partner to edit; absent: a new partner. */
  readonly record?: RegistryPartnerRecord;
  readonly say: Say;
  /** Saved (with the new partner's id) or cancelled (undefined). */
  readonly onDone: (createdId?: string) => void;
}

const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);

export function PartnerEditor({ workspace, record, say, onDone }: PartnerEditorProps) {
  const R = rm.value;
  const creating = !record;
  const establishment = workspace.registry.value.info?.establishment.name ?? '';
  const draft = useSignal<PartnerDraft>(draftOf(record?.profile, { validatedBy: establishment, today: todayIso() }));
  const heading = useRef<HTMLHeadingElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const d = draft.value;
  const set = (patch: Partial<PartnerDraft>) => (draft.value = { ...draft.value, ...patch });
  const p = creating ? 'registry-new' : 'registry-edit';

  useEffect(() => {
    if (creating) heading.current?.focus();
    else firstField.current?.focus();
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const input = profileFromDraft(draft.value, record?.profile);
    try {
      const saved = await workspace.store.registry.savePartner(input.id, () => input, { create: creating });
      say({ text: creating ? R.created(saved.id) : R.saved, tone: 'success' });
      onDone(creating ? saved.id : undefined);
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  const roleName = (role: RoleId) => roleLabel(role, locale.value, d.gender || undefined);
  const missionName = (m: MissionId) => (locale.value === 'en' ? MISSION_LABELS_EN[m] : MISSION_LABELS_FR[m]);

  return (
    <form class="registry-editor" onSubmit={submit} aria-labelledby={creating ? `${p}-heading` : 'registry-edit-heading'}>
      {creating ? (
        <h2 id={`${p}-heading`} tabIndex={-1} ref={heading}>
          {R.newHeading}
        </h2>
      ) : null}
      {creating ? (
        <div class="field">
          <label for={`${p}-id`}>
            {R.id}
            <span class="hint" id={`${p}-id-hint`}>
              {R.idHint}
            </span>
          </label>
          <input
            id={`${p}-id`}
            required
            maxLength={128}
            autocomplete="off"
            aria-describedby={`${p}-id-hint`}
            value={d.id}
            onInput={(e) => set({ id: e.currentTarget.value })}
          />
        </div>
      ) : null}
      <div class="field-row">
        <div class="field">
          <label for={`${p}-given`}>{R.given}</label>
          <input
            id={`${p}-given`}
            ref={firstField}
            maxLength={200}
            autocomplete="off"
            value={d.given}
            onInput={(e) => set({ given: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${p}-family`}>{R.family}</label>
          <input
            id={`${p}-family`}
            maxLength={200}
            autocomplete="off"
            value={d.family}
            onInput={(e) => set({ family: e.currentTarget.value })}
          />
        </div>
      </div>
      <div class="field">
        <label for={`${p}-display`}>
          {R.displayName}
          <span class="hint" id={`${p}-display-hint`}>
            {R.displayHint}
          </span>
        </label>
        <input
          id={`${p}-display`}
          maxLength={200}
          autocomplete="off"
          aria-describedby={`${p}-display-hint`}
          value={d.display}
          onInput={(e) => set({ display: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${p}-gender`}>{R.gender}</label>
        <select
          id={`${p}-gender`}
          value={d.gender}
          onChange={(e) => set({ gender: e.currentTarget.value as PartnerDraft['gender'] })}
        >
          <option value="">{R.genderNone}</option>
          {(['f', 'm', 'x'] as const).map((g) => (
            <option key={g} value={g}>
              {R.genders[g]}
            </option>
          ))}
        </select>
      </div>

      <fieldset>
        <legend>{R.roles}</legend>
        <p class="hint">{R.rolesHint}</p>
        <ul class="plain-list">
          {ROLE_IDS.map((role) => (
            <li key={role}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={d.roles.includes(role)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    set({ roles: toggle(d.roles, role, on), validated: on ? d.validated : toggle(d.validated, role, false) });
                  }}
                />
                <span>{roleName(role)}</span>
              </label>
              {d.roles.includes(role) ? (
                <label class="check nested">
                  <input
                    type="checkbox"
                    checked={d.validated.includes(role)}
                    onChange={(e) => set({ validated: toggle(d.validated, role, e.currentTarget.checked) })}
                  />
                  <span>{R.roleValidated(roleName(role))}</span>
                </label>
              ) : null}
            </li>
          ))}
        </ul>
        <div class="field-row">
          <div class="field">
            <label for={`${p}-validated-by`}>{R.validatedBy}</label>
            <input
              id={`${p}-validated-by`}
              maxLength={200}
              value={d.validatedBy}
              onInput={(e) => set({ validatedBy: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`${p}-validated-on`}>{R.validatedOn}</label>
            <input
              id={`${p}-validated-on`}
              type="date"
              max={todayIso()}
              value={d.validatedOn}
              onInput={(e) => set({ validatedOn: e.currentTarget.value })}
            />
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>{R.domains}</legend>
        {DOMAIN_IDS.map((domain) => (
          <label key={domain} class="check">
            <input
              type="checkbox"
              checked={d.domains.includes(domain)}
              onChange={(e) => set({ domains: toggle(d.domains, domain as DomainId, e.currentTarget.checked) })}
            />
            <span>{localized(DOMAIN_LABELS[domain], locale.value)}</span>
          </label>
        ))}
      </fieldset>
      {d.domains.map((domain) => (
        <fieldset key={domain}>
          <legend>{R.missions(localized(DOMAIN_LABELS[domain], locale.value))}</legend>
          {MISSION_IDS.filter((m) => domainOfMission(m) === domain).map((mission) => (
            <label key={mission} class="check">
              <input
                type="checkbox"
                checked={d.missions.includes(mission)}
                onChange={(e) => set({ missions: toggle(d.missions, mission, e.currentTarget.checked) })}
              />
              <span>{missionName(mission)}</span>
            </label>
          ))}
        </fieldset>
      ))}

      <fieldset>
        <legend>{R.territory}</legend>
        <div class="field-row">
          <div class="field">
            <label for={`${p}-departement`}>
              {R.departement}
              <span class="hint" id={`${p}-departement-hint`}>
                {R.departementHint}
              </span>
            </label>
            <input
              id={`${p}-departement`}
              required
              maxLength={3}
              autocomplete="off"
              aria-describedby={`${p}-departement-hint`}
              value={d.departement}
              onInput={(e) => set({ departement: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`${p}-commune`}>{R.commune}</label>
            <input
              id={`${p}-commune`}
              maxLength={200}
              value={d.commune}
              onInput={(e) => set({ commune: e.currentTarget.value })}
            />
          </div>
        </div>
        <label class="check">
          <input type="checkbox" checked={d.remote} onChange={(e) => set({ remote: e.currentTarget.checked })} />
          <span>{R.remote}</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{R.load}</legend>
        <div class="field-row">
          <div class="field">
            <label for={`${p}-active`}>{R.activeMissions}</label>
            <input
              id={`${p}-active`}
              type="number"
              min={0}
              step={1}
              required
              value={d.activeMissions}
              onInput={(e) => set({ activeMissions: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`${p}-max`}>{R.maxMissions}</label>
            <input
              id={`${p}-max`}
              type="number"
              min={0}
              step={1}
              value={d.maxMissions}
              onInput={(e) => set({ maxMissions: e.currentTarget.value })}
            />
          </div>
        </div>
        <label class="check">
          <input type="checkbox" checked={d.manager} onChange={(e) => set({ manager: e.currentTarget.checked })} />
          <span>{R.manager}</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{R.contact}</legend>
        <p class="hint">{R.contactHint}</p>
        <div class="field">
          <label for={`${p}-email`}>{R.email}</label>
          <input id={`${p}-email`} type="email" value={d.email} onInput={(e) => set({ email: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for={`${p}-phone`}>{R.phone}</label>
          <input id={`${p}-phone`} type="tel" value={d.phone} onInput={(e) => set({ phone: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for={`${p}-url`}>{R.url}</label>
          <input id={`${p}-url`} type="url" value={d.url} onInput={(e) => set({ url: e.currentTarget.value })} />
        </div>
      </fieldset>

      {creating ? null : <p class="hint">{R.kept}</p>}
      <div class="actions">
        <button type="submit" class="button primary">
          {creating ? R.create : R.save}
        </button>
        <button type="button" class="button" onClick={() => onDone()}>
          {R.cancel}
        </button>
      </div>
    </form>
  );
}

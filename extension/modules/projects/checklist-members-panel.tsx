/**
 * The checklist answered by several people (issue 17.2): the coordinator records who is
 * answering (name optional, side), each member fills their own `<pp-checklist>` (saved in
 * the project's checklist record, checklist-members-store.ts), and « Où nos réponses
 * diffèrent » sets their answers side by side, criterion by criterion
 * (shared/checklist/disagreement.ts). Differences are said in words, not only by colour.
 */
import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { criterionText } from '../../../shared/checklist/criteria';
import {
  compareMembers,
  type DisagreementRow,
  type GivenAnswer,
  MEMBER_SIDES,
  type MemberAnswers,
  type MemberSide,
} from '../../../shared/checklist/disagreement';
import { answerLabel } from '../../../shared/vocab/checklist';
import type { ChecklistMemberEntry, ProjectRecord } from '../store/records';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import { memberStorageKey } from '../workspace/checklist-members-store';
import { cmm, wm } from '../workspace/messages';
import { useProjectRecords } from '../workspace/use-project-records';
import { WidgetsGate } from '../workspace/widgets-gate';
import type { WorkspaceState } from '../workspace/workspace-state';
import '../workspace/widget-jsx';

type Messages = typeof cmm.value;

const whoOf = (m: Pick<ChecklistMemberEntry, 'name' | 'side'>, C: Messages) => m.name ?? C.sides[m.side];

/** Members who saved a sheet with at least one answer: a blank copy says nothing to compare. */
export function answeringMembers(members: readonly ChecklistMemberEntry[]): MemberAnswers[] {
  return members.flatMap((m) => {
    const current = m.state?.current;
    if (!current || !Object.values(current.answers).some((a) => a.answer)) return [];
    return [{ memberId: m.id, side: m.side, evaluation: current, ...(m.name ? { name: m.name } : {}) }];
  });
}

function MemberSheet({
  workspace,
  project,
  member,
}: {
  workspace: WorkspaceState;
  project: ProjectRecord;
  member: ChecklistMemberEntry;
}) {
  const store = useMemo(
    () => workspace.store.checklistMembers.memberStore(project.id, member.id, () => locale.value),
    [workspace, project.id, member.id],
  );
  return (
    <WidgetsGate>
      <pp-checklist
        key={member.id}
        store={store}
        storage-key={memberStorageKey(member.id)}
        project-title={project.title}
        heading-level={5}
      />
    </WidgetsGate>
  );
}

function DifferenceTable({
  rows,
  toDiscuss,
  C,
  labelId,
}: {
  rows: readonly DisagreementRow[];
  toDiscuss: number;
  C: Messages;
  labelId: string;
}) {
  const lang = locale.value;
  const sides = MEMBER_SIDES.filter((s) => rows.some((r) => r.bySide[s].length));
  const given = (g: GivenAnswer, side: MemberSide) =>
    `${g.name ?? C.sides[side]}${C.sep}${g.answer ? answerLabel(g.answer, lang) : C.noAnswer}`;
  return (
    // Focusable so that keyboard users can scroll a table wider than a narrow side panel.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus (WCAG 2.1.1).
    <section class="table-scroll" aria-labelledby={labelId} tabIndex={0}>
      <table class="differences" data-testid="checklist-differences">
        <caption>{C.diffCaption(toDiscuss)}</caption>
        <thead>
          <tr>
            <th scope="col">{C.criterion}</th>
            {sides.map((s) => (
              <th scope="col" key={s}>
                {C.sidesShort[s]}
              </th>
            ))}
            <th scope="col">{C.difference}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.criterion.id} data-kind={r.kind}>
              <th scope="row">
                {r.criterion.number}. {criterionText(r.criterion, lang)}
              </th>
              {sides.map((s) => (
                <td key={s}>{r.bySide[s].length ? r.bySide[s].map((g) => given(g, s)).join(C.list) : C.notAsked}</td>
              ))}
              <td>
                <strong class={`kind kind-${r.kind}`}>
                  {r.kind === 'answers'
                    ? C.kinds.answers(r.answers.map((a) => answerLabel(a, lang)).join(' / '))
                    : C.kinds[r.kind]}
                </strong>
                {r.sidesDiffer ? ` — ${C.sidesDiffer}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ChecklistMembersPanel({ workspace, project }: { workspace: WorkspaceState; project: ProjectRecord }) {
  const C = cmm.value;
  const members = useSignal<ChecklistMemberEntry[]>([]);
  const open = useSignal<string | null>(null);
  const name = useSignal('');
  const side = useSignal<MemberSide>('patient_partner');
  const status = useSignal<{ text: string; error: boolean } | null>(null);
  const id = `members-${project.id}`;

  const reload = async () => {
    members.value = await workspace.store.checklistMembers.list(project.id);
  };
  useProjectRecords(
    workspace,
    project.id,
    'checklist',
    () => workspace.store.checklistMembers.list(project.id),
    (list) => (members.value = list),
  );

  const add = async (event: Event) => {
    event.preventDefault();
    try {
      const member = await workspace.store.checklistMembers.add(project.id, { name: name.value, side: side.value });
      name.value = '';
      await reload();
      open.value = member.id;
      status.value = { text: C.added(whoOf(member, C)), error: false };
    } catch (error) {
      status.value = { text: describeError(error), error: true };
    }
  };
  const remove = async (member: ChecklistMemberEntry) => {
    try {
      await workspace.store.checklistMembers.remove(project.id, member.id);
      if (open.value === member.id) open.value = null;
      await reload();
      status.value = { text: C.removed(whoOf(member, C)), error: false };
    } catch (error) {
      status.value = { text: describeError(error), error: true };
    }
  };

  const list = members.value;
  const answering = answeringMembers(list);
  const comparison = answering.length >= 2 ? compareMembers(answering) : null;
  return (
    <section class="checklist-members" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{C.heading}</h4>
      <p class="hint">{C.intro}</p>
      <form class="field-row" onSubmit={add} aria-label={C.heading}>
        <div class="field">
          <label for={`${id}-name`}>{C.name}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={200}
            value={name.value}
            onInput={(e) => {
              name.value = e.currentTarget.value;
            }}
          />
        </div>
        <div class="field">
          <label for={`${id}-side`}>{C.side}</label>
          <select
            id={`${id}-side`}
            value={side.value}
            onChange={(e) => {
              side.value = e.currentTarget.value as MemberSide;
            }}
          >
            {MEMBER_SIDES.map((s) => (
              <option key={s} value={s}>
                {C.sides[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          {C.add}
        </button>
      </form>
      <p role="status" class={status.value?.error ? 'notice error' : undefined}>
        {status.value?.text ?? ''}
      </p>
      {list.length ? (
        <ul class="plain-list" data-testid="checklist-members">
          {list.map((m) => {
            const who = whoOf(m, C);
            const date = m.state?.current.date;
            return (
              <li key={m.id}>
                <span>
                  <strong>{who}</strong> ({C.sides[m.side].toLowerCase()}) —{' '}
                  {m.state && answering.some((a) => a.memberId === m.id) && date ? C.answeredOn(wm.value.date(date)) : C.notYet}
                </span>{' '}
                <span class="actions tight">
                  <button
                    type="button"
                    class="button small"
                    aria-expanded={open.value === m.id}
                    onClick={() => {
                      open.value = open.value === m.id ? null : m.id;
                    }}
                  >
                    {open.value === m.id ? C.close(who) : C.answer(who)}
                  </button>
                  <button type="button" class="button small" onClick={() => void remove(m)}>
                    {C.remove(who)}
                  </button>
                </span>
                {open.value === m.id ? (
                  <section class="member-sheet" aria-label={C.answersOf(who)}>
                    <MemberSheet workspace={workspace} project={project} member={m} />
                  </section>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{C.none}</p>
      )}
      <h4 id={`${id}-diff`}>{C.diffHeading}</h4>
      {comparison ? (
        <DifferenceTable rows={comparison.rows} toDiscuss={comparison.toDiscuss} C={C} labelId={`${id}-diff`} />
      ) : (
        <p class="muted">{C.diffNeedTwo}</p>
      )}
    </section>
  );
}

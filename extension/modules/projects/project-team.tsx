/**
 * A project's team: who is in the partnership, each with the side they speak for (the
 * sides of a meeting's participants). The form's rows, and what the project page says of
 * them. Without a patient partner or without a professional the guide's co-conduct
 * principle is quoted (HAS guide 2026, 4.1, l.693; the same test as a meeting's,
 * shared/meetings/follow-up.ts `missingSides`): a warning, never a refusal — a team is
 * often completed later.
 */
import { missingSides } from '../../../shared/meetings/follow-up';
import type { TeamMember } from '../../../shared/schemas/project';
import { mmsg } from '../workspace/messages';
import { pw } from './page-words';
import { type PersonRow, PersonRows, personRow } from './person-rows';

export type TeamRow = PersonRow;
export const teamRow = personRow;

/** The rows a form starts with: the team as recorded, or one row for each side of the partnership. */
export function teamRows(team: readonly TeamMember[] | undefined): TeamRow[] {
  return team?.length
    ? team.map((member) => teamRow(member.side, member.name))
    : [teamRow('patient_partner'), teamRow('professional')];
}

/** The members the rows name (a row left blank is no one). */
export function teamOf(rows: readonly TeamRow[]): TeamMember[] {
  return rows.filter((r) => r.name.trim()).map((r) => ({ name: r.name.trim(), side: r.side }));
}

/** The co-conduct warning for a team, once someone is in it (an empty team is not yet a team without patients). */
function TeamWarning({ team, testId }: { team: readonly TeamMember[]; testId: string }) {
  const W = pw.value;
  const missing = team.length ? missingSides(team) : [];
  return (
    <div aria-live="polite" data-testid={testId}>
      {missing.length ? (
        <div class="notice">
          {missing.map((side) => (
            <p key={side}>{W.teamMissing[side]}</p>
          ))}
          <p>{mmsg.value.coConduct}</p>
        </div>
      ) : null}
    </div>
  );
}

export function TeamFields({ id, rows, onRows }: { id: string; rows: readonly TeamRow[]; onRows: (rows: TeamRow[]) => void }) {
  const W = pw.value;
  return (
    <fieldset class="project-team" aria-describedby={`${id}-team-hint`}>
      <legend>{W.team}</legend>
      <p class="hint" id={`${id}-team-hint`}>
        {W.teamHint}
      </p>
      <PersonRows rows={rows} onRows={onRows} nameId={(key) => `${id}-team-${key}`} sideId={(key) => `${id}-team-side-${key}`} />
      <TeamWarning team={teamOf(rows)} testId="project-form-team-warning" />
    </fieldset>
  );
}

/** The team on the project page: a term and its description in the project's facts. */
export function TeamFacts({ team }: { team: readonly TeamMember[] }) {
  const W = pw.value;
  const M = mmsg.value;
  return (
    <>
      <dt>{W.team}</dt>
      <dd data-testid="project-team">
        {team.length ? (
          <ul class="plain-list">
            {team.map((member, i) => (
              <li key={i}>{W.member(member.name, M.sides[member.side])}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">{W.teamNone}</p>
        )}
        <TeamWarning team={team} testId="project-team-warning" />
      </dd>
    </>
  );
}

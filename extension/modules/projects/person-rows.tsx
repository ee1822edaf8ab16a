/**
 * Rows of people, each a name and the side they speak for (the sides of a meeting's
 * participants): a meeting's participants (meeting-form.tsx) and a project's team
 * (project-team.tsx) are typed the same way. A row added gets the focus, so that typing
 * goes on in it; a row left blank is no one (the callers drop it).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { PARTICIPANT_SIDES, type ParticipantSide } from '../../../shared/schemas/meeting';
import { mmsg, wm } from '../workspace/messages';

export interface PersonRow {
  readonly key: string;
  readonly name: string;
  readonly side: ParticipantSide;
}

export const personRow = (side: ParticipantSide, name = ''): PersonRow => ({ key: crypto.randomUUID(), name, side });

export interface PersonRowsProps {
  readonly rows: readonly PersonRow[];
  readonly onRows: (rows: PersonRow[]) => void;
  /** The ids of a row's name field and side select (kept stable: labels and tests find them). */
  readonly nameId: (key: string) => string;
  readonly sideId: (key: string) => string;
}

export function PersonRows({ rows, onRows, nameId, sideId }: PersonRowsProps) {
  const M = mmsg.value;
  const focusNext = useRef<string | null>(null);
  // Right after the row is drawn (a layout effect: a plain effect waits for a frame, late for fast typists).
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const set = (key: string, patch: Partial<PersonRow>) => onRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <>
      {rows.map((r, i) => (
        <div class="field-row" key={r.key}>
          <div class="field">
            <label for={nameId(r.key)}>{M.personName(i + 1)}</label>
            <input
              id={nameId(r.key)}
              type="text"
              maxLength={200}
              autocomplete="off"
              value={r.name}
              onInput={(e) => set(r.key, { name: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={sideId(r.key)}>{M.personSide(i + 1)}</label>
            <select
              id={sideId(r.key)}
              value={r.side}
              onChange={(e) => set(r.key, { side: e.currentTarget.value as ParticipantSide })}
            >
              {PARTICIPANT_SIDES.map((side) => (
                <option key={side} value={side}>
                  {M.sides[side]}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            class="button small"
            aria-label={M.removePerson(i + 1)}
            onClick={() => onRows(rows.filter((q) => q.key !== r.key))}
          >
            {wm.value.remove}
          </button>
        </div>
      ))}
      <button
        type="button"
        class="button small"
        onClick={() => {
          const row = personRow('other');
          focusNext.current = nameId(row.key);
          onRows([...rows, row]);
        }}
      >
        {M.addPerson}
      </button>
    </>
  );
}

/**
 * A project's team (issue 20): who is in the partnership and the side each speaks for.
 * Records and backups written before the team existed read unchanged (an empty team); a
 * team is validated like a meeting's participants; the form's rows become members without
 * the blank ones; editing a project keeps its team unless the form gives one.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { teamOf, teamRow, teamRows } from '../../../../extension/modules/projects/project-team';
import { LibraryValidationError } from '../../../../extension/modules/store/library-store';
import { validateWorkspace } from '../../../../shared/library/workspace-backup';
import { missingSides } from '../../../../shared/meetings/follow-up';
import { ProjectSchema } from '../../../../shared/schemas/project';
import { ProjectRecordSchema } from '../../../../shared/schemas/workspace';
import { openWorkspace } from '../../../helpers/workspace';

/** A project as the extension stored it before the team (no `team` field). */
const before = {
  schemaVersion: 1,
  id: 'p-1',
  title: 'Accueil des urgences',
  domain: 'offre_soins',
  missions: [],
  dates: { start: '2025-01-01' },
  partnerIds: [],
  description: '',
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-01-01T08:00:00.000Z',
};
const team = [
  { name: 'Camille F.', side: 'patient_partner' },
  { name: 'Dr Martin', side: 'professional' },
] as const;

describe('the team in the project schema', () => {
  it('reads a record written before the team: an empty team', () => {
    const parsed = ProjectRecordSchema.safeParse(before);
    expect(parsed.success && parsed.data.team).toEqual([]);
  });

  it('keeps a team of named people with their side', () => {
    const parsed = ProjectSchema.safeParse({ ...before, team });
    expect(parsed.success && parsed.data.team).toEqual(team);
  });

  it.each([
    ['an unknown side', [{ name: 'Camille F.', side: 'patient' }]],
    ['a blank name', [{ name: '   ', side: 'professional' }]],
    ['a name over 200 characters', [{ name: 'x'.repeat(201), side: 'other' }]],
    ['more than 200 people', Array.from({ length: 201 }, (_, i) => ({ name: `P ${i}`, side: 'other' }))],
    ['not a list', { name: 'Camille F.', side: 'patient_partner' }],
  ])('refuses %s', (_, bad) => {
    expect(ProjectSchema.safeParse({ ...before, team: bad }).success).toBe(false);
  });

  it('a backup written before the team imports, the projects with an empty team; one with a team keeps it', () => {
    const problems: string[] = [];
    const out = validateWorkspace({ projects: [before, { ...before, id: 'p-2', team }] }, 'fr', (m) => problems.push(m));
    expect(problems).toEqual([]);
    expect(out.projects.map((p) => p.team)).toEqual([[], team]);
  });
});

describe('the team form’s rows', () => {
  it('a new project starts with a row for each side of the partnership; a recorded team with its members', () => {
    expect(teamRows(undefined).map((r) => [r.name, r.side])).toEqual([
      ['', 'patient_partner'],
      ['', 'professional'],
    ]);
    expect(teamRows([]).length).toBe(2);
    expect(teamRows([...team]).map((r) => [r.name, r.side])).toEqual(team.map((m) => [m.name, m.side]));
    const keys = new Set(teamRows([...team, ...team]).map((r) => r.key));
    expect(keys.size).toBe(4);
  });

  it('blank rows are no one; names are trimmed', () => {
    const rows = [teamRow('patient_partner', '  Camille F. '), teamRow('professional', '  '), teamRow('other', 'Inès R.')];
    expect(teamOf(rows)).toEqual([
      { name: 'Camille F.', side: 'patient_partner' },
      { name: 'Inès R.', side: 'other' },
    ]);
    // The co-conduct warning reads the members, not the rows: the blank professional row does not count.
    expect(missingSides(teamOf(rows))).toEqual(['professional']);
  });
});

describe('the team in the workspace store', () => {
  const open = () => openWorkspace('project-team');
  const draft = {
    title: 'Accueil des urgences',
    domain: 'offre_soins' as const,
    dates: { start: '2026-03-01' },
    description: '',
  };

  it('creates a project with its team, keeps it through an edit that does not give one, replaces it when given', async () => {
    const w = await open();
    const project = await w.createProject({ ...draft, team: [...team] });
    expect((await w.project(project.id))?.team).toEqual(team);
    await w.editProject(project.id, { ...draft, title: 'Accueil des familles' });
    expect((await w.project(project.id))?.team).toEqual(team);
    await w.editProject(project.id, { ...draft, team: [{ name: 'Aïcha D.', side: 'patient_partner' }] });
    expect((await w.project(project.id))?.team).toEqual([{ name: 'Aïcha D.', side: 'patient_partner' }]);
  });

  it('refuses a bad member with nothing written', async () => {
    const w = await open();
    const project = await w.createProject({ ...draft, team: [...team] });
    await expect(
      w.editProject(project.id, { ...draft, team: [{ name: 'Camille F.', side: 'patient' as 'other' }] }),
    ).rejects.toBeInstanceOf(LibraryValidationError);
    expect((await w.project(project.id))?.team).toEqual(team);
    await expect(w.createProject({ ...draft, team: [{ name: '', side: 'other' }] })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    expect((await w.projects()).length).toBe(1);
  });
});

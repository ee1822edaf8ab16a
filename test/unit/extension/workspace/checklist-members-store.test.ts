/** Each member's copy of a project's checklist (fake-indexeddb): validation first, nothing written on failure, kept beside the project's sheet. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryValidationError } from '../../../../extension/modules/store/library-store';
import { memberStorageKey } from '../../../../extension/modules/workspace/checklist-members-store';
import type { WorkspaceChange } from '../../../../extension/modules/workspace/workspace-store';
import { createEvaluation, withAnswer } from '../../../../shared/checklist/evaluation';
import { toStored } from '../../../../shared/checklist/records';
import { validateWorkspace } from '../../../../shared/library/workspace-backup';
import { workspaceWithProject } from '../../../helpers/workspace';

const withProject = () => workspaceWithProject('checklist-members');

const sheet = (answer: 'oui' | 'non') =>
  toStored({
    current: withAnswer(createEvaluation({ projectTitle: 'Accueil', date: '2026-12-01' }), 'has.1', answer),
    history: [],
  });

describe('ChecklistMembersStore', () => {
  it('records members (name optional, trimmed), keeps one sheet each, and announces the change', async () => {
    const { workspace, project } = await withProject();
    const changes: WorkspaceChange[] = [];
    workspace.onChange((c) => changes.push(c));
    const camille = await workspace.checklistMembers.add(project.id, { name: '  Camille F. ', side: 'patient_partner' });
    const pro = await workspace.checklistMembers.add(project.id, { name: '   ', side: 'professional' });
    expect(camille).toMatchObject({ name: 'Camille F.', side: 'patient_partner' });
    expect(pro.name).toBeUndefined();
    const store = workspace.checklistMembers.memberStore(project.id, camille.id);
    expect(await store.load(memberStorageKey(camille.id))).toBeUndefined();
    await store.save(memberStorageKey(camille.id), sheet('non'));
    await store.save(memberStorageKey(camille.id), sheet('oui'));
    const members = await workspace.checklistMembers.list(project.id);
    expect(members.map((m) => m.id)).toEqual([camille.id, pro.id]);
    expect(members[0]?.state?.current.answers['has.1']?.answer).toBe('oui');
    expect(members[1]?.state).toBeUndefined();
    expect(await store.load(memberStorageKey(pro.id))).toBeUndefined(); // another member's key
    expect(changes).toContainEqual({ type: 'checklist', projectId: project.id });
    // The project's own sheet is a blank draft, not an evaluation anyone gave.
    expect((await workspace.checklist(project.id))?.state.current.projectTitle).toBe('');
  });

  it('refuses a bad side, an unknown project, an unknown member or an unreadable sheet, and writes nothing', async () => {
    const { workspace, project } = await withProject();
    const member = await workspace.checklistMembers.add(project.id, { side: 'other' });
    const before = await workspace.checklist(project.id);
    await expect(workspace.checklistMembers.add(project.id, { name: 'X', side: 'boss' })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    await expect(workspace.checklistMembers.add('nope', { side: 'other' })).rejects.toBeInstanceOf(LibraryValidationError);
    await expect(
      workspace.checklistMembers.memberStore(project.id, 'm-unknown').save(memberStorageKey('m-unknown'), sheet('oui')),
    ).rejects.toBeInstanceOf(LibraryValidationError);
    const broken = { ...sheet('oui'), current: { ...sheet('oui').current, date: '2026-02-30' } };
    await expect(
      workspace.checklistMembers.memberStore(project.id, member.id).save(memberStorageKey(member.id), broken),
    ).rejects.toBeInstanceOf(LibraryValidationError);
    expect(await workspace.checklist(project.id)).toEqual(before);
    expect(await workspace.checklist('nope')).toBeUndefined();
  });

  it('keeps the members when the project’s own sheet is saved, and deletes them with the project', async () => {
    const { workspace, project } = await withProject();
    const member = await workspace.checklistMembers.add(project.id, { name: 'Sam', side: 'patient_partner' });
    await workspace.checklistStore(project.id).save(project.id, sheet('non'));
    expect((await workspace.checklistMembers.list(project.id)).map((m) => m.id)).toEqual([member.id]);
    expect((await workspace.checklist(project.id))?.state.current.answers['has.1']?.answer).toBe('non');
    await workspace.deleteProject(project.id);
    expect(await workspace.checklistMembers.list(project.id)).toEqual([]);
  });

  it('goes through a backup with the project’s checklist; a member’s unreadable sheet is refused', async () => {
    const { workspace, project } = await withProject();
    const member = await workspace.checklistMembers.add(project.id, { name: 'Sam', side: 'patient_partner' });
    await workspace.checklistMembers.memberStore(project.id, member.id).save(memberStorageKey(member.id), sheet('oui'));
    const entry = await workspace.checklist(project.id);
    const read = (checklists: unknown[]) => {
      const problems: string[] = [];
      const out = validateWorkspace({ projects: [project], checklists }, 'fr', (m) => problems.push(m));
      return { out, problems };
    };
    const ok = read([entry]);
    expect(ok.problems).toEqual([]);
    expect(ok.out.checklists).toEqual([entry]);
    const bad = read([{ ...entry, members: [{ ...entry?.members?.[0], state: { schemaVersion: 2 } }] }]);
    expect(bad.problems).toEqual(['Check-list 1 : Format d’enregistrement inconnu']);
    expect(bad.out.checklists).toEqual([]);
    expect(read([{ ...entry, members: [{ id: member.id, side: 'chef', updatedAt: entry?.updatedAt }] }]).out.checklists).toEqual(
      [],
    );
  });
});

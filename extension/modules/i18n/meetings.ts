/**
 * The words of a project's meetings (projects/meetings-panel.tsx), French first. The
 * guide's own words are quoted where the panel explains itself: the relevé de
 * conclusions and the follow-up (HAS guide 2026, 4.4, l.760), co-conduct (4.1, l.693).
 */
import { plural } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locale';
import type { MeetingEditRefusal } from '../../../shared/meetings/edit';
import type { ParticipantSide } from '../../../shared/schemas/meeting';

const fr = {
  heading: 'Réunions et relevés de conclusions',
  intro:
    'Le guide de la HAS demande que chaque réunion se conclue par un relevé de conclusions et que la suivante commence par le suivi des actions décidées (4.4).',
  none: 'Aucune réunion enregistrée.',
  counts: (open: number, late: number, done: number) =>
    `Actions : ${plural(open, { one: '# en cours', other: '# en cours' }, 'fr')}, ${plural(late, { one: '# en retard', other: '# en retard' }, 'fr')}, ${plural(done, { one: '# réalisée', other: '# réalisées' }, 'fr')}.`,
  meetingHeading: (date: string) => `Réunion du ${date}`,
  participants: 'Participants',
  nobody: 'Personne n’est noté.',
  sides: {
    patient_partner: 'Patiente ou patient partenaire',
    professional: 'Professionnelle ou professionnel',
    other: 'Autre personne',
  } satisfies Record<ParticipantSide, string>,
  missing: {
    patient_partner: 'Ni patiente ni patient partenaire parmi les participants.',
    professional: 'Ni professionnelle ni professionnel parmi les participants.',
  },
  coConduct:
    'Le guide de la HAS fait de la co-conduite l’un des trois principes du partenariat : elle « se concrétise avec la présence et l’animation conjointe par les parties prenantes de la démarche » (4.1).',
  conclusions: 'Relevé de conclusions',
  followUp: 'Suivi des actions décidées',
  decided: 'Actions décidées',
  noAction: 'Aucune action.',
  owners: (professional: string, patientPartner: string) => `portée par ${professional} et ${patientPartner}`,
  due: (date: string) => `échéance le ${date}`,
  decidedOn: (date: string) => `décidée le ${date}`,
  states: { open: 'en cours', late: 'en retard', done: 'réalisée' },
  doneOn: (date: string) => `réalisée le ${date}`,
  markDone: 'Marquer réalisée',
  markDoneNamed: (title: string) => `Marquer réalisée : ${title}`,
  reopen: 'Rouvrir',
  reopenNamed: (title: string) => `Rouvrir : ${title}`,
  markedDone: (title: string) => `Action « ${title} » réalisée.`,
  reopened: (title: string) => `Action « ${title} » rouverte.`,
  create: 'Nouvelle réunion',
  formHeading: 'Nouvelle réunion',
  date: 'Date de la réunion',
  addPerson: 'Ajouter quelqu’un à la liste',
  personName: (n: number) => `Nom de la personne ${n}`,
  personSide: (n: number) => `Rôle de la personne ${n}`,
  removePerson: (n: number) => `Retirer la personne ${n}`,
  carriedHint: 'Les actions encore ouvertes des réunions précédentes : cochez celles qui sont réalisées.',
  closeCarried: (title: string, date: string) => `Réalisée : ${title} (décidée le ${date})`,
  conclusionsHint: 'Ce qui a été conclu, pour que les engagements de chacun puissent être programmés et suivis.',
  addAction: 'Ajouter une action',
  actionTitle: (n: number) => `Action ${n}`,
  actionProfessional: (n: number) => `Professionnelle ou professionnel qui porte l’action ${n}`,
  actionPatient: (n: number) => `Patiente ou patient partenaire qui porte l’action ${n}`,
  actionDue: (n: number) => `Échéance de l’action ${n} (facultative)`,
  removeAction: (n: number) => `Retirer l’action ${n}`,
  incomplete: (n: number, missing: readonly ('title' | 'professional' | 'patientPartner')[]) =>
    `Rien n’a été enregistré : l’action ${n} n’a pas ${missing
      .map((f) =>
        f === 'title'
          ? 'd’intitulé'
          : f === 'professional'
            ? 'de professionnelle ou professionnel pour la porter'
            : 'de patiente ou patient partenaire pour la porter',
      )
      .join(' ni ')}.`,
  saveMeeting: 'Enregistrer la réunion',
  saved: (date: string) => `Réunion du ${date} enregistrée.`,
  deleteNamed: (date: string) => `Supprimer la réunion du ${date}`,
  deleteConfirm: (date: string) =>
    `Supprimer la réunion du ${date} et les actions qu’elle a décidées ? Les actions qu’elle avait fermées redeviennent ouvertes.`,
  deleteButton: 'Oui, supprimer la réunion',
  deleted: (date: string) => `Réunion du ${date} supprimée.`,
  // Correcting a recorded meeting.
  edit: 'Modifier',
  editNamed: (date: string) => `Modifier la réunion du ${date}`,
  editFormHeading: (date: string) => `Modifier la réunion du ${date}`,
  editHint:
    'Les actions gardent leur suivi. Celles que cette réunion a fermées dans son suivi restent fermées : pour en rouvrir une, utilisez « Rouvrir » sur l’action.',
  actionStatus: (n: number) => `État de l’action ${n}`,
  statusOptions: { open: 'En cours', done: 'Réalisée' },
  saveChanges: 'Enregistrer les modifications',
  edited: (date: string) => `Réunion du ${date} modifiée.`,
  refused: (refusal: MeetingEditRefusal, otherDate: string) =>
    refusal.reason === 'removed_closed'
      ? `Rien n’a été enregistré : l’action « ${refusal.action} » a été fermée à la réunion du ${otherDate}. Pour la retirer, rouvrez-la d’abord (« Rouvrir » sur l’action).`
      : refusal.reason === 'before_decided'
        ? `Rien n’a été enregistré : cette réunion a fermé l’action « ${refusal.action} », décidée à la réunion du ${otherDate} ; elle ne peut pas se tenir avant celle-ci. Rouvrez l’action d’abord pour changer la date.`
        : `Rien n’a été enregistré : l’action « ${refusal.action} », décidée à cette réunion, a été fermée à la réunion du ${otherDate} ; cette réunion ne peut pas se tenir après celle-ci.`,
};

export type MeetingMessages = typeof fr;

const en: MeetingMessages = {
  heading: 'Meetings and records of conclusions',
  intro:
    'The HAS guide asks that every meeting end with a record of conclusions and that the next one begin with the follow-up of the actions decided (4.4).',
  none: 'No meeting recorded.',
  counts: (open, late, done) =>
    `Actions: ${plural(open, { one: '# open', other: '# open' }, 'en')}, ${plural(late, { one: '# late', other: '# late' }, 'en')}, ${plural(done, { one: '# done', other: '# done' }, 'en')}.`,
  meetingHeading: (date) => `Meeting of ${date}`,
  participants: 'Participants',
  nobody: 'Nobody is noted.',
  sides: { patient_partner: 'Patient partner', professional: 'Professional', other: 'Other person' },
  missing: {
    patient_partner: 'No patient partner among the participants.',
    professional: 'No professional among the participants.',
  },
  coConduct:
    'The HAS guide makes co-conduct one of the three principles of partnership: it "takes shape through the presence and joint leading of the stakeholders" (4.1).',
  conclusions: 'Record of conclusions',
  followUp: 'Follow-up of decided actions',
  decided: 'Actions decided',
  noAction: 'No action.',
  owners: (professional, patientPartner) => `carried by ${professional} and ${patientPartner}`,
  due: (date) => `due ${date}`,
  decidedOn: (date) => `decided on ${date}`,
  states: { open: 'open', late: 'late', done: 'done' },
  doneOn: (date) => `done on ${date}`,
  markDone: 'Mark done',
  markDoneNamed: (title) => `Mark done: ${title}`,
  reopen: 'Reopen',
  reopenNamed: (title) => `Reopen: ${title}`,
  markedDone: (title) => `Action "${title}" done.`,
  reopened: (title) => `Action "${title}" reopened.`,
  create: 'New meeting',
  formHeading: 'New meeting',
  date: 'Date of the meeting',
  addPerson: 'Add someone to the list',
  personName: (n) => `Name of person ${n}`,
  personSide: (n) => `Role of person ${n}`,
  removePerson: (n) => `Remove person ${n}`,
  carriedHint: 'The actions still open from earlier meetings: tick those that are done.',
  closeCarried: (title, date) => `Done: ${title} (decided on ${date})`,
  conclusionsHint: 'What was concluded, so that everyone’s commitments can be scheduled and followed.',
  addAction: 'Add an action',
  actionTitle: (n) => `Action ${n}`,
  actionProfessional: (n) => `Professional carrying action ${n}`,
  actionPatient: (n) => `Patient partner carrying action ${n}`,
  actionDue: (n) => `Due date of action ${n} (optional)`,
  removeAction: (n) => `Remove action ${n}`,
  incomplete: (n, missing) =>
    `Nothing was saved: action ${n} has no ${missing
      .map((f) => (f === 'title' ? 'title' : f === 'professional' ? 'professional to carry it' : 'patient partner to carry it'))
      .join(' and no ')}.`,
  saveMeeting: 'Save the meeting',
  saved: (date) => `Meeting of ${date} saved.`,
  deleteNamed: (date) => `Delete the meeting of ${date}`,
  deleteConfirm: (date) =>
    `Delete the meeting of ${date} and the actions it decided? The actions it had closed become open again.`,
  deleteButton: 'Yes, delete the meeting',
  deleted: (date) => `Meeting of ${date} deleted.`,
  edit: 'Edit',
  editNamed: (date) => `Edit the meeting of ${date}`,
  editFormHeading: (date) => `Edit the meeting of ${date}`,
  editHint:
    'Actions keep their follow-up. Those this meeting closed in its follow-up stay closed: to open one again, use "Reopen" on the action.',
  actionStatus: (n) => `State of action ${n}`,
  statusOptions: { open: 'Open', done: 'Done' },
  saveChanges: 'Save the changes',
  edited: (date) => `Meeting of ${date} edited.`,
  refused: (refusal, otherDate) =>
    refusal.reason === 'removed_closed'
      ? `Nothing was saved: the action "${refusal.action}" was closed at the meeting of ${otherDate}. To remove it, reopen it first ("Reopen" on the action).`
      : refusal.reason === 'before_decided'
        ? `Nothing was saved: this meeting closed the action "${refusal.action}", decided at the meeting of ${otherDate}; it cannot be held before that one. Reopen the action first to change the date.`
        : `Nothing was saved: the action "${refusal.action}", decided at this meeting, was closed at the meeting of ${otherDate}; this meeting cannot be held after that one.`,
};

export const MEETING_MESSAGES: Readonly<Record<Locale, MeetingMessages>> = { fr, en };

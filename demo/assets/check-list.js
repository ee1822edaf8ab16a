// "Check-list du partenariat" page (an external file: the site's CSP forbids inline scripts).
// Seeds a fictitious project with two earlier evaluations so that the history shows, lists the
// component's events, and shows what the form would send.
const checklist = document.querySelector('pp-checklist[name="checklist"]');
const published = document.getElementById('check-list-publiee');
const journal = document.getElementById('journal-check-list');
const form = document.getElementById('envoi-check-list');
const result = document.getElementById('envoi-resultat');
const storageKey = `binome:checklist:${checklist?.getAttribute('storage-key')}`;
const project = "Accueil des urgences : co-construire l'information en salle d'attente";

const ids = ['has.1', 'has.2', 'has.3', 'has.4', 'has.5', 'has.6', 'has.7', 'has.8', 'has.9', 'has.10'];

/** An evaluation in the shared schema's shape: `answers` lists Oui / Non / En cours in criterion order. */
function evaluation(id, projectTitle, date, answers, comments = {}, extra = {}) {
  const entries = ids.map((criterion, i) => {
    const entry = { answer: answers[i] ?? null };
    if (comments[criterion]) entry.comment = comments[criterion];
    return [criterion, entry];
  });
  return {
    schemaVersion: 1,
    id,
    projectTitle,
    date,
    filledBy: [],
    answers: Object.fromEntries(entries),
    extraCriteria: [],
    ...extra,
  };
}

const people = [
  { name: 'Awa Diallo', role: 'Patiente partenaire' },
  { name: 'Dr Paul Martin', role: 'Médecin urgentiste' },
];

function seed() {
  if (!checklist) return;
  checklist.history = [
    evaluation(
      'demo-urg-2026-01',
      project,
      '2026-01-12',
      ['non', 'non', 'non', 'non', 'en_cours', 'non', 'non', 'non', 'non', 'non'],
      {
        'has.2': 'Une seule patiente partenaire identifiée.',
      },
      { filledBy: people },
    ),
    evaluation(
      'demo-urg-2026-04',
      project,
      '2026-04-20',
      ['en_cours', 'oui', 'en_cours', 'non', 'oui', 'en_cours', 'non', 'en_cours', 'non', 'non'],
      {
        'has.4': 'Le comité de pilotage doit voter sa composition.',
      },
      { filledBy: people },
    ),
  ];
  checklist.value = evaluation(
    'demo-urg-2026-09',
    project,
    '2026-09-14',
    ['oui', 'oui', 'oui', 'en_cours', 'oui', 'oui', 'en_cours', null, null, null],
    {},
    { filledBy: people },
  );
}

// Seed only a fresh browser: what the visitor typed stays (the widget keeps it under this key).
if (checklist && !localStorage.getItem(storageKey)) seed();
document.getElementById('exemple-check-list')?.addEventListener('click', seed);

if (published) {
  published.value = evaluation(
    'demo-etp-2026-10',
    "Programme d'éducation thérapeutique « Vivre avec un diabète de type 2 »",
    '2026-10-05',
    ['oui', 'oui', 'oui', 'oui', 'oui', 'oui', 'en_cours', 'oui', 'en_cours', 'oui'],
    { 'has.7': 'Les relevés sont envoyés à tous ; la validation formelle commence en novembre.' },
    {
      filledBy: [
        { name: 'Jeanne Martin', role: 'Patiente partenaire' },
        { name: 'Dr Karim Benali', role: 'Endocrinologue' },
      ],
    },
  );
}

function log(line) {
  const item = document.createElement('li');
  item.textContent = line;
  journal?.append(item);
  while (journal && journal.children.length > 8) journal.firstElementChild?.remove();
}

checklist?.addEventListener('pp-change', (event) => {
  const answered = Object.values(event.detail.answers).filter((a) => a.answer).length;
  log(`pp-change — ${answered} réponse(s), évaluation du ${event.detail.date}`);
});
checklist?.addEventListener('pp-complete', (event) => log(`pp-complete — évaluation du ${event.detail.date} complète`));

// A real site would send the form; the demo shows what would be sent (the browser has already
// checked the `required` checklist: the submit event only fires once every criterion is answered).
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const sent = new FormData(form).get('checklist');
  const data = JSON.parse(String(sent));
  if (result)
    result.textContent = `Prêt à l'envoi : le champ « checklist » contient l'évaluation du ${data.date} en JSON (${String(sent).length} caractères).`;
});

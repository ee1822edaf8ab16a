/**
 * « Publier l'annuaire » (demo/pages/publier.html): a communication team chooses the
 * registry file, fills in the establishment, reads the publish report and downloads
 * partenaires.json — without a terminal, and without sending anything anywhere: the
 * file is read with `File.arrayBuffer()`, converted by the same code as `binome
 * publish` (shared/registry/publish-file.ts), and saved from a Blob. Built by
 * vite.tools.config.ts into dist/tools/publish-page.js (one module, no chunk to fetch
 * during the conversion); text is always set with textContent.
 */
import { describePerson } from '../../shared/publish/report-messages';
import type { RegistryProblem } from '../../shared/registry/problem';
import { type PublishFileResult, publishRegistryFile } from '../../shared/registry/publish-file';
import { moreProblems, problemLine } from '../../shared/registry/words';

const LOCALE = 'fr';
/** Problems listed at most in the summary (a wrong file should not produce a wall of text). */
const MAX_PROBLEMS = 200;

function element<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
}

const form = element<HTMLFormElement>('publier');
const fileInput = element<HTMLInputElement>('registre');
const nameInput = element<HTMLInputElement>('etablissement-nom');
const emailInput = element<HTMLInputElement>('etablissement-email');
const urlInput = element<HTMLInputElement>('etablissement-page');
const submit = element<HTMLButtonElement>('preparer');
const summary = element<HTMLDivElement>('erreurs');
const summaryList = element<HTMLUListElement>('erreurs-liste');
const status = element<HTMLParagraphElement>('etat');
const result = element<HTMLElement>('resultat');
const resultTitle = element<HTMLHeadingElement>('resultat-titre');
const overview = element<HTMLParagraphElement>('resume');
const published = element<HTMLUListElement>('publies');
const withheld = element<HTMLUListElement>('non-publies');
const withheldBlock = element<HTMLElement>('non-publies-bloc');
const download = element<HTMLButtonElement>('telecharger');

/** Which input an establishment problem points to. */
const FIELD_INPUTS: Record<string, HTMLInputElement> = {
  'establishment.name': nameInput,
  'establishment.contactEmail': emailInput,
  'establishment.contactUrl': urlInput,
};

let feedText: string | undefined;

function clear(list: HTMLElement): void {
  list.replaceChildren();
}

function item(text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

function resetInvalid(): void {
  for (const input of [fileInput, nameInput, emailInput, urlInput]) input.removeAttribute('aria-invalid');
}

/** The error summary: every problem, those about a field linked to it; focus moves to the summary. */
function showProblems(problems: readonly RegistryProblem[], fileProblem = false): void {
  feedText = undefined;
  result.hidden = true;
  clear(summaryList);
  for (const problem of problems.slice(0, MAX_PROBLEMS)) {
    const input = problem.field ? FIELD_INPUTS[problem.field] : fileProblem ? fileInput : undefined;
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${input.id}`;
      link.textContent = problemLine(problem, LOCALE);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.focus();
      });
      li.append(link);
      summaryList.append(li);
    } else {
      summaryList.append(item(problemLine(problem, LOCALE)));
    }
  }
  if (problems.length > MAX_PROBLEMS) summaryList.append(item(moreProblems(problems.length - MAX_PROBLEMS, LOCALE)));
  summary.hidden = false;
  status.textContent = '';
  summary.focus();
}

function showReport(done: Extract<PublishFileResult, { ok: true }>): void {
  summary.hidden = true;
  feedText = done.text;
  const { report } = done;
  overview.textContent = `${report.published} ${report.published > 1 ? 'personnes publiées' : 'personne publiée'} sur ${report.total}. Le fichier public ne contient que ce que chaque personne a accepté de montrer.`;
  clear(published);
  clear(withheld);
  for (const person of report.people) (person.published ? published : withheld).append(item(describePerson(person, LOCALE)));
  withheldBlock.hidden = withheld.childElementCount === 0;
  result.hidden = false;
  status.textContent = 'Fichier public prêt : vérifiez le rapport, puis téléchargez-le.';
  resultTitle.focus();
}

async function prepare(): Promise<void> {
  resetInvalid();
  const file = fileInput.files?.[0];
  if (!file) {
    showProblems([{ message: 'Choisissez le fichier du registre (CSV, XLSX ou JSON).' }], true);
    return;
  }
  submit.disabled = true;
  status.textContent = `Lecture de ${file.name}…`;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const done = await publishRegistryFile(bytes, file.name, LOCALE, {
      establishment: { name: nameInput.value, contactEmail: emailInput.value, contactUrl: urlInput.value },
      generatedAt: new Date().toISOString(),
    });
    if (done.ok) showReport(done);
    else
      showProblems(
        done.problems,
        done.problems.every((p) => !p.row && !p.field),
      );
  } catch {
    showProblems([{ message: `${file.name} : le fichier n'a pas pu être lu.` }], true);
  } finally {
    submit.disabled = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void prepare();
});

// A new file or new establishment values make the prepared file stale: it must be prepared again.
form.addEventListener('input', () => {
  if (feedText === undefined) return;
  feedText = undefined;
  result.hidden = true;
  status.textContent = 'Registre ou établissement modifié : préparez de nouveau le fichier public.';
});

download.addEventListener('click', () => {
  if (feedText === undefined) return;
  const url = URL.createObjectURL(new Blob([feedText], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'partenaires.json';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the Blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  status.textContent = 'partenaires.json enregistré sur votre poste.';
});

submit.disabled = false;

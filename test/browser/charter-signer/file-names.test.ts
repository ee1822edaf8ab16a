/**
 * The names of the files `<pp-charter-signer>` offers after its project is renamed (issue
 * 20): signing, they follow the project as the host names it now, while the signed text
 * keeps the title it was signed under; verifying, they keep the checked record's title.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CharterRecord } from '../../../shared/schemas/charter';
import { loadCharterTools } from '../../../widgets/charter-signer/index';
import { $, mount, patient, settle, until } from './helpers';

document.documentElement.lang = 'fr';
const SIGNED_AS = 'Accueil des urgences';
const RENAMED = 'Urgences : accueil des familles';
const day = /\d{4}-\d{2}-\d{2}/.source;

let record: CharterRecord;
beforeAll(async () => {
  const { createCharterRecord, signCharterRecord } = await loadCharterTools();
  const draft = await createCharterRecord({ projectTitle: SIGNED_AS, locale: 'fr', extraClauses: [] });
  ({ record } = await signCharterRecord(draft, {
    signatory: patient,
    mention: 'Lu et approuvé',
    method: 'typed',
    typedName: patient.name,
  }));
  record = JSON.parse(JSON.stringify(record)) as CharterRecord;
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function captureNames(): string[] {
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:${location.origin}/stub`);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return names;
}

const button = (el: Element, label: string) =>
  [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label) as HTMLButtonElement;

describe('<pp-charter-signer>: file names after a rename', () => {
  it('signing: the JSON and the PDF are named after the project as it is called now; the text keeps the signed title', async () => {
    const names = captureNames();
    const el = await mount({ record, project: RENAMED });
    await until(() => button(el, 'Télécharger le dossier (JSON)'));
    await userEvent.click(button(el, 'Télécharger le dossier (JSON)'));
    await userEvent.click(button(el, 'Télécharger le PDF'));
    await until(() => names.length === 2);
    expect(names).toEqual([
      expect.stringMatching(new RegExp(`^charte-partenariat-urgences-accueil-des-familles-${day}\\.json$`)),
      expect.stringMatching(new RegExp(`^charte-partenariat-urgences-accueil-des-familles-${day}\\.pdf$`)),
    ]);
    expect(el.record?.charter.projectTitle).toBe(SIGNED_AS);
  });

  it('signing without a project named by the host: the record’s title, as before', async () => {
    const names = captureNames();
    const el = await mount({ record });
    await until(() => button(el, 'Télécharger le dossier (JSON)'));
    await userEvent.click(button(el, 'Télécharger le dossier (JSON)'));
    expect(names[0]).toMatch(new RegExp(`^charte-partenariat-accueil-des-urgences-${day}\\.json$`));
  });

  it('verifying: the checked record’s title, whatever the host’s project', async () => {
    const names = captureNames();
    const el = await mount({ record, project: RENAMED }, { mode: 'verify' });
    await until(() => $(el, '[part=report]') && button(el, 'Télécharger le PDF'));
    await settle(el);
    await userEvent.click(button(el, 'Télécharger le PDF'));
    await until(() => names.length === 1);
    expect(names[0]).toMatch(new RegExp(`^charte-partenariat-accueil-des-urgences-${day}\\.pdf$`));
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { COLUMNS, columnDef, normalizeHeader } from '../../../../shared/registry/columns';
import { readRegistryFile } from '../../../../shared/registry/read-file';
import { columnForPath } from '../../../../shared/registry/table';
import { templateHelpRows, templateRows, toExcelCsv } from '../../../../shared/registry/template';
import { PartnerProfileSchema } from '../../../../shared/schemas/partner';
import { repoRoot } from '../../../helpers/paths';

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

/** Every leaf field of a JSON Schema: `['titles', '*', 'validatedBy', 'date']`; a list of plain values is one leaf. */
function leaves(schema: JsonSchema, path: string[] = []): string[][] {
  if (schema.type === 'object' && schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, sub]) => leaves(sub, [...path, key]));
  }
  if (schema.type === 'array' && schema.items?.type === 'object') return leaves(schema.items, [...path, '*']);
  return [path];
}

describe('the registry table can say everything a profile holds', () => {
  const fields = leaves(z.toJSONSchema(PartnerProfileSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);

  /** The column that holds a field: same path, or a consent column (one cell holds a consent's `granted` and `date`). */
  const holder = (field: string[]) =>
    COLUMNS.find((c) => c.path.join('.') === field.join('.')) ??
    COLUMNS.find((c) => c.kind === 'consent' && c.path.every((k, i) => k === field[i]));

  it('has one column for every field of PartnerProfile (from its schema, so a new field fails here)', () => {
    expect(fields.length).toBeGreaterThan(40);
    expect(fields.filter((f) => !holder(f)).map((f) => f.join('.'))).toEqual([]);
  });

  it('maps every field back to its column, for error messages', () => {
    for (const field of fields) {
      const path = field.map((k) => (k === '*' ? 0 : k));
      const column = columnForPath(path, [1]);
      expect(column, field.join('.')).toBeDefined();
      expect(column, field.join('.')).toBe(holder(field)?.name);
    }
    expect(columnForPath(['trainings', 1, 'validatedBy', 'date'], [1, 3])).toBe('formation_3_validee_le');
    expect(columnForPath(['consents', 'projectExperience', 'date'], [])).toBe('consentement_experience_equipes');
  });

  it('every column is documented for communication teams (docs/publier-l-annuaire.md)', () => {
    const doc = readFileSync(resolve(repoRoot, 'docs/publier-l-annuaire.md'), 'utf8');
    // Training groups are documented once (`formation_1_…`), the others being numbered alike.
    const names = COLUMNS.map((c) => c.name).filter((name) => !/^formation_[2-9]/.test(name));
    expect(names.filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
    expect(doc).toContain('](../templates/registre-modele.xlsx)');
    expect(doc).toContain('](../templates/registre-modele.csv)');
  });

  it('reads column titles as people type them', () => {
    expect(normalizeHeader(' Prénom ')).toBe('prenom');
    expect(normalizeHeader('Nom affiché')).toBe('nom_affiche');
    expect(normalizeHeader('Consentement - Expérience (équipes)')).toBe('consentement_experience_equipes');
    expect(columnDef('formation_12_organisme')?.path).toEqual(['trainings', '*', 'issuer']);
    expect(columnDef('formation_0_type')).toBeUndefined();
  });
});

describe('the templates shipped in templates/', () => {
  const csv = readFileSync(resolve(repoRoot, 'templates/registre-modele.csv'));
  const xlsx = readFileSync(resolve(repoRoot, 'templates/registre-modele.xlsx'));
  const establishment = { name: 'CH fictif' };

  it('the CSV template is the column list and its example, as French Excel opens it (BOM, `;`, CRLF)', () => {
    expect(csv.toString('utf8')).toBe(toExcelCsv(templateRows()));
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('the XLSX template has the same header and example, typed as text, and a sheet describing each column', async () => {
    const buffer = xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer;
    expect(await readSheet(buffer)).toEqual(templateRows().map((row) => row.map((v) => v || null)));
    expect(await readSheet(buffer, 'Colonnes')).toEqual(templateHelpRows());
  });

  it('both templates are valid registries whose example publishes', async () => {
    const fromCsv = await readRegistryFile(new Uint8Array(csv), 'registre-modele.csv', 'fr', { establishment });
    const fromXlsx = await readRegistryFile(new Uint8Array(xlsx), 'registre-modele.xlsx', 'fr', { establishment });
    expect(fromCsv.ok && fromXlsx.ok).toBe(true);
    if (!fromCsv.ok || !fromXlsx.ok) return;
    expect(fromXlsx.registry).toEqual(fromCsv.registry);
    expect(fromCsv.registry.partners[0]).toMatchObject({
      id: 'pp-exemple-01',
      titles: [{ role: 'patient_partenaire' }, { role: 'patient_formateur' }],
      trainings: [{ kind: 'etp_40h', hours: 40 }],
      consents: { name: { granted: true, date: '2026-01-15' }, contact: { granted: false, date: '2026-01-15' } },
    });
  });
});

// The bundled sample as the four tables a user would type: French headers of the schema,
// coded columns written the way a finance manager would (labels where they read better).
import type { TableName } from '../domain/codes';
import { SCHEMA } from '../data/schema';
import type { CellValue } from '../data/types';
import { buildSampleRecords, type SampleRecord } from './build-sample-records';

export interface SampleTable {
  readonly headers: string[];
  readonly rows: CellValue[][];
}
export type SampleTables = { readonly [T in TableName]: SampleTable };

/** How a user writes a few codes in the sample; codes not listed are written as they are. */
const AS_TYPED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  side: { CHARGES: 'Charges', PRODUITS: 'Produits' },
  tenure: { PROPRIETE: 'Propriété', LOCATION: 'Location', MISE_A_DISPOSITION: 'Mise à disposition' },
  type: { FOYER_VIE: 'Foyer de vie', SIEGE: 'Siège' },
  agreement: { CCN51: 'CCN 51', CCN66: 'CCN 66' },
};

function asTyped(field: string, value: CellValue): CellValue {
  return typeof value === 'string' ? AS_TYPED[field]?.[value] ?? value : value;
}

/**
 * The sample's four tables: headers in French as the schema lists them, rows in schema column order.
 * Pure and deterministic: every call returns equal tables.
 */
export function sampleTables(): SampleTables {
  const records = buildSampleRecords();
  const table = (name: TableName): SampleTable => {
    const spec = SCHEMA.find((s) => s.table === name);
    if (!spec) throw new Error(`No schema for table ${name}`);
    return {
      headers: spec.columns.map((c) => c.fr),
      rows: records[name].map((r: SampleRecord) => spec.columns.map((c) => asTyped(c.field, r[c.field] ?? null))),
    };
  };
  return { Partenaires: table('Partenaires'), Sites: table('Sites'), Budgets: table('Budgets'), Effectifs: table('Effectifs') };
}

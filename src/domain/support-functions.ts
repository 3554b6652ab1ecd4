// Support functions of DOMAIN §5.1 with the savings ranges of §5.2, as data.
import { FUNCTION_CODES, type FunctionCode } from './codes';
import { pointRange, rangeOf } from './range';
import type { Provenance, SupportFunction } from './types';

/** §5.2 ranges are our assumptions, informed by the cases the sources report. */
const assumed = (...sources: string[]): Provenance =>
  sources.length > 0 ? { kind: 'assumption', sources } : { kind: 'assumption' };

const pooled = (code: FunctionCode, low: number, high: number, provenance: Provenance): SupportFunction => ({
  code, poolable: true, savingsRate: rangeOf(low, high), savingsProvenance: provenance,
});

/** No range found in the sources: 0 % until the user sets one (DOMAIN §7). */
const pooledWithoutRange = (code: FunctionCode): SupportFunction => ({
  code, poolable: true, savingsRate: pointRange(0), savingsProvenance: { kind: 'assumption' }, savingsRateToSet: true,
});

/** Not pooled: premises are saved by site consolidation, care work is not pooled. */
const notPooled = (code: FunctionCode): SupportFunction => ({
  code, poolable: false, savingsRate: pointRange(0), savingsProvenance: { kind: 'convention' },
});

const ENTRIES: readonly SupportFunction[] = [
  pooled('DIRECTION_GENERALE', 0, 0.1, assumed('S21')),
  pooled('COMPTABILITE_FINANCE', 0.1, 0.2, assumed('S38')),
  pooled('PAIE_RH', 0.1, 0.2, assumed('S38')),
  pooled('ACHATS', 0.03, 0.1, assumed('S39')),
  pooled('SYSTEMES_INFORMATION', 0.05, 0.15, assumed('S21')),
  pooledWithoutRange('QUALITE_GESTION_RISQUES'),
  pooledWithoutRange('JURIDIQUE'),
  pooledWithoutRange('COMMUNICATION'),
  pooled('RESTAURATION', 0.05, 0.15, assumed('S46-b')),
  pooled('BLANCHISSERIE', 0.05, 0.15, assumed('S46-b')),
  pooledWithoutRange('TRANSPORT'),
  pooledWithoutRange('MAINTENANCE_TECHNIQUE'),
  pooled('ASSURANCES', 0.05, 0.1, assumed('S39')),
  pooledWithoutRange('FORMATION'),
  notPooled('LOCAUX'),
  notPooled('ACCOMPAGNEMENT'),
];

/** Every function code of the `Fonction` column, in the order of codes.ts. */
export const SUPPORT_FUNCTION_CATALOGUE: readonly SupportFunction[] = FUNCTION_CODES.map((code) => {
  const entry = ENTRIES.find((e) => e.code === code);
  if (!entry) throw new Error(`Support function ${code} has no catalogue entry`);
  return entry;
});

/** The catalogue entry of a function code. */
export function supportFunction(code: FunctionCode): SupportFunction {
  const entry = SUPPORT_FUNCTION_CATALOGUE.find((e) => e.code === code);
  if (!entry) throw new Error(`Unknown function code ${code}`);
  return entry;
}

// ANAP staff categories (DOMAIN §3.1, source S18-b) with the support subset that pooling can touch.
import { STAFF_CATEGORIES, type StaffCategoryCode } from './codes';
import type { Provenance, StaffCategory } from './types';

const SUPPORT: readonly StaffCategoryCode[] = ['DIRECTION_ENCADREMENT', 'ADMINISTRATION_GESTION', 'SERVICES_GENERAUX', 'RESTAURATION', 'ASH'];
/** Management is partly care leadership; ASH is partly care-floor work: only a share is support. */
const PART_ONLY: readonly StaffCategoryCode[] = ['DIRECTION_ENCADREMENT', 'ASH'];

export const STAFF_CATEGORY_PROVENANCE: Provenance = { kind: 'sourced', sources: ['S18-b'] };

export const STAFF_CATEGORY_CATALOGUE: readonly StaffCategory[] = STAFF_CATEGORIES.map((code) => {
  const support = SUPPORT.includes(code);
  return PART_ONLY.includes(code) ? { code, support, supportPartOnly: true } : { code, support };
});

/** The catalogue entry of a staff category. */
export function staffCategory(code: StaffCategoryCode): StaffCategory {
  const entry = STAFF_CATEGORY_CATALOGUE.find((e) => e.code === code);
  if (!entry) throw new Error(`Unknown staff category ${code}`);
  return entry;
}

// The thirteen legal and contractual forms of cooperation of DOMAIN §1.1.
// Texts (name, governance, staff, authorisation, tax points, typical use) are i18n keys
// `domain.form.<CODE>.<field>`; here stay the facts a model can compute with.
import { COOPERATION_FORMS, type CooperationFormCode } from './codes';
import type { CooperationForm } from './types';

/** The text fields of a form, each an i18n key `domain.form.<CODE>.<field>`. */
export const COOPERATION_FORM_TEXT_FIELDS = ['name', 'governance', 'staff', 'authorisation', 'tax', 'use'] as const;
export type CooperationFormTextField = (typeof COOPERATION_FORM_TEXT_FIELDS)[number];

const form = (
  code: CooperationFormCode, legalPerson: CooperationForm['legalPerson'],
  level: readonly [number, number] | null, legalBasis: string, sources: readonly string[],
): CooperationForm => ({
  code,
  legalPerson,
  integrationLevel: level === null ? null : { min: level[0], max: level[1] },
  legalBasis,
  provenance: { kind: 'sourced', sources },
});

const ENTRIES: readonly CooperationForm[] = [
  form('CONVENTION', 'no', [1, 1], 'Loi 75-535 ; loi 2002-2', ['S3', 'S16']),
  form('MISE_A_DISPOSITION', 'no', [1, 2], 'C. trav. L8241-1, L8241-2', ['S10', 'S34']),
  form('GROUPEMENT_EMPLOYEURS', 'yes', [2, 2], 'C. trav. L1253-1 s.', ['S9', 'S3']),
  form('GIE', 'yes', [2, 2], 'C. com. L251-1 s.', ['S7', 'S16']),
  form('GIP', 'yes', [2, 3], 'Loi 2011-525 art. 98 s. ; CASF L312-7', ['S8', 'S5', 'S3']),
  form('UNION_ASSOCIATIONS', 'yes', [2, 3], 'Loi du 1er juillet 1901', ['S46-b', 'S16']),
  form('GCSMS', 'yes', [3, 4], 'CASF L312-7, R312-194-1 s. ; décret 2006-413', ['S1', 'S2', 'S4', 'S4-b', 'S5', 'S6', 'S16', 'S40']),
  form('MANDAT_GESTION', 'contract', [3, 3], 'C. civ. art. 1984', ['S11']),
  form('CPOM_COMMUN', 'contract', [2, 3], 'CASF L313-11, L313-12, R314-235', ['S17']),
  form('APPORT_PARTIEL_ACTIF', 'transfer', [4, 4], 'Loi 1901 art. 9 bis ; décret 2015-832', ['S12', 'S13', 'S14', 'S15', 'S34']),
  form('FUSION_ABSORPTION', 'dissolution', [5, 5], 'Loi 1901 art. 9 bis ; décret 2015-832', ['S12', 'S13', 'S14', 'S15', 'S34']),
  form('FUSION_CREATION', 'dissolution', [5, 5], 'Loi 1901 art. 9 bis ; décret 2015-832', ['S12', 'S13', 'S34', 'S46-c']),
  // A component of levels 4–5 (merger, partial transfer, GCSMS takeover), not a level of its own.
  form('TRANSFERT_AUTORISATION', 'n/a', null, 'CASF L313-1 ; décret du 13 mars 2020', ['S15']),
];

export const COOPERATION_FORM_CATALOGUE: readonly CooperationForm[] = COOPERATION_FORMS.map((code) => {
  const entry = ENTRIES.find((e) => e.code === code);
  if (!entry) throw new Error(`Cooperation form ${code} has no catalogue entry`);
  return entry;
});

/** The catalogue entry of a cooperation form. */
export function cooperationForm(code: CooperationFormCode): CooperationForm {
  const entry = COOPERATION_FORM_CATALOGUE.find((e) => e.code === code);
  if (!entry) throw new Error(`Unknown cooperation form ${code}`);
  return entry;
}

/** The i18n key of one text of a form. */
export function cooperationFormTextKey(code: CooperationFormCode, field: CooperationFormTextField): string {
  return `domain.form.${code}.${field}`;
}

/** Forms under the merger rules of DOMAIN §1.2 (loi 1901 art. 9 bis, décret 2015-832 [S13]) and the fixed registration duty [S14]. */
const MERGER_FORMS: readonly CooperationFormCode[] = ['APPORT_PARTIEL_ACTIF', 'FUSION_ABSORPTION', 'FUSION_CREATION'];

/**
 * 1 when the merger rules apply to the form (merger auditor, registration duty), else 0:
 * partial transfer of assets and both kinds of merger. A number, as the legal forms sheet holds it.
 * Source: DOMAIN §1.2, S13 (commissaire à la fusion), S14 (droit fixe).
 * @example mergerRules('FUSION_ABSORPTION') // 1
 * @example mergerRules('GCSMS') // 0
 */
export function mergerRules(code: CooperationFormCode): number {
  return MERGER_FORMS.includes(code) ? 1 : 0;
}

/**
 * 1 when every partner is dissolved and transfers all its assets (fusion-création), else 0;
 * in an absorption the absorbing partner keeps its own. Source: DOMAIN §1.1, S12.
 * @example allPartnersDissolved('FUSION_CREATION') // 1
 * @example allPartnersDissolved('FUSION_ABSORPTION') // 0
 */
export function allPartnersDissolved(code: CooperationFormCode): number {
  return code === 'FUSION_CREATION' ? 1 : 0;
}

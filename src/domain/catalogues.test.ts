import {
  AGREEMENTS, COOPERATION_FORMS, ESTABLISHMENT_TYPES, FUNCTION_CODES, GROUPS, SIDES, STAFF_CATEGORIES,
  TABLE_NAMES, TENURES,
} from './codes';
import { COLLECTIVE_AGREEMENT_CATALOGUE, collectiveAgreement } from './collective-agreements';
import { COOPERATION_FORM_CATALOGUE, COOPERATION_FORM_TEXT_FIELDS } from './cooperation-forms';
import { DEFAULT_ASSUMPTIONS } from './default-assumptions';
import { ESTABLISHMENT_TYPE_CATALOGUE, SAAD_HOURLY_COST_PROVENANCE, establishmentType } from './establishment-types';
import { STAFF_CATEGORY_CATALOGUE, STAFF_CATEGORY_PROVENANCE, staffCategory } from './staff-categories';
import { SUPPORT_FUNCTION_CATALOGUE, supportFunction } from './support-functions';
import { SOURCES, SOURCE_IDS } from './source-ids';
import type { Provenance } from './types';
import { hasText } from '../i18n';

// The ids listed in DOMAIN.md §8, copied from the document by hand (S49 and S51 do not exist there).
const DOMAIN_SOURCE_IDS = [
  'S1', 'S2', 'S3', 'S4', 'S4-b', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12', 'S13', 'S14', 'S15', 'S16',
  'S17', 'S18', 'S18-b', 'S19', 'S20', 'S21', 'S22', 'S22-b', 'S22-c', 'S22-d', 'S23', 'S24', 'S25', 'S26', 'S27',
  'S28', 'S29', 'S30', 'S31', 'S32', 'S33', 'S34', 'S35', 'S36', 'S37', 'S38', 'S39', 'S40', 'S41', 'S42', 'S42-b',
  'S42-c', 'S43', 'S44', 'S45', 'S46', 'S46-b', 'S46-c', 'S47', 'S48', 'S50', 'S52',
];

const bothLanguages = (key: string) => hasText('fr', key) && hasText('en', key);

describe('domain catalogues', () => {
  it('has one entry per code, in the order of codes.ts', () => {
    expect(SUPPORT_FUNCTION_CATALOGUE.map((e) => e.code)).toEqual([...FUNCTION_CODES]);
    expect(STAFF_CATEGORY_CATALOGUE.map((e) => e.code)).toEqual([...STAFF_CATEGORIES]);
    expect(ESTABLISHMENT_TYPE_CATALOGUE.map((e) => e.code)).toEqual([...ESTABLISHMENT_TYPES]);
    expect(COLLECTIVE_AGREEMENT_CATALOGUE.map((e) => e.code)).toEqual([...AGREEMENTS]);
    expect(COOPERATION_FORM_CATALOGUE.map((e) => e.code)).toEqual([...COOPERATION_FORMS]);
  });

  it.each([
    ['domain.function', FUNCTION_CODES],
    ['domain.category', STAFF_CATEGORIES],
    ['domain.establishment', ESTABLISHMENT_TYPES],
    ['domain.agreement', AGREEMENTS],
    ['domain.tenure', TENURES],
    ['domain.side', SIDES],
    ['domain.group', GROUPS],
    ['domain.table', TABLE_NAMES],
    ['domain.form', COOPERATION_FORMS],
  ] as const)('labels every code of %s in French and English', (prefix, codes) => {
    expect(codes.filter((code) => !bothLanguages(`${prefix}.${code}`))).toEqual([]);
  });

  it('has every text field of every cooperation form in French and English', () => {
    const missing = COOPERATION_FORMS.flatMap((code) =>
      COOPERATION_FORM_TEXT_FIELDS.map((field) => `domain.form.${code}.${field}`)).filter((key) => !bothLanguages(key));
    expect(missing).toEqual([]);
  });

  it('labels every provenance kind and every default assumption', () => {
    expect(['assumption', 'sourced', 'convention'].filter((k) => !bothLanguages(`domain.provenance.${k}`))).toEqual([]);
    expect(DEFAULT_ASSUMPTIONS.map((a) => a.key).filter((k) => !bothLanguages(`domain.assumption.${k}`))).toEqual([]);
  });

  it('cites only sources listed in DOMAIN §8', () => {
    const provenances: (Provenance | null)[] = [
      ...SUPPORT_FUNCTION_CATALOGUE.map((e) => e.savingsProvenance),
      ...ESTABLISHMENT_TYPE_CATALOGUE.map((e) => e.costProvenance),
      ...COLLECTIVE_AGREEMENT_CATALOGUE.map((e) => e.provenance),
      ...COOPERATION_FORM_CATALOGUE.map((e) => e.provenance),
      ...DEFAULT_ASSUMPTIONS.map((a) => a.provenance),
      STAFF_CATEGORY_PROVENANCE, SAAD_HOURLY_COST_PROVENANCE,
    ];
    const cited = provenances.flatMap((p) => (p && p.kind !== 'convention' ? p.sources ?? [] : []));
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter((id) => !DOMAIN_SOURCE_IDS.includes(id))).toEqual([]);
    expect([...SOURCE_IDS]).toEqual(DOMAIN_SOURCE_IDS);
    expect(SOURCES.filter((s) => s.title.length === 0)).toEqual([]);
  });

  it('gives a sourced provenance at least one source', () => {
    const sourced = [...COOPERATION_FORM_CATALOGUE.map((e) => e.provenance), ...DEFAULT_ASSUMPTIONS.map((a) => a.provenance)]
      .filter((p) => p.kind === 'sourced');
    expect(sourced.filter((p) => p.kind === 'sourced' && p.sources.length === 0)).toEqual([]);
  });
});

describe('support functions', () => {
  // DOMAIN §5.2 (assumptions): achats 3–10 %, comptabilité/paie/RH 10–20 %, SI 5–15 %,
  // restauration/blanchisserie 5–15 %, assurances 5–10 %, direction 0–10 %; base = midpoint.
  it.each([
    ['ACHATS', 0.03, 0.065, 0.1],
    ['COMPTABILITE_FINANCE', 0.1, 0.15, 0.2],
    ['PAIE_RH', 0.1, 0.15, 0.2],
    ['SYSTEMES_INFORMATION', 0.05, 0.1, 0.15],
    ['RESTAURATION', 0.05, 0.1, 0.15],
    ['BLANCHISSERIE', 0.05, 0.1, 0.15],
    ['ASSURANCES', 0.05, 0.075, 0.1],
    ['DIRECTION_GENERALE', 0, 0.05, 0.1],
  ] as const)('saves %s between %p and %p, base %p, as an assumption', (code, low, base, high) => {
    const f = supportFunction(code);
    expect(f.savingsRate.low).toBeCloseTo(low, 12);
    expect(f.savingsRate.base).toBeCloseTo(base, 12);
    expect(f.savingsRate.high).toBeCloseTo(high, 12);
    expect(f.poolable).toBe(true);
    expect(f.savingsProvenance.kind).toBe('assumption');
    expect(f.savingsRateToSet).toBeUndefined();
  });

  it('saves 0 % on functions without a sourced range and flags them for the user', () => {
    const flagged = SUPPORT_FUNCTION_CATALOGUE.filter((f) => f.savingsRateToSet).map((f) => f.code);
    expect(flagged).toEqual(['QUALITE_GESTION_RISQUES', 'JURIDIQUE', 'COMMUNICATION', 'TRANSPORT', 'MAINTENANCE_TECHNIQUE', 'FORMATION']);
    for (const code of flagged) {
      expect(supportFunction(code).savingsRate).toEqual({ low: 0, base: 0, high: 0 });
      expect(supportFunction(code).savingsProvenance.kind).toBe('assumption');
    }
  });

  it('does not pool premises nor care and support work', () => {
    expect(SUPPORT_FUNCTION_CATALOGUE.filter((f) => !f.poolable).map((f) => f.code)).toEqual(['LOCAUX', 'ACCOMPAGNEMENT']);
  });
});

describe('staff categories', () => {
  it('marks the support subset of DOMAIN §3.1', () => {
    expect(STAFF_CATEGORY_CATALOGUE.filter((c) => c.support).map((c) => c.code))
      .toEqual(['DIRECTION_ENCADREMENT', 'ADMINISTRATION_GESTION', 'SERVICES_GENERAUX', 'RESTAURATION', 'ASH']);
    expect(staffCategory('DIRECTION_ENCADREMENT').supportPartOnly).toBe(true);
    expect(staffCategory('SOCIO_EDUCATIF').support).toBe(false);
  });
});

describe('establishment types', () => {
  it('holds the DOMAIN §2.4 costs per place', () => {
    expect(establishmentType('EHPAD').costPerPlaceEur).toEqual({ low: 34_150, base: 37_043, high: 41_189 });
    expect(establishmentType('IME').costPerPlaceEur?.base).toBe(39_000);
    expect(establishmentType('SESSAD').costPerPlaceEur?.base).toBe(17_623);
    expect(establishmentType('SSIAD').costPerPlaceEur?.base).toBe(12_639);
    // (12 067 + 12 957) / 2 = 12 512
    expect(establishmentType('ESAT').costPerPlaceEur?.base).toBe(12_512);
    expect(establishmentType('FOYER_VIE').costPerPlaceEur).toBeNull();
    expect(establishmentType('FAM').costProvenance).toEqual({ kind: 'assumption' });
  });

  it('tells services at home from establishments', () => {
    expect(establishmentType('SSIAD').isService).toBe(true);
    expect(establishmentType('SAVS').isService).toBe(true);
    expect(establishmentType('EHPAD').isService).toBe(false);
    expect(establishmentType('SIEGE').isService).toBe(false);
  });

  it('gives a cost for every entry that claims a source', () => {
    const inconsistent = ESTABLISHMENT_TYPE_CATALOGUE.filter((e) => e.costProvenance?.kind === 'sourced' && e.costPerPlaceEur === null);
    expect(inconsistent).toEqual([]);
  });
});

describe('collective agreements', () => {
  it('carries the IDCC numbers of DOMAIN §3.3', () => {
    expect(AGREEMENTS.map((code) => collectiveAgreement(code).idcc)).toEqual(['0029', '0413', '0405', '0783', '2941', null]);
  });
});

describe('cooperation forms', () => {
  it('orders integration levels from the loosest contract to the full merger', () => {
    const level = (code: string) => COOPERATION_FORM_CATALOGUE.find((f) => f.code === code)?.integrationLevel;
    expect(level('CONVENTION')).toEqual({ min: 1, max: 1 });
    expect(level('GCSMS')).toEqual({ min: 3, max: 4 });
    expect(level('FUSION_ABSORPTION')).toEqual({ min: 5, max: 5 });
    expect(level('TRANSFERT_AUTORISATION')).toBeNull();
    for (const f of COOPERATION_FORM_CATALOGUE) {
      if (f.integrationLevel) expect(f.integrationLevel.min).toBeLessThanOrEqual(f.integrationLevel.max);
    }
  });

  it('gives a legal person to the groupings only', () => {
    expect(COOPERATION_FORM_CATALOGUE.filter((f) => f.legalPerson === 'yes').map((f) => f.code))
      .toEqual(['GROUPEMENT_EMPLOYEURS', 'GIE', 'GIP', 'UNION_ASSOCIATIONS', 'GCSMS']);
  });
});

// The three default scenarios of issue 5, before they meet the partner data: S1 a pooling agreement,
// S2 a GCSMS pooling the back office, S3 a merger by absorption. The engine resolves them against
// the data (every partner in, which sites close); the user then edits every lever on the Scénarios sheet.
import { SUPPORT_FUNCTIONS, type CooperationFormCode, type SupportFunctionCode } from './codes';
import { supportFunction } from './support-functions';
import type { Provenance } from './types';

/**
 * Which sites a template closes once resolved against the data:
 * `none`; or `closeAbsorbedHeadOffices`: the SIEGE sites of every partner but the absorbing one
 * (their head offices merge into the absorber's). The absorbing partner is the one with the largest
 * balance-sheet total, as the merger rules of the scenario sheet assume (SCENARIO-SPEC "Merger rules");
 * ties go to the larger charges, then to the first partner.
 */
export type ScenarioSiteRule = 'none' | 'closeAbsorbedHeadOffices';

/** The levers a template documents the source of. */
export type ScenarioTemplateLever =
  | 'form' | 'functions' | 'harmonisation' | 'itMigration' | 'changeManagement' | 'sites'
  | 'movingCostPerSiteEur' | 'legalFeesEur' | 'shareKept';

export interface ScenarioTemplate {
  readonly code: string;
  /** Empty: the form's name is shown. */
  readonly name: string;
  readonly form: CooperationFormCode;
  /** Functions pooled, top-down (savings rate × baseline); the others stay with each partner. */
  readonly pooledFunctions: readonly SupportFunctionCode[];
  /** 1 bottom-up for every pooled function; the defaults are top-down (0): FTE removed are the user's call. */
  readonly bottomUp: number;
  readonly fteRemoved: number;
  /** One-off cost of pooling each function, euros (0: the global IT and change lines carry the project). */
  readonly functionOneOffEur: number;
  readonly harmonisation: number;
  readonly itMigration: number;
  readonly changeManagement: number;
  readonly siteRule: ScenarioSiteRule;
  readonly movingCostPerSiteEur: number;
  readonly newHeadOfficeEurPerYear: number;
  readonly legalFeesEur: number;
  readonly shareKept: number;
  readonly delayYears: number;
  readonly grantsEur: number;
  readonly loansEur: number;
  readonly loanYears: number;
  /** Where the levers that are not plain zeros come from. */
  readonly provenance: Readonly<Partial<Record<ScenarioTemplateLever, Provenance>>>;
}

/** The 14 poolable support functions, in catalogue order (LOCAUX is saved through site closures only). */
const POOLABLE: readonly SupportFunctionCode[] = SUPPORT_FUNCTIONS.filter((code) => supportFunction(code).poolable);

const assumption: Provenance = { kind: 'assumption' };
/** DOMAIN §5.3: legal and advisory fees 20–100 k€ depending on size (an assumption there too). */
const legalFees: Provenance = { kind: 'assumption' };
/** Issue 5: the associations keep 100 % of the savings under a CPOM by default (R314-235 fongibilité, S17). */
const keptUnderCpom: Provenance = { kind: 'assumption', sources: ['S17'] };

/** Levers every default shares: top-down, no delay, no new head office, no outside funding. */
const COMMON = {
  name: '', bottomUp: 0, fteRemoved: 0, functionOneOffEur: 0, newHeadOfficeEurPerYear: 0,
  shareKept: 1, delayYears: 0, grantsEur: 0, loansEur: 0, loanYears: 0,
} as const;

export const SCENARIO_TEMPLATES: readonly ScenarioTemplate[] = [
  {
    ...COMMON,
    code: 'S1',
    // Convention de mutualisation: level 1, each partner keeps its staff, so nothing to harmonise [S3, S16].
    form: 'CONVENTION',
    // Purchasing (groupements d'achats, S39), insurance (S39) and training (S46-b): what a contract can pool.
    pooledFunctions: ['ACHATS', 'ASSURANCES', 'FORMATION'],
    harmonisation: 0,
    // No shared system nor reorganisation: each partner keeps its tools and its teams.
    itMigration: 0,
    changeManagement: 0,
    siteRule: 'none',
    movingCostPerSiteEur: 0,
    // The low end of DOMAIN §5.3's 20–100 k€: a contract, no legal person to create.
    legalFeesEur: 20_000,
    provenance: {
      form: { kind: 'sourced', sources: ['S3', 'S16'] },
      functions: { kind: 'assumption', sources: ['S39', 'S46-b'] },
      harmonisation: { kind: 'sourced', sources: ['S3'] },
      legalFeesEur: legalFees, shareKept: keptUnderCpom,
    },
  },
  {
    ...COMMON,
    code: 'S2',
    // GCSMS de moyens: levels 3–4, the sector's tool for pooling back-office functions [S1, S2, S4].
    form: 'GCSMS',
    // The back office pooled in the GCSMS cases of DOMAIN §5.1 (S38) and purchasing (S39).
    pooledFunctions: ['COMPTABILITE_FINANCE', 'PAIE_RH', 'SYSTEMES_INFORMATION', 'QUALITE_GESTION_RISQUES', 'ACHATS'],
    // Staff lent by members keep their contract and their collective agreement [S2]: no harmonisation.
    harmonisation: 0,
    // Shared accounting, payroll and IT mean one system and new ways of working.
    itMigration: 1,
    changeManagement: 1,
    siteRule: 'none',
    movingCostPerSiteEur: 0,
    // A convention constitutive to draft and have approved (R312-194-18): between the contract and the merger.
    legalFeesEur: 40_000,
    provenance: {
      form: { kind: 'sourced', sources: ['S1', 'S2', 'S4'] },
      functions: { kind: 'assumption', sources: ['S38', 'S39'] },
      harmonisation: { kind: 'sourced', sources: ['S2'] },
      itMigration: assumption, changeManagement: assumption,
      legalFeesEur: legalFees, shareKept: keptUnderCpom,
    },
  },
  {
    ...COMMON,
    code: 'S3',
    // Fusion-absorption: level 5, the absorbed associations are dissolved without liquidation [S12, S13].
    form: 'FUSION_ABSORPTION',
    // One association: every support function is run once.
    pooledFunctions: POOLABLE,
    // All contracts transfer (L1224-1) and the former agreements survive 15 months: then one status [S34].
    harmonisation: 1,
    itMigration: 1,
    changeManagement: 1,
    // One head office: the absorbed partners' head-office sites close into the absorber's.
    siteRule: 'closeAbsorbedHeadOffices',
    // Removal, fitting out, IT cabling of a head office of a few desks: our assumption, no source.
    movingCostPerSiteEur: 20_000,
    // DOMAIN §5.3's default (60 k€): a traité de fusion, valuations, legal notices, AG of each association.
    legalFeesEur: 60_000,
    provenance: {
      form: { kind: 'sourced', sources: ['S12', 'S13'] },
      functions: assumption,
      harmonisation: { kind: 'sourced', sources: ['S34'] },
      itMigration: assumption, changeManagement: assumption, sites: assumption,
      movingCostPerSiteEur: assumption, legalFeesEur: legalFees, shareKept: keptUnderCpom,
    },
  },
];

/** One default template by code. */
export function scenarioTemplate(code: string): ScenarioTemplate {
  const found = SCENARIO_TEMPLATES.find((s) => s.code === code);
  if (!found) throw new Error(`No scenario template ${code}`);
  return found;
}

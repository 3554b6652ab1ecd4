import { SCENARIO_TEMPLATES, type ScenarioTemplate } from '../../domain';
import type { CooperationData } from '../../data/types';
import { POOLED_FUNCTIONS } from '../model-assumptions';
import { scenarioBases } from './scenario-bases';
import type { ScenarioBases, ScenarioDefinition } from './types';

/**
 * The partner a merger's other partners join: the largest balance-sheet total among the partners in
 * (the one the merger rules treat as absorbing), ties to the larger charges, then to the first; −1 when none is in.
 * @example balance sheets [6.4 M€, 5.9 M€, 2.9 M€]: 0
 */
export function absorbingPartnerIndex(bases: ScenarioBases, partnerFlags: readonly number[]): number {
  let best = -1;
  bases.partners.forEach((_, p) => {
    if ((partnerFlags[p] ?? 0) === 0) return;
    const larger = best < 0
      || bases.balanceSheetTotalEur[p] > bases.balanceSheetTotalEur[best]
      || (bases.balanceSheetTotalEur[p] === bases.balanceSheetTotalEur[best] && bases.chargesEur[p] > bases.chargesEur[best]);
    if (larger) best = p;
  });
  return best;
}

/** One template resolved against the data: every partner in, sites closed by its rule. */
export function resolveScenarioTemplate(template: ScenarioTemplate, data: CooperationData, bases: ScenarioBases): ScenarioDefinition {
  const partnerFlags = data.partners.map(() => 1);
  const absorber = absorbingPartnerIndex(bases, partnerFlags);
  const siteFlags = data.sites.map((site, s) => {
    if (template.siteRule === 'none') return 0;
    const partner = bases.sitePartnerIndex[s];
    return site.type === 'SIEGE' && partner >= 0 && partner !== absorber ? 1 : 0;
  });
  return {
    code: template.code,
    name: template.name,
    form: template.form,
    partnerFlags,
    functions: POOLED_FUNCTIONS.map((code) => ({
      code,
      pooled: template.pooledFunctions.includes(code) ? 1 : 0,
      bottomUp: template.bottomUp,
      fteRemoved: template.fteRemoved,
      oneOffEur: template.functionOneOffEur,
    })),
    harmonisation: template.harmonisation,
    itMigration: template.itMigration,
    changeManagement: template.changeManagement,
    siteFlags,
    movingCostPerSiteEur: template.movingCostPerSiteEur,
    newHeadOfficeEurPerYear: template.newHeadOfficeEurPerYear,
    legalFeesEur: template.legalFeesEur,
    shareKept: template.shareKept,
    delayYears: template.delayYears,
    grantsEur: template.grantsEur,
    loansEur: template.loansEur,
    loanYears: template.loanYears,
  };
}

/**
 * The default scenarios S1 (pooling agreement), S2 (GCSMS), S3 (merger by absorption) of the domain's templates,
 * resolved against the data: every partner in; S3 closes the SIEGE sites of every partner but the absorbing one.
 * Source: issue 5 §1; src/domain/scenario-templates.ts (each lever's provenance).
 * @example defaultScenarios(data).map((s) => s.form) // ['CONVENTION', 'GCSMS', 'FUSION_ABSORPTION']
 */
export function defaultScenarios(data: CooperationData): ScenarioDefinition[] {
  const bases = scenarioBases(data);
  return SCENARIO_TEMPLATES.map((template) => resolveScenarioTemplate(template, data, bases));
}

import type { CooperationData } from '../../data/types';
import { integrationLevelOf } from '../../domain/scoring-defaults';
import { carefulSum } from '../careful-sum';
import { rowsOfPartner } from '../comparison/rows-of-partner';
import type { ScenarioBases, ScenarioDefinition, ScenarioOutcome } from '../scenarios/types';
import type { RiskScenarioFacts } from './types';

/**
 * The facts of one scenario that its default risk ratings follow (see RiskScenarioFacts):
 * harmonisation share = highest yearly harmonisation cost / Σ loaded payroll of the partners in;
 * agreements = distinct collective agreements of the staff of the partners in (a partner without
 * staff rows counts its own); sites of the partners in; scale = Σ charges in / the largest partner's.
 * @example scenarioRiskFacts(data, bases, s3, outcome3).integrationLevel // 5 for a merger
 */
export function scenarioRiskFacts(
  data: CooperationData, bases: ScenarioBases, definition: ScenarioDefinition, outcome: ScenarioOutcome,
): RiskScenarioFacts {
  const inFlags = data.partners.map((_, p) => (definition.partnerFlags[p] ?? 0) > 0);
  const partnersIn = data.partners.filter((_, p) => inFlags[p]);
  const payrollIn = carefulSum(bases.staffPayrollEur.map((v, p) => (inFlags[p] ? v : 0)));
  const harmonisationPeak = Math.max(0, ...outcome.harmonisationByYearEur);
  const agreements = new Set<string>();
  for (const partner of partnersIn) {
    const staff = rowsOfPartner(data.staff, partner.code);
    const codes = staff.length > 0 ? staff.map((s) => s.agreement ?? partner.agreement) : [partner.agreement];
    for (const c of codes) if (c !== null) agreements.add(c);
  }
  const sites = bases.sitePartnerIndex.filter((p) => p >= 0 && inFlags[p]).length;
  const chargesIn = bases.chargesEur.filter((_, p) => inFlags[p]);
  const largest = Math.max(0, ...chargesIn);
  return {
    code: definition.code,
    form: definition.form,
    integrationLevel: integrationLevelOf(definition.form),
    harmonisationShare: payrollIn > 0 ? harmonisationPeak / payrollIn : null,
    harmonisationOn: definition.harmonisation > 0,
    agreements: agreements.size,
    sites,
    scaleRatio: largest > 0 ? carefulSum(chargesIn) / largest : null,
    newHeadOfficeEurPerYear: definition.newHeadOfficeEurPerYear,
    functionsPooled: outcome.functionsPooled,
  };
}

import type { CooperationData } from '../../data/types';
import { carefulSum } from '../careful-sum';
import { notComputed } from '../computed';
import { cumulativeSums } from '../cumulative-sums';
import { netPresentValue } from '../net-present-value';
import { paybackPeriod } from '../payback-period';
import { functionOutcomes, savingsByYear } from './function-outcomes';
import { mergerOutcome } from './merger-outcome';
import { partnerOutcomes } from './partner-outcomes';
import { scenarioBases } from './scenario-bases';
import { scenarioFinancing } from './scenario-financing';
import type { ScenarioGlobals } from './scenario-globals';
import { scenarioOneOff } from './scenario-one-off';
import { harmonisationByYear, headOfficeByYear, netBenefitByYear, siteSavingsByYear, sitesClosed } from './scenario-recurring';
import type { ScenarioBases, ScenarioDefinition, ScenarioOutcome } from './types';

const isBases = (x: CooperationData | ScenarioBases): x is ScenarioBases => 'baselineEur' in x;

/**
 * What one scenario yields, in total and for each partner, by model year 0 … N:
 * savings of the pooled functions and of the sites closed, one-off costs, new head office, harmonisation,
 * NB_t = shareKept × (savings_t + site savings_t) − one-off_t − head office_t − harmonisation_t,
 * its cumulative, NPV (NB_0 + NPV(rate, NB_1 … NB_N)) and interpolated payback, financing and merger rules.
 * No NPV nor payback (NO_PARTNERS) when no partner takes part.
 * Products are taken left to right in the order of docs/scenario-arithmetic.md, as the scenario sheet writes them.
 * Source: docs/scenario-arithmetic.md; MODELLING.md "Conventions".
 * @example scenarioOutcome(data, defaultScenarios(data)[0], scenarioGlobals(modelAssumptions(2024, {}))).npvEur
 */
export function scenarioOutcome(
  dataOrBases: CooperationData | ScenarioBases, definition: ScenarioDefinition, globals: ScenarioGlobals,
): ScenarioOutcome {
  const bases = isBases(dataOrBases) ? dataOrBases : scenarioBases(dataOrBases);
  const yearIndexes = globals.inHorizon.map((_, t) => t);
  const functions = functionOutcomes(bases, definition, globals);
  const savingsByYearEur = savingsByYear(functions, yearIndexes.length);
  const closed = sitesClosed(definition);
  const siteSavingsByYearEur = siteSavingsByYear(bases, definition, globals);
  const oneOff = scenarioOneOff(bases, definition, globals, functions, closed);
  const headOfficeByYearEur = headOfficeByYear(definition, globals);
  const harmonisationByYearEur = harmonisationByYear(bases, definition, globals);
  const netBenefitByYearEur = netBenefitByYear(
    definition.shareKept, savingsByYearEur, siteSavingsByYearEur, oneOff.byYearEur, headOfficeByYearEur, harmonisationByYearEur,
  );
  const oneOffTotalEur = carefulSum(oneOff.byYearEur);
  const partnersIncluded = carefulSum(definition.partnerFlags);
  const anyIn = partnersIncluded > 0;
  return {
    code: definition.code,
    name: definition.name,
    form: definition.form,
    yearIndexes,
    calendarYears: yearIndexes.map((t) => globals.firstYear + t),
    partnersIncluded,
    functions,
    functionsPooled: carefulSum(functions.map((f) => f.pooled)),
    ftePooled: carefulSum(functions.map((f) => f.ftePooled)),
    savingsByYearEur,
    sitesClosed: closed,
    siteSavingsByYearEur,
    oneOff,
    headOfficeByYearEur,
    harmonisationByYearEur,
    shareKept: definition.shareKept,
    netBenefitByYearEur,
    cumulativeByYearEur: cumulativeSums(netBenefitByYearEur),
    netBenefitTotalEur: carefulSum(netBenefitByYearEur),
    oneOffTotalEur,
    npvEur: anyIn ? netPresentValue(netBenefitByYearEur, globals.discountRate) : notComputed('NO_PARTNERS'),
    paybackYears: anyIn ? paybackPeriod(netBenefitByYearEur) : notComputed<number>('NO_PARTNERS'),
    partners: partnerOutcomes(bases, definition, globals, {
      functions, oneOffByYearEur: oneOff.byYearEur, headOfficeByYearEur,
    }),
    financing: scenarioFinancing(bases, definition, globals, netBenefitByYearEur, oneOffTotalEur),
    merger: mergerOutcome(bases, definition, globals),
  };
}


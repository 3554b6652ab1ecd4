import { mergerRules } from '../../domain';
import { carefulSum } from '../careful-sum';
import type { ScenarioGlobals } from './scenario-globals';
import { includedSum } from './scenario-keys';
import type { FunctionOutcome, ScenarioBases, ScenarioDefinition, ScenarioOutcome } from './types';

/**
 * One-off costs of a scenario, euros, then phased (no delay: the project is paid for when it is done):
 * functions = Σ_f one-off_f (with severance, bottom-up); IT migration = flag × rate × chargesIn;
 * change management = flag × rate × payrollIn; legal fees (lever); registration duty = duty × mergerRules(form);
 * moving = moving cost per site × sites closed; total = Σ of the six; oneOff_t = total × phasing_t × inH_t.
 * Source: docs/scenario-arithmetic.md "One-off costs"; DOMAIN §5.3, S14.
 * @example 10 M€ of charges in, IT migration at 2 %: 200 000 €
 */
export function scenarioOneOff(
  bases: ScenarioBases, definition: ScenarioDefinition, globals: ScenarioGlobals,
  functions: readonly FunctionOutcome[], sitesClosed: number,
): ScenarioOutcome['oneOff'] {
  const functionsEur = carefulSum(functions.map((f) => f.oneOffEur));
  const itMigrationEur = definition.itMigration * globals.itMigrationRate * includedSum(definition.partnerFlags, bases.chargesEur);
  const changeManagementEur = definition.changeManagement * globals.changeManagementRate * includedSum(definition.partnerFlags, bases.staffPayrollEur);
  const registrationDutyEur = globals.registrationDutyEur * mergerRules(definition.form);
  const movingEur = definition.movingCostPerSiteEur * sitesClosed;
  const totalEur = carefulSum([functionsEur, itMigrationEur, changeManagementEur, definition.legalFeesEur, registrationDutyEur, movingEur]);
  return {
    functionsEur, itMigrationEur, changeManagementEur, legalFeesEur: definition.legalFeesEur, registrationDutyEur, movingEur, totalEur,
    byYearEur: globals.inHorizon.map((inH, t) => totalEur * (globals.oneOffPhasing[t] ?? 0) * inH),
  };
}

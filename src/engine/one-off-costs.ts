import type { CooperationData } from '../data/types';
import { carefulSum } from './careful-sum';
import type { ScenarioInputs } from './scenario-inputs';

export interface OneOffCosts {
  /** All CHARGES lines of all partners, euros: the base of the IT migration cost. */
  readonly combinedChargesEur: number;
  /** All loaded payroll of the staff table, euros: the base of the change-management cost. */
  readonly combinedPayrollEur: number;
  readonly itMigrationEur: number;
  readonly legalFeesEur: number;
  readonly registrationDutyEur: number;
  readonly changeManagementEur: number;
  /** Σ of the four lines, before phasing. */
  readonly totalEur: number;
}

/**
 * One-off costs to achieve the scenario, euros: IT migration = rate × combined charges;
 * legal and advisory fees; registration duty; change management = rate × combined loaded payroll.
 * Source: DOMAIN §5.3 (assumptions and S14 for the fixed duty).
 * @example 10 M€ of charges at 2 % and 6 M€ of payroll at 0.75 % with 60 000 € + 375 € of fees: 305 375 €
 */
export function oneOffCosts(data: CooperationData, inputs: ScenarioInputs['oneOff']): OneOffCosts {
  const combinedChargesEur = carefulSum(data.budgets.filter((l) => l.side === 'CHARGES').map((l) => l.amountEur));
  const combinedPayrollEur = carefulSum(data.staff.map((s) => s.loadedPayrollEur));
  const itMigrationEur = combinedChargesEur * inputs.itMigrationRate;
  const changeManagementEur = combinedPayrollEur * inputs.changeManagementRate;
  return {
    combinedChargesEur, combinedPayrollEur, itMigrationEur,
    legalFeesEur: inputs.legalFeesEur, registrationDutyEur: inputs.registrationDutyEur, changeManagementEur,
    totalEur: carefulSum([itMigrationEur, inputs.legalFeesEur, inputs.registrationDutyEur, changeManagementEur]),
  };
}

import { allPartnersDissolved, mergerRules } from '../../domain';
import type { ScenarioGlobals } from './scenario-globals';
import { includedSum } from './scenario-keys';
import type { ScenarioBases, ScenarioDefinition, ScenarioOutcome } from './types';

/**
 * Merger rules of a scenario's form (DOMAIN §1.2): assets transferred and whether a merger auditor is required.
 * assetsTransferred = applies × (Σ_p incl_p bst_p − (1 − allDissolved) × max_p(incl_p × bst_p)):
 * in an absorption the largest balance sheet absorbs the others and keeps its own; in a fusion-création every
 * partner transfers. auditorRequired = assetsTransferred ≥ threshold (gross assets, 1 550 000 € [S13]).
 * @example absorption of 1 000 000 € and 600 000 € balance sheets into a 5 M€ one: 1 600 000 €, auditor required
 */
export function mergerOutcome(bases: ScenarioBases, definition: ScenarioDefinition, globals: ScenarioGlobals): ScenarioOutcome['merger'] {
  const applies = mergerRules(definition.form);
  const products = bases.balanceSheetTotalEur.map((b, p) => (definition.partnerFlags[p] ?? 0) * b);
  const largest = products.length > 0 ? Math.max(...products) : 0;
  const kept = (1 - allPartnersDissolved(definition.form)) * largest;
  const assetsTransferredEur = applies * (includedSum(definition.partnerFlags, bases.balanceSheetTotalEur) - kept);
  return { applies, assetsTransferredEur, auditorRequired: assetsTransferredEur >= globals.mergerAuditorThresholdEur };
}

export { lintPlan, lintFormula, describeFindings, ALLOWED_CONSTANTS, type LintFinding, type LintProblem, type LintRule } from './modelling-lint';
export { formulaToR1C1 } from './formula-r1c1';
export { tokenizeFormula, FormulaSyntaxError, type Token, type TokenKind } from './formula-tokens';
export { ALLOWED_FUNCTIONS, VOLATILE_FUNCTIONS } from './allowed-functions';

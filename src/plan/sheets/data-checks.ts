// Checks on the partner data as the data sheet holds it (MODELLING.md "Checks").
import { TABLE_NAMES } from '../../domain/codes';
import { carefulSum } from '../../engine/careful-sum';
import type { PlanCheck } from '../context';
import type { ModelContext } from '../sheet-context';

/**
 * Budget lines belong to known partners; staff payroll within group II charges (a warning);
 * nothing typed below the data tables, whose rows the model's ranges do not reach.
 */
export function dataChecks(ctx: ModelContext): PlanCheck[] {
  const d = ctx.dataLayout;
  const { partners, budgets, staff } = ctx.data;
  const codes = new Set(partners.map((p) => p.code.toUpperCase()));
  const allLines = carefulSum(budgets.map((b) => b.amountEur));
  const partnerLines = carefulSum(budgets.filter((b) => codes.has(b.partner.toUpperCase())).map((b) => b.amountEur));
  const payroll = carefulSum(staff.map((s) => s.loadedPayrollEur));
  const groupII = carefulSum(budgets.filter((b) => b.side === 'CHARGES' && b.group === 'II').map((b) => b.amountEur));
  return [
    {
      key: 'budgetPartners', label: ctx.t('sheet.check.budgetPartners'),
      // Lines whose partner is in the partner table add up to all lines (to the cent).
      formula: `ABS(SUMPRODUCT(ISNUMBER(MATCH(${d.column('Budgets', 'partner')},${d.column('Partenaires', 'code')},0))*${d.column('Budgets', 'amountEur')})-SUM(${d.column('Budgets', 'amountEur')}))<1/100`,
      expected: Math.abs(partnerLines - allLines) < 0.01,
    },
    {
      key: 'payrollGroupII', label: ctx.t('sheet.check.payrollGroupII'), severity: 'warning',
      formula: `SUM(${d.column('Effectifs', 'loadedPayrollEur')})<=SUMIFS(${d.column('Budgets', 'amountEur')},${d.column('Budgets', 'side')},"CHARGES",${d.column('Budgets', 'group')},"II")`,
      expected: payroll <= groupII,
    },
    {
      // The formulas' ranges end with the generated rows: a row a user appends to a table is
      // outside them until the model is regenerated from the partner tables.
      key: 'noRowBelowData', label: ctx.t('sheet.check.noRowBelowData'),
      formula: `AND(${TABLE_NAMES.map((table) => `ISBLANK(${d.belowTable(table)})`).join(',')})`,
      expected: true,
    },
  ];
}

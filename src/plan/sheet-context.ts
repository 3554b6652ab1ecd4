// The context every sheet builder receives: language, data, sheet names and the two
// layouts that formulas point at (data sheet, assumptions sheet).
import type { CooperationData } from '../data/types';
import { modelAssumptions, type AssumptionEntry, type Overrides } from '../engine/model-assumptions';
import { translator, type Lang } from '../i18n';
import { assumptionsSheetLayout, type AssumptionsSheetLayout } from './assumptions-layout';
import type { SheetContext, SheetNames } from './context';
import { dataSheetLayout, type DataSheetLayout } from './data-layout';

export const SHEET_KEYS = [
  'cover', 'data', 'assumptions', 'scenarios', 'risks', 'readiness', 'scoring', 'scenarioComparison', 'riskMap', 'monteCarlo', 'comparison', 'indicators', 'swot', 'legalForms', 'bases',
  'tornado', 'checks',
] as const;

export interface ModelContext extends SheetContext {
  readonly dataLayout: DataSheetLayout;
  readonly assumptions: AssumptionsSheetLayout;
  readonly entries: readonly AssumptionEntry[];
  readonly dataYear: number;
}

/** Localised sheet names by key (`sheet.name.<key>`), with one calculation sheet per scenario code (`savings_S1`). */
export function sheetNames(lang: Lang, scenarioCodes: readonly string[] = []): SheetNames {
  const t = translator(lang);
  return Object.fromEntries([
    ...SHEET_KEYS.map((k) => [k, t(`sheet.name.${k}`)]),
    ...scenarioCodes.map((code) => [`savings_${code}`, t('sheet.name.scenario', { code })]),
  ]);
}

/**
 * Build the context for `data`: sheet names, the data layout and the assumptions layout.
 * Sheet builders of other sheets (comparison, indicators) and their tests start here.
 * @example createSheetContext(data, 'fr', 2024).dataLayout.column('Budgets', 'amountEur')
 */
export function createSheetContext(
  data: CooperationData, lang: Lang, dataYear: number, overrides: Overrides = {}, scenarioCodes: readonly string[] = [],
): ModelContext {
  const names = sheetNames(lang, scenarioCodes);
  const entries = modelAssumptions(dataYear, overrides);
  return {
    lang,
    t: translator(lang),
    data,
    names,
    dataLayout: dataSheetLayout(data, names.data),
    assumptions: assumptionsSheetLayout(entries, names.assumptions),
    entries,
    dataYear,
  };
}

// A model plan with the SWOT sheet appended, as the lead will wire it: for the sheet's tests.
import type { CooperationData } from '../../data/types';
import { computeIndicators } from '../../engine/indicators/compute-indicators';
import { defaultScenarios } from '../../engine/scenarios';
import { swotItems } from '../../engine/swot/swot-items';
import type { SwotResult, SwotUserItems } from '../../engine/swot/types';
import type { Lang } from '../../i18n';
import { buildModel } from '../build-model';
import { modelDataYear } from '../data-year';
import { createSheetContext } from '../sheet-context';
import type { WorkbookPlan } from '../types';
import { basesSheetLayout } from './bases-sheet-layout';
import { indicatorsSheetLayout } from './indicators-sheet';
import { buildSwotSheet } from './swot-sheet';

export const SWOT_TEST_DATE = new Date('2026-01-15T09:00:00Z');

/** The model of `data` with the SWOT sheet after the others, and the engine's SWOT result. */
export function swotPlan(
  data: CooperationData, lang: Lang, overrides: Readonly<Record<string, number>> = {}, userItems?: SwotUserItems,
): { plan: WorkbookPlan; result: SwotResult } {
  const { plan, result: model } = buildModel(data, { lang, generatedAt: SWOT_TEST_DATE, productVersion: '0.1.0-test', overrides });
  const dataYear = modelDataYear(data, SWOT_TEST_DATE);
  const ctx = createSheetContext(data, lang, dataYear, overrides, defaultScenarios(data).map((d) => d.code));
  const result = swotItems(data, computeIndicators(data), ctx.entries);
  const build = buildSwotSheet(ctx, {
    indicators: indicatorsSheetLayout(data.partners.length, ctx.names.indicators),
    bases: basesSheetLayout(data.partners.length, data.sites.length, ctx.names.bases),
    result, userItems, dataYear, masterCheck: model.masterCheck,
  });
  return { plan: { ...plan, sheets: [...plan.sheets, build.sheet] }, result };
}

// The model plan with its SWOT sheet, for the sheet's tests.
import type { CooperationData } from '../../data/types';
import type { SwotResult, SwotUserItems } from '../../engine/swot/types';
import type { Lang } from '../../i18n';
import { buildModel } from '../build-model';
import type { WorkbookPlan } from '../types';

export const SWOT_TEST_DATE = new Date('2026-01-15T09:00:00Z');

/** The model of `data` (buildModel wires the SWOT sheet) and the engine's SWOT result. */
export function swotPlan(
  data: CooperationData, lang: Lang, overrides: Readonly<Record<string, number>> = {}, userItems?: SwotUserItems,
): { plan: WorkbookPlan; result: SwotResult } {
  const { plan, result } = buildModel(data, {
    lang, generatedAt: SWOT_TEST_DATE, productVersion: '0.1.0-test', overrides, ...(userItems ? { swotUserItems: userItems } : {}),
  });
  return { plan, result: result.swot };
}

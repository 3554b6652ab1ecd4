// The sample's partner data, validated, and models built from it: the one
// place the LibreOffice tests call the data layer, the sample and the plan builder.
import { validateWorkbook } from '../../src/data';
import type { CooperationData } from '../../src/data/types';
import type { Lang } from '../../src/i18n';
import { buildModel } from '../../src/plan/build-model';
import type { WorkbookPlan } from '../../src/plan/types';
import { sampleRawWorkbook } from '../../src/sample';

/** The sample workbook's tables, validated: they must be valid. */
export function sampleData(): CooperationData {
  const result = validateWorkbook(sampleRawWorkbook());
  if (!result.ok) throw new Error(`The sample does not validate: ${JSON.stringify(result.issues.slice(0, 5))}`);
  return result.value;
}

/** A fixed clock and version, so that two builds of the same inputs are the same plan. */
export const GENERATED_AT = new Date('2026-01-15T09:00:00Z');
export const PRODUCT_VERSION = '0.1.0-test';

/** The plan of a model for `data` in `lang`, with assumption overrides by key. */
export function planOf(data: CooperationData, lang: Lang, overrides: Readonly<Record<string, number>> = {}): WorkbookPlan {
  return buildModel(data, { lang, generatedAt: GENERATED_AT, productVersion: PRODUCT_VERSION, overrides }).plan;
}

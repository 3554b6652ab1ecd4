// TOWS: strategies that pair an internal rule (strength or weakness) with an external one
// (opportunity or threat). A suggestion shows when both its rules fire; its text is an i18n
// key (swot.tows.<id>), written in our words from DOMAIN §5, §6 and §9.
import type { SwotRuleId } from './swot-rules';

export type TowsKind = 'SO' | 'ST' | 'WO' | 'WT';

export interface TowsSuggestion {
  readonly id: string;
  readonly kind: TowsKind;
  readonly internal: SwotRuleId;
  readonly external: SwotRuleId;
}

const s = (id: string, kind: TowsKind, internal: SwotRuleId, external: SwotRuleId): TowsSuggestion => ({ id, kind, internal, external });

export const TOWS_SUGGESTIONS: readonly TowsSuggestion[] = [
  s('SO1', 'SO', 'occupancyHigh', 'complementaryTypes'),
  s('SO2', 'SO', 'costPerPlaceLow', 'sameDepartment'),
  s('ST1', 'ST', 'occupancyHigh', 'cafRateLow'),
  s('ST2', 'ST', 'costPerPlaceLow', 'agreementsDiffer'),
  s('WO1', 'WO', 'costPerPlaceHigh', 'sameDepartment'),
  s('WO2', 'WO', 'buildingAgeHigh', 'complementaryTypes'),
  s('WO3', 'WO', 'personnelShareHigh', 'sameDepartment'),
  s('WT1', 'WT', 'costPerPlaceHigh', 'cafRateLow'),
  s('WT2', 'WT', 'buildingAgeHigh', 'dependenceHigh'),
  s('WT3', 'WT', 'personnelShareHigh', 'agreementsDiffer'),
];

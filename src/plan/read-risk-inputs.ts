// Regeneration keeps the board's risk register: read the Risques sheet back, row by row, by the
// scenario code (column A) and the risk id (column B), so that risks or scenarios moved, added or
// removed since still find their values. A rating is kept when it differs from the proposal shown
// in its row (the proposal then follows the data and the scenario's form, like an assumption's
// default); an owner or a mitigation when it differs from the catalogue's text in either language
// (an untouched text follows the model's language).
import type { CellValue } from '../data/types';
import { RISK_CATALOGUE } from '../domain/risk-catalogue';
import type { RiskEntryOverride, RiskOverrides } from '../engine/risks/types';
import { translator } from '../i18n';
import { scenarioCodeIn } from './read-scenario-definitions';
import { RISK_COLS } from './sheets/risks-sheet-layout';
import { defaultRiskTexts } from './sheets/risks-sheet-texts';

type Rows = readonly (readonly CellValue[])[];

const numberIn = (v: CellValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const textIn = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

const RATINGS = [
  ['likelihood', 'proposedLikelihood'], ['impact', 'proposedImpact'],
  ['residualLikelihood', 'proposedResidualLikelihood'], ['residualImpact', 'proposedResidualImpact'],
] as const;

/**
 * What a user typed on a risk register given as rows of cell values from A1 (`rows[0][0]` is A1),
 * by scenario code then risk id: each rating that differs from its row's proposal (or whose row shows
 * no proposal), each owner and mitigation that differs from the catalogue's French and English texts
 * (a cleared cell reads as an empty text). Rows without a scenario code and a known risk id are skipped;
 * the first row of a pair counts.
 * @example readRiskInputs(rows).S3?.['HUM-02'] // { likelihood: 3, owner: 'Mme Martin' }
 */
export function readRiskInputs(rows: Rows): RiskOverrides {
  const ids = new Set(RISK_CATALOGUE.map((d) => d.id));
  const texts = [translator('fr'), translator('en')];
  const out: Record<string, Record<string, RiskEntryOverride>> = {};
  for (const r of rows) {
    const code = scenarioCodeIn(r[RISK_COLS.scenario - 1]);
    const id = textIn(r[RISK_COLS.id - 1]).toUpperCase();
    if (code === null || !ids.has(id)) continue;
    const byId = (out[code] ??= {});
    if (byId[id] !== undefined) continue;
    const entry: { -readonly [K in keyof RiskEntryOverride]: RiskEntryOverride[K] } = {};
    for (const [field, proposedField] of RATINGS) {
      const value = numberIn(r[RISK_COLS[field] - 1]);
      const proposed = numberIn(r[RISK_COLS[proposedField] - 1]);
      if (value !== null && value !== proposed) entry[field] = value;
    }
    for (const field of ['owner', 'mitigation'] as const) {
      const cell = r[RISK_COLS[field] - 1];
      const value = textIn(cell);
      if (!texts.some((t) => defaultRiskTexts(t, id)[field] === value)) entry[field] = value;
    }
    byId[id] = entry;
  }
  return out;
}

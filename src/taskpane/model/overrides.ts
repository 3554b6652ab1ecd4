// Assumption values by stable key (engine/model-assumptions.ts): what buildModel takes as overrides.
import type { InputValues } from '../host/workbook-host';

export type Overrides = Readonly<Record<string, number>>;

/** The numeric values among typed inputs; TRUE/FALSE flags become 1/0, text and empty cells are left out. */
export function numericInputs(values: InputValues): Overrides {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else if (typeof value === 'boolean') out[key] = value ? 1 : 0;
  }
  return out;
}

// Regeneration keeps what a user typed into the SWOT sheet's own areas: each user row carries
// its key (`swot.user.<quadrant>.<n>`) in one cell and the text in the next, so the rows are
// found wherever they moved.
import type { CellValue } from '../data/types';
import { SWOT_QUADRANTS, type SwotQuadrant } from '../domain/swot-rules';
import type { SwotUserItems } from '../engine/swot/types';
import { parseSwotUserKey } from './sheets/swot-sheet-layout';

type Rows = readonly (readonly CellValue[])[];

const asText = (v: CellValue | undefined): string => {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
};

/**
 * The items a user typed into a SWOT sheet given as rows of cell values from A1: for every
 * cell holding a user-row key, the text right of it; empty texts are dropped, the rest kept in
 * the order of their index within each quadrant.
 * @example readSwotUserItems([['swot.user.S.1', 'Équipe soudée']]).S // ['Équipe soudée']
 */
export function readSwotUserItems(rows: Rows): SwotUserItems {
  const found: Record<SwotQuadrant, { index: number; text: string }[]> = { S: [], W: [], O: [], T: [] };
  rows.forEach((r) => r.forEach((v, c) => {
    if (typeof v !== 'string') return;
    const key = parseSwotUserKey(v);
    if (!key) return;
    const text = asText(r[c + 1]);
    if (text !== '') found[key.quadrant].push({ index: key.index, text });
  }));
  return Object.fromEntries(SWOT_QUADRANTS.map((q) => [q, found[q].sort((a, b) => a.index - b.index).map((x) => x.text)])) as unknown as SwotUserItems;
}

/** No user item: what a first generation starts with. */
export const NO_SWOT_USER_ITEMS: SwotUserItems = { S: [], W: [], O: [], T: [] };

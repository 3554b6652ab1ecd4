// Cuts the content of a plan into requests of bounded size: blocks are packed in
// order into batches of at most `maxBytes` (estimated as the JSON length of what
// is queued), a block too large on its own is cut by rows, and the commit goes
// with the last batch when it fits. The number of batches thus grows with the
// bytes written, not with the number of rows or cells.
import type { WorkbookPlan } from '../../plan/types';
import { blockPayload, type BlockPayload, type PayloadNames } from './block-payload';
import { cellBlocks, splitRows } from './cell-blocks';

/** Excel on the web refuses requests of 5 MB; keep a margin for what the estimate misses. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
/** Allowance for the sheets added and the calls around the content in a request. */
const OVERHEAD_BYTES = 2_000;
/** Allowance for the object paths and action records around one block's three calls. */
const PIECE_OVERHEAD_BYTES = 400;

export interface Piece {
  /** Index of the plan sheet. */
  readonly sheet: number;
  readonly payload: BlockPayload;
}

export interface WriteBatch {
  readonly pieces: readonly Piece[];
  readonly commit: boolean;
  /** Estimated request size. */
  readonly bytes: number;
}

/** The content of every plan sheet as pieces no larger than `maxBytes`. */
export function planPieces(plan: WorkbookPlan, names: PayloadNames, maxBytes: number): Piece[] {
  const limit = Math.max(1, maxBytes - OVERHEAD_BYTES - PIECE_OVERHEAD_BYTES);
  const pieces: Piece[] = [];
  plan.sheets.forEach((sheet, index) => {
    for (const block of cellBlocks(sheet.cells)) {
      const whole = blockPayload(block, plan, names);
      if (whole.bytes <= limit || block.rows === 1) {
        pieces.push({ sheet: index, payload: whole });
        continue;
      }
      // Rows of one block weigh about the same: cut into parts of the rows that fit.
      const rowsPerPart = Math.max(1, Math.floor((block.rows * limit) / whole.bytes));
      for (const part of splitRows(block, rowsPerPart)) pieces.push({ sheet: index, payload: blockPayload(part, plan, names) });
    }
  });
  return pieces;
}

/** An estimate of the commit's request: sheet setups, names, copies. */
/** What one chart call (add, or one series with its ranges) costs in a request, beyond its ranges' text. */
const CHART_CALL_BYTES = 600;

export function commitBytes(plan: WorkbookPlan): number {
  const setup = plan.sheets.map((s) => [s.tables, s.validations, s.conditionalFormats, s.columnWidths, s.print, s.freeze, s.charts ?? []]);
  // Each chart is several calls (add, title, axes, one series per range): its ranges are in `setup`, the calls here.
  const charts = plan.sheets.reduce((n, s) => n + (s.charts?.reduce((m, c) => m + 1 + c.series.length, 0) ?? 0), 0);
  return JSON.stringify([setup, plan.names]).length + 500 * plan.sheets.length + CHART_CALL_BYTES * charts + OVERHEAD_BYTES;
}

/**
 * Pieces packed in order into batches of at most `maxBytes`; the last batch
 * carries the commit when it fits, else the commit is a batch of its own.
 */
export function packBatches(pieces: readonly Piece[], commit: number, maxBytes: number): WriteBatch[] {
  const batches: WriteBatch[] = [];
  let current: Piece[] = [];
  let size = OVERHEAD_BYTES;
  for (const piece of pieces) {
    const bytes = piece.payload.bytes + PIECE_OVERHEAD_BYTES;
    if (current.length > 0 && size + bytes > maxBytes) {
      batches.push({ pieces: current, commit: false, bytes: size });
      current = [];
      size = OVERHEAD_BYTES;
    }
    current.push(piece);
    size += bytes;
  }
  if (current.length > 0 && size + commit > maxBytes) {
    batches.push({ pieces: current, commit: false, bytes: size });
    current = [];
    size = 0;
  }
  batches.push({ pieces: current, commit: true, bytes: size + commit });
  return batches;
}

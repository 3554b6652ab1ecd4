/// <reference types="office-js" />
// Writes a WorkbookPlan into the open workbook, inside one Excel.run:
//   1. read the workbook state (sheets, names, tables; the previous registry);
//   2. build the new content completely on temporary sheets, in requests of
//      bounded size (2-D arrays per block, no sync inside a loop);
//   3. in the last request, replace each generated sheet's content in place
//      (copyFrom), set the sheets up, rename, define names, drop the temporary
//      sheets.
// Syncs for a full generation: 1 or 2 reads + one per request of content, the
// commit riding with the last: at most 2 + sheets, more only when the bytes
// exceed what requests may carry. A failure before step 3 leaves the workbook
// as it was (what this run added is removed); user sheets are never written.
import type { WorkbookPlan } from '../../plan/types';
import { queueCommit, queueEmptySheets, type CommitInput } from './commit-plan';
import { planChartsWriter, type ChartsReport } from './charts';
import { cleanUp } from './clean-up';
import { officeRunner, type ExcelRunner } from './excel-runner';
import { sheetTargets, temporaryNames, type SheetTarget } from './plan-sheet-names';
import { withFinalNames } from './plan-registry';
import { queuePiece } from './queue-piece';
import { excelApiSupported } from './requirements';
import { commitBytes, DEFAULT_MAX_REQUEST_BYTES, packBatches, planPieces } from './write-batches';
import { readWorkbookState, type WorkbookState } from './workbook-state';

export interface WritePlanOptions {
  /** Defaults to Excel.run. */
  readonly run?: ExcelRunner;
  /** Upper bound of one request's estimated size; default 4 MB (Excel on the web refuses 5 MB). */
  readonly maxRequestBytes?: number;
  /** Requirement-set check; default Office.context.requirements.isSetSupported('ExcelApi', v). */
  readonly supports?: (version: string) => boolean;
  /** Called after each round trip with the count so far and the planned total. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface WritePlanReport {
  readonly syncs: number;
  /** Estimated size of each content request, in order. */
  readonly requestBytes: readonly number[];
  readonly sheets: readonly { readonly key: string; readonly name: string; readonly created: boolean }[];
  /** Plan sheets written under another name because a user's sheet holds theirs. */
  readonly renamed: readonly { readonly key: string; readonly wanted: string; readonly used: string }[];
  /**
   * Our sheets the user had renamed (found by their identity name under a name the
   * registry does not give them): they get the plan's name back, and formulas follow.
   */
  readonly restored: readonly { readonly key: string; readonly from: string; readonly to: string }[];
  /** Tables renamed because a user's table holds the name. */
  readonly renamedTables: readonly { readonly wanted: string; readonly used: string }[];
  /** Defined names left to the user's own definition. */
  readonly skippedNames: readonly string[];
  /** Sheets of the previous registry that the plan no longer has: left as they are. */
  readonly orphaned: readonly string[];
  /** False when ExcelApi 1.9 is missing: content was written in place, without the temporary sheets. */
  readonly atomicReplace: boolean;
  /** The plan's native charts: written, or skipped with a warning where ExcelApi 1.7 is missing. */
  readonly charts?: ChartsReport;
}

export type WritePhase = 'read' | 'build' | 'commit';

/** Writing the plan failed; `phase` says how far it got (see README: what a failure leaves). */
export class PlanWriteError extends Error {
  override readonly name = 'PlanWriteError';
  constructor(
    readonly phase: WritePhase,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const fold = (s: string): string => s.toLowerCase();

/**
 * Writes (or rewrites in place) the generated sheets of `plan` in the open workbook.
 *
 * @example const report = await writePlan(plan); report.renamed // [] unless a user's sheet took a name
 */
export async function writePlan(fromPlan: WorkbookPlan, options: WritePlanOptions = {}): Promise<WritePlanReport> {
  const run = options.run ?? officeRunner();
  const supports = options.supports ?? excelApiSupported;
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const modern = supports('1.9');
  const features = { validation: supports('1.8'), pageLayout: modern };

  return run(async (context) => {
    let syncs = 0;
    let planned = 2;
    const sync = async (): Promise<void> => {
      await context.sync();
      syncs += 1;
      options.onProgress?.(syncs, Math.max(planned, syncs));
    };

    let state: WorkbookState;
    try {
      state = await readWorkbookState(context, sync);
    } catch (cause) {
      throw new PlanWriteError('read', 'Could not read the workbook', { cause });
    }

    const targets = sheetTargets(fromPlan, state.sheetNames, state.registry, state.identity);
    const finalByKey = new Map(targets.map((t) => [t.key, t.final]));
    const plan = withFinalNames(fromPlan, finalByKey);
    const temps = modern ? temporaryNames(plan.sheets.length, state.sheetNames, targets.map((t) => t.final)) : [];
    const charts = planChartsWriter(plan, supports);
    const input = { ...commitInput(plan, targets, modern ? temps : plan.sheets.map(() => null), state, features), charts };
    const inFormulas = new Map(targets.map((t) => [t.planned, t.current ?? t.final]));
    const pieces = planPieces(plan, { inFormulas, finalByKey }, maxBytes);
    const batches = packBatches(pieces, commitBytes(plan), maxBytes);
    planned = syncs + batches.length;

    let committing = false;
    try {
      // Our previous charts are found with the first content request; only a one-request write needs its own sync.
      const existing = targets.flatMap((t) => (t.current ? [t.current] : []));
      if (charts.loadPrevious(context, existing) && batches.length === 1) {
        planned += 1;
        await sync();
      }
      // One sync per request-sized batch, never per sheet, block or cell: how many there are
      // is decided above from the bytes (packBatches), before anything is sent.
      for (const [b, batch] of batches.entries()) {
        suspend(context, supports);
        if (b === 0) {
          for (const t of targets) if (!t.current) context.workbook.worksheets.add(t.final);
          for (const temp of temps) context.workbook.worksheets.add(temp);
          if (!modern) queueEmptySheets(context, input);
        }
        for (const piece of batch.pieces) {
          const t = targets[piece.sheet];
          const target = modern ? temps[piece.sheet] : (t.current ?? t.final);
          queuePiece(context.workbook.worksheets.getItem(target), piece.payload, modern);
        }
        if (batch.commit) {
          committing = true;
          queueCommit(context, input);
        }
        await sync();
      }
    } catch (cause) {
      const phase: WritePhase = committing || !modern ? 'commit' : 'build';
      try {
        await cleanUp(context, temps, targets, state);
      } catch {
        // The first failure is the one to report; a failed clean-up leaves `~coop n` sheets the next run ignores.
      }
      throw new PlanWriteError(phase, 'Could not write the model', { cause });
    }

    const orphaned = [...state.registry]
      .filter(([key, name]) => !plan.sheets.some((s) => s.key === key) && state.sheetNames.some((n) => fold(n) === fold(name)))
      .map(([, name]) => name);
    return {
      syncs,
      requestBytes: batches.map((b) => b.bytes),
      sheets: targets.map((t) => ({ key: t.key, name: t.final, created: t.current === null })),
      renamed: targets.filter((t) => t.final !== t.planned).map((t) => ({ key: t.key, wanted: t.planned, used: t.final })),
      restored: targets
        .filter((t) => t.current !== null && t.current !== t.final && fold(state.registry.get(t.key) ?? t.final) !== fold(t.current))
        .map((t) => ({ key: t.key, from: t.current as string, to: t.final })),
      renamedTables: [...input.tableNames].filter(([a, b]) => a !== b).map(([wanted, used]) => ({ wanted, used })),
      skippedNames: [...input.skippedNames],
      orphaned,
      atomicReplace: modern,
      charts: charts.report(),
    };
  });
}

/** Calculation (ExcelApi 1.6) and screen updating (1.9) wait for the end of the request. */
function suspend(context: Excel.RequestContext, supports: (version: string) => boolean): void {
  if (supports('1.6')) context.application.suspendApiCalculationUntilNextSync();
  if (supports('1.9')) context.application.suspendScreenUpdatingUntilNextSync();
}

function commitInput(
  plan: WorkbookPlan,
  targets: readonly SheetTarget[],
  temps: readonly (string | null)[],
  state: WorkbookState,
  features: CommitInput['features'],
): CommitInput {
  const ours = new Set(targets.filter((t) => t.current).map((t) => fold(t.current as string)));
  // A table name is free when no table has it or when the table holding it sits on one of our sheets.
  const ourTables = new Set([...state.sheets.values()].filter((s) => ours.has(fold(s.name))).flatMap((s) => s.tables.map(fold)));
  const usedTables = new Set([...state.tableNames].filter((n) => !ourTables.has(n)));
  const tableNames = new Map<string, string>();
  for (const table of plan.sheets.flatMap((s) => s.tables)) {
    let name = table.name;
    for (let n = 2; usedTables.has(fold(name)); n += 1) name = `${table.name}_${n}`;
    usedTables.add(fold(name));
    tableNames.set(table.name, name);
  }
  // A defined name is ours when it refers to one of our sheets (or to nothing any more).
  const skippedNames = new Set<string>();
  for (const n of plan.names) {
    const existing = state.names.get(fold(n.name));
    if (existing && existing.sheet !== null && !ours.has(fold(existing.sheet))) skippedNames.add(fold(n.name));
  }
  return { plan, targets, temps, state, features, tableNames, skippedNames };
}

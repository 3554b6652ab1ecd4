// Faults in reaching a workbook at all (as opposed to problems in its data,
// which are Issue values): the shells turn them into a located message.

export type WorkbookReadReason = 'notFound' | 'unreadable' | 'notXlsx';

/** The file could not be opened or is not an .xlsx workbook. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookReadReason,
    readonly path: string | null,
    options?: { cause?: unknown },
  ) {
    super(`Cannot read workbook${path ? ` ${path}` : ''}: ${reason}`, options);
    this.name = 'WorkbookReadError';
  }
}

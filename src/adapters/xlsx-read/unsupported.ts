// The fast reader's only way to give up: readTables then reads the workbook with ExcelJS.

/**
 * The package holds something the fast reader does not reproduce exactly as ExcelJS reads it
 * (a ZIP64 archive, a CDATA section, a shared string index out of range…). Never a fault of
 * the user's data: the caller falls back to the ExcelJS reader, which gives the reference answer.
 */
export class XlsxUnsupported extends Error {
  constructor(readonly what: string, options?: { cause?: unknown }) {
    super(`Fast .xlsx reader: unsupported ${what}`, options);
    this.name = 'XlsxUnsupported';
  }
}

/** Throws XlsxUnsupported(what) unless `condition` holds. */
export function supported(condition: boolean, what: string): asserts condition {
  if (!condition) throw new XlsxUnsupported(what);
}

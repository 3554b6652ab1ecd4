// Reads the four partner tables of an .xlsx into plain rows. No business rule
// here: headers, numbers and codes are interpreted by src/data.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { RawWorkbook } from '../../data/types';
import { readXlsxTables } from '../xlsx-read';
import { WorkbookReadError } from './input-errors';
import { tablesOf } from './input-find-table';

/** The partner tables of a workbook already loaded by ExcelJS. */
export { tablesOf };

/** A file path, or the bytes of an .xlsx. */
export type WorkbookSource = string | Buffer | Uint8Array | ArrayBuffer;

/**
 * The partner tables of an .xlsx as plain rows: each of Partenaires, Sites,
 * Budgets and Effectifs as an Excel table of that name (any sheet, any case),
 * else as a sheet of that name with its headers on row 1; a table found
 * nowhere is absent from the result. Throws WorkbookReadError when the file
 * cannot be read or is not an .xlsx.
 *
 * @example const raw = await readTables('partenaires.xlsx'); raw.Budgets?.rows.length
 */
export async function readTables(source: WorkbookSource): Promise<RawWorkbook> {
  const bytes = await sourceBytes(source);
  try {
    // The fast reader (issue 9) gives the same tables as ExcelJS in a fraction of the time.
    return readXlsxTables(bytes);
  } catch {
    // It throws XlsxUnsupported on whatever it does not read exactly as ExcelJS does (and a
    // fault of its own must not cost the user a read): ExcelJS then reads the file, and its
    // answer or its WorkbookReadError is the one the user gets.
    return tablesOf(await loadBytes(bytes, typeof source === 'string' ? source : null, { ignoreNodes: NOT_READ }));
  }
}

/**
 * Parts of a sheet the partner tables never need: a template's per-row drop-down lists and
 * conditional formats are a good share of its XML, and skipping them saves about a fifth of
 * the read of a large workbook (issue 9). Values, tables and merges are still read.
 */
const NOT_READ = ['dataValidations', 'conditionalFormatting'];

/** Loads an .xlsx with ExcelJS, turning every failure into a WorkbookReadError. */
export async function loadWorkbook(source: WorkbookSource, options: Partial<ExcelJS.XlsxReadOptions> = {}): Promise<ExcelJS.Workbook> {
  return loadBytes(await sourceBytes(source), typeof source === 'string' ? source : null, options);
}

/** The bytes of a source; a file that cannot be read throws WorkbookReadError notFound or unreadable. */
async function sourceBytes(source: WorkbookSource): Promise<Buffer> {
  if (typeof source !== 'string') {
    return Buffer.isBuffer(source) ? source : Buffer.from(source instanceof ArrayBuffer ? new Uint8Array(source) : source);
  }
  try {
    return await readFile(source);
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    throw new WorkbookReadError(code === 'ENOENT' || code === 'ENOTDIR' ? 'notFound' : 'unreadable', source, { cause });
  }
}

/** ExcelJS's reading of an .xlsx's bytes; any failure is a WorkbookReadError notXlsx. */
async function loadBytes(bytes: Buffer, path: string | null, options: Partial<ExcelJS.XlsxReadOptions>): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want its own Buffer type; Node's is the one it reads.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, options);
  } catch (cause) {
    throw new WorkbookReadError('notXlsx', path, { cause });
  }
  return wb;
}

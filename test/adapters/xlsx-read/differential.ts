// Helpers of the fast reader's tests: the reference answer (the ExcelJS reader, as readTables
// used it before issue 9), workbook bytes, and edits of a package's XML for shapes ExcelJS
// never writes but Excel or LibreOffice do.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbook, tablesOf } from '../../../src/adapters/exceljs';
import type { RawWorkbook } from '../../../src/data/types';

/** What the ExcelJS reader finds in `bytes`: the reference the fast reader must equal. */
export async function referenceTables(bytes: Buffer): Promise<RawWorkbook> {
  return tablesOf(await loadWorkbook(bytes, { ignoreNodes: ['dataValidations', 'conditionalFormatting'] }));
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The package with some parts' XML rewritten. */
export async function rezip(bytes: Buffer, edits: Readonly<Record<string, (xml: string) => string>>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, edit] of Object.entries(edits)) {
    const file = zip.file(path);
    if (!file) throw new Error(`No part ${path}`);
    zip.file(path, edit(await file.async('string')));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The text of one part. */
export async function partText(bytes: Buffer, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (!file) throw new Error(`No part ${path}`);
  return file.async('string');
}

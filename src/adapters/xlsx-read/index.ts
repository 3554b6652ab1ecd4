// A fast, Node-only reader of the partner tables of an .xlsx (issue 9): same answer as the
// ExcelJS reader, or XlsxUnsupported so that the caller falls back to it.
export { readXlsxTables } from './read-xlsx-tables';
export { XlsxUnsupported } from './unsupported';

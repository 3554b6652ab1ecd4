// How one cell read through Office.js becomes a CellValue: the plain value the
// user sees, with no interpretation (parsing is the data layer's job). Same
// conventions as the ExcelJS reader, so both adapters hand src/data the same rows.
import type { CellValue } from '../../data/types';

/** Excel's serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * The plain value of a cell from its `values` entry and `numberFormat`:
 * empty text → null; a number shown as a date or time → ISO text
 * (`2024-01-15`, `2024-01-15 08:30`) so that a date in a number column is
 * reported rather than read as a serial; errors stay their text (`#N/A`).
 *
 * @example officeCellValue(45306, 'dd/mm/yyyy') // '2024-01-15'
 */
export function officeCellValue(value: unknown, numberFormat: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return typeof numberFormat === 'string' && isDateFormat(numberFormat) ? serialText(value) : value;
  }
  return null;
}

/** True for a number format that shows a date or a time (`dd/mm/yyyy`, `h:mm`), false for `0.0 %`, `#,##0 €`. */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .trim();
  if (bare === '' || /^(general|standard|@)$/i.test(bare)) return false;
  return /[dmyhs]/i.test(bare);
}

function serialText(serial: number): string {
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  const iso = new Date(ms).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  if (time === '00:00:00') return day;
  return `${day} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

// How a date cell reads as text, shared by the two readers of the partner tables (ExcelJS's and
// the fast one), so that a date typed in a number column is reported the same way by both.

/**
 * `2024-01-15`, with ` HH:MM` (or ` HH:MM:SS`) when the time is not midnight; null for an invalid date.
 * The date is the serial's wall-clock time as a UTC instant, as ExcelJS gives it.
 * @example dateCellText(new Date(Date.UTC(2023, 2, 15, 18))) // '2023-03-15 18:00'
 */
export function dateCellText(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  if (time === '00:00:00') return day;
  return `${day} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

// Number formats of the generated model (MODELLING.md "Style"). The thousands separator
// and the decimal mark display per the reader's locale.
export const FORMAT_EUR = '#,##0 "€"';
export const FORMAT_RATE = '0.0%';
export const FORMAT_RATE_FINE = '0.00%';
export const FORMAT_FTE = '0.00';
export const FORMAT_YEARS = '0.00';
export const FORMAT_YEAR = '0';
export const FORMAT_COUNT = '#,##0';
export const FORMAT_FLAG = '0';

/**
 * The rate format that shows a rate input as typed: a rate under 1 % (0.75 %, GVT 0.6 %)
 * needs two decimals, or 0.0 % would show 0.8 % for 0.75 %. Decided on the default value,
 * so that the input and every cell that repeats it share one format.
 */
export function rateFormatFor(defaultValue: number): string {
  return defaultValue !== 0 && Math.abs(defaultValue) < 0.01 ? FORMAT_RATE_FINE : FORMAT_RATE;
}

/**
 * A check cell's format: TRUE/FALSE in the model's language. Excel shows booleans its own way
 * whatever the format; LibreOffice 7.4 needs an explicit format on booleans under a conditional
 * format, or its PDF export (printing) crashes.
 */
export function booleanFormat(t: (key: string) => string): string {
  const yes = `"${t('sheet.common.true')}"`;
  return `${yes};${yes};"${t('sheet.common.false')}"`;
}

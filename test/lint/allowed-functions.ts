// Functions that both Excel 2016 and LibreOffice compute the same way
// (MODELLING.md: associations run older Excel, some boards use LibreOffice).
// Newer ones (LET, LAMBDA, XLOOKUP, FILTER, SEQUENCE, IFS, SWITCH, MAXIFS,
// CONCAT, TEXTJOIN…) are left out on purpose; so are IFNA and other 2010+
// functions, which a file must spell `_xlfn.IFNA` or Excel shows #NAME?, and
// TEXT, whose format codes depend on the locale.
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  'ABS', 'AND', 'AVERAGE', 'AVERAGEIF', 'AVERAGEIFS', 'CHOOSE', 'COLUMN', 'COLUMNS', 'CONCATENATE',
  'COUNT', 'COUNTA', 'COUNTBLANK', 'COUNTIF', 'COUNTIFS', 'DATE', 'DAY', 'EXP', 'FALSE', 'FV',
  'HLOOKUP', 'HYPERLINK', 'IF', 'IFERROR', 'INDEX', 'INT', 'IRR', 'ISBLANK', 'ISERR', 'ISERROR',
  'ISLOGICAL', 'ISNA', 'ISNUMBER', 'ISTEXT', 'LARGE', 'LEFT', 'LEN', 'LN', 'LOG', 'LOG10', 'LOOKUP',
  'LOWER', 'MATCH', 'MAX', 'MEDIAN', 'MID', 'MIN', 'MOD', 'MONTH', 'N', 'NA', 'NOT', 'NPV', 'OR',
  'PMT', 'POWER', 'PRODUCT', 'PV', 'RANK', 'RATE', 'RIGHT', 'ROUND', 'ROUNDDOWN', 'ROUNDUP', 'ROW',
  'ROWS', 'SIGN', 'SMALL', 'SQRT', 'SUBTOTAL', 'SUM', 'SUMIF', 'SUMIFS', 'SUMPRODUCT', 'TRIM', 'TRUE',
  'UPPER', 'VLOOKUP', 'YEAR',
]);

/** Volatile functions: recalculated on every change, and they hide the flow of a model. */
export const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  'OFFSET', 'INDIRECT', 'NOW', 'TODAY', 'RAND', 'RANDBETWEEN', 'CELL', 'INFO',
]);

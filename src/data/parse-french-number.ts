import type { CellValue } from './types';

/** A number read from a cell, or why it is not one. Never NaN. */
export type NumberReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'empty' | 'invalid' };

// Thousands separators users type or paste: space, no-break space (U+00A0), narrow no-break space (U+202F).
const GROUP = '[ \\u00A0\\u202F]';
const SPACES = /^[ \u00A0\u202F\t]+|[ \u00A0\u202F\t]+$/g;
// Groups of three after a first group of one to three digits, then an optional decimal part.
const GROUPED = new RegExp(`^(\\d{1,3}(?:${GROUP}\\d{3})+)(?:([,.])(\\d+))?$`);
const PLAIN_COMMA = /^(\d+)(?:,(\d+))?$/;
const PLAIN_DOT = /^(\d+)\.(\d+)$/;

/**
 * Reads a cell as a number the way a French user writes it.
 * Numbers pass as they are; text may be `12 345,67`, `12 345,67 €`, `-1 234`, `3,5 %` (→ 0.035),
 * with spaces, U+00A0 or U+202F between groups of three, or a plain dot decimal such as
 * `1234.5` when it cannot be a thousands separator (`1.234` is refused).
 * Anything else — `12 000 EUR`, `abc`, booleans, formulas — is invalid.
 * Example: parseFrenchNumber('12 345,67 €') → { ok: true, value: 12345.67 }.
 */
export function parseFrenchNumber(value: CellValue): NumberReading {
  if (value === null) return { ok: false, reason: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value: value + 0 } : { ok: false, reason: 'invalid' };
  if (typeof value !== 'string') return { ok: false, reason: 'invalid' };

  let text = value.replace(SPACES, '');
  if (text === '') return { ok: false, reason: 'empty' };

  let exponent = 0;
  const suffix = /[ \u00A0\u202F]?([€%])$/.exec(text);
  if (suffix) {
    if (suffix[1] === '%') exponent = -2;
    text = text.slice(0, suffix.index);
  }

  let sign = '';
  if (text.startsWith('-') || text.startsWith('\u2212')) {
    sign = '-';
    text = text.slice(1);
  }

  const digits = decimalDigits(text);
  if (digits === null) return { ok: false, reason: 'invalid' };
  // Decimal text with an exponent lets the runtime round once, correctly: "3.5e-2" is the double nearest 0.035.
  const parsed = Number(`${sign}${digits}e${exponent}`);
  return Number.isFinite(parsed) ? { ok: true, value: parsed + 0 } : { ok: false, reason: 'invalid' };
}

/** The number part as `int` or `int.frac`, or null when it is not written the French way. */
function decimalDigits(text: string): string | null {
  const grouped = GROUPED.exec(text);
  if (grouped) {
    const whole = grouped[1].replace(/[ \u00A0\u202F]/g, '');
    return grouped[3] === undefined ? whole : `${whole}.${grouped[3]}`;
  }
  const comma = PLAIN_COMMA.exec(text);
  if (comma) return comma[2] === undefined ? comma[1] : `${comma[1]}.${comma[2]}`;
  const dot = PLAIN_DOT.exec(text);
  if (dot && !dotMayBeThousands(dot[1], dot[2])) return `${dot[1]}.${dot[2]}`;
  return null;
}

// "1.234" may be one thousand two hundred and thirty-four written with a dot separator: refuse it.
function dotMayBeThousands(whole: string, fraction: string): boolean {
  return fraction.length === 3 && whole.length <= 3 && !/^0+$/.test(whole);
}

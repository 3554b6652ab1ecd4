import fc from 'fast-check';
import { parseFrenchNumber } from './parse-french-number';

const value = (input: Parameters<typeof parseFrenchNumber>[0]) => {
  const reading = parseFrenchNumber(input);
  return reading.ok ? reading.value : reading.reason;
};

describe('parseFrenchNumber examples', () => {
  it.each([
    [1234.5, 1234.5],
    ['12 345,67', 12345.67],
    ['12 345,67 €', 12345.67],
    ['12\u00A0345,67\u00A0€', 12345.67],
    ['12\u202F345,67\u202F€', 12345.67],
    ['12345,67€', 12345.67],
    ['3,5 %', 0.035],
    ['3,5%', 0.035],
    ['-1 234', -1234],
    ['\u22121 234', -1234],
    ['1234.5', 1234.5],
    ['1 234.5', 1234.5],
    ['0.125', 0.125],
    ['1.2345', 1.2345],
    ['  42  ', 42],
    ['1 000 000', 1000000],
    ['-0', 0],
  ])('reads %j as %p', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it.each([
    ['12 000 EUR'], ['abc'], ['1.234'], ['12.345'], ['1 23'], ['1234 567'], ['12,'], [',5'], ['1,2,3'],
    ['1e5'], ['+5'], ['=1+2'], ['2024-01-31'], ['31/01/2024'], ['€ 12'], ['12 € %'], ['--5'], ['NaN'], ['Infinity'],
  ])('refuses %j', (input) => {
    expect(value(input)).toBe('invalid');
  });

  it('refuses booleans and non-finite numbers', () => {
    expect(value(true)).toBe('invalid');
    expect(value(false)).toBe('invalid');
    expect(value(Number.NaN)).toBe('invalid');
    expect(value(Number.POSITIVE_INFINITY)).toBe('invalid');
  });

  it('tells an empty cell from an invalid one', () => {
    expect(value(null)).toBe('empty');
    expect(value(' \u00A0\u202F')).toBe('empty');
  });
});

// Our own French formatter, independent of the parser: digits grouped by three from the right.
function groupThousands(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const SEPARATORS = [' ', '\u00A0', '\u202F'] as const;

describe('parseFrenchNumber properties (seeded)', () => {
  it('reads back a number written the French way: groups, comma decimals, optional €', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom('', ' €', '\u00A0€', '\u202F€', '€'),
        fc.boolean(),
        (whole, decimals, fraction, negative, separator, suffix, grouped) => {
          const fractionDigits = String(fraction % 10 ** decimals).padStart(decimals, '0').slice(0, decimals);
          const text = `${negative ? '-' : ''}${grouped ? groupThousands(String(whole), separator) : String(whole)}`
            + (decimals > 0 ? `,${fractionDigits}` : '') + suffix;
          // whole·10^d + fraction is an exact integer below 2^53; one division rounds it once, like the text.
          const scaled = whole * 10 ** decimals + (decimals > 0 ? Number(fractionDigits) : 0);
          const expected = (negative ? -scaled : scaled) / 10 ** decimals + 0;
          expect(parseFrenchNumber(text)).toEqual({ ok: true, value: expected });
        },
      ),
      { seed: 20261126, numRuns: 500 },
    );
  });

  it('reads back a percentage as a fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999, max: 99_999 }), fc.constantFrom(' %', '\u00A0%', '\u202F%', '%'), (tenths, suffix) => {
        const sign = tenths < 0 ? '-' : '';
        const abs = Math.abs(tenths);
        const text = `${sign}${groupThousands(String(Math.floor(abs / 10)), '\u202F')},${abs % 10}${suffix}`;
        // tenths of a percent → fraction: tenths / 1000.
        expect(parseFrenchNumber(text)).toEqual({ ok: true, value: tenths / 1000 + 0 });
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('reads back what Intl formats in fr-FR: decimal, currency and percent styles', () => {
    const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
    const currency = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }), (cents) => {
        const euros = cents / 100 + 0;
        expect(parseFrenchNumber(decimal.format(euros))).toEqual({ ok: true, value: euros });
        expect(parseFrenchNumber(currency.format(euros))).toEqual({ ok: true, value: euros });
        // cents/10 000 shown as a percentage keeps two decimals: 12,34 % is 0.1234.
        const fraction = cents / 10_000 + 0;
        expect(parseFrenchNumber(percent.format(fraction))).toEqual({ ok: true, value: fraction });
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('never returns NaN or Infinity for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '2', '0', ' ', ',', '.', '-', '€', '%', '\u00A0', '\u202F', 'e', '9') }), (text) => {
        const reading = parseFrenchNumber(text);
        if (reading.ok) expect(Number.isFinite(reading.value)).toBe(true);
      }),
      { seed: 1, numRuns: 1000 },
    );
  });
});

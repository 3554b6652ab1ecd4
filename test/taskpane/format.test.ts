import { fieldToNumber, formatEur, numberToField } from '../../src/taskpane/format';

describe('pane number formats', () => {
  it('reads a French decimal comma and an English point alike', () => {
    expect(fieldToNumber('4,5')).toBe(4.5);
    expect(fieldToNumber('4.5')).toBe(4.5);
    expect(fieldToNumber(' 12 000 ')).toBe(12000);
  });

  it('returns null for text that is not a number', () => {
    expect(fieldToNumber('abc')).toBeNull();
    expect(fieldToNumber('')).toBeNull();
    expect(fieldToNumber('1,2,3')).toBeNull();
  });

  it('shows what the user typed without float noise', () => {
    // 0.07 * 100 is 7.000000000000001 in binary floating point.
    expect(numberToField('fr', 0.07 * 100)).toBe('7');
    expect(numberToField('fr', 4.5)).toBe('4,5');
    expect(numberToField('en', 4.5)).toBe('4.5');
  });

  it('formats whole euros the French way, with a narrow no-break space', () => {
    // CLDR French: group separator U+202F, then a no-break space before the euro sign.
    expect(formatEur('fr', 1234567.4)).toBe('1\u202f234\u202f567\u00a0€');
    expect(formatEur('en', -1500)).toBe('-€1,500');
  });
});

import { displayValue, editText, readTyped } from '../../src/taskpane/components/PreviewWorkbookView';

describe('preview grid cells', () => {
  it('shows a rate input as a percentage without float noise, and reads a typed percentage back as a fraction', () => {
    // 0.1 + 0.05 is 0.15000000000000002 in binary floating point.
    expect(editText('fr', 0.1 + 0.05, '0.0 %')).toBe('15 %');
    expect(readTyped('6 %')).toBe(0.06);
    expect(readTyped('6,5 %')).toBeCloseTo(0.065, 15);
  });

  it('reads a plain number as typed, and keeps text as text', () => {
    expect(readTyped('0,06')).toBe(0.06);
    expect(readTyped('2027')).toBe(2027);
    expect(readTyped('à revoir')).toBe('à revoir');
    expect(readTyped('  ')).toBeNull();
  });

  it('shows General numbers like Excel: no grouping; formatted ones with it', () => {
    expect(displayValue('fr', 2025)).toBe('2025');
    expect(displayValue('fr', 1234567, '# ##0 €')).toBe('1\u202f234\u202f567 €');
    expect(displayValue('en', 0.045, '0.0 %')).toBe('4.5%');
    expect(displayValue('fr', 0.045, '0.0 %')).toBe('4,5 %');
    expect(displayValue('fr', true)).toBe('VRAI');
  });
});

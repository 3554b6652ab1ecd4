import { accountStartsWith, countWhere, equals, filled, sumWhere, text, unlessZero } from './partner-formulas';

describe('partner formula pieces', () => {
  it('doubles quotes in a text literal', () => {
    expect(text('say "hi"')).toBe('"say ""hi"""');
  });

  it('uses a double negation for a single condition, a product for several', () => {
    expect(sumWhere([equals('$A$1:$A$9', 'C$4')], '$B$1:$B$9')).toBe('SUMPRODUCT(--($A$1:$A$9=C$4),$B$1:$B$9)');
    expect(countWhere([equals('$A$1:$A$9', 'C$4'), filled('$B$1:$B$9')])).toBe('SUMPRODUCT(($A$1:$A$9=C$4)*ISNUMBER($B$1:$B$9))');
  });

  it('bounds an account prefix as text: 709 runs up to 71', () => {
    expect(accountStartsWith('$L$1:$L$9', ['709'])).toBe('(($L$1:$L$9>="709")*($L$1:$L$9<"71"))');
  });

  it('writes a ratio that is the n/a text when its denominator is zero', () => {
    expect(unlessZero('C9', 'C8/C9', 'n/a')).toBe('IF(C9=0,"n/a",C8/C9)');
  });
});

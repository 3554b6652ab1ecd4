import { translator } from '../../i18n';
import { classDecimals, histogramClassLabel } from './monte-carlo-sheet-class-label';

describe('the text of a histogram class', () => {
  it('shows whole thousands of euros when a class is 1 k€ wide or more, in each language', () => {
    // −183 196.4 € → −183 k€ (rounded), −165 338.9 € → −165 k€.
    expect(histogramClassLabel('en', translator('en'), -183196.4, -165338.9, 17857.5)).toBe('-183 to -165');
    // 1 234 567 € → 1 235 k€, written with the French thousands separator (a narrow no-break space).
    expect(histogramClassLabel('fr', translator('fr'), 1234567, 1250000, 15433)).toBe('1\u202f235 à 1\u202f250');
  });

  it('keeps enough decimals to tell narrow classes apart', () => {
    // 250 € wide = 0.25 k€: one decimal (ceil(−log10 0.25) = 1); 40 € = 0.04 k€: two.
    expect(classDecimals(0.25)).toBe(1);
    expect(classDecimals(0.04)).toBe(2);
    expect(classDecimals(0)).toBe(0);
    expect(classDecimals(1e-9)).toBe(3);
    expect(histogramClassLabel('en', translator('en'), 1000, 1250, 250)).toBe('1.0 to 1.3');
  });
});

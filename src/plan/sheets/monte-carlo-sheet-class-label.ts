// The text of a histogram class on the Monte Carlo sheet ("−183 à −165", in thousands of euros): what the
// histogram chart shows under each column. Charts show a numeric category unformatted (LibreOffice writes
// −183196.435103063), so the class is written as text; the digits are just enough to tell classes apart.
import type { Lang, Translate } from '../../i18n';

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Decimals that resolve a class width of `widthK` thousand euros (0 for a width of 1 k€ or more, at most 3). */
export function classDecimals(widthK: number): number {
  if (!(widthK > 0)) return 0;
  return Math.min(3, Math.max(0, Math.ceil(-Math.log10(widthK))));
}

/**
 * The class from `fromEur` to `toEur` in thousands of euros, in the model's language.
 * @example histogramClassLabel('fr', t, -183196.4, -165338.9, 17857.5) // '-183 à -165'
 */
export function histogramClassLabel(lang: Lang, t: Translate, fromEur: number, toEur: number, widthEur: number): string {
  const digits = classDecimals(widthEur / 1000);
  const format = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return t('sheet.monteCarlo.classLabel', { from: format.format(fromEur / 1000), to: format.format(toEur / 1000) });
}

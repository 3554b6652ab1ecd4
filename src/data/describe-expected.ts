import { t, type Lang } from '../i18n';
import type { Expected } from './types';

const LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-GB' };

/** A bound as the user's language writes it: 3 650 in French, 3,650 in English. */
export function formatBound(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 6 }).format(value);
}

/**
 * What a cell should have held, in the user's language.
 * Example: describeExpected({ kind: 'between', min: 1, max: 366 }, 'fr') === 'nombre entre 1 et 366 attendu'.
 */
export function describeExpected(expected: Expected, lang: Lang): string {
  switch (expected.kind) {
    case 'between':
      return t(lang, 'expected.between', { min: formatBound(expected.min, lang), max: formatBound(expected.max, lang) });
    case 'maxLength':
      return t(lang, 'expected.maxLength', { max: expected.max });
    case 'oneOf':
      return t(lang, 'expected.oneOf', { values: expected.values.join(', ') });
    case 'value':
      return t(lang, 'expected.value', { value: expected.value });
    default:
      return t(lang, `expected.${expected.kind}`);
  }
}

// How the pane shows numbers: one rule per kind, rounded here only (the core never rounds).
import type { Lang } from '../i18n';

const locale = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** Euros, whole: `1 234 567 €` in French, `€1,234,567` in English. */
export function formatEur(lang: Lang, amountEur: number): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(amountEur);
}

/** A plain number with at most `digits` decimals. */
export function formatNumber(lang: Lang, value: number, digits = 2): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

/** A fraction as a percentage: 0.045 → `4,5 %`. */
export function formatPercent(lang: Lang, fraction: number, digits = 1): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}

/** The text an input field shows for a number: no grouping, the language's decimal mark. */
export function numberToField(lang: Lang, value: number): string {
  // Enough digits to show what a user typed without float noise (0.1 * 100 = 10.000000000000002).
  const text = String(Number(value.toPrecision(12)));
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** Reads what a user typed: comma or point as decimal mark, spaces ignored; null when not a number. */
export function fieldToNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  if (cleaned === '' || !/^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

import { foldText } from './fold-text';

/**
 * A header reduced to what matching compares: case, accents, surrounding and inner
 * spacing (NBSP and U+202F included) and any unit in brackets are ignored.
 * Example: normaliseHeader(" Montant (€) ") === "montant"; normaliseHeader("Surface [m²]") === "surface".
 */
export function normaliseHeader(header: string): string {
  return foldText(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
}

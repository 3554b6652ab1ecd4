import { hasText, t } from '../i18n';
import { foldText } from './fold-text';
import type { CellValue } from './types';

/**
 * The labels a user may type instead of a code, by rank (French first, then English);
 * null where a label does not exist.
 */
export type LabelOf = (code: string) => readonly (string | null)[];

/**
 * Labels from the catalogues (`<labelPrefix>.<CODE>`), French first then English.
 * A key not written yet is skipped, so codes still match before the labels exist.
 */
export function catalogueLabels(labelPrefix: string | null): LabelOf {
  return (code) => {
    if (labelPrefix === null) return [];
    const key = `${labelPrefix}.${code}`;
    return (['fr', 'en'] as const).map((lang) => (hasText(lang, key) ? t(lang, key) : null));
  };
}

// Case, accents and separators (space, hyphen, underscore, apostrophe, dot) do not count:
// "foyer de vie", "Foyer-de-vie" and "FOYER_DE_VIE" meet on one key.
// Memoised: a coded column repeats a few texts over thousands of rows, and each match folds
// every code of the list too (issue 9). Bounded, so odd data cannot grow it without end.
const CODE_KEYS = new Map<string, string>();
const MAX_CODE_KEYS = 10_000;
function codeKey(text: string): string {
  let key = CODE_KEYS.get(text);
  if (key === undefined) {
    key = foldText(text).replace(/[\s\-_'.]/g, '');
    if (CODE_KEYS.size < MAX_CODE_KEYS) CODE_KEYS.set(text, key);
  }
  return key;
}

/**
 * The canonical code a cell names, by code or by label, or null when it names none.
 * A code wins over a label, so a label that happens to spell another code cannot steal it;
 * French labels win over English ones.
 * Example: matchCode('foyer de vie', ESTABLISHMENT_TYPES, labels) === 'FOYER_VIE' when its label is "Foyer de vie".
 */
export function matchCode<C extends string>(value: CellValue, codes: readonly C[], labelOf: LabelOf = () => []): C | null {
  if (value === null || typeof value === 'boolean') return null;
  const key = codeKey(String(value));
  if (key === '') return null;
  const byCode = codes.find((code) => codeKey(code) === key);
  if (byCode !== undefined) return byCode;
  // Rank by rank, so a French label is never shadowed by another code's English label.
  const ranks = Math.max(0, ...codes.map((code) => labelOf(code).length));
  for (let rank = 0; rank < ranks; rank += 1) {
    const byLabel = codes.find((code) => {
      const label = labelOf(code)[rank];
      return label != null && codeKey(label) === key;
    });
    if (byLabel !== undefined) return byLabel;
  }
  return null;
}

const ROMAN_BY_DIGIT: Readonly<Record<string, string>> = { '1': 'I', '2': 'II', '3': 'III' };

/**
 * A budget group (groupe fonctionnel): `I`, `II`, `III`, also written 1, 2, 3, with an optional "Groupe".
 * Example: matchGroup('Groupe 2', GROUPS) === 'II'.
 */
export function matchGroup<C extends string>(value: CellValue, codes: readonly C[]): C | null {
  if (value === null || typeof value === 'boolean') return null;
  const bare = foldText(String(value)).replace(/^(groupe|group)\s*/, '').trim().toUpperCase();
  const roman = ROMAN_BY_DIGIT[bare] ?? bare;
  return codes.find((code) => code === roman) ?? null;
}

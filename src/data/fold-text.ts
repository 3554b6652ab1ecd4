// Text folding shared by header and code matching: what a user's typing may vary
// (case, accents, kinds of space, curly apostrophes) is removed before comparing.

/** Every space-like character Excel users paste: normal, no-break (U+00A0), narrow no-break (U+202F), thin, tabs… */
export const SPACE_CHARS = /[\s\u00A0\u2007\u2009\u202F]/g;

/**
 * Lower case, accents removed (NFD then combining marks dropped), curly apostrophes
 * made straight, every run of spaces folded to one, ends trimmed.
 * Example: foldText("  Jours d’Ouverture ") === "jours d'ouverture".
 */
export function foldText(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02BC\u00B4`]/g, "'")
      .replace(/œ/g, 'oe')
      .replace(/Œ/g, 'OE')
      .toLowerCase()
      .replace(SPACE_CHARS, ' ')
      .replace(/ +/g, ' ')
      .trim();
    if (FOLDED.size < MAX_FOLDED) FOLDED.set(text, folded);
  }
  return folded;
}

// Memoised: codes and references repeat a few texts over tens of thousands of rows (issue 9).
// Bounded, so odd data cannot grow it without end.
const FOLDED = new Map<string, string>();
const MAX_FOLDED = 20_000;

/** True for a cell a user would call empty: nothing, or only spaces. */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && ONLY_SPACES.test(value));
}

/** Stops at the first other character, where removing every space would copy the whole text first. */
const ONLY_SPACES = /^[\s\u00A0\u2007\u2009\u202F]*$/;

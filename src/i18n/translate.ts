import { catalogues } from './catalogues';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

export type Params = Readonly<Record<string, string | number>>;

/** Thrown for a key missing from a catalogue: a fault of ours, never of the user's data. */
export class MissingTranslationError extends Error {
  constructor(readonly lang: Lang, readonly key: string) {
    super(`No ${lang} text for "${key}"`);
    this.name = 'MissingTranslationError';
  }
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The text of `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: string, params: Params = {}): string {
  const text = catalogues[lang][key];
  if (text === undefined) throw new MissingTranslationError(lang, key);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** True when `key` exists in `lang`'s catalogue. */
export function hasText(lang: Lang, key: string): boolean {
  return catalogues[lang][key] !== undefined;
}

/** A translator bound to one language. */
export type Translate = (key: string, params?: Params) => string;
export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}

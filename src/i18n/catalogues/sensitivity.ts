import type { AreaCatalogue } from './area';

// Round 2: see the owner's brief. French first, the same keys in English.
export const sensitivity: AreaCatalogue = {
  fr: {
  },
  en: {
  },
};

import type { AreaCatalogue } from './area';

// Issue 5: see the owner's brief. French first, the same keys in English.
export const scenarioComparison: AreaCatalogue = {
  fr: {
  },
  en: {
  },
};

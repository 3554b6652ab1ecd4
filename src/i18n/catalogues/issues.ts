import type { AreaCatalogue } from './area';

export const issues: AreaCatalogue = {
  fr: {},
  en: {},
};

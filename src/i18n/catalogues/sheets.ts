import type { AreaCatalogue } from './area';

export const sheets: AreaCatalogue = {
  fr: {},
  en: {},
};

import type { AreaCatalogue } from './area';

export const taskpane: AreaCatalogue = {
  fr: {},
  en: {},
};

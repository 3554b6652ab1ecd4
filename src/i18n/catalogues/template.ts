import type { AreaCatalogue } from './area';

export const template: AreaCatalogue = {
  fr: {},
  en: {},
};

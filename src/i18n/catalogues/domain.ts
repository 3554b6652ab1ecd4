import type { AreaCatalogue } from './area';

export const domain: AreaCatalogue = {
  fr: {},
  en: {},
};

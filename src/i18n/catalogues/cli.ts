import type { AreaCatalogue } from './area';

export const cli: AreaCatalogue = {
  fr: {},
  en: {},
};

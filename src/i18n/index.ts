export * from './translate';
export type { AreaCatalogue } from './catalogues/area';

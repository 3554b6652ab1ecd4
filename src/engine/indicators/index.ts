export * from './types';
export * from './account-prefix';
export * from './covered-sum';
export * from './indicator-bases';
export * from './indicator-catalogue';
export * from './indicator-value';
export * from './compute-indicators';

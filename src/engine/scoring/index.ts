export * from './types';
export * from './min-max-scores';
export * from './spreadsheet-rank';
export * from './weighted-totals';
export * from './weight-sensitivity';
export * from './payback-for-scoring';
export * from './score-scenarios';

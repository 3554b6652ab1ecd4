export * from './sheet-ref';
export * from './timeline';
export * from './sheet-grid';
export * from './number-formats';

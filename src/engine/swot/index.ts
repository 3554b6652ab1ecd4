export * from './types';
export * from './swot-facts';
export * from './swot-items';
export * from './swot-rule-assumptions';

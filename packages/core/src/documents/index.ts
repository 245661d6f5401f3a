export * from './layout';
export * from './letter-number';
export * from './letter-pattern';
export * from './review';
export * from './template';
export * from './unit-code';

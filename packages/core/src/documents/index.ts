export * from './letter-number';
export * from './review';

export * from './calendar';
export * from './format';
export * from './policy';
export * from './sop/standard-time';
export * from './sop/validate';

export * from './calendar';
export * from './engine';
export * from './format';
export * from './org';
export * from './policy';
export * from './sop/standard-time';
export * from './sop/validate';

export * from './auth';
export * from './calendar';
export * from './cases';
export * from './common';
export * from './errors';
export * from './org';
export * from './roles';
export * from './sop/definition';

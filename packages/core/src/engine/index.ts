export * from './deadlines';
export * from './engine';
export * from './errors';
export * from './types';

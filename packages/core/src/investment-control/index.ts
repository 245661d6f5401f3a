export * from './import-rows';
export * from './inspection';
export * from './kbli-sections';
export * from './lkpm-periods';
export * from './supervision-plan';

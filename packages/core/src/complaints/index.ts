export * from './inbound-email';
export * from './reports';
export * from './rules';
export * from './tracking-code';

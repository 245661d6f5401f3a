export * from './ikm';
export * from './services';

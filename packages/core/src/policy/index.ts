export * from './managed-sops';
export * from './policy';

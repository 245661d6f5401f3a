export * from './role-units';

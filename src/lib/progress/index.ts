export * from './model';
export * from './schema';

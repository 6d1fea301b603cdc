export * from './catalog';
export * from './mentions';

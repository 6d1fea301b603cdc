/** The prescription-fill simulator's pure logic: world, templates, generator, answer key, scoring, check exercise, links. */
export * from './types';
export * from './dur';
export * from './templates';
export * from './world';
export * from './key';
export * from './generate';
export * from './score';
export * from './check';
export * from './link';
export * from './saved';
export * from './curated';

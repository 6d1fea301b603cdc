/** The progress dashboard's logic: pure functions of the learning record (see each module's comment). */
export * from './sources';
export * from './mastery';
export * from './activity';
export * from './next';
export * from './build';

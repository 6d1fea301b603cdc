/** The version 2 record reader, split out so pages load it (and zod) only when an old record is present. */
export { loadProgress } from '../lib/progress/model';
export { fromV2 } from '../lib/progress/record';

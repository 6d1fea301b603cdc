import Callout from './Callout.astro';
import CheckYourself from './CheckYourself.astro';
import Term from './Term.astro';
import WorkedExample from './WorkedExample.astro';

/** Components every lesson can use without importing them. */
export const mdxComponents = { Callout, CheckYourself, Term, WorkedExample };

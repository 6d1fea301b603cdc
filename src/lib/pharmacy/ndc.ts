import { fail, ok, type Result } from './result';

/** The FDA's three 10-digit NDC layouts plus the 11-digit 5-4-2 billing layout. */
export type NdcFormat = '4-4-2' | '5-3-2' | '5-4-1' | '5-4-2';

/** A National Drug Code split into its three segments. */
export interface Ndc {
  /** The layout the code was written in. */
  format: NdcFormat;
  /** Labeler segment as written (assigned by FDA: the firm). */
  labeler: string;
  /** Product segment as written (the firm's drug, strength and dosage form). */
  product: string;
  /** Package segment as written (package size and type). */
  package: string;
  /** The hyphenated 11-digit 5-4-2 form used on pharmacy claims (HIPAA/NCPDP billing). */
  ndc11: string;
}

/** Segment lengths of each layout, labeler-product-package. */
const LAYOUTS: Record<NdcFormat, readonly [number, number, number]> = {
  '4-4-2': [4, 4, 2],
  '5-3-2': [5, 3, 2],
  '5-4-1': [5, 4, 1],
  '5-4-2': [5, 4, 2],
};

/** The 10-digit layouts, in the order the FDA lists them (21 CFR 207.33). */
export const NDC10_FORMATS: readonly Exclude<NdcFormat, '5-4-2'>[] = ['4-4-2', '5-3-2', '5-4-1'];

function layoutOf(lengths: readonly number[]): NdcFormat | undefined {
  return (Object.keys(LAYOUTS) as NdcFormat[]).find((format) =>
    LAYOUTS[format].every((length, i) => lengths[i] === length),
  );
}

/** Pads each segment with a leading zero to reach 5-4-2 (the CMS/NCPDP 11-digit billing NDC). */
function toNdc11(labeler: string, product: string, pkg: string): string {
  return `${labeler.padStart(5, '0')}-${product.padStart(4, '0')}-${pkg.padStart(2, '0')}`;
}

/**
 * Reads an NDC typed by a learner. Accepts the hyphenated 10-digit layouts (4-4-2, 5-3-2, 5-4-1)
 * and the 11-digit 5-4-2 form (hyphenated or as 11 plain digits), with an optional "NDC" prefix.
 * An unhyphenated 10-digit code is rejected because the padding position cannot be known.
 */
export function parseNdc(input: string): Result<Ndc> {
  if (typeof input !== 'string') return fail('Type an NDC, for example 0002-3227-30.');
  const text = input.trim().replace(/^ndc[\s:#]*/i, '').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s*-\s*/g, '-');
  if (text === '') return fail('Type an NDC, for example 0002-3227-30.');

  if (/^\d+$/.test(text)) {
    if (text.length === 11) {
      return ok({ format: '5-4-2', labeler: text.slice(0, 5), product: text.slice(5, 9), package: text.slice(9), ndc11: `${text.slice(0, 5)}-${text.slice(5, 9)}-${text.slice(9)}` });
    }
    if (text.length === 10) {
      // 21 CFR 207.33: a 10-digit NDC may be 4-4-2, 5-3-2 or 5-4-1; without hyphens the layout is unknown.
      return fail(
        'A 10-digit NDC without hyphens is ambiguous: it could be 4-4-2, 5-3-2 or 5-4-1, and each pads a different segment to make the 11-digit code. Copy the hyphens from the package label.',
      );
    }
    return fail(`An NDC has 10 digits (on the package) or 11 digits (for billing); "${input.trim()}" has ${text.length}.`);
  }

  const segments = text.split('-');
  if (segments.length !== 3 || segments.some((segment) => !/^\d+$/.test(segment))) {
    return fail(`"${input.trim()}" is not an NDC: write three groups of digits separated by hyphens, for example 0002-3227-30.`);
  }
  const [labeler, product, pkg] = segments as [string, string, string];
  const format = layoutOf(segments.map((segment) => segment.length));
  if (format === undefined) {
    return fail(
      `The groups in "${input.trim()}" have ${segments.map((s) => s.length).join('-')} digits; an NDC is 4-4-2, 5-3-2 or 5-4-1 (10 digits) or 5-4-2 (11 digits).`,
    );
  }
  return ok({ format, labeler, product, package: pkg, ndc11: toNdc11(labeler, product, pkg) });
}

/**
 * Turns an 11-digit NDC back into a 10-digit layout by removing the padding zero
 * (the inverse of the 10 → 11 conversion). Fails if that position is not a zero.
 */
export function ndc11To10(ndc11: string, format: Exclude<NdcFormat, '5-4-2'>): Result<string> {
  const parsed = parseNdc(ndc11);
  if (!parsed.ok) return parsed;
  if (parsed.value.format !== '5-4-2') return fail(`"${ndc11}" is already a 10-digit NDC (${parsed.value.format}).`);
  const [labeler, product, pkg] = parsed.value.ndc11.split('-') as [string, string, string];
  const [l, p, k] = LAYOUTS[format];
  const trimmed = [labeler.slice(5 - l), product.slice(4 - p), pkg.slice(2 - k)];
  const padding = [labeler.slice(0, 5 - l), product.slice(0, 4 - p), pkg.slice(0, 2 - k)].join('');
  if (/[^0]/.test(padding)) {
    return fail(`${parsed.value.ndc11} cannot be written as ${format}: the digit that layout drops is not a zero.`);
  }
  return ok(trimmed.join('-'));
}

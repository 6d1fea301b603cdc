import { assertFinite } from './numbers';

/** A USP storage condition, as data for the reference page. */
export interface StorageCondition {
  /** Stable identifier, e.g. `refrigerator`. */
  id: string;
  /** Name on labels ("Refrigerator"). */
  name: string;
  /** Lowest temperature in °C, when bounded. */
  minC?: number;
  /** Highest temperature in °C, when bounded. */
  maxC?: number;
  /** Permitted excursion range in °C, when the definition allows one. */
  excursionC?: { min: number; max: number };
  /** The definition in words, with °F. */
  definition: string;
  /** Source. */
  source: string;
}

const USP_659 = 'USP <659> Packaging and Storage Requirements';

/** Storage conditions defined by USP <659>. */
export const STORAGE_CONDITIONS: readonly StorageCondition[] = [
  { id: 'freezer', name: 'Freezer', minC: -25, maxC: -10, definition: 'Thermostatically kept between −25 °C and −10 °C (−13 °F and 14 °F).', source: USP_659 },
  { id: 'cold', name: 'Cold', maxC: 8, definition: 'Any temperature not exceeding 8 °C (46 °F).', source: USP_659 },
  { id: 'refrigerator', name: 'Refrigerator', minC: 2, maxC: 8, definition: 'A cold place thermostatically kept between 2 °C and 8 °C (36 °F and 46 °F).', source: USP_659 },
  { id: 'controlled-cold', name: 'Controlled cold temperature', minC: 2, maxC: 8, definition: 'Thermostatically kept between 2 °C and 8 °C (36 °F and 46 °F), with a mean kinetic temperature not above 8 °C; brief excursions are allowed as the chapter describes.', source: USP_659 },
  { id: 'cool', name: 'Cool', minC: 8, maxC: 15, definition: 'Any temperature between 8 °C and 15 °C (46 °F and 59 °F). Articles for cool storage may be kept in a refrigerator unless labelled otherwise.', source: USP_659 },
  { id: 'controlled-room', name: 'Controlled room temperature', minC: 20, maxC: 25, excursionC: { min: 15, max: 30 }, definition: 'Thermostatically kept between 20 °C and 25 °C (68 °F and 77 °F), with excursions between 15 °C and 30 °C (59 °F and 86 °F) allowed and a mean kinetic temperature not above 25 °C.', source: USP_659 },
  { id: 'warm', name: 'Warm', minC: 30, maxC: 40, definition: 'Any temperature between 30 °C and 40 °C (86 °F and 104 °F).', source: USP_659 },
  { id: 'excessive-heat', name: 'Excessive heat', minC: 40, definition: 'Any temperature above 40 °C (104 °F).', source: USP_659 },
];

/** The storage conditions a temperature meets, and those it is only a permitted excursion for. */
export interface StorageMatch {
  /** Conditions whose range includes the temperature (boundaries included). */
  within: StorageCondition[];
  /** Conditions whose excursion range (but not normal range) includes it. */
  excursionOf: StorageCondition[];
}

/** Which USP storage conditions a temperature in °C satisfies (5 °C → cold, refrigerator, controlled cold). */
export function storageFor(celsius: number): StorageMatch {
  assertFinite('Temperature (°C)', celsius);
  if (celsius < -273.15) throw new RangeError(`${celsius} °C is below absolute zero (−273.15 °C).`);
  const inRange = (c: StorageCondition): boolean =>
    (c.minC === undefined || celsius >= c.minC) && (c.maxC === undefined || celsius <= c.maxC) && !(c.id === 'excessive-heat' && celsius === 40);
  const within = STORAGE_CONDITIONS.filter(inRange);
  const excursionOf = STORAGE_CONDITIONS.filter((c) => c.excursionC !== undefined && !inRange(c) && celsius >= c.excursionC.min && celsius <= c.excursionC.max);
  return { within, excursionOf };
}

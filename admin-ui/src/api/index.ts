import type { components } from './schema';

/**
 * A type of the API as its OpenAPI document names it (the Java record: `AdminViews.ContestView`),
 * generated into schema.d.ts: the console's API types are aliases of these, never copies.
 */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/**
 * The API leaves out nulls and empty lists; where a module puts them back for its screens, its type
 * says which fields are then always present (possibly null).
 */
export type Filled<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

/**
 * Every branded id of the contract. An id is a number the type system keeps apart from other
 * numbers, so an ArticleId can never be passed where a TagId is expected.
 */

declare const brand: unique symbol;
/** A number that the type system keeps apart from other numbers. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<number, 'ArticleId'>;
export type TagId = Brand<number, 'TagId'>;
export type EntityId = Brand<number, 'EntityId'>;
export type NoteId = Brand<number, 'NoteId'>;
export type QuoteId = Brand<number, 'QuoteId'>;
export type SavedSearchId = Brand<number, 'SavedSearchId'>;
export type WatchlistId = Brand<number, 'WatchlistId'>;
export type BriefId = Brand<number, 'BriefId'>;

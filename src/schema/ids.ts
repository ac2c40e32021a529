/**
 * The shape of an article id, apart from the schema so that code shipped to
 * browsers (through src/lib/paths.ts and src/lib/slug.ts) never pulls in zod,
 * which probes `eval` and so breaks the Content-Security-Policy.
 */

/** `YYYY-MM-DD-title-slug`, lowercase ASCII, at most 80 characters. */
export const ID_PATTERN = /^\d{4}-\d{2}-\d{2}(?:-[a-z0-9]+)+$/;
export const ID_MAX_LENGTH = 80;

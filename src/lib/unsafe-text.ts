/**
 * Characters no field may hold: controls (tab and newline aside), noncharacters,
 * bidi embeddings, overrides and isolates. They make feeds invalid XML, fail
 * the build or reorder what a reader sees; the ingest removes them, the schema
 * refuses them, pages show a file name without them. A module of its own, with
 * no dependency, so that browser code can use it without the schema's zod.
 */
export const UNSAFE_TEXT = /[\0-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\p{Noncharacter_Code_Point}]/u;

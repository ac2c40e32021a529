/**
 * Where the site reads its content: the ingest's entries and the raw sources
 * they were made from. The environment can point a build at other folders
 * (the tests build fixture archives this way).
 */
import path from 'node:path';

export const articlesDir = path.resolve(process.env.ARCHIVE_ARTICLES ?? 'content/articles');
export const sourcesDir = path.resolve(process.env.ARCHIVE_SOURCES ?? 'content/sources');
/** An editor's redirects for removed articles (optional). */
export const redirectsFile = path.resolve(process.env.ARCHIVE_REDIRECTS ?? 'content/redirects.yaml');
/** The gazetteer: the people, places and organizations entries are tagged with. */
export const gazetteerFile = path.resolve(process.env.ARCHIVE_GAZETTEER ?? 'content/gazetteer.yaml');

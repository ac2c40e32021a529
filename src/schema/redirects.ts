/**
 * `content/redirects.yaml`: an editor's redirects for removed articles. Each key
 * is the id of an article that is gone, each value the id of the article its
 * readers should get instead. Ids are never reused (see the ingest's id rules),
 * so an old URL can only ever lead where this file says.
 */
import { z } from 'zod';
import { ID_PATTERN } from './article.ts';

const id = z.string().regex(ID_PATTERN, 'must be an article id (YYYY-MM-DD-title-slug)');

export const redirectsSchema = z.record(z.string(), id).nullable();

/** A key that is not an article id: the message names it. */
export const badKey = (key: string) => (ID_PATTERN.test(key) ? null : `${key}: must be an article id (YYYY-MM-DD-title-slug)`);

export type Redirects = Record<string, string>;

/** The archive's feed: its newest articles. */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/collection.ts';
import { rssFeed } from '../lib/feed.ts';
import { identity } from '../lib/identity.ts';
import { routes } from '../lib/paths.ts';

export const GET: APIRoute = async () =>
	rssFeed({ title: identity.name, description: identity.description, route: routes.home(), self: routes.feed(), entries: await getTimeline() });

/** Each agency's feed: its newest articles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { groupBy } from '../lib/archive.ts';
import { getTimeline } from '../lib/collection.ts';
import { rssFeed } from '../lib/feed.ts';
import { identity } from '../lib/identity.ts';
import { agencySlug, routes } from '../lib/paths.ts';

export const getStaticPaths = (async () =>
	groupBy(await getTimeline(), (e) => e.data.agency)
		.filter((g) => g.key !== null)
		.map((g) => ({ params: { agency: agencySlug(g.key!) }, props: { name: g.key!, entries: g.items } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { name, entries } = props as { name: string; entries: Parameters<typeof rssFeed>[0]['entries'] };
	return rssFeed({ title: `${name} · ${identity.name}`, description: `The newest ${name} articles in ${identity.name}.`, route: routes.agency(name), self: routes.agencyFeed(name), entries });
};

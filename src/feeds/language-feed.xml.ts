/** Each language's feed: its newest articles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { groupBy } from '../lib/archive.ts';
import { getTimeline } from '../lib/collection.ts';
import { rssFeed } from '../lib/feed.ts';
import { languageName } from '../lib/format.ts';
import { identity } from '../lib/identity.ts';
import { routes } from '../lib/paths.ts';

export const getStaticPaths = (async () =>
	groupBy(await getTimeline(), (e) => e.data.language).map((g) => ({ params: { language: g.key }, props: { tag: g.key, entries: g.items } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { tag, entries } = props as { tag: string; entries: Parameters<typeof rssFeed>[0]['entries'] };
	const name = languageName(tag);
	return rssFeed({ title: `${name} · ${identity.name}`, description: `The newest articles in ${name} in ${identity.name}.`, route: routes.language(tag), self: routes.languageFeed(tag), entries });
};

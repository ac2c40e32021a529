/** An article's citation as RIS, to download into a reference manager. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimeline } from '../../../lib/collection.ts';
import { citations } from '../../../lib/cite.ts';
import { identity } from '../../../lib/identity.ts';
import { routes } from '../../../lib/paths.ts';
import { absolute, url } from '../../../lib/url.ts';

export const getStaticPaths = (async () => (await getTimeline()).map((e) => ({ params: { id: e.id }, props: { data: e.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { data } = props as { data: Parameters<typeof citations>[0] };
	const route = routes.article(data.id);
	return new Response(citations(data, absolute(route) ?? url(route), identity).ris, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};

/** The year pages' first address: it leads to the year's page under the timeline (addresses are kept, never broken). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { redirectPage } from '../../../integrations/redirects.ts';
import { groupBy, yearOf } from '../../../lib/archive.ts';
import { getTimeline } from '../../../lib/collection.ts';
import { routes } from '../../../lib/paths.ts';

export const getStaticPaths = (async () => groupBy(await getTimeline(), yearOf).map(({ key }) => ({ params: { year: key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(redirectPage(import.meta.env.BASE_URL, import.meta.env.SITE, routes.year(params.year!), { heading: `${params.year} is now part of the timeline`, link: `Continue to ${params.year}` }), {
		headers: { 'Content-Type': 'text/html; charset=utf-8' },
	});

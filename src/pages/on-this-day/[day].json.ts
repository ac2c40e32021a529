/** "On this day": one file per day of the year (src/lib/on-this-day.ts), the front page's script reads the reader's. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { groupBy, monthDays, monthOf } from '../../lib/archive.ts';
import { getTimeline } from '../../lib/collection.ts';
import { languageName } from '../../lib/format.ts';
import { identity } from '../../lib/identity.ts';
import { onThisDayFiles, type OnThisDayFile } from '../../lib/on-this-day.ts';
import { routes } from '../../lib/paths.ts';
import { url } from '../../lib/url.ts';

export const getStaticPaths = (async () => {
	const timeline = await getTimeline();
	// A day's articles start on a page of its month, as the month's calendar links them.
	const pageOf = new Map<string, number>();
	for (const month of groupBy(timeline, monthOf)) for (const [date, page] of monthDays(month.items).pageOf) pageOf.set(date, page);
	const files = onThisDayFiles(timeline, {
		article: (id) => url(routes.article(id)),
		day: (date) => url(routes.day(date, pageOf.get(date))),
		languageName,
		interfaceLanguage: identity.language,
	});
	return files.map((file) => ({ params: { day: file.day }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: OnThisDayFile }> = ({ props }) => new Response(`${JSON.stringify(props.file)}\n`, { headers: { 'Content-Type': 'application/json' } });

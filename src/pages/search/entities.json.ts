/**
 * The entities the search page can offer: each person, place and organization
 * with articles, its page, counts and every name it goes by in any language
 * (`EntityOffer` in src/lib/search.ts). The page reads it to name the entity a
 * query names, and to label the entity menus.
 */
import type { APIRoute } from 'astro';
import { getEntityIndex } from '../../lib/collection.ts';
import { routes } from '../../lib/paths.ts';
import type { EntityOffer } from '../../lib/search.ts';
import { url } from '../../lib/url.ts';
import { aliasesOf, aliasParts } from '../../schema/gazetteer.ts';

export const GET: APIRoute = async () => {
	const index = await getEntityIndex();
	const offers: EntityOffer[] = Object.values(index.byType).flat().map((info) => ({
		id: info.entity.id,
		type: info.entity.type,
		name: info.entity.name,
		url: url(routes.entity(info.field, info.entity.id)),
		count: info.articles.length,
		languages: info.languages.length,
		// A query is read in any case, so names whose case matters ("AS", "UN", "IS" in context) are left out:
		// a search for "as" or "un" must not offer the United States or the United Nations.
		aliases: aliasesOf(info.entity).reduce<Record<string, string[]>>((byLanguage, { language, alias }) => {
			const parts = aliasParts(alias);
			if (parts.context.length > 0 || parts.case === 'exact') return byLanguage;
			const list = (byLanguage[language] ??= []);
			if (!list.includes(parts.text)) list.push(parts.text);
			return byLanguage;
		}, {}),
	}));
	return new Response(JSON.stringify(offers), { headers: { 'Content-Type': 'application/json' } });
};

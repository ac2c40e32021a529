/**
 * The site's own lines above the headline, which the headline is never: its
 * name (a line the page's copyright notice repeats, maybe with its city or
 * "Online" beside it), the tagline beside the name (it opens with the word for
 * news: "News, sport and events from ...", "Nachrichten aus ...", "ข่าวภูเก็ต
 * ข่าวท่องเที่ยว"), and a rubric naming the page an interview ("Interview mit
 * einer Gletscherforscherin"). Each is told by evidence the page gives, in any
 * language of the tables; none by its words alone.
 */
import type { ContentBlock } from './model.ts';
import { looksLikeName } from './names.ts';
import { INTERVIEW_RUBRIC } from './tables/interview.ts';
import { NEWS_WORD, SITE_NAME_EXTRAS } from './tables/masthead.ts';
import { words } from './text.ts';

/** A site's name is a few letters at least: shorter text recurs in a notice by chance. */
const MIN_NAME_CHARS = 4;

const lower = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * The site's name: the line, or the line but its last word, recurs in a notice
 * of the site's ("© 2024 Kurier Lubelski"); that last word is a place or a word
 * such as "Online" ("Kurier Lubelski Lublin", "ข่าวช่องเจ็ดสี ออนไลน์").
 */
export function isSiteName(text: string, siteTexts: readonly string[]): boolean {
	return isNameIn(text, siteTexts.map(lower));
}

function isNameIn(text: string, notices: readonly string[]): boolean {
	const recurs = (part: string) => part.length >= MIN_NAME_CHARS && notices.some((notice) => notice.includes(lower(part)));
	if (recurs(text)) return true;
	const tokens = text.trim().split(/\s+/u);
	const last = tokens.at(-1)!;
	return tokens.length >= 2 && recurs(tokens.slice(0, -1).join(' ')) && (SITE_NAME_EXTRAS.has(last.toLowerCase()) || looksLikeName(last));
}

/** A tagline opens with the word for news. */
const opensWithNews = (text: string) => NEWS_WORD.has(words(text)[0]?.toLowerCase().replace(/\p{P}+$/u, '') ?? '');

/**
 * Indices (in `lead`) of the masthead's lines: the site's name, a tagline
 * right above or below it, and a rubric naming an interview. `siteTexts` are
 * the site's notices (its copyright lines) and the publisher they name.
 */
export function mastheadOf(lead: readonly ContentBlock[], siteTexts: readonly string[]): Set<number> {
	const names = new Set<number>();
	const notices = siteTexts.map(lower);
	if (notices.length > 0) lead.forEach((block, i) => isNameIn(block.text, notices) && names.add(i));
	const masthead = new Set(names);
	lead.forEach((block, i) => {
		const besideName = [i - 1, i + 1].some((j) => names.has(j) && Math.abs(lead[j]!.order - block.order) === 1);
		if ((besideName && opensWithNews(block.text)) || INTERVIEW_RUBRIC.test(block.text)) masthead.add(i);
	});
	return masthead;
}

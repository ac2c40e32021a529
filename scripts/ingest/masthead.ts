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
import { NEWS_WORD, PAPER_ARTICLE, PAPER_WORD_FIRST, PAPER_WORD_LAST, SITE_NAME_EXTRAS } from './tables/masthead.ts';
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

/** A paper's name is a few words: "The Riverside Echo", "Le Courrier du Morvan". */
const MAX_PAPER_NAME_WORDS = 5;
/** A host name in the page's furniture: "riverside-echo.co.uk", "www.elbtal-rundschau.de". */
const HOST = /(?:^|[\s(/@])(?:www\.)?(?<label>[\p{L}\p{N}-]{3,})\.(?:[a-z]{2,}\.)?[a-z]{2,}(?=$|[\s/)])/giu;
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The name's words without an article in front ("The", "Le", "L’"). */
function nameWords(text: string): string[] {
	const tokens = text.trim().split(/\s+/u).flatMap((w) => w.split(/(?<=^[LlDd]['’])/u));
	return PAPER_ARTICLE.has(tokens[0]?.toLowerCase() ?? '') && tokens.length > 1 ? tokens.slice(1) : tokens;
}

/** Shaped like a newspaper's name: capitalised words, a paper's word last ("X Gazette", "Weser-Anzeiger") or first ("Gazeta X"). */
export function isPaperName(text: string): boolean {
	const all = text.trim().split(/\s+/u);
	if (all.length < 2 || all.length > MAX_PAPER_NAME_WORDS || !looksLikeName(text) || /[:;!?.,]$/u.test(text)) return false;
	const own = nameWords(text).map((w) => w.toLowerCase().replace(/\p{P}+$/u, ''));
	const last = own.at(-1)!.split('-').at(-1)!;
	return PAPER_WORD_LAST.has(last) || PAPER_WORD_FIRST.has(own[0]!);
}

/**
 * The page's furniture names the line: it recurs in a prompt or notice of the site ("Follow the Riverside Echo on
 * ...", "Get the latest news from the Riverside Echo") or is the site's host name ("riverside-echo.co.uk").
 * `furniture`: the lines the page's chrome rules took out.
 */
export function isNamedByFurniture(text: string, furniture: readonly string[]): boolean {
	const core = nameWords(text).join(' ');
	if (core.length < MIN_NAME_CHARS || !looksLikeName(text) || words(text).length > MAX_PAPER_NAME_WORDS) return false;
	const others = furniture.map(lower).filter((line) => line !== lower(text));
	if (core.includes(' ') && others.some((line) => line.includes(lower(core)))) return true;
	const names = new Set([squash(core), squash(text)]);
	return others.some((line) => [...line.matchAll(HOST)].some((m) => names.has(squash(m.groups!.label!))));
}

/**
 * The headline and the standfirst: the headline-like line above the story whose
 * words the story uses (a quotation set as one too), never the site's masthead
 * (masthead.ts), without a page title's site and section names or a wire
 * service's version tag; the standfirst is the sentence-long line under it.
 */
import type { AgencyEvidence, ContentBlock, Removed, Step } from './model.ts';
import { endsInCredit } from './agency.ts';
import { parseDateline } from './dateline.ts';
import { isNamedByFurniture, isPaperName, mastheadOf } from './masthead.ts';
import { findAgency, looksLikeName } from './names.ts';
import { LIST_ITEM, MAX_TITLE_WORDS, MIN_TITLE_WORDS, PLACE_FIRST, endsLikeSentence, isHeadlineLike, isProse } from './prose.ts';
import { TITLE_TAGS } from './tables/chrome.ts';
import { contentWords, words, writesNoStops } from './text.ts';

/** Share of a headline's content words that its story uses; a site's name or a kicker shares none. */
const TITLE_SHARE = 0.4;
/**
 * Words compared by their first letters: inflected languages change endings
 * ("terrorelhárítás" in the headline, "terrorelhárítási" in the story).
 */
const STEM_LENGTH = 5;
const stem = (word: string) => (word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word);
/** A headline shares at least a third as many words with the story as the line above the story that shares most. */
const HEADLINE_SHARE_OF_MOST = 3;
/** Lines of chrome between the story and a headline printed after it. */
const TAIL_GAP = 3;
/** A kicker (rubric) above a headline is a few words, a line or two above it. */
const MAX_KICKER_WORDS = 5;
const KICKER_REACH = 3;
/** A standfirst is a sentence's worth of words, two or three sentences at most. */
const MIN_DEK_WORDS = 6;
const MAX_DEK_WORDS = 60;
/** What stands between a standfirst and the story: the byline and the date line. */
const STANDFIRST_FOLLOWERS = new Set(['date line', 'credit']);
/** A site or section name beside the headline is short. */
const MAX_SITE_NAME_WORDS = 5;
/** The story's first paragraphs say what it is about; a site notice at its end does not. */
const STORY_LEAD_PARAGRAPHS = 3;
/** A sentence with a credit in brackets after it is a photo caption: "... on May 10. (Yonhap)", "…報告。（中新社提供）". */
const CREDITED_SENTENCE = /[.。!?]\s*[(（][^()（）]{1,40}[)）]$/u;
/** Separators between a headline and the site's or section's name in a page title: " - ", " | ", "_", "：", "--". */
const TITLE_SUFFIX = /\s+[|–—-]\s+(?<tail>[^|–—]{1,40})$|\s*(?:[_：|]|--)\s*(?<tail2>[^_：|]{1,20})$/u;
const TITLE_PREFIX = /^(?<head>[^|–—-]{2,30}?)\s+[|–—-]\s+/u;

/**
 * A headline that is a quotation, maybe after its speaker's name and a colon ("Marco Bellini: «Il porto di Ancona
 * può tornare a crescere, ma servono treni»"): long enough to read as prose, but no stop before its closing quote.
 */
const QUOTED_HEADLINE = /^(?:(?<who>[^:：«»“”„"]{2,40})[:：]\s*)?[«“„"‘‚'][^«»“”„"]{2,}[»”“"’']$/u;

/**
 * A quotation set as a headline with its speaker after it, maybe closed by a stop: "«...», estime l’économiste X.",
 * "„...“, sagt X", "\"...,\" says X.", "«...» – entrevista con X". The quotation has no stop of its own before its
 * closing quote but a comma; the attribution is a few words and names someone (a capitalised word after its first).
 */
const ATTRIBUTED_QUOTE = /^[«“„"‘‚'](?<quote>[^«»“”„"]{2,}?)[,،]?[»”“"’'][,،]?\s*(?:[–—-]\s*)?(?<by>\p{Ll}[^«»“”„"]{1,80}?)[.。]?$/u;
/** An attribution is a verb and a name, or the rubric and a name: a handful of words. */
const MAX_ATTRIBUTION_WORDS = 8;

function isAttributedQuote(text: string): boolean {
	const match = ATTRIBUTED_QUOTE.exec(text);
	if (!match || /[.!?。…]$/u.test(match.groups!.quote!)) return false;
	const by = words(match.groups!.by!);
	return by.length >= 2 && by.length <= MAX_ATTRIBUTION_WORDS && /\s\p{Lu}/u.test(match.groups!.by!);
}

/** A quotation set as a headline: "„Die Alpen verlieren ...“", "Name: «...»", "«...», estime X.". */
export function isQuotedHeadline(text: string): boolean {
	if (words(text).length <= MAX_TITLE_WORDS && isAttributedQuote(text)) return true;
	const match = QUOTED_HEADLINE.exec(text);
	if (!match || words(text).length > MAX_TITLE_WORDS || /[.!?。…]\s*[»”“"’']$/u.test(text)) return false;
	return !match.groups?.who || looksLikeName(match.groups.who);
}
const headlineShaped = (text: string) => isHeadlineLike(text) || isQuotedHeadline(text);
/** Reads as a sentence: it ends like one, or (in a script without stops) it is a paragraph's length. */
const readsAsSentence = (text: string) => endsLikeSentence(text) || (writesNoStops(text) && isProse(text));

export interface CleanTitle {
	title: string;
	/** Agencies named by the site names taken off ("BERNAMA - ...", "... - Anadolu Ajansı"). */
	evidence: AgencyEvidence[];
}

/**
 * The headline itself: without a wire service's version tag ("(LEAD) "), an
 * agency's name in front ("BERNAMA - "), or the site's and section's names a
 * page title appends ("Headline - World - Site"). A name the story's opening
 * uses is part of the headline and stays.
 */
export function cleanTitle(text: string, storyWords: ReadonlySet<string>): CleanTitle {
	const evidence: AgencyEvidence[] = [];
	let title = text.replace(TITLE_TAGS, '').trim() || text;
	const prefix = TITLE_PREFIX.exec(title)?.groups?.head;
	const prefixAgency = prefix ? findAgency(prefix) : null;
	if (prefix && prefixAgency?.matched === prefix.trim()) {
		evidence.push({ source: 'site name', agency: prefixAgency.name, text: prefix });
		title = title.slice(TITLE_PREFIX.exec(title)![0].length);
	}
	for (;;) {
		const match = TITLE_SUFFIX.exec(title);
		const tail = match?.groups?.tail ?? match?.groups?.tail2;
		if (!match || !tail || words(tail).length > MAX_SITE_NAME_WORDS || !looksLikeName(tail)) break;
		const head = title.slice(0, match.index);
		const agency = findAgency(tail);
		if (words(head).length < MIN_TITLE_WORDS || (!agency && contentWords(tail).some((w) => storyWords.has(w)))) break;
		if (agency) evidence.push({ source: 'site name', agency: agency.name, text: tail });
		title = head.trim();
	}
	return { title, evidence };
}

/** Content words of the story's first paragraphs. */
export function storyWordsOf(content: ContentBlock[], firstProse: number): Set<string> {
	const lead = content.slice(Math.max(firstProse, 0)).filter((b) => isProse(b.text)).slice(0, STORY_LEAD_PARAGRAPHS);
	return new Set(lead.flatMap((b) => contentWords(b.text)));
}

export interface TitleChoice {
	/** The headline's index in `content`, or -1. */
	index: number;
	/** The page title ("Headline | Site") the headline was preferred to: its site name may name the agency. */
	pageTitle: string | null;
}

/** A step's answer that took nothing out and read no evidence. */
const found = <T>(value: T, warnings: string[] = []): Step<T> => ({ value, removed: [], evidence: [], ...(warnings.length > 0 ? { warnings } : {}) });

/** The headline: the first headline-like line above the story whose words the story uses. `siteTexts`: the site's notices (masthead.ts). */
export function findTitle(content: ContentBlock[], firstProse: number, lastProse: number, menuOrders: number[], siteTexts: readonly string[] = [], furniture: readonly string[] = []): Step<TitleChoice> {
	const masthead = mastheadAbove(content.slice(0, firstProse === -1 ? content.length : firstProse), siteTexts, furniture);
	if (firstProse !== 0) {
		const lead = content.slice(0, firstProse === -1 ? content.length : firstProse);
		const storyStems = new Set(content.slice(Math.max(firstProse, 0)).flatMap((b) => contentWords(b.text).map(stem)));
		/** How many of the line's content words the story uses, when they are at least TITLE_SHARE of them; else 0. */
		const shared = (text: string) => {
			const own = contentWords(text).map(stem);
			const count = own.filter((w) => storyStems.has(w)).length;
			return own.length > 0 && count / own.length >= TITLE_SHARE ? count : 0;
		};
		const opening = storyWordsOf(content, firstProse);
		const candidates = lead
			.map((b, index) => ({ b, index, core: cleanTitle(b.text, opening).title }))
			.filter(({ b, index, core }) => !b.inLinkBox && !masthead.has(index) && !CREDITED_SENTENCE.test(b.text) && headlineShaped(core) && words(core).length >= MIN_TITLE_WORDS);
		const sharing = candidates.map((c) => ({ ...c, shared: shared(c.core) })).filter((c) => c.shared > 0);
		// The first line that says a good part of what the most telling line says: the headline, above its standfirst
		// and captions (which say more), below a site's name that happens to share a word or two (which says less).
		// The headline stands below the site's menus and tickers (a share bar may follow it); a site's name and a
		// page title stand above them: the lines with the fewest menus between them and the story.
		const storyOrder = firstProse === -1 ? Infinity : content[firstProse]!.order;
		const menusBelow = (order: number) => menuOrders.filter((m) => m > order && m < storyOrder).length;
		const fewest = sharing.reduce((least, c) => Math.min(least, menusBelow(c.b.order)), Infinity);
		let pool = sharing.filter((c) => menusBelow(c.b.order) === fewest);
		// A page title (the headline with the site's name) gives way to a headline without one.
		const pageTitle = pool.find((c) => c.core !== c.b.text) ?? null;
		const bare = pool.filter((c) => c.core === c.b.text);
		if (bare.length > 0) pool = bare;
		const most = Math.max(0, ...pool.map((c) => c.shared));
		let chosen = pool.find((c) => c.shared * HEADLINE_SHARE_OF_MOST >= most);
		if (chosen) {
			const first = chosen;
			// The same headline twice (the page's title, then the headline over the story), or with a tail that is no name.
			chosen = pool.findLast((c) => c.b.text === first.b.text) ?? first;
			chosen = pool.find((c) => c !== first && first.b.text.startsWith(c.b.text) && first.b.text.length > c.b.text.length) ?? chosen;
			// A kicker (a few words) just above a longer headline that says at least as much of the story.
			const kicker = chosen;
			const next = pool.find(
				(c) => c.index > kicker.index && c.index <= kicker.index + KICKER_REACH && words(c.b.text).length > words(kicker.b.text).length && c.shared >= kicker.shared,
			);
			if (next && words(kicker.b.text).length <= MAX_KICKER_WORDS && !kicker.b.text.startsWith(next.b.text)) chosen = next;
			return found({ index: chosen.index, pageTitle: pageTitle && pageTitle !== chosen ? pageTitle.b.text : null });
		}
	}
	const storyStems = new Set(content.slice(Math.max(firstProse, 0), lastProse + 1).flatMap((b) => contentWords(b.text).map(stem)));
	const sharedStems = (text: string) => contentWords(text).map(stem).filter((w) => storyStems.has(w)).length;
	const lead = firstProse === 0 ? [] : content.slice(0, firstProse === -1 ? content.length : firstProse);
	const leadLines = lead
		.map((b, index) => ({ b, index }))
		.filter(({ b, index }) => !b.inLinkBox && !masthead.has(index) && headlineShaped(b.text) && !CREDITED_SENTENCE.test(b.text) && words(b.text).length >= MIN_TITLE_WORDS);
	// A line above the story that shares a word or two with it (too few to count as telling it) is still its headline.
	const partly = leadLines.findLast(({ b }) => sharedStems(b.text) > 0);
	if (partly) return found({ index: partly.index, pageTitle: null });
	if (lastProse !== -1) {
		// Some pages put the headline after the story (a print footer, a caption): one that the story's words tell.
		const tail = content
			.map((b, index) => ({ b, index }))
			.slice(lastProse + 1)
			.filter(({ b }) => !b.inLinkBox && isHeadlineLike(b.text) && words(b.text).length >= MIN_TITLE_WORDS);
		const sharesStory = (text: string) => {
			const own = contentWords(text);
			return own.length > 0 && sharedStems(text) / own.length >= TITLE_SHARE;
		};
		// Over a line above the story, only one set apart from the story (a print footer), not a last sub-heading.
		const setApart = (b: ContentBlock) => leadLines.length === 0 || b.order - content[lastProse]!.order > TAIL_GAP;
		const after = tail.find(({ b }) => sharesStory(b.text) && setApart(b)) ?? (firstProse === 0 ? tail[0] : undefined);
		if (after) return found({ index: after.index, pageTitle: null }, [`no headline above the story; the title is the headline-like line ${after.b.line}, after it`]);
	}
	// Nothing above or below the story shares its words: the last headline-like line above it.
	const last = leadLines.at(-1)?.index ?? lead.findLastIndex((b) => isHeadlineLike(b.text) && !CREDITED_SENTENCE.test(b.text));
	return found({ index: last, pageTitle: null });
}

/**
 * The masthead's lines above the story (masthead.ts), which no headline is; none when every line that could be the
 * headline is one of them (a page whose only such line is the site's name still has that for a title).
 */
function mastheadAbove(lead: ContentBlock[], siteTexts: readonly string[], furniture: readonly string[]): Set<number> {
	const masthead = mastheadOf(lead, siteTexts);
	const candidate = (b: ContentBlock, i: number) => !masthead.has(i) && !b.inLinkBox && headlineShaped(b.text) && words(b.text).length >= MIN_TITLE_WORDS;
	// Without a notice naming the site, the first such line is its name when it is shaped like a paper's name or the
	// page's furniture repeats it, and a line that could be the headline follows.
	const first = lead.findIndex(candidate);
	if (first !== -1 && (isPaperName(lead[first]!.text) || isNamedByFurniture(lead[first]!.text, furniture)) && lead.some((b, i) => i > first && candidate(b, i))) masthead.add(first);
	return lead.some(candidate) ? masthead : new Set();
}

/**
 * The standfirst: a sentence-long line right under the title that does not end like a sentence. `removedSoFar`
 * (read, not written): the lines the steps before took out, among them the byline and date line under it.
 */
export function findDek(content: ContentBlock[], titleIndex: number, lastProse: number, removedSoFar: readonly Removed[]): Step<string | null> {
	return found(standfirst(content, titleIndex, lastProse, removedSoFar));
}

function standfirst(content: ContentBlock[], titleIndex: number, lastProse: number, removedSoFar: readonly Removed[]): string | null {
	const afterTitle = content[titleIndex + 1];
	const next = content[titleIndex + 2];
	if (!afterTitle || afterTitle.inLinkBox || LIST_ITEM.test(afterTitle.text) || CREDITED_SENTENCE.test(afterTitle.text) || endsInCredit(afterTitle.text)) return null;
	if (words(afterTitle.text).length < MIN_DEK_WORDS || titleIndex + 1 >= lastProse) return null;
	// "Baixo Guandu (ES) - Trucks supply water ...": a caption written like a dateline, not a summary; and the
	// story's first paragraph, which opens with its dateline, is no standfirst.
	if (PLACE_FIRST.test(afterTitle.text) || parseDateline(afterTitle.text)) return null;
	if (!readsAsSentence(afterTitle.text)) return afterTitle.text;
	// A standfirst of full sentences stands above the byline or the date line; the story's first paragraph stands below them.
	const between = removedSoFar.filter((r) => r.line > afterTitle.line && (!next || r.line < next.line));
	const signed = between.some((r) => STANDFIRST_FOLLOWERS.has(r.reason));
	return signed && words(afterTitle.text).length <= MAX_DEK_WORDS ? afterTitle.text : null;
}

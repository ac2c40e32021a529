/**
 * Text to article structure: which lines are chrome, which is the title, the
 * standfirst, the sub-headings and the paragraphs, and what the credits, date
 * lines and dateline say. General rules over the tables in ./tables; nothing
 * here knows any one source. The steps, in order:
 *
 * 1. `toBlocks`: lines to blocks (hard-wrapped copy joined back into paragraphs).
 * 2. `classify`: each block is chrome (with the rule that says so), a credit, a
 *    date line, an agency line or text.
 * 3. `notAnArticle`: search results, error pages and lists of links are refused.
 * 4. `findTitle`, `findDek`: the headline and standfirst above the story.
 * 5. `splitBody`: the story's paragraphs and sub-headings; captions, pull quotes,
 *    related-link boxes and footers stay out (a jusText-style score keeps a last
 *    paragraph that does not end in punctuation).
 * 6. `parseDateline`: the place, date and agency opening the first paragraph.
 * 7. `settleAgency`: the agency from the strongest evidence (`AGENCY_EVIDENCE`).
 */
import {
	BYLINE,
	CHROME_LINES,
	CHROME_PATTERNS,
	CONTRIBUTOR_LINE,
	CREDIT_LABELS,
	DATE_LINE_NOISE,
	END_MARKERS,
	INLINE_CHROME,
	LINK_BOX_LABELS,
	MENU_SEPARATORS,
	WIDE_SPACES,
	SOURCE_LABELS,
	TITLE_TAGS,
} from './tables/chrome.ts';
import { AGENCY_NOUNS, NOT_A_PUBLISHER, PUBLISHER_PATTERNS, REPORTING_VERBS } from './tables/attribution.ts';
import { MIN_LIST_ITEMS, MIN_STORY_RUN, NOT_ARTICLE_LABELS, PAGINATION, SNIPPET_END } from './tables/pages.ts';
import { DEFAULT_READING, dateRole, findDates, type DateClue, type DateMention, type DateReading } from './dates.ts';
import { findAgency, isKnownPlace, knownPlaceAtEnd, normalizePlace } from './names.ts';
import { escapeRegExp } from './regex.ts';
import { CLOSERS, SENTENCE_END, contentWords, isUnspaced, stopwordDensity, words } from './text.ts';

export { words } from './text.ts';
export type { DateClue } from './dates.ts';

export interface Block {
	/** 1-based line number of the block's first line in the source. */
	line: number;
	text: string;
}

export interface Removed {
	line: number;
	text: string;
	reason: string;
}

export interface BodyNode {
	type: 'paragraph' | 'heading';
	text: string;
	line: number;
}

export interface Structure {
	title: string | null;
	dek: string | null;
	body: BodyNode[];
	credits: string[];
	agency: string | null;
	publisher: string | null;
	dateline: string | null;
	dateClues: DateClue[];
	removed: Removed[];
	warnings: string[];
	/** Why the page is not an article (search results, an error page, a list of links), or null. */
	notArticle: string | null;
}

export interface StructureOptions {
	/** The page's language, when known: its stop words tell prose from chrome. */
	language: string | null;
	/** How the page writes numeric dates. */
	reading: DateReading;
}

/** Longer lines are paragraphs, not headlines. */
const MAX_TITLE_WORDS = 25;
/** Sub-headings are shorter than headlines. */
const MAX_HEADING_WORDS = 20;
/** One- and two-word lines above a headline are kickers and section names, not headlines. */
const MIN_TITLE_WORDS = 3;
/** A kicker (rubric) above a headline is a few words. */
const MAX_KICKER_WORDS = 5;
/** Share of a headline's content words that its story uses; a site's name or a kicker shares none. */
const TITLE_SHARE = 0.4;
/** A standfirst is a sentence's worth of words. */
const MIN_DEK_WORDS = 6;
/** Date lines are short; a long line that names a date is prose. */
const DATE_LINE_MAX_WORDS = 20;
/** Words a date line may carry besides the date, labels, times and agency ("Posted by desk"). */
const DATE_LINE_MAX_OTHER_WORDS = 2;
/** Items beside a date in a "|" line: a byline, a section, a view count. */
const DATE_LINE_MAX_ITEM_WORDS = 6;
/** An agency line is the agency and at most a place: "ANKARA / Anadolu Agency", "-- BERNAMA". */
const AGENCY_LINE_MAX_OTHER_WORDS = 3;
/**
 * jusText's "good" block: long enough and dense in the language's stop words,
 * as prose is and menus, headlines and captions are not. Used to keep a last
 * paragraph that has no final punctuation.
 */
const GOOD_MIN_WORDS = 14;
const GOOD_MIN_STOPWORD_DENSITY = 0.2;
/** Captions and a summary may stand between the title and the dateline that opens the story. */
const MAX_PARAGRAPHS_BEFORE_DATELINE = 3;
/** A pull quote repeats at least this many words of the story. */
const MIN_REPEATED_WORDS = 5;

const CHROME_LINE_SET = new Set([...CHROME_LINES, ...LINK_BOX_LABELS].map((l) => l.toLowerCase()));
const LINK_BOX_LABEL_SET = new Set(LINK_BOX_LABELS.map((l) => l.toLowerCase()));
/** Prose paragraphs further apart than this many lines (of chrome, links, captions) are separate clusters. */
const MAX_STORY_GAP = 3;
/** A cluster of prose after the story, beyond a gap, is the story only if it has this many paragraphs or words. */
const MIN_CLUSTER_BLOCKS = 2;
const MIN_CLUSTER_WORDS = 40;
/** A short line ending in an agency's name in brackets is a photo caption: "Ministers meet in Kuwait (KUNA)". */
const MAX_CAPTION_WORDS = 15;
const LIST_MARKER = /^[-*•–—]\s+/u;
/** A list item, bulleted or numbered: never a heading, never joined to the line above. */
const LIST_ITEM = /^(?:[-*•–—]|\d{1,2}[.)])\s+/u;
const SENTENCE_END_RE = new RegExp(`[${escapeRegExp(SENTENCE_END)}][${CLOSERS}]*$`, 'u');

/** Ends like a sentence: terminal punctuation of any script, maybe inside closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
	if (SENTENCE_END_RE.test(text)) return true;
	// A long line that closes a quotation is prose even without a final stop.
	return /["”’»」』]$/u.test(text) && words(text).length > 12;
}

/** Prose: a sentence (not a teaser cut off with an ellipsis), or too long to be anything but a paragraph. */
export const isProse = (text: string) => (endsLikeSentence(text) && !SNIPPET_END.test(text)) || words(text).length > MAX_TITLE_WORDS;

/** Could be a title or a sub-heading: short, no sentence ending, not starting mid-sentence. */
export function isHeadlineLike(text: string, maxWords = MAX_TITLE_WORDS): boolean {
	const count = words(text).length;
	if (count === 0 || count > maxWords) return false;
	if (/^[\p{Ll}(]/u.test(text) || LIST_ITEM.test(text)) return false;
	if (endsLikeSentence(text)) return /[?？]["”’»」]?$/u.test(text) && count <= 15;
	return true;
}

/** jusText's "good" block: long and full of the language's function words. */
const isGoodProse = (text: string, language: string | null) =>
	words(text).length >= GOOD_MIN_WORDS && stopwordDensity(text, language) >= GOOD_MIN_STOPWORD_DENSITY && !MENU_SEPARATORS.test(text);

/** The page's longest lines: a sample of its prose for a first guess at the language. */
export function languageSample(text: string, size = 4000): string {
	const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length >= 40);
	const longest = [...lines].sort((a, b) => b.length - a.length);
	let sample = '';
	for (const line of longest) {
		if (sample.length >= size) break;
		sample += `${line}\n`;
	}
	return sample || text.slice(0, size);
}

/**
 * Lines to blocks. Most scraped text has one paragraph per line; hard-wrapped
 * text (lines cut near a fixed width, paragraphs separated by blank lines) has
 * its lines joined back into paragraphs.
 */
export function toBlocks(text: string): Block[] {
	const lines = text.split('\n').map((raw) => raw.replace(/^[\s\uFEFF\u200B]+|[\s\u200B]+$/gu, ''));
	let longest = 0;
	let long = 0;
	let wrappedWidth = 0;
	for (const l of lines) {
		longest = Math.max(longest, l.length);
		if (l.length >= 50) long++;
		if (l.length >= 60 && l.length <= 80) wrappedWidth++;
	}
	const wrapped = lines.some((l) => l === '') && long >= 4 && longest <= 100 && wrappedWidth >= long * 0.8;
	const blocks: Block[] = [];
	let current: Block | null = null;
	lines.forEach((line, index) => {
		if (line === '') {
			current = null;
			return;
		}
		if (wrapped && current && !LIST_ITEM.test(line)) {
			current.text += ` ${line}`;
			return;
		}
		current = { line: index + 1, text: line };
		blocks.push(current);
	});
	return blocks;
}

type Kind =
	| { kind: 'chrome'; reason: string }
	| { kind: 'source-credit'; rest: string }
	| { kind: 'credit'; text: string }
	| { kind: 'agency-line'; agency: string; place: string | null }
	| { kind: 'date-line'; text: string; mentions: DateMention[]; suffix: Removed | null }
	| { kind: 'text'; text: string; suffix: Removed | null };

function chromeReason(bare: string): string | null {
	const phrase = bare.toLowerCase().replace(/[\s:.»›>|]+$/u, '');
	if (CHROME_LINE_SET.has(phrase)) return 'site chrome';
	for (const { name, pattern } of CHROME_PATTERNS) if (pattern.test(bare)) return name;
	if (END_MARKERS.test(bare) && words(bare.replace(END_MARKERS, '')).length === 0) return 'end-of-copy marker';
	if (PAGINATION.test(bare)) return 'pagination';
	const parts = bare.split(MENU_SEPARATORS).map((p) => p.trim()).filter(Boolean);
	const onlyWideSpaces = !MENU_SEPARATORS.test(bare.replace(new RegExp(WIDE_SPACES.source, 'gu'), ' '));
	if (parts.length >= 2 && !(onlyWideSpaces && isProse(bare) && words(bare).length > MAX_TITLE_WORDS)) {
		const sizes = parts.map((p) => words(p).length);
		if (sizes.every((n) => n <= 3) || (parts.length >= 3 && sizes.every((n) => n <= 15))) {
			return parts.length >= 3 && sizes.some((n) => n > 3) ? 'news ticker' : 'navigation';
		}
	}
	return null;
}

/** What is left of a date line once its dates, agency, labels and times are taken out. */
function dateLineRest(text: string, mentions: DateMention[]): string {
	let rest = text;
	for (const date of mentions) rest = rest.replace(date.raw, ' ');
	const agency = findAgency(rest);
	if (agency) rest = rest.replace(agency.matched, ' ');
	for (const noise of DATE_LINE_NOISE) rest = rest.replace(noise, ' ');
	return rest;
}

/**
 * A date line: a short line that is a date (or a published/updated pair),
 * maybe with an agency, labels and times; or a "|" line one of whose items is
 * that, beside a byline, a section name or a count.
 */
function readDateLine(text: string, reading: DateReading): DateMention[] | null {
	// Scripts without spaces count every character and digit group as a word: measure them by length.
	const size = isUnspaced(text) ? text.length / 3 : words(text).length;
	if (size > DATE_LINE_MAX_WORDS) return null;
	const mentions = findDates(text, reading);
	if (mentions.length === 0 || mentions.length > 3) return null;
	if (words(dateLineRest(text, mentions)).length <= DATE_LINE_MAX_OTHER_WORDS) return mentions;
	const items = text.split(MENU_SEPARATORS).map((p) => p.trim()).filter(Boolean);
	if (items.length < 2) return null;
	let dated = 0;
	for (const item of items) {
		const own = findDates(item, reading);
		if (own.length > 0 && words(dateLineRest(item, own)).length <= DATE_LINE_MAX_OTHER_WORDS) dated++;
		else if (words(item).length > DATE_LINE_MAX_ITEM_WORDS) return null;
	}
	return dated > 0 ? mentions : null;
}

/** A line that is only an agency's credit, maybe with a place: "-- BERNAMA", "(APA)", "ANKARA / Anadolu Agency", "/연합뉴스". */
function readAgencyLine(text: string): { agency: string; place: string | null } | null {
	if (words(text).length > AGENCY_LINE_MAX_OTHER_WORDS + 4) return null;
	const agency = findAgency(text);
	if (!agency) return null;
	const rest = text.replace(agency.matched, ' ').replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
	if (words(rest).length > AGENCY_LINE_MAX_OTHER_WORDS) return null;
	if (rest === '') return { agency: agency.name, place: null };
	// What stands beside the agency must be a place: one the tables know, or a name in capitals.
	if (isKnownPlace(rest) || (rest === rest.toUpperCase() && /^\p{Lu}{2}/u.test(rest))) return { agency: agency.name, place: normalizePlace(rest) };
	return null;
}

function classify(block: Block, reading: DateReading): Kind {
	const bare = block.text.replace(LIST_MARKER, '');
	const agencyLine = readAgencyLine(bare);
	if (agencyLine) return { kind: 'agency-line', ...agencyLine };
	// A date beside a byline or a section in a "|" line is the page's date, not navigation.
	if (MENU_SEPARATORS.test(bare)) {
		const mentions = readDateLine(bare, reading);
		if (mentions) return { kind: 'date-line', text: bare, mentions, suffix: null };
	}
	const reason = chromeReason(bare);
	if (reason) return { kind: 'chrome', reason };
	const source = SOURCE_LABELS.exec(bare);
	if (source?.groups) return { kind: 'source-credit', rest: source.groups.rest ?? '' };
	const unbracketed = bare.replace(/^\((.*)\)$/u, '$1');
	const bracketCredit = /[(（]\s*([^()（）]{2,30})\s*[)）]$/u.exec(bare);
	if (bracketCredit && words(bare).length <= MAX_CAPTION_WORDS && findAgency(bracketCredit[1]!)?.matched === bracketCredit[1]!.trim()) {
		return { kind: 'chrome', reason: 'photo caption' };
	}
	const credit =
		(CREDIT_LABELS.test(unbracketed) && words(unbracketed).length <= 20) ||
		(BYLINE.test(unbracketed) && words(unbracketed).length <= 10 && !endsLikeSentence(unbracketed)) ||
		(CONTRIBUTOR_LINE.test(unbracketed) && words(unbracketed).length <= 25);
	if (credit) {
		// "By JOHN SMITH | Nov. 17, 2015": the date beside a byline is still the page's date.
		const mentions = readDateLine(unbracketed, reading);
		if (mentions && MENU_SEPARATORS.test(unbracketed)) return { kind: 'date-line', text: unbracketed, mentions, suffix: null };
		return { kind: 'credit', text: unbracketed };
	}

	let text = block.text;
	let suffix: Removed | null = null;
	for (const { name, pattern } of INLINE_CHROME) {
		const match = pattern.exec(text);
		if (match && match.index > 0) {
			suffix = { line: block.line, text: match[0].trim(), reason: name };
			text = text.slice(0, match.index).trimEnd();
		}
	}
	const end = END_MARKERS.exec(text);
	if (end && end.index > 0) {
		suffix = { line: block.line, text: end[0].trim(), reason: 'end-of-copy marker' };
		text = text.slice(0, end.index).trimEnd();
	}
	const mentions = readDateLine(text, reading);
	if (mentions) return { kind: 'date-line', text, mentions, suffix };
	return { kind: 'text', text, suffix };
}

/** A block that survived classification, with what it is next to. */
interface ContentBlock extends Block {
	/** It follows a "Related" or "Read more" label with no prose in between: a link in a box. */
	inLinkBox: boolean;
	/** Its place among all the page's blocks, chrome included: how far apart two paragraphs stand. */
	order: number;
}

interface Classified {
	content: ContentBlock[];
	removed: Removed[];
	credits: string[];
	dateClues: DateClue[];
	/** Blocks that gave a date (date lines and credits): lists of dated headlines have many. */
	datedLines: number;
	pagination: boolean;
	labels: { reason: string; text: string }[];
	evidence: AgencyEvidence[];
	publisher: string | null;
	placeLine: string | null;
}

/** Kinds of evidence for the agency, strongest first: the order in which they are believed. */
export type AgencySource = 'source credit' | 'dateline' | 'agency line' | 'end credit' | 'date line' | 'byline' | 'lede' | 'site name';
export const AGENCY_EVIDENCE: readonly AgencySource[] = ['source credit', 'dateline', 'agency line', 'end credit', 'date line', 'byline', 'lede', 'site name'];
/** Evidence weak enough that the report says where the agency came from. */
const WEAK_EVIDENCE: ReadonlySet<AgencySource> = new Set(['byline', 'lede', 'site name']);

interface AgencyEvidence {
	source: AgencySource;
	agency: string;
	/** The words that gave it. */
	text: string;
}

/** Step 2: every block classified; chrome, credits and date lines set aside, with what they say. */
function classifyBlocks(blocks: Block[], reading: DateReading): Classified {
	const out: Classified = { content: [], removed: [], credits: [], dateClues: [], datedLines: 0, pagination: false, labels: [], evidence: [], publisher: null, placeLine: null };
	let inLinkBox = false;
	for (let i = 0; i < blocks.length; i++) {
		const block = blocks[i]!;
		const kind = classify(block, reading);
		const label = NOT_ARTICLE_LABELS.find(({ pattern }) => words(block.text).length <= 10 && pattern.test(block.text));
		if (label) out.labels.push({ reason: label.name, text: block.text });
		if (kind.kind === 'chrome') {
			out.removed.push({ line: block.line, text: block.text, reason: kind.reason });
			out.publisher ??= findPublisher(block.text);
			if (kind.reason === 'pagination') out.pagination = true;
			const phrase = block.text.toLowerCase().replace(/[\s:：.»›>|]+$/u, '');
			if (kind.reason === 'related link' || LINK_BOX_LABEL_SET.has(phrase)) inLinkBox = true;
			if (findDates(block.text, reading).length > 0) out.datedLines++;
			continue;
		}
		if (kind.kind === 'source-credit') {
			const credit = parseSourceCredit(kind.rest, reading);
			if (credit.agency) out.evidence.push({ source: 'source credit', agency: credit.agency, text: block.text });
			out.placeLine ??= credit.place;
			if (credit.date) out.dateClues.push({ mention: credit.date, where: 'credit line', role: null, line: block.text });
			out.removed.push({ line: block.line, text: block.text, reason: 'source credit' });
			continue;
		}
		if (kind.kind === 'agency-line') {
			out.evidence.push({ source: 'agency line', agency: kind.agency, text: block.text });
			out.placeLine ??= kind.place;
			out.removed.push({ line: block.line, text: block.text, reason: 'agency credit' });
			continue;
		}
		if (kind.kind === 'credit') {
			let credit = kind.text;
			// "Photo:" on one line, the name on the next.
			while (/:\s*$/u.test(credit) && i + 1 < blocks.length) {
				const next = blocks[i + 1]!;
				const nextKind = classify(next, reading);
				if (nextKind.kind !== 'text' || words(next.text).length > 12) break;
				credit = `${credit} ${next.text.replace(LIST_MARKER, '')}`;
				out.removed.push({ line: next.line, text: next.text, reason: 'credit' });
				i++;
			}
			out.credits.push(credit);
			out.removed.push({ line: block.line, text: block.text, reason: 'credit' });
			continue;
		}
		if (kind.suffix) out.removed.push(kind.suffix);
		if (kind.kind === 'date-line') {
			kind.mentions.forEach((mention, m) => {
				const previous = kind.mentions[m - 1];
				const previousEnd = previous ? previous.index + previous.raw.length : 0;
				const role = dateRole(kind.text, mention, previousEnd, kind.mentions[m + 1]?.index);
				out.dateClues.push({ mention, where: 'date line', role, line: kind.text });
			});
			out.datedLines++;
			let rest = kind.text;
			for (const mention of kind.mentions) rest = rest.replace(mention.raw, ' ');
			const agency = findAgency(rest);
			if (agency) out.evidence.push({ source: 'date line', agency: agency.name, text: kind.text });
			out.removed.push({ line: block.line, text: kind.text, reason: 'date line' });
			continue;
		}
		if (isProse(kind.text)) inLinkBox = false;
		out.content.push({ line: block.line, text: kind.text, inLinkBox, order: i });
	}
	return out;
}

/** Step 3: a page of search results, an error page or a list of links is not an article; the reason, or null. */
function notAnArticle(classified: Classified): string | null {
	const { content, labels } = classified;
	let run = 0;
	let longestRun = 0;
	let islands = 0;
	let snippets = 0;
	let headlines = 0;
	for (const block of content) {
		if (SNIPPET_END.test(block.text)) snippets++;
		if (isProse(block.text)) {
			if (run === 0) islands++;
			run++;
			longestRun = Math.max(longestRun, run);
		} else {
			run = 0;
			if (isHeadlineLike(block.text) && words(block.text).length >= MIN_TITLE_WORDS) headlines++;
		}
	}
	if (longestRun >= MIN_STORY_RUN) return null;
	if (labels.length > 0) return `${labels[0]!.reason} ("${labels[0]!.text}")`;
	if (snippets >= MIN_LIST_ITEMS) return `a list of ${snippets} teasers cut off with "…" and no story`;
	if (longestRun === 0 && headlines >= MIN_LIST_ITEMS + 1) return `a list of ${headlines} headlines and no story`;
	if (islands >= MIN_LIST_ITEMS && (classified.pagination || classified.datedLines >= MIN_LIST_ITEMS)) {
		return `a list of ${islands} teasers with ${classified.datedLines} dates and no story`;
	}
	return null;
}

/** "[Source: Itar Tass, Moscow, 17Nov15]" -> agency, place and date. */
function parseSourceCredit(rest: string, reading: DateReading): { agency: string | null; place: string | null; date: DateMention | null } {
	let agency: string | null = null;
	let place: string | null = null;
	let date: DateMention | null = null;
	rest.split(/\s*[,;|]\s*/u).forEach((part, index) => {
		if (!part) return;
		const dates = findDates(part, reading);
		if (dates.length > 0 && !date) {
			date = dates[0]!;
			return;
		}
		const known = findAgency(part);
		if (known && !agency) agency = known.name;
		else if (index === 0 && !agency) agency = part;
		else if (!place && words(part).length <= 4 && /^\p{Lu}/u.test(part)) place = normalizePlace(part);
	});
	return { agency, place, date };
}

/** The site named in a republication or copyright notice; an agency's own copyright names no site. */
function findPublisher(text: string): string | null {
	for (const pattern of PUBLISHER_PATTERNS) {
		const name = pattern.exec(text)?.groups?.name;
		if (name && !NOT_A_PUBLISHER.test(name) && findAgency(name)?.matched !== name) return name;
	}
	return null;
}

const alternation = (list: string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\?/g, '?')).join('|');
/** "... reports RIA Novosti." in the lede names the agency when nothing else does. */
const REPORTED_BY = new RegExp(
	`(?:${REPORTING_VERBS.join('|')})\\s+(?:(?:${alternation(AGENCY_NOUNS)})\\s+)?(?<name>.{2,40}?)(?:[.,;:]|$)`,
	'iu',
);

/** Step 4: the headline: the first headline-like line above the story whose words the story uses. */
function findTitle(content: ContentBlock[], firstProse: number, lastProse: number, warnings: string[]): number {
	if (firstProse !== 0) {
		const lead = content.slice(0, firstProse === -1 ? content.length : firstProse);
		const story = new Set(content.slice(Math.max(firstProse, 0)).flatMap((b) => contentWords(b.text)));
		const shares = (text: string) => {
			const own = contentWords(text);
			return own.length > 0 && own.filter((w) => story.has(w)).length / own.length >= TITLE_SHARE;
		};
		const candidates = lead
			.map((b, index) => ({ b, index }))
			.filter(({ b }) => !b.inLinkBox && !CREDITED_SENTENCE.test(b.text) && isHeadlineLike(b.text) && words(b.text).length >= MIN_TITLE_WORDS);
		const sharing = candidates.filter(({ b }) => shares(b.text));
		let chosen = sharing[0];
		if (chosen) {
			// "Headline | Site" or "Headline - Site" above the headline itself: the headline alone.
			const bare = sharing.find(({ b, index }) => index !== chosen!.index && chosen!.b.text.startsWith(b.text) && chosen!.b.text.length > b.text.length);
			if (bare) chosen = bare;
			// A page title ("Site: Headline") and the headline itself: the one that is not the page title.
			const core = (text: string) => cleanTitle(text, [], []);
			const fuller = sharing.find(({ b, index }) => index !== chosen!.index && b.text.length > core(chosen!.b.text).length && b.text.includes(core(chosen!.b.text)) && !/\s[|–—-]\s/u.test(b.text.replace(core(chosen!.b.text), '')));
			if (fuller) chosen = fuller;
			// A kicker directly above a longer headline that also shares the story's words.
			const next = sharing.find(({ index }) => index === chosen!.index + 1);
			if (next && words(chosen.b.text).length <= MAX_KICKER_WORDS && words(next.b.text).length > words(chosen.b.text).length && !chosen.b.text.startsWith(next.b.text)) chosen = next;
			return chosen.index;
		}
		const last = candidates.at(-1)?.index ?? lead.findLastIndex((b) => isHeadlineLike(b.text));
		if (last !== -1) return last;
	}
	if (lastProse !== -1) {
		// Some pages put the headline after the story (scraped from a caption or a footer).
		const tail = content.slice(lastProse + 1);
		const found = tail.findIndex((b) => isHeadlineLike(b.text) && words(b.text).length >= MIN_TITLE_WORDS);
		if (found !== -1) {
			const index = lastProse + 1 + found;
			warnings.push(`no headline above the story; the title is the headline-like line ${content[index]!.line}, after it`);
			return index;
		}
	}
	return -1;
}

/** The standfirst: a sentence-long line under the title that does not end like a sentence. */
function findDek(content: ContentBlock[], titleIndex: number, bodyStart: number, lastProse: number): string | null {
	const afterTitle = content[bodyStart];
	if (bodyStart !== titleIndex + 1 || !afterTitle || afterTitle.inLinkBox) return null;
	if (endsLikeSentence(afterTitle.text) || words(afterTitle.text).length < MIN_DEK_WORDS || bodyStart >= lastProse) return null;
	return afterTitle.text;
}

/** Letters and digits only, lowercase: the same sentence however it is quoted or punctuated. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** A pull quote's attribution after a dash: "— Foreign Minister Sergei Lavrov". */
const ATTRIBUTION = /\s+[—–-]\s*[^—–-]{1,60}$/u;

/** Step 5: the story between the title and the footer, as paragraphs and sub-headings. */
function splitBody(
	content: ContentBlock[],
	zone: { titleIndex: number; dekIndex: number; bodyStart: number; lastProse: number },
	language: string | null,
	title: string | null,
	removed: Removed[],
): BodyNode[] {
	const { titleIndex, dekIndex, bodyStart } = zone;
	let lastProse = storyEnd(content, bodyStart, zone.lastProse);
	// A paragraph without final punctuation right after the story is still the story when it reads as prose.
	while (lastProse + 1 < content.length && !content[lastProse + 1]!.inLinkBox && isGoodProse(content[lastProse + 1]!.text, language)) lastProse++;
	const proseLike = (block: ContentBlock) => isProse(block.text) || (!block.inLinkBox && isGoodProse(block.text, language));

	const body: BodyNode[] = [];
	content.forEach((block, index) => {
		if (index === titleIndex || index === dekIndex) return;
		if (index < bodyStart) return removed.push({ line: block.line, text: block.text, reason: 'before the title (site header)' });
		if (index > lastProse) {
			const prose = isGoodProse(block.text, language);
			return removed.push({ line: block.line, text: block.text, reason: prose ? 'after the article (site footer; reads as prose, but a box of links or chrome stands between)' : 'after the article (site footer)' });
		}
		const next = content[index + 1];
		const heading =
			!isProse(block.text) &&
			!block.inLinkBox &&
			index < lastProse &&
			isHeadlineLike(block.text, MAX_HEADING_WORDS) &&
			words(block.text).length >= 2 &&
			next !== undefined &&
			!next.inLinkBox &&
			isProse(next.text);
		const prose = proseLike(block);
		if (block.inLinkBox && !prose) return removed.push({ line: block.line, text: block.text, reason: 'link in a related-stories box' });
		if (!prose && !heading && !LIST_ITEM.test(block.text)) {
			return removed.push({ line: block.line, text: block.text, reason: 'not prose inside the story (caption, label or link)' });
		}
		body.push({ type: heading ? 'heading' : 'paragraph', text: block.text, line: block.line });
	});
	return dropRepeats(body, title, removed);
}

/**
 * Where the story ends: prose after it, beyond a gap of chrome and links, is a
 * site notice ("Comments are the authors' own.", a cookie sentence) unless it
 * is a story's worth of paragraphs itself.
 */
function storyEnd(content: ContentBlock[], bodyStart: number, lastProse: number): number {
	let end = lastProse;
	for (;;) {
		// List items belong to the story they stand in, like its paragraphs.
		const prose = content.map((b, i) => ({ b, i })).filter(({ b, i }) => i >= bodyStart && i <= end && (isProse(b.text) || LIST_ITEM.test(b.text)));
		if (prose.length < 2) return end;
		const last = prose.at(-1)!;
		let start = prose.length - 1;
		while (start > 0 && prose[start]!.b.order - prose[start - 1]!.b.order <= MAX_STORY_GAP) start--;
		if (start === 0) return end;
		const cluster = prose.slice(start);
		const size = cluster.reduce((n, { b }) => n + words(b.text).length, 0);
		if (cluster.length >= MIN_CLUSTER_BLOCKS || size >= MIN_CLUSTER_WORDS) return end;
		end = prose[start - 1]!.i;
		if (last.i === end) return end;
	}
}

/** Pull quotes and repeated headlines: a block whose words another block of the story already says. */
function dropRepeats(body: BodyNode[], title: string | null, removed: Removed[]): BodyNode[] {
	const normalized = body.map((node) => letters(node.text));
	const titleLetters = title ? letters(title) : null;
	return body.filter((node, index) => {
		const own = normalized[index]!;
		const bare = letters(node.text.replace(ATTRIBUTION, ''));
		if (titleLetters && own === titleLetters) {
			removed.push({ line: node.line, text: node.text, reason: 'headline repeated' });
			return false;
		}
		if (node.type !== 'paragraph' || bare.split(' ').length < MIN_REPEATED_WORDS) return false || true;
		const source = normalized.findIndex((other, j) => j !== index && other.length > bare.length && other.includes(bare));
		if (source === -1) {
			// An exact repeat of an earlier paragraph.
			const earlier = normalized.findIndex((other, j) => j < index && other === own);
			if (earlier === -1) return true;
		}
		removed.push({ line: node.line, text: node.text, reason: 'pull quote (a sentence the story already has)' });
		return false;
	});
}

/**
 * Step 6: a dateline at the start of the first paragraph: "MOSCOW, September 5
 * (Itar-Tass) —— ", "PARIS (AFP) - ", "Madrid, 17 nov (EFE).- ",
 * "МОСКВА, 17 ноября. /ТАСС/. ", "(ANSA) - ROMA, 17 NOV - ", "新华社北京11月17日电（记者 王某）",
 * "(서울=연합뉴스) 김철수 기자 = ", "【シンガポール共同】", "Hà Nội (TTXVN) - ".
 * Without an agency, the place must be in capitals and a date or a known place
 * must say it is one ("BREAKING: " and "NATO - " are not datelines).
 */
const DATELINE =
	/^(?<place>[\p{Lu}][\p{L}.'’ /-]{1,40}?)(?:,\s*(?<date>[^()/\n—–-]{2,30}?)\.?)?\s*(?:\((?<agency1>[^)]{2,40})\)|\/(?<agency2>[^/]{2,40})\/)?(?<end>\s*\.?\s*(?:—+|–+|-{1,2}|:)|\.)\s+(?=\S)/u;
/** After an agency credit: closing brackets or slashes, then the dash, colon, equals sign or full stop that ends the dateline. */
const AFTER_AGENCY = /^[\s)\]）】/／]*(?:\s*\.?\s*(?:—+|–+|-{1,2}|:|=|\.|।|–)\s*|\s+(?=\S))/u;
/** CJK: agency, maybe "reporter X", place, date, 电/電 ("filed"), maybe the reporters in brackets. */
const CJK_DATELINE = /^[（(【[]?(?<head>[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,24}?)(?<date>(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)\s*[电電](?:[）)】\]])?(?:[（(][^）)]{0,40}[）)])?\s*/u;
/** 【シンガポール共同】 / 【新华社】: place and agency in lenticular brackets. */
const BRACKET_DATELINE = /^【(?<inner>[^】]{1,30})】\s*/u;
/** Korean: (서울=연합뉴스) 김철수 기자 = */
const KOREAN_DATELINE = /^\((?<place>[^=)]{1,20})=(?<agency>[^)]{2,20})\)\s*(?:[^=\n]{0,30}?(?:기자|특파원)\s*=\s*)?/u;

interface Dateline {
	prefix: string;
	place: string | null;
	date: DateMention | null;
	agency: string | null;
}

function datelinePlace(text: string): string | null {
	const place = text
		.split('/')[0]!
		.replace(/^[\s([（【/]+|[\s,.;:()[\]）】/-]+$/gu, '')
		.replace(/(?:\s+في|,?\s+\d{1,2})$/u, '')
		.trim();
	if (!place || /\d/.test(place) || words(place).length > 4) return null;
	return normalizePlace(place);
}

export function parseDateline(text: string, reading: DateReading = DEFAULT_READING): Dateline | null {
	const cjk = CJK_DATELINE.exec(text);
	if (cjk?.groups) {
		const head = cjk.groups.head!;
		const agency = findAgency(head);
		if (agency) {
			const afterAgency = head.slice(head.indexOf(agency.matched) + agency.matched.length);
			const place = knownPlaceAtEnd(afterAgency) ?? (afterAgency.length >= 2 ? normalizePlace(afterAgency.slice(-2)) : null);
			return { prefix: cjk[0], place, date: findDates(cjk.groups.date!, reading)[0] ?? null, agency: agency.name };
		}
	}
	const bracket = BRACKET_DATELINE.exec(text);
	if (bracket?.groups) {
		const agency = findAgency(bracket.groups.inner!);
		if (agency) {
			const rest = bracket.groups.inner!.replace(agency.matched, '').trim();
			return { prefix: bracket[0], place: rest ? normalizePlace(rest) : null, date: null, agency: agency.name };
		}
	}
	const korean = KOREAN_DATELINE.exec(text);
	if (korean?.groups) {
		const agency = findAgency(korean.groups.agency!);
		if (agency) return { prefix: korean[0], place: normalizePlace(korean.groups.place!), date: null, agency: agency.name };
	}
	const anchored = agencyAnchoredDateline(text, reading);
	if (anchored) return anchored;
	return capitalsDateline(text, reading);
}

/** A dateline found by its agency credit: what stands before the agency is place and date; a dash or colon ends it. */
function agencyAnchoredDateline(text: string, reading: DateReading): Dateline | null {
	const head = text.slice(0, 100);
	const agency = findAgency(head);
	if (!agency) return null;
	const at = head.indexOf(agency.matched);
	const before = head.slice(0, at);
	// The agency must be in the credit's brackets or slashes, or the text before it must be short.
	if (words(before).length > 8) return null;
	const after = text.slice(at + agency.matched.length);
	const end = AFTER_AGENCY.exec(after);
	if (!end) return null;
	// "(ANSA) - ROMA, 17 NOV - ": the agency first, then place and date.
	if (before.replace(/[\s([（【/]+/gu, '') === '') {
		const rest = after.slice(end[0].length);
		const tail = /^(?<place>[\p{Lu}][\p{L}.'’ -]{1,30}?),\s*(?<date>[^—–\n]{2,25}?)\s*(?:—+|–+|-{1,2})\s+(?=\S)/u.exec(rest);
		if (tail?.groups) {
			const date = findDates(tail.groups.date!, reading)[0] ?? null;
			if (date) return { prefix: text.slice(0, at + agency.matched.length + end[0].length + tail[0].length), place: datelinePlace(tail.groups.place!), date, agency: agency.name };
		}
		if (/^[\s([（【/]*$/u.test(before) && /[)\]）】/]/u.test(end[0])) {
			return { prefix: text.slice(0, at + agency.matched.length + end[0].length), place: null, date: null, agency: agency.name };
		}
		return null;
	}
	// The credit must be set off: brackets or slashes around it, or a separator before it.
	const setOff = /[([（【/\-–—.,]\s*$/u.test(before) || /^[)\]）】/]/u.test(after) || /[.،,]\s*$/u.test(before);
	if (!setOff) return null;
	const dates = findDates(before, reading);
	let placeText = before;
	for (const date of dates) placeText = placeText.replace(date.raw, ' ');
	// "New Delhi [India]": a region in square brackets belongs to the place.
	placeText = placeText.replace(/\[[^\]]*\]/gu, ' ').split(/[,.،]|\s[-–—]\s|\sفي\s/u)[0]!;
	const place = datelinePlace(placeText);
	if (!place && dates.length === 0) {
		// An agency credit with nothing before it but a bracket opens the paragraph ("(AFP) - ").
		if (!/^[\s([（【/]*$/u.test(before)) return null;
	}
	return { prefix: text.slice(0, at + agency.matched.length + end[0].length), place, date: dates[0] ?? null, agency: agency.name };
}

/** The house style without an agency: a place in capitals, then a date or a dash. */
function capitalsDateline(text: string, reading: DateReading): Dateline | null {
	const match = DATELINE.exec(text);
	if (!match?.groups) return null;
	const { place, date, agency1, agency2, end } = match.groups;
	const agencyText = agency1 ?? agency2;
	if (!place || words(place).length > 4) return null;
	const capitals = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
	if (!capitals && !agencyText) return null;
	// A bare full stop ends a dateline only after an agency credit ("/ТАСС/. ").
	if (end?.trim() === '.' && !agencyText) return null;
	const dateMention = date ? (findDates(date, reading)[0] ?? null) : null;
	// Without an agency, what follows the comma must be a date; with one, it may be a region ("KIEV, Ukraine (AP)").
	if (date && !dateMention && !agencyText) return null;
	if (!dateMention && !agencyText && !isKnownPlace(place) && words(place).length < 2) return null;
	const agency = agencyText ? (findAgency(agencyText)?.name ?? agencyText.trim()) : null;
	const firstPlace = place.split('/')[0]!.trim();
	return { prefix: match[0], place: normalizePlace(firstPlace), date: dateMention, agency };
}

/** An agency's credit at the end of the last paragraph: "... the ministry said. (Belga)", "…と述べた。（共同）". */
function takeEndCredit(body: BodyNode[], removed: Removed[]): AgencyEvidence | null {
	const last = body.findLast((n) => n.type === 'paragraph');
	if (!last) return null;
	const match = /\s*(?:[(（]\s*(?<a>[^()（）]{2,30})\s*[)）]|\s[-–—]{1,2}\s*(?<b>[^-–—]{2,30}))[.。]?\s*$/u.exec(last.text);
	const name = match?.groups?.a ?? match?.groups?.b;
	if (!match || !name) return null;
	const agency = findAgency(name);
	if (!agency || name.replace(agency.matched, '').replace(/[\p{P}\s]+/gu, '') !== '') return null;
	removed.push({ line: last.line, text: match[0].trim(), reason: 'agency credit' });
	last.text = last.text.slice(0, match.index).trimEnd();
	return { source: 'end credit', agency: agency.name, text: match[0].trim() };
}

/** Step 7: the agency from the strongest evidence; a warning when only weak evidence names it. */
function settleAgency(evidence: AgencyEvidence[], warnings: string[]): string | null {
	const ranked = [...evidence].sort((a, b) => AGENCY_EVIDENCE.indexOf(a.source) - AGENCY_EVIDENCE.indexOf(b.source));
	const chosen = ranked[0];
	if (!chosen) return null;
	if (WEAK_EVIDENCE.has(chosen.source)) warnings.push(`no credit line or dateline names the agency; the ${chosen.source} "${chosen.text}" gives ${chosen.agency}`);
	if (!findAgency(chosen.agency)) warnings.push(`the agency "${chosen.agency}" is not in the agency table (scripts/ingest/tables/agencies.ts)`);
	return chosen.agency;
}

/** A sentence with a credit in brackets after it is a photo caption: "... on May 10. (Yonhap)", "…報告。（中新社提供）". */
const CREDITED_SENTENCE = /[.。!?]\s*[(（][^()（）]{1,40}[)）]$/u;
/** Separators between a headline and the site's or section's name in a page title. */
const TITLE_SUFFIX = /\s+[|–—-]\s+(?<tail>[^|–—]{1,40})$|\s*[_：|]\s*(?<tail2>[^_：|]{1,20})$/u;
/** Small words a site's or section's name may have in lower case ("Ministry of Defence", "Diário de Notícias"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'de', 'da', 'do', 'du', 'des', 'la', 'le', 'el', 'di', 'y', 'e', 'und', 'van', 'der', '&']);
/** A name, not words of the headline: no word starts in lower case but its connectors ("The Northern Courier", "ANSA.it", "وكالة أنباء"). */
const looksLikeName = (text: string) => text.split(/\s+/u).filter(Boolean).every((w) => !/^\p{Ll}/u.test(w) || NAME_CONNECTORS.has(w) || /\.\p{L}{2,}$/u.test(w));
/** A site or section name after the headline is short and says nothing the story says. */
const MAX_SUFFIX_WORDS = 5;

/**
 * The headline itself: without a wire service's version tag ("(LEAD) ") and
 * without the site's and section's names a page title appends ("Headline -
 * World - Site"). A stripped name that is an agency's is evidence of it.
 */
function cleanTitle(text: string, story: ContentBlock[], evidence: AgencyEvidence[]): string {
	let title = text.replace(TITLE_TAGS, '').trim() || text;
	const storyWords = new Set(story.filter((b) => isProse(b.text)).slice(0, 3).flatMap((b) => contentWords(b.text)));
	// "BERNAMA - Headline": an agency's or site's name in front.
	const prefix = /^(?<head>[^|–—-]{2,30}?)\s+[|–—-]\s+/u.exec(title);
	if (prefix?.groups && findAgency(prefix.groups.head!)?.matched === prefix.groups.head!.trim()) {
		evidence.push({ source: 'site name', agency: findAgency(prefix.groups.head!)!.name, text: prefix.groups.head! });
		title = title.slice(prefix[0].length);
	}
	for (;;) {
		const match = TITLE_SUFFIX.exec(title);
		const tail = match?.groups?.tail ?? match?.groups?.tail2;
		if (!match || !tail || words(tail).length > MAX_SUFFIX_WORDS || !looksLikeName(tail)) break;
		const head = title.slice(0, match.index);
		if (words(head).length < MIN_TITLE_WORDS || contentWords(tail).some((w) => storyWords.has(w) && !findAgency(tail))) break;
		const agency = findAgency(tail);
		if (agency) evidence.push({ source: 'site name', agency: agency.name, text: tail });
		title = head.trim();
	}
	return title;
}

export function parseStructure(text: string, options: StructureOptions = { language: null, reading: DEFAULT_READING }): Structure {
	const { reading, language } = options;
	const warnings: string[] = [];
	const classified = classifyBlocks(toBlocks(text), reading);
	const { content, removed, credits, dateClues, evidence } = classified;
	const notArticle = notAnArticle(classified);

	// Zones: lead (before the first prose), body (to the last prose), footer.
	const firstProse = content.findIndex((b) => isProse(b.text));
	const lastProse = content.findLastIndex((b) => isProse(b.text));
	const titleIndex = findTitle(content, firstProse, lastProse, warnings);
	const title = titleIndex === -1 ? null : cleanTitle(content[titleIndex]!.text, content.slice(Math.max(firstProse, 0)), evidence);
	// A title above the story starts the body after it; anything above it is site header.
	let bodyStart = titleIndex !== -1 && titleIndex < firstProse ? titleIndex + 1 : 0;
	const dek = title ? findDek(content, titleIndex, bodyStart, lastProse) : null;
	const dekIndex = dek ? bodyStart : -1;
	if (dek) bodyStart++;
	const body = splitBody(content, { titleIndex, dekIndex, bodyStart, lastProse }, language, title, removed);

	// The dateline opens the story: in the first paragraph of prose, or a few paragraphs down
	// under captions and a summary, which then are not the story.
	let dateline = classified.placeLine;
	const paragraphs = body.filter((n) => n.type === 'paragraph');
	let first = paragraphs.find((n) => isProse(n.text)) ?? paragraphs[0];
	let parsed = first ? parseDateline(first.text, reading) : null;
	if (first && !parsed) {
		const start = paragraphs.indexOf(first);
		for (const candidate of paragraphs.slice(start + 1, start + MAX_PARAGRAPHS_BEFORE_DATELINE + 1)) {
			const found = parseDateline(candidate.text, reading);
			if (!found) continue;
			for (const above of paragraphs.slice(0, paragraphs.indexOf(candidate))) {
				body.splice(body.indexOf(above), 1);
				removed.push({ line: above.line, text: above.text, reason: 'above the dateline (a caption or summary, not the story)' });
			}
			first = candidate;
			parsed = found;
			break;
		}
	}
	if (first) {
		if (parsed) {
			removed.push({ line: first.line, text: parsed.prefix.trim(), reason: 'dateline' });
			first.text = first.text.slice(parsed.prefix.length);
			dateline = parsed.place ?? dateline;
			if (parsed.agency) evidence.push({ source: 'dateline', agency: parsed.agency, text: parsed.prefix.trim() });
			if (parsed.date) dateClues.push({ mention: parsed.date, where: 'dateline', role: null, line: parsed.prefix.trim() });
		}
	}
	const endCredit = takeEndCredit(body, removed);
	if (endCredit) evidence.push(endCredit);
	if (first) {
		const reported = REPORTED_BY.exec(first.text);
		const agency = reported?.groups?.name ? findAgency(reported.groups.name) : null;
		if (agency) evidence.push({ source: 'lede', agency: agency.name, text: reported![0].trim() });
	}
	for (const credit of credits) {
		const agency = CREDIT_LABELS.test(credit) && !BYLINE.test(credit) ? null : findAgency(credit);
		if (agency) evidence.push({ source: 'byline', agency: agency.name, text: credit });
	}
	const agency = settleAgency(evidence, warnings);
	removed.sort((a, b) => a.line - b.line);
	return { title, dek, body, credits, agency, publisher: classified.publisher, dateline, dateClues, removed, warnings, notArticle };
}

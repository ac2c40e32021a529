/**
 * Text to article structure: which lines are chrome, which is the title, the
 * standfirst, the sub-headings and the paragraphs, and what the credits, date
 * lines and dateline say. General rules over the tables in ./tables; nothing
 * here knows any one source.
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
	MENU_SEPARATORS,
	SOURCE_LABELS,
} from './tables/chrome.ts';
import { findDates, type DateMention } from './dates.ts';
import { findAgency, isKnownPlace, normalizePlace } from './names.ts';
import { STOPWORDS } from './tables/languages.ts';

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

/** A date found in a credit, date line or dateline, with the words that give it. */
export interface DateClue {
	mention: DateMention;
	/** Where the words stand: "credit line", "date line", "dateline". */
	where: string;
	line: string;
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
}

const CHROME_LINE_SET = new Set(CHROME_LINES);
const LIST_MARKER = /^[-*•–—]\s+/u;
/** A list item, bulleted or numbered: never a heading, never joined to the line above. */
const LIST_ITEM = /^(?:[-*•–—]|\d{1,2}[.)])\s+/u;
const MAX_TITLE_WORDS = 25;
const MAX_HEADING_WORDS = 20;
const MIN_DEK_WORDS = 6;

export const words = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Lowercased words of four letters or more, less function words: what a headline and its story share. */
const FUNCTION_WORDS = new Set(Object.values(STOPWORDS).flat());
const contentWords = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));

/** Ends like a sentence: terminal punctuation, maybe inside closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
	if (/[.!?…;:,]["'”’»)\]]*$/u.test(text)) return true;
	// A long line that closes a quotation is prose even without a final stop.
	return /["”’»]$/u.test(text) && words(text).length > 12;
}

/** Prose: a sentence, or too long to be anything but a paragraph. */
export const isProse = (text: string) => endsLikeSentence(text) || words(text).length > MAX_TITLE_WORDS;

/** Could be a title or a sub-heading: short, no sentence ending, not starting mid-sentence. */
export function isHeadlineLike(text: string, maxWords = MAX_TITLE_WORDS): boolean {
	const count = words(text).length;
	if (count === 0 || count > maxWords) return false;
	if (/^[\p{Ll}(]/u.test(text) || LIST_ITEM.test(text)) return false;
	if (endsLikeSentence(text)) return /\?["”’»]?$/u.test(text) && count <= 15;
	return true;
}

/**
 * Lines to blocks. Most scraped text has one paragraph per line; hard-wrapped
 * text (lines cut near a fixed width, paragraphs separated by blank lines) has
 * its lines joined back into paragraphs.
 */
export function toBlocks(text: string): Block[] {
	const lines = text.split('\n').map((raw) => raw.replace(/^[\s\uFEFF\u200B]+|[\s\u200B]+$/gu, ''));
	const lengths = lines.filter((l) => l.length > 0).map((l) => l.length);
	const long = lengths.filter((n) => n >= 50);
	const wrapped =
		lines.some((l) => l === '') &&
		long.length >= 4 &&
		Math.max(...lengths) <= 100 &&
		long.filter((n) => n >= 60 && n <= 80).length >= long.length * 0.8;
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
	| { kind: 'date-line'; text: string; mention: DateMention; suffix: Removed | null }
	| { kind: 'text'; text: string; suffix: Removed | null };

function chromeReason(bare: string): string | null {
	const phrase = bare.toLowerCase().replace(/[\s:.»›>|]+$/u, '');
	if (CHROME_LINE_SET.has(phrase)) return 'site chrome';
	for (const { name, pattern } of CHROME_PATTERNS) if (pattern.test(bare)) return name;
	if (END_MARKERS.test(bare) && words(bare.replace(END_MARKERS, '')).length === 0) return 'end-of-copy marker';
	const parts = bare.split(MENU_SEPARATORS).map((p) => p.trim()).filter(Boolean);
	if (parts.length >= 2) {
		const sizes = parts.map((p) => words(p).length);
		if (sizes.every((n) => n <= 3) || (parts.length >= 3 && sizes.every((n) => n <= 15))) {
			return parts.length >= 3 && sizes.some((n) => n > 3) ? 'news ticker' : 'navigation';
		}
	}
	return null;
}

function classify(block: Block): Kind {
	const bare = block.text.replace(LIST_MARKER, '');
	const reason = chromeReason(bare);
	if (reason) return { kind: 'chrome', reason };
	const source = SOURCE_LABELS.exec(bare);
	if (source?.groups) return { kind: 'source-credit', rest: source.groups.rest ?? '' };
	const unbracketed = bare.replace(/^\((.*)\)$/u, '$1');
	if (CREDIT_LABELS.test(unbracketed) && words(unbracketed).length <= 20) return { kind: 'credit', text: unbracketed };
	if (BYLINE.test(unbracketed) && words(unbracketed).length <= 10 && !endsLikeSentence(unbracketed)) return { kind: 'credit', text: unbracketed };
	if (CONTRIBUTOR_LINE.test(unbracketed) && words(unbracketed).length <= 25) return { kind: 'credit', text: unbracketed };

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
	// A date line: a short line that is a date (or a published/updated pair), maybe
	// with an agency, labels and times.
	const dates = words(text).length <= 20 ? findDates(text) : [];
	if (dates.length >= 1 && dates.length <= 2) {
		let rest = text;
		for (const date of dates) rest = rest.replace(date.raw, ' ');
		const agency = findAgency(rest);
		if (agency) rest = rest.replace(agency.matched, ' ');
		for (const noise of DATE_LINE_NOISE) rest = rest.replace(noise, ' ');
		if (words(rest).length <= 2) return { kind: 'date-line', text, mention: dates[0]!, suffix };
	}
	return { kind: 'text', text, suffix };
}

/**
 * A dateline at the start of the first paragraph: "MOSCOW, September 5
 * (Itar-Tass) —— ", "PARIS (AFP) - ", "Madrid, 17 nov (EFE).- ",
 * "МОСКВА, 17 ноября. /ТАСС/. ", "KIEV, Ukraine (AP) — ", "Berlin/Paris (dpa) - ".
 * The place must be in capitals, or an agency credit must follow it; a single
 * capitalised word with neither date nor agency must be a known place
 * ("BREAKING: " and "NATO - " are not datelines).
 */
const DATELINE =
	/^(?<place>[\p{Lu}][\p{L}.'’ /-]{1,40}?)(?:,\s*(?<date>[^()/\n—–-]{2,30}?)\.?)?\s*(?:\((?<agency1>[^)]{2,40})\)|\/(?<agency2>[^/]{2,40})\/)?(?<end>\s*\.?\s*(?:—+|–+|-{1,2}|:)|\.)\s+(?=\S)/u;

export function parseDateline(text: string): { prefix: string; place: string; date: DateMention | null; agency: string | null } | null {
	const match = DATELINE.exec(text);
	if (!match?.groups) return null;
	const { place, date, agency1, agency2, end } = match.groups;
	const agencyText = agency1 ?? agency2;
	if (!place || words(place).length > 4) return null;
	const capitals = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
	if (!capitals && !agencyText) return null;
	// A bare full stop ends a dateline only after an agency credit ("/ТАСС/. ").
	if (end?.trim() === '.' && !agencyText) return null;
	const dateMention = date ? (findDates(date)[0] ?? null) : null;
	// Without an agency, what follows the comma must be a date; with one, it may be a region ("KIEV, Ukraine (AP)").
	if (date && !dateMention && !agencyText) return null;
	if (!dateMention && !agencyText && !isKnownPlace(place) && words(place).length < 2) return null;
	const agency = agencyText ? (findAgency(agencyText)?.name ?? agencyText.trim()) : null;
	const firstPlace = place.split('/')[0]!.trim();
	return { prefix: match[0], place: normalizePlace(firstPlace), date: dateMention, agency };
}

/** "[Source: Itar Tass, Moscow, 17Nov15]" -> agency, place and date. */
function parseSourceCredit(rest: string): { agency: string | null; place: string | null; date: DateMention | null } {
	let agency: string | null = null;
	let place: string | null = null;
	let date: DateMention | null = null;
	rest.split(/\s*[,;|]\s*/u).forEach((part, index) => {
		if (!part) return;
		const dates = findDates(part);
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

/** The publisher named in a republication or copyright notice. */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'-]*(?:\.[\p{L}\p{N}]+)*(?: \p{Lu}[\p{L}\p{N}&'-]*(?:\.[\p{L}\p{N}]+)*)*`;
const PUBLISHER_PATTERNS = [
	new RegExp(String.raw`\bpublished (?:on \S+ )?by (?:the )?(?<name>${NAME})`, 'u'),
	new RegExp(String.raw`(?:©|\bcopyright\b)\s*(?:\(c\)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(?<name>${NAME})`, 'u'),
];

/** The site named in a republication or copyright notice; an agency's own copyright names no site. */
function findPublisher(text: string): string | null {
	for (const pattern of PUBLISHER_PATTERNS) {
		const name = pattern.exec(text)?.groups?.name;
		if (name && !/^(all|the)$/i.test(name) && findAgency(name)?.matched !== name) return name;
	}
	return null;
}

/** "... reports RIA Novosti." in the lede names the agency when nothing else does. */
const REPORTED_BY =
	/(?:reports?|reported|according to|quoted by|lapor|melaporkan|menurut|dilansir|selon|rapporte|según|informa|berichtet|meldet|laut|сообщает|передает|передаёт|по данным)\s+(?:the\s+|kantor berita\s+|l'agence\s+|la agencia\s+|агентство\s+)?(?<name>.{2,40}?)(?:[.,;:]|$)/iu;

export function parseStructure(text: string): Structure {
	const blocks = toBlocks(text);
	const removed: Removed[] = [];
	const warnings: string[] = [];
	const credits: string[] = [];
	const dateClues: DateClue[] = [];
	let agency: string | null = null;
	let publisher: string | null = null;
	let dateline: string | null = null;

	const content: Block[] = [];
	for (let i = 0; i < blocks.length; i++) {
		const block = blocks[i]!;
		const kind = classify(block);
		if (kind.kind === 'chrome') {
			removed.push({ line: block.line, text: block.text, reason: kind.reason });
			publisher ??= findPublisher(block.text);
			continue;
		}
		if (kind.kind === 'source-credit') {
			const credit = parseSourceCredit(kind.rest);
			agency ??= credit.agency;
			dateline ??= credit.place;
			if (credit.date) dateClues.push({ mention: credit.date, where: 'credit line', line: block.text });
			removed.push({ line: block.line, text: block.text, reason: 'source credit' });
			continue;
		}
		if (kind.kind === 'credit') {
			let credit = kind.text;
			// "Photo:" on one line, the name on the next.
			while (/:\s*$/u.test(credit) && i + 1 < blocks.length) {
				const next = blocks[i + 1]!;
				const nextKind = classify(next);
				if (nextKind.kind !== 'text' || words(next.text).length > 12) break;
				credit = `${credit} ${next.text.replace(LIST_MARKER, '')}`;
				removed.push({ line: next.line, text: next.text, reason: 'credit' });
				i++;
			}
			credits.push(credit);
			removed.push({ line: block.line, text: block.text, reason: 'credit' });
			continue;
		}
		if (kind.suffix) removed.push(kind.suffix);
		if (kind.kind === 'date-line') {
			dateClues.push({ mention: kind.mention, where: 'date line', line: kind.text });
			agency ??= findAgency(kind.text.replace(kind.mention.raw, ' '))?.name ?? null;
			removed.push({ line: block.line, text: kind.text, reason: 'date line' });
			continue;
		}
		content.push({ line: block.line, text: kind.text });
	}

	// Zones: lead (before the first prose), body (to the last prose), footer.
	const firstProse = content.findIndex((b) => isProse(b.text));
	const lastProse = content.findLastIndex((b) => isProse(b.text));
	let titleIndex = -1;
	if (firstProse !== 0) {
		// The headline is the first headline-like line of the lead whose words the story
		// uses; a site's name above it ("The Daily Monitor") shares none of them.
		const lead = content.slice(0, firstProse === -1 ? content.length : firstProse);
		const story = new Set(content.slice(Math.max(firstProse, 0)).flatMap((b) => contentWords(b.text)));
		const candidates = lead.map((b, index) => ({ b, index })).filter(({ b }) => isHeadlineLike(b.text) && words(b.text).length >= 3);
		const sharing = candidates.find(({ b }) => {
			const own = contentWords(b.text);
			return own.length > 0 && own.filter((w) => story.has(w)).length / own.length >= 0.4;
		});
		titleIndex = sharing?.index ?? candidates.at(-1)?.index ?? lead.findLastIndex((b) => isHeadlineLike(b.text));
	}
	if (titleIndex === -1 && lastProse !== -1) {
		// Some pages put the headline after the story (scraped from a caption or a footer).
		const tail = content.slice(lastProse + 1);
		const found = tail.findIndex((b) => isHeadlineLike(b.text) && words(b.text).length >= 3);
		if (found !== -1) {
			titleIndex = lastProse + 1 + found;
			warnings.push(`no headline above the story; the title is the headline-like line ${content[titleIndex]!.line}, after it`);
		}
	}
	const title = titleIndex === -1 ? null : content[titleIndex]!.text;

	// A title above the story starts the body after it; anything above it is site header.
	let bodyStart = titleIndex !== -1 && titleIndex < firstProse ? titleIndex + 1 : 0;
	let dek: string | null = null;
	const afterTitle = content[bodyStart];
	if (
		title &&
		bodyStart === titleIndex + 1 &&
		afterTitle &&
		!endsLikeSentence(afterTitle.text) &&
		words(afterTitle.text).length >= MIN_DEK_WORDS &&
		bodyStart < lastProse
	) {
		dek = afterTitle.text;
		bodyStart++;
	}

	const body: BodyNode[] = [];
	content.forEach((block, index) => {
		if (index === titleIndex) return;
		if (dek && index === bodyStart - 1) return;
		if (index < bodyStart) {
			removed.push({ line: block.line, text: block.text, reason: 'before the title (site header)' });
			return;
		}
		if (index > lastProse) {
			removed.push({ line: block.line, text: block.text, reason: 'after the article (site footer)' });
			return;
		}
		const next = content[index + 1];
		const heading =
			index < lastProse && isHeadlineLike(block.text, MAX_HEADING_WORDS) && words(block.text).length >= 2 && next !== undefined && isProse(next.text);
		body.push({ type: heading ? 'heading' : 'paragraph', text: block.text, line: block.line });
	});

	// The dateline opens the first paragraph of prose.
	const first = body.find((n) => n.type === 'paragraph' && isProse(n.text)) ?? body.find((n) => n.type === 'paragraph');
	if (first) {
		const parsed = parseDateline(first.text);
		if (parsed) {
			removed.push({ line: first.line, text: parsed.prefix.trim(), reason: 'dateline' });
			first.text = first.text.slice(parsed.prefix.length);
			dateline ??= parsed.place;
			agency ??= parsed.agency;
			if (parsed.date) dateClues.push({ mention: parsed.date, where: 'dateline', line: parsed.prefix.trim() });
		}
	}
	if (!agency && first) {
		const reported = REPORTED_BY.exec(first.text);
		if (reported?.groups?.name) agency = findAgency(reported.groups.name)?.name ?? null;
		if (agency) warnings.push(`no credit line or dateline names the agency; "${reported![0].trim()}" in the first paragraph gives ${agency}`);
	}
	if (!agency) {
		for (const credit of credits) {
			agency = findAgency(credit)?.name ?? null;
			if (agency) {
				warnings.push(`the agency ${agency} is taken from the credit "${credit}"`);
				break;
			}
		}
	}
	if (agency && !findAgency(agency)) warnings.push(`the agency "${agency}" is not in the agency table (scripts/ingest/tables/agencies.ts)`);
	removed.sort((a, b) => a.line - b.line);
	return { title, dek, body, credits, agency, publisher, dateline, dateClues, removed, warnings };
}

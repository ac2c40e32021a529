/**
 * Datelines: the place, date and agency that open a story, in the house styles
 * of agencies the world over. Found by the agency's credit where there is one,
 * else by a place in capitals.
 */
import { DEFAULT_READING, findDates, type DateMention, type DateReading } from './dates.ts';
import { findAgency, isKnownPlace, knownPlaceAtEnd, looksLikeName, normalizePlace } from './names.ts';
import { KICKER_WORDS, PLACES } from './tables/places.ts';
import { words } from './text.ts';

const KICKERS = new Set(KICKER_WORDS);

/** A place in a dateline is a few words. */
const MAX_PLACE_WORDS = 4;
/** The credit of an agency-anchored dateline stands within this many characters of the paragraph's start. */
const DATELINE_REACH = 100;
/** A region after the place: "France", "New South Wales". */
const MAX_REGION_WORDS = 3;
/** Words before the agency's credit: a place and a date. */
const MAX_WORDS_BEFORE_AGENCY = 8;

/**
 * Decimal digits of scripts whose datelines write them ("กรุงเทพฯ ๑๙ ก.ย.", "लखनऊ, २३ अगस्त।"): each block's
 * zero. Every digit is one UTF-16 unit, so a dateline read in ASCII digits has the source's length.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x1040, 0x17e0, 0xff10];
const NATIVE_DIGIT = new RegExp(`[${DIGIT_ZEROS.map((z) => `\\u{${z.toString(16)}}-\\u{${(z + 9).toString(16)}}`).join('')}]`, 'gu');

/** The text with native digits as ASCII digits, position for position. */
export function foldDigits(text: string): string {
	return text.replace(NATIVE_DIGIT, (digit) => {
		const code = digit.charCodeAt(0);
		return String(code - DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
	});
}

/** Known places without their accents: capitals drop them ("ΑΘΗΝΑ" for Αθήνα, "GENEVE" for Genève). */
const unaccented = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const PLACE_WITHOUT_ACCENTS = new Map(Object.entries(PLACES).flatMap(([english, spellings]) => spellings.map((s) => [unaccented(s), english] as const)));

/** A dateline's place as the entry writes it: the table's name, found with or without accents. */
function placeName(place: string): string {
	if (isKnownPlace(place)) return normalizePlace(place);
	return PLACE_WITHOUT_ACCENTS.get(unaccented(place.trim().replace(/\s+/g, ' '))) ?? normalizePlace(place);
}

/**
 * Scripts without capitals write the place, a date and an end mark, no agency: "नई दिल्ली, 19 मई।" (the danda),
 * "ঢাকা, ১৯ মে —", "لاہور، 14 مئی:". The date must read as one, so that a sentence's first clause is never taken.
 */
const CASELESS_DATELINE = /^(?<place>[^\s,،()\d]{2,30}(?:\s[^\s,،()\d]{1,30}){0,3})[,،]\s*(?<date>[^()\n।:—–-]{2,30}?)\s*(?:।|:|—+|–+|-{1,2})\s+(?=\S)/u;

/**
 * A dateline at the start of the first paragraph: "MOSCOW, September 5
 * (Itar-Tass) —— ", "PARIS (AFP) - ", "Madrid, 17 nov (EFE).- ",
 * "МОСКВА, 17 ноября. /ТАСС/. ", "(ANSA) - ROMA, 17 NOV - ", "新华社北京11月17日电（记者 王某）",
 * "(서울=연합뉴스) 김철수 기자 = ", "【シンガポール共同】", "Hà Nội (TTXVN) - ".
 * Without an agency, the place must be in capitals or one the tables know, and
 * a date or a known place must say it is one ("BREAKING: " and "NATO - " are
 * not datelines); what follows the comma is a date or a region ("PARIS, France — ").
 */
const DATELINE =
	/^(?<place>[\p{Lu}][\p{L}.'’ /-]{1,40}?)(?:,\s*(?<date>[^()/\n—–-]{2,30}?)\.?)?,?\s*(?:\((?<agency1>[^)]{2,40})\)|\/(?<agency2>[^/]{2,40})\/)?(?<end>\s*\.?\s*(?:—+|–+|-{1,2}|:)|\.)\s+(?=\S)/u;
/** After an agency credit: closing brackets or slashes, then the dash, colon, equals sign or full stop that ends the dateline. */
const AFTER_AGENCY = /^[\s)\]）】/／]*(?:\s*\.?\s*(?:—+|–+|-{1,2}|:|=|\.|।|–)\s*|\s+(?=\S))/u;
/** CJK: agency, maybe "reporter X", place, date, 电/電 ("filed"), maybe the reporters in brackets. */
const CJK_DATELINE = /^[（(【[]?(?<head>[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,24}?)(?<date>(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)\s*[电電](?:[）)】\]])?(?:[（(][^）)]{0,40}[）)])?\s*/u;
/** 【シンガポール共同】 / 【新华社】 / ［東京 17日 ロイター］ - : place (maybe a day) and agency in brackets. */
const BRACKET_DATELINE = /^[【［[](?<inner>[^】］\]]{1,30})[】］\]]\s*(?:[-－—–]\s*)?/u;
/** Korean: (서울=연합뉴스) 김철수 기자 = / [서울=뉴시스]박성진 기자 = */
const KOREAN_DATELINE = /^[([【](?<place>[^=)\]】]{1,20})=(?<agency>[^)\]】]{2,20})[)\]】]\s*(?:[^=\n]{0,30}?(?:기자|특파원)\s*=\s*)?/u;

export interface Dateline {
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
	if (!place || /\d/.test(place) || words(place).length > MAX_PLACE_WORDS || !looksLikeName(place)) return null;
	return placeName(place);
}

/**
 * The dateline opening a paragraph, read with native digits as ASCII digits ("๑๙ พ.ค." is 19 May); the
 * prefix is the source's own text.
 */
export function parseDateline(text: string, reading: DateReading = DEFAULT_READING): Dateline | null {
	const folded = foldDigits(text);
	const parsed = parseFolded(folded, reading);
	if (!parsed) return null;
	// The date's words as the source writes them ("५ जानेवारी", not "5 जानेवारी"): folding keeps every position.
	const at = parsed.date ? folded.indexOf(parsed.date.raw) : -1;
	const date = parsed.date && at >= 0 ? { ...parsed.date, raw: text.slice(at, at + parsed.date.raw.length) } : parsed.date;
	return { ...parsed, date, prefix: text.slice(0, parsed.prefix.length) };
}

function parseFolded(text: string, reading: DateReading): Dateline | null {
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
	const korean = KOREAN_DATELINE.exec(text);
	if (korean?.groups) {
		const agency = findAgency(korean.groups.agency!);
		if (agency) return { prefix: korean[0], place: normalizePlace(korean.groups.place!), date: null, agency: agency.name };
	}
	const bracket = BRACKET_DATELINE.exec(text);
	if (bracket?.groups) {
		const agency = findAgency(bracket.groups.inner!);
		if (agency) {
			const rest = bracket.groups.inner!.replace(agency.matched, '').replace(/\d{1,2}\s*日/u, '').replace(/[=＝\s]+$/u, '').trim();
			return { prefix: bracket[0], place: rest ? normalizePlace(rest) : null, date: null, agency: agency.name };
		}
	}
	const anchored = agencyAnchoredDateline(text, reading);
	if (anchored) return anchored;
	return capitalsDateline(text, reading) ?? caselessDateline(text, reading);
}

/** "नई दिल्ली, 19 मई।": a place in a script without capitals, a comma and a date that reads as one. */
function caselessDateline(text: string, reading: DateReading): Dateline | null {
	const match = CASELESS_DATELINE.exec(text);
	if (!match?.groups) return null;
	const place = match.groups.place!;
	// Only scripts without case: a place in Latin or Cyrillic letters answers to the capitals rule.
	if (/[\p{Lu}\p{Ll}]/u.test(place) || !looksLikeName(place)) return null;
	const date = findDates(match.groups.date!, reading)[0];
	if (!date || match.groups.date!.trim().length > date.raw.length + 1) return null;
	return { prefix: match[0], place: placeName(place), date, agency: null };
}

/** A dateline found by its agency credit: what stands before the agency is place and date; a dash or colon ends it. */
function agencyAnchoredDateline(text: string, reading: DateReading): Dateline | null {
	const head = text.slice(0, DATELINE_REACH);
	const agency = findAgency(head);
	if (!agency) return null;
	const at = head.indexOf(agency.matched);
	const before = head.slice(0, at);
	// The agency must be in the credit's brackets or slashes, or the text before it must be short.
	if (words(before).length > MAX_WORDS_BEFORE_AGENCY) return null;
	const after = text.slice(at + agency.matched.length);
	const end = AFTER_AGENCY.exec(after);
	const dated = before.trim() ? dateAfterCredit(after, end?.[0] ?? null, reading) : null;
	if (dated) {
		const place = datelinePlace(before.replace(/\[[^\]]*\]/gu, ' ').split(/[,.،]|\s[-–—]\s/u)[0]!);
		if (place) return { prefix: text.slice(0, at + agency.matched.length + dated.length), place, date: dated.date, agency: agency.name };
	}
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
	const dates = findDates(before, reading);
	// The credit must be set off: brackets or slashes around it, a separator before it, or the date right before it
	// ("رام الله 17-11-2015 وفا-").
	const lastDate = dates.at(-1);
	const afterDate = lastDate !== undefined && before.slice(lastDate.index + lastDate.raw.length).trim() === '';
	const setOff = /[([（【/\-–—.,]\s*$/u.test(before) || /^[)\]）】/]/u.test(after) || /[.،,]\s*$/u.test(before) || afterDate;
	if (!setOff) return null;
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

/** A Persian comma or a comma between the credit and a date that follows it ("خبرگزاری مهر، ۳ تیر ۱۴۰۲:"). */
const COMMA_AFTER_CREDIT = /^\s*[،,]\s*/u;
/** What closes a date that follows the credit: a dash or a colon, then the story. */
const AFTER_CREDIT_DATE = /^\s*(?:—+|–+|-{1,2}|:)\s+(?=\S)/u;

/**
 * A date right after the agency's credit, closed by a dash or a colon, as Iranian agencies write it
 * ("تهران- ایرنا- ۲۱ اردیبهشت ۱۴۰۲ - ", "شیراز - خبرگزاری مهر، ۳ تیر ۱۴۰۲: "): the date and how far the dateline runs.
 */
function dateAfterCredit(after: string, end: string | null, reading: DateReading): { date: DateMention; length: number } | null {
	const lead = end ?? COMMA_AFTER_CREDIT.exec(after)?.[0];
	if (lead === undefined) return null;
	const rest = after.slice(lead.length);
	const date = findDates(rest.slice(0, 40), reading)[0];
	if (!date || date.index !== 0 || date.year === null) return null;
	const close = AFTER_CREDIT_DATE.exec(rest.slice(date.raw.length));
	return close ? { date, length: lead.length + date.raw.length + close[0].length } : null;
}

/** The house style without an agency: a place in capitals, then a date or a dash. */
function capitalsDateline(text: string, reading: DateReading): Dateline | null {
	const match = DATELINE.exec(text);
	if (!match?.groups) return null;
	const { place, date, agency1, agency2, end } = match.groups;
	const agencyText = agency1 ?? agency2;
	if (!place || words(place).length > MAX_PLACE_WORDS) return null;
	const capitals = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
	// A known place in ordinary case makes a dateline only when a sentence starts after it ("Paris - François Hollande",
	// not "Moscow - the capital said").
	if (!capitals && !agencyText && (!isKnownPlace(place) || /^\p{Ll}/u.test(text.slice(match[0].length)))) return null;
	// A bare full stop ends a dateline only after an agency credit ("/ТАСС/. ").
	if (end?.trim() === '.' && !agencyText) return null;
	const dateMention = date ? (findDates(date, reading)[0] ?? null) : null;
	// What follows the comma is a date, or a region ("KIEV, Ukraine (AP)", "PARIS, France — ").
	if (date && !dateMention && !agencyText && !(looksLikeName(date) && words(date).length <= MAX_REGION_WORDS)) return null;
	// One unknown word in capitals is a place only before a dash and a sentence, and never a kicker ("CLEARWATER — The",
	// not "ANALYSIS — The" or "NATO - the alliance").
	const placeBeforeSentence = capitals && /[—–-]/u.test(end ?? '') && !KICKERS.has(place.trim()) && !/^\p{Ll}/u.test(text.slice(match[0].length));
	if (!dateMention && !agencyText && !isKnownPlace(place) && words(place).length < 2 && !placeBeforeSentence) return null;
	const agency = agencyText ? (findAgency(agencyText)?.name ?? agencyText.trim()) : null;
	const firstPlace = place.split('/')[0]!.trim();
	return { prefix: match[0], place: placeName(firstPlace), date: dateMention, agency };
}


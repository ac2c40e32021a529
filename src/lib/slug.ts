/**
 * Entry ids: `YYYY-MM-DD-title-slug`, lowercase ASCII, at most 80 characters,
 * cut at a word. Every script is transliterated by any-ascii (Latin loses its
 * accents, Cyrillic and Greek are romanized, Chinese becomes pinyin, Japanese
 * romaji, Korean revised romanization, Arabic and Hebrew consonant skeletons);
 * a title with nothing left to spell falls back to a hash.
 */
import anyAscii from 'any-ascii';
import { ID_MAX_LENGTH } from '../schema/ids.ts';

/**
 * Scripts written without spaces between words: any-ascii runs their syllables
 * together ("ELuoSi"), so each character is transliterated on its own and
 * becomes a word of the slug ("e-luo-si").
 */
const SYLLABIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export function slugify(text: string): string {
	const spaced = text.replace(SYLLABIC, (ch) => ` ${anyAscii(ch)} `);
	return anyAscii(spaced)
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The id for a title and date, before collisions are resolved. */
export function makeId(date: string, title: string, fallback: string): string {
	const slug = slugify(title) || fallback;
	const room = ID_MAX_LENGTH - date.length - 1;
	let cut = slug;
	if (cut.length > room) {
		cut = slug.slice(0, room + 1);
		const lastHyphen = cut.lastIndexOf('-');
		cut = lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, room);
	}
	return `${date}-${cut}`;
}

/** A suffix that keeps an id unique and within the length limit: `-2`, `-3`, ... */
export function withSuffix(id: string, n: number): string {
	const suffix = `-${n}`;
	if (id.length + suffix.length <= ID_MAX_LENGTH) return id + suffix;
	const base = id.slice(0, ID_MAX_LENGTH - suffix.length);
	return base.replace(/-+$/, '') + suffix;
}

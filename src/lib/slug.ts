/**
 * Entry ids: `YYYY-MM-DD-title-slug`, lowercase ASCII, at most 80 characters,
 * cut at a word. Latin letters lose their accents; Cyrillic and Greek are
 * transliterated; a title with nothing left to spell falls back to a hash.
 */
import { ID_MAX_LENGTH } from '../schema/article.ts';

const TRANSLITERATION: Record<string, string> = {
	// Cyrillic (scholarly-simple, as in news datelines)
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
	н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
	ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
	// Greek
	α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
	ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
	// Latin letters that do not decompose
	ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i',
};

export function slugify(text: string): string {
	const lowered = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
	let out = '';
	for (const ch of lowered) out += TRANSLITERATION[ch] ?? ch;
	return out
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

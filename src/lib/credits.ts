/**
 * An entry's credits as the article page shows them: bylines and reporting
 * credits stay; the credit of a photo goes, as the page shows no photo (the
 * ingest keeps text only). The raw source, on its viewer, still has the line.
 */

/**
 * Words that make a credit a photo's, in the languages the archive has met ("Photo: AP", "Foto yang
 * digunakan: Berita RIA", "Фото: Укрінформ", "Φωτογραφία αρχείου: ...", "File picture by ..."), each as
 * the beginning of a word: "photo" takes in "photos", "photograph", "фото" "фотография".
 */
const PHOTO_WORDS = ['photo', 'foto', 'fotó', 'фото', 'φωτογραφ', 'picture', 'pictured', 'image', 'bild', 'zdjęci', 'snímek', 'ảnh', '写真', '사진', 'صورة', 'תמונ'];

/** The part of a credit that says what it credits: up to its first colon, or its first three words. */
function head(credit: string): string {
	const colon = credit.search(/[:：]/u);
	return (colon >= 0 && colon <= 40 ? credit.slice(0, colon) : credit.split(/\s+/u).slice(0, 3).join(' ')).toLocaleLowerCase('und');
}

export function isPhotoCredit(credit: string): boolean {
	const words = head(credit).split(/[^\p{L}\p{M}]+/u).filter(Boolean);
	return words.some((word) => PHOTO_WORDS.some((photo) => word.startsWith(photo)));
}

/** The credits a page shows: none of a photo it does not show. */
export const shownCredits = (credits: readonly string[] | undefined) => (credits ?? []).filter((credit) => !isPhotoCredit(credit));

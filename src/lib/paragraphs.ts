/**
 * Paragraph anchors, for quoting: each paragraph of an article's rendered body
 * gets, first in it, an anchor `p1`, `p2`, ... in the body's order (the same in
 * every build of the same entry): an empty link to itself, that the stylesheet
 * shows as a pilcrow, so it adds no word to the text a reader copies or the
 * search indexes. The id is the link's, not the paragraph's: Pagefind keeps the
 * text of every element with an id beside the page's own (it doubled the
 * seeds' fragments), and an empty link's is empty. One pass over the HTML
 * Sätteri wrote (no rehype runs), so it costs about as much as reading the body
 * once. An id a heading already has is left to the heading: the paragraph's
 * takes a suffix.
 */
export const PARAGRAPH_WORDS = {
	link: (n: number) => `Link to paragraph ${n}`,
	copyLink: 'Copy link',
} as const;

export const paragraphId = (n: number) => `p${n}`;

export function anchorParagraphs(html: string): string {
	const taken = new Set(Array.from(html.matchAll(/\sid="([^"]*)"/g), (m) => m[1]!));
	let n = 0;
	return html.replace(/<p>/g, () => {
		n++;
		let id = paragraphId(n);
		for (let k = 2; taken.has(id); k++) id = `${paragraphId(n)}-${k}`;
		return `<p><a class="paragraph-link" id="${id}" href="#${id}" aria-label="${PARAGRAPH_WORDS.link(n)}" lang="en"></a>`;
	});
}

/**
 * Pages that are not articles: search results, error pages, section and tag
 * pages, lists of links. A story has a run of paragraphs; these have labels,
 * teasers cut off with an ellipsis, and headlines with dates.
 */
import type { Classified } from './lines.ts';
import { CONSENT_CHOICE } from './tables/prompts.ts';
import { isMenuLine } from './block-kind.ts';
import { MIN_TITLE_WORDS, isHeadlineLike, isProse, wordEquivalents } from './prose.ts';
import { CDN_PAGE_WORDS, CONSENT_WORDS, MAX_PAYWALL_TEASER_WORDS, MIN_STORY_PARAGRAPHS_BESIDE_CONSENT, MAX_TEASER_WORDS, MIN_LIST_ITEMS, MIN_STORY_RUN, NOT_ARTICLE_LABELS, PAYWALL, SNIPPET_END, STAND_IN_PAGES } from './tables/pages.ts';
import { words } from './text.ts';

/** Why the page is not an article, or null when it is one. */
export function notAnArticle(classified: Classified): string | null {
	const { content } = classified;
	let run = 0;
	let longestRun = 0;
	let islands = 0;
	let snippets = 0;
	// Teasers set aside over their dates are a list's headlines too.
	let headlines = classified.datedTeasers;
	let proseWords = 0;
	let proseBlocks = 0;
	let proseBesideConsent = 0;
	for (const block of content) {
		if (SNIPPET_END.test(block.text)) snippets++;
		if (isProse(block.text)) {
			proseWords += wordEquivalents(block.text);
			proseBlocks++;
			if (!CONSENT_WORDS.test(block.text)) proseBesideConsent++;
			if (run === 0) islands++;
			run++;
			longestRun = Math.max(longestRun, run);
		} else {
			run = 0;
			if (isHeadlineLike(block.text) && words(block.text).length >= MIN_TITLE_WORDS) headlines++;
		}
	}
	// A paywall shows a story's first lines and offers to sell the rest; a menu's link to the membership page ("有料会員登録 | ログイン") offers nothing.
	const paywall = classified.shortLines.find((line) => PAYWALL.test(line) && !isMenuLine(line));
	if (paywall && proseWords < MAX_PAYWALL_TEASER_WORDS) return `a paywall ("${paywall}")`;
	// A geo-block, a login form, a script shell, a notice of removal: a line says so, and no more prose than a teaser stands beside it.
	if (proseWords < MAX_PAYWALL_TEASER_WORDS) {
		for (const line of classified.shortLines) {
			const kind = STAND_IN_PAGES.find(({ pattern }) => pattern.test(line));
			if (kind) return `${kind.name} ("${line}")`;
		}
	}
	// A CDN's block page or browser check stands in for the page: its own lines, and a few sentences of help.
	// (Its sentences of help may be longer than a label: "Wir prüfen, ob Sie ein Mensch sind. Dies kann einige Sekunden dauern.")
	const cdn = [...classified.shortLines, ...content.map((block) => block.text)].find((line) => CDN_PAGE_WORDS.test(line.trim()));
	if (cdn && proseWords < MAX_PAYWALL_TEASER_WORDS) return `a CDN's access-denied page or browser check ("${cdn}")`;
	// A consent wall: its buttons on lines of their own, and no prose but the prompt's about cookies and partners.
	const button = classified.shortLines.find((line) => CONSENT_CHOICE.test(line.trim()));
	if (button && proseBesideConsent < MIN_STORY_PARAGRAPHS_BESIDE_CONSENT) return `a consent wall ("${button}")`;
	if (longestRun >= MIN_STORY_RUN) return null;
	// Only a page without a story is asked what its lines say it is.
	for (const line of classified.shortLines) {
		const label = NOT_ARTICLE_LABELS.find(({ pattern }) => pattern.test(line));
		if (label) return `${label.name} ("${line}")`;
	}
	if (snippets >= MIN_LIST_ITEMS) return `a list of ${snippets} teasers cut off with "…" and no story`;
	if (longestRun === 0 && headlines > MIN_LIST_ITEMS) return `a list of ${headlines} headlines and no story`;
	if (islands >= MIN_LIST_ITEMS && (classified.pagination || classified.datedLines >= MIN_LIST_ITEMS)) {
		return `a list of ${islands} teasers with ${classified.datedLines} dates and no story`;
	}
	// Headline, date, headline, date...: a day's archive or a list of dated links.
	if (headlines >= MIN_LIST_ITEMS && classified.datedLines >= 2 * MIN_LIST_ITEMS) return `a list of ${headlines} headlines with ${classified.datedLines} dates and no story`;
	// Headline, one-sentence teaser, headline, teaser...: a section's index even without dates or page numbers.
	if (islands >= 2 * MIN_LIST_ITEMS && proseWords / proseBlocks < MAX_TEASER_WORDS) return `a list of ${islands} headlines with one-sentence teasers and no story`;
	return null;
}

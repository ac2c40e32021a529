/**
 * Text to article structure: which lines are chrome, which is the title, the
 * standfirst, the sub-headings and the paragraphs, and what the credits, date
 * lines and dateline say. General rules over the tables in ./tables; nothing
 * here knows any one source. The steps, each in its own module:
 *
 * 1. `toBlocks` (blocks.ts), `classifyBlocks` (lines.ts): lines to blocks, each chrome (with
 *    the rule that says so), a credit, a date line, an agency line or text.
 * 2. `notAnArticle` (not-article.ts): search results, error pages and lists of
 *    links are refused.
 * 3. `findTitle`, `cleanTitle`, `findDek` (title.ts): the headline and standfirst.
 * 4. `splitBody` (body.ts): the story's paragraphs and sub-headings.
 * 5. `parseDateline` (dateline.ts): the place, date and agency opening the story.
 * 6. `settleAgency` (agency.ts): the agency from the strongest evidence.
 */
import { bylineEvidence, ledeEvidence, settleAgency, takeEndCredit } from './agency.ts';
import { splitBody } from './body.ts';
import { DEFAULT_READING, type DateReading } from './dates.ts';
import { parseDateline } from './dateline.ts';
import { toBlocks } from './blocks.ts';
import { classifyBlocks } from './lines.ts';
import type { BodyNode, Removed } from './model.ts';
import { notAnArticle } from './not-article.ts';
import { isProse } from './prose.ts';
import { words } from './text.ts';
import type { DateClue } from './settle-date.ts';
import { cleanTitle, findDek, findTitle, storyWordsOf } from './title.ts';

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

/** Captions and a summary may stand between the title and the dateline that opens the story. */
const MAX_PARAGRAPHS_BEFORE_DATELINE = 3;
/** ... and each is shorter than this. */
const MAX_WORDS_ABOVE_DATELINE = 45;

export function parseStructure(text: string, options: StructureOptions = { language: null, reading: DEFAULT_READING }): Structure {
	const { reading, language } = options;
	const warnings: string[] = [];
	const classified = classifyBlocks(toBlocks(text), reading);
	const { content, removed, credits, dateClues, evidence } = classified;
	const notArticle = notAnArticle(classified);

	// Zones: lead (before the first prose), body (to the last prose), footer.
	const firstProse = content.findIndex((b) => isProse(b.text));
	const lastProse = content.findLastIndex((b) => isProse(b.text));
	const { index: titleIndex, pageTitle } = findTitle(content, firstProse, lastProse, classified.menuOrders, warnings);
	let title: string | null = null;
	if (titleIndex !== -1) {
		const storyWords = storyWordsOf(content, firstProse);
		const cleaned = cleanTitle(content[titleIndex]!.text, storyWords);
		title = cleaned.title;
		evidence.push(...cleaned.evidence);
		// The page title the headline was preferred to may carry the site's name, and so the agency's.
		if (pageTitle) evidence.push(...cleanTitle(pageTitle, storyWords).evidence);
	}
	// A title above the story starts the body after it; anything above it is site header.
	let bodyStart = titleIndex !== -1 && titleIndex < firstProse ? titleIndex + 1 : 0;
	const dek = title && bodyStart === titleIndex + 1 ? findDek(content, titleIndex, lastProse, removed) : null;
	const dekIndex = dek ? bodyStart : -1;
	if (dek) bodyStart++;
	const body = splitBody(content, { titleIndex, dekIndex, bodyStart, lastProse }, language, title, removed);

	// The dateline opens the story: in the first paragraph of prose, or a few paragraphs down
	// under captions and a summary, which then are not the story.
	let dateline = classified.placeLine;
	const paragraphs = body.filter((n) => n.type === 'paragraph');
	const firstStory = paragraphs.findIndex((n) => isProse(n.text));
	const start = Math.max(firstStory, 0);
	let opening = paragraphs[start];
	for (const candidate of paragraphs.slice(start, start + MAX_PARAGRAPHS_BEFORE_DATELINE + 1)) {
		const parsed = parseDateline(candidate.text, reading);
		if (!parsed) {
			// Captions and a summary are short; past a paragraph of the story's length, a later "dateline" is not one.
			if (words(candidate.text).length > MAX_WORDS_ABOVE_DATELINE) break;
			continue;
		}
		// Whatever stands above the paragraph the dateline opens is not the story: captions, a summary.
		for (const above of body.slice(0, body.indexOf(candidate))) {
			body.splice(body.indexOf(above), 1);
			removed.push({ line: above.line, text: above.text, reason: 'above the dateline (a caption or summary, not the story)' });
		}
		opening = candidate;
		removed.push({ line: candidate.line, text: parsed.prefix.trim(), reason: 'dateline' });
		candidate.text = candidate.text.slice(parsed.prefix.length);
		dateline = parsed.place ?? dateline;
		if (parsed.agency) evidence.push({ source: 'dateline', agency: parsed.agency, text: parsed.prefix.trim() });
		if (parsed.date) dateClues.push({ mention: parsed.date, where: 'dateline', role: null, line: parsed.prefix.trim() });
		break;
	}
	const endCredit = takeEndCredit(body, removed);
	if (endCredit) evidence.push(endCredit);
	const lede = opening ? ledeEvidence(opening.text) : null;
	if (lede) evidence.push(lede);
	evidence.push(...bylineEvidence(credits));
	const agency = settleAgency(evidence, warnings);
	removed.sort((a, b) => a.line - b.line);
	return { title, dek, body, credits, agency, publisher: classified.publisher, dateline, dateClues, removed, warnings, notArticle };
}

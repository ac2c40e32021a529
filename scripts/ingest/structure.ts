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
 * 3. `findTitle`, `cleanTitle`, `findDek` (title.ts): the headline and standfirst, never the site's
 *    name, tagline or rubric above them (`mastheadOf`, masthead.ts).
 * 4. `splitBody` (body.ts): the story's paragraphs and sub-headings; an interview's questions are
 *    paragraphs (`isInterview`, interview.ts).
 * 5. `takeDateline` (opening.ts, on dateline.ts): the place, date and agency opening the story.
 * 6. `takeBioBox`, `takeEndCredit` (agency.ts), `takeAuthorBio` (bio.ts): a box about the interviewee or
 *    the author, the agency's credit and the author's bio at the end.
 * 7. `settleAgency` (agency.ts): the agency from the strongest evidence.
 */
import { takeAuthorBio, takeBioBox } from './bio.ts';
import { isInterview } from './interview.ts';
import { bylineEvidence, ledeEvidence, settleAgency, takeEndCredit } from './agency.ts';
import { splitBody } from './body.ts';
import { DEFAULT_READING, type DateReading } from './dates.ts';
import { toBlocks } from './blocks.ts';
import { classifyBlocks } from './lines.ts';
import type { BodyNode, Removed } from './model.ts';
import { notAnArticle } from './not-article.ts';
import { takeDateline } from './opening.ts';
import { looksLikeName } from './names.ts';
import { isProse } from './prose.ts';
import { words } from './text.ts';

/** A name alone on a line is a few words. */
const MAX_BYLINE_WORDS = 4;
import type { DateClue } from './settle-date.ts';
import { cleanTitle, findDek, findTitle, isQuotedHeadline, storyWordsOf } from './title.ts';

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

export function parseStructure(text: string, options: StructureOptions = { language: null, reading: DEFAULT_READING }): Structure {
	const { reading, language } = options;
	const warnings: string[] = [];
	const classified = classifyBlocks(toBlocks(text), reading);
	const { content, removed, credits, dateClues, evidence } = classified;
	const notArticle = notAnArticle(classified);

	// Zones: lead (before the first prose), body (to the last prose), footer.
	// A quotation set as the headline reads as prose; it is the lead's, not the story's first paragraph.
	const firstProse = content.findIndex((b) => isProse(b.text) && !isQuotedHeadline(b.text));
	const lastProse = content.findLastIndex((b) => isProse(b.text));
	// The site's own notices name it: a line above the story that they repeat is its name, not the headline.
	const siteTexts = [...removed.filter((r) => r.reason === 'copyright').map((r) => r.text), ...(classified.publisher ? [classified.publisher] : [])];
	const furniture = removed.map((r) => r.text);
	const titleStep = findTitle(content, firstProse, lastProse, classified.menuOrders, siteTexts, furniture);
	warnings.push(...(titleStep.warnings ?? []));
	const { index: titleIndex, pageTitle } = titleStep.value;
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
	const dekStep = title && bodyStart === titleIndex + 1 ? findDek(content, titleIndex, lastProse, removed) : null;
	removed.push(...(dekStep?.removed ?? []));
	evidence.push(...(dekStep?.evidence ?? []));
	const dek = dekStep?.value ?? null;
	const dekIndex = dek ? bodyStart : -1;
	if (dek) bodyStart++;
	const interview = isInterview(content, firstProse, credits);
	const split = splitBody(content, { titleIndex, dekIndex, bodyStart, lastProse, interview }, language, title);
	removed.push(...split.removed);
	const body = split.value;

	// The dateline opens the story (opening.ts); a place of an agency line or credit stands in when it has none.
	const opening = takeDateline(body, reading);
	removed.push(...opening.removed);
	const dateline = opening.place ?? classified.placeLine;
	if (opening.evidence) evidence.push(opening.evidence);
	if (opening.clue) dateClues.push(opening.clue);
	// A box about the interviewee or the author ends the story; an agency's credit closes the story before it.
	removed.push(...takeBioBox(body, content).removed);
	const endCredit = takeEndCredit(body);
	removed.push(...endCredit.removed);
	evidence.push(...endCredit.evidence);
	// The byline's name: a credit, or a name alone on a line above the story.
	const nameLines = content.filter((b) => b.line < (opening.paragraph?.line ?? body[0]?.line ?? 0) && words(b.text).length <= MAX_BYLINE_WORDS && looksLikeName(b.text)).map((b) => b.text);
	removed.push(...takeAuthorBio(body, [...credits, ...nameLines]).removed);
	const lede = opening.paragraph ? ledeEvidence(opening.paragraph.text) : null;
	if (lede) evidence.push(lede);
	evidence.push(...bylineEvidence(credits));
	const agency = settleAgency(evidence, warnings);
	removed.sort((a, b) => a.line - b.line);
	return { title, dek, body, credits, agency, publisher: classified.publisher, dateline, dateClues, removed, warnings, notArticle };
}

/**
 * The dateline that opens the story, taken off its paragraph: in the first
 * paragraph of prose, or a few paragraphs down under captions and a summary,
 * which then are not the story. Shared by every reader: a text page's body and
 * an HTML page's article give their paragraphs, and get back the place, the
 * agency and the date the dateline names.
 */
import type { DateReading } from './dates.ts';
import { parseDateline } from './dateline.ts';
import type { AgencyEvidence, BodyNode, Removed } from './model.ts';
import { isProse } from './prose.ts';
import type { DateClue } from './settle-date.ts';
import { words } from './text.ts';

/** Captions and a summary may stand between the title and the dateline that opens the story. */
const MAX_PARAGRAPHS_BEFORE_DATELINE = 3;
/** ... and each is shorter than this. */
const MAX_WORDS_ABOVE_DATELINE = 45;

export interface Opening {
	/** The paragraph that opens the story (its dateline taken off). */
	paragraph: BodyNode | undefined;
	place: string | null;
	evidence: AgencyEvidence | null;
	clue: DateClue | null;
	removed: Removed[];
}

/** The story's opening paragraph and its dateline; `body` loses what stood above the dateline, and the paragraph its prefix. */
export function takeDateline(body: BodyNode[], reading: DateReading): Opening {
	const removed: Removed[] = [];
	const paragraphs = body.filter((n) => n.type === 'paragraph');
	const start = Math.max(paragraphs.findIndex((n) => isProse(n.text)), 0);
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
		const prefix = parsed.prefix.trim();
		removed.push({ line: candidate.line, text: prefix, reason: 'dateline' });
		candidate.text = candidate.text.slice(parsed.prefix.length);
		return {
			paragraph: candidate,
			place: parsed.place,
			evidence: parsed.agency ? { source: 'dateline', agency: parsed.agency, text: prefix } : null,
			clue: parsed.date ? { mention: parsed.date, where: 'dateline', role: null, line: prefix } : null,
			removed,
		};
	}
	return { paragraph: paragraphs[start], place: null, evidence: null, clue: null, removed };
}

/**
 * Whether the page is an interview, and which of its lines ask: in an interview
 * the questions are the dialogue's paragraphs, however short ("Und dann?",
 * "Jakich?"), never sub-headings or captions. The page says it is one by the
 * interviewer's credit, by a rubric above the headline, or by its questions'
 * prefixes ("Q:", "P.").
 */
import type { ContentBlock } from './model.ts';
import { INTERVIEWER_CREDIT, INTERVIEW_RUBRIC, QUESTION_END, QUESTION_PREFIX } from './tables/interview.ts';

/** Two prefixed questions make a transcript; one may be a reader's "Q:" in a story. */
const MIN_PREFIXED_QUESTIONS = 2;

/** A question of the dialogue: it ends with a question mark, or opens with a question's prefix. */
export const isQuestion = (text: string) => QUESTION_END.test(text) || QUESTION_PREFIX.test(text);

/** The page is an interview: a credit says who asked, a rubric above the story calls it one, or its questions are prefixed. */
export function isInterview(content: readonly ContentBlock[], firstProse: number, credits: readonly string[]): boolean {
	if (credits.some((credit) => INTERVIEWER_CREDIT.test(credit))) return true;
	const lead = firstProse === -1 ? content : content.slice(0, firstProse);
	if (lead.some((b) => INTERVIEW_RUBRIC.test(b.text))) return true;
	return content.filter((b) => QUESTION_PREFIX.test(b.text)).length >= MIN_PREFIXED_QUESTIONS;
}

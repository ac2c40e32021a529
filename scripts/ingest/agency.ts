/**
 * The agency behind the copy: every piece of evidence the page gives (a source
 * credit, the dateline, an agency line, a credit at the end of the story, a
 * date line, a byline, the lede's "reports X", the site's name), believed in
 * the order of `AGENCY_EVIDENCE`.
 */
import { AGENCY_EVIDENCE, type AgencyEvidence, type AgencySource, type BodyNode, type Step } from './model.ts';
import { findAgency } from './names.ts';
import { alternation } from './regex.ts';
import { AGENCY_NOUNS, REPORTING_VERBS } from './tables/attribution.ts';
import { PHOTO_LABEL } from './tables/chrome.ts';
import { words } from './text.ts';

/** Evidence weak enough that the report says where the agency came from. */
const WEAK_EVIDENCE: ReadonlySet<AgencySource> = new Set(['byline', 'lede', 'site name']);

/** "... reports RIA Novosti." in the lede names the agency when nothing else does. */
const REPORTED_BY = new RegExp(`(?:${alternation(REPORTING_VERBS)})\\s+(?:(?:${alternation(AGENCY_NOUNS)})\\s+)?(?<name>.{2,40}?)(?:[.,;:]|$)`, 'iu');
/** An agency's name and its desk's initials or names: a line of a few words. */
const MAX_SIGN_OFF_WORDS = 4;
/** An agency's credit at the end of the story: "(Belga)", "（共同）", "-- AFP", "... the spokeswoman said. IRNA". */
const END_CREDIT = /\s*(?:[(（]\s*(?<a>[^()（）]{2,30})\s*[)）]|\s[-–—]{1,2}\s*(?<b>[^-–—]{2,30})|(?<=[.!?。"”])\s+(?<c>[^\s()（）.]{2,20}))[.。]?\s*$/u;

/**
 * An agency's credit closing the story, taken off it: at the end of the last
 * paragraph ("... the ministry said. (Belga)", "…と述べた。（共同）", "(©NTB)"), or
 * of the first, where some agencies put it ("... 10 000 asylum seekers. (TT)").
 * Its value is the credit's words; its evidence, the agency they name.
 */
export function takeEndCredit(body: BodyNode[]): Step<string | null> {
	const paragraphs = body.filter((n) => n.type === 'paragraph');
	// The agency's sign-off on a line of its own: its name and its desk's initials or names ("भाषा सुरेश मनीषा", "ANSA/ mrz").
	const last = paragraphs.at(-1);
	const signOff = last && words(last.text).length <= MAX_SIGN_OFF_WORDS && !/[\d.!?。।,;:]/u.test(last.text) ? findAgency(last.text) : null;
	if (last && signOff && last.text.trimStart().startsWith(signOff.matched) && paragraphs.length > 1) {
		body.splice(body.indexOf(last), 1);
		return {
			value: last.text,
			removed: [{ line: last.line, text: last.text, reason: 'agency sign-off (the agency and its desk)' }],
			evidence: [{ source: 'end credit', agency: signOff.name, text: last.text }],
		};
	}
	for (const paragraph of new Set([paragraphs.at(-1), paragraphs[0]])) {
		if (!paragraph) continue;
		const match = END_CREDIT.exec(paragraph.text);
		const name = match?.groups?.a ?? match?.groups?.b ?? match?.groups?.c;
		if (!match || !name) continue;
		const agency = findAgency(name);
		if (!agency || name.replace(agency.matched, '').replace(/[\p{P}\p{S}\s]+/gu, '') !== '') continue;
		const credit = match[0].trim();
		paragraph.text = paragraph.text.slice(0, match.index).trimEnd();
		return { value: credit, removed: [{ line: paragraph.line, text: credit, reason: 'agency credit' }], evidence: [{ source: 'end credit', agency: agency.name, text: credit }] };
	}
	return { value: null, removed: [], evidence: [] };
}

/** Only agencies' names, maybe joined ("ＡＦＰ＝時事", "Reuters/AFP"): a photo's credit. */
export function onlyAgencies(text: string): boolean {
	const parts = text.split(/\s*[=＝/·,、]\s*/u).map((p) => p.trim()).filter(Boolean);
	return parts.length > 0 && parts.every((part) => findAgency(part)?.matched === part);
}

/** "... lapor RIA Novosti." in the story's first paragraph. */
export function ledeEvidence(lede: string): AgencyEvidence | null {
	const reported = REPORTED_BY.exec(lede);
	const agency = reported?.groups?.name ? findAgency(reported.groups.name) : null;
	return agency ? { source: 'lede', agency: agency.name, text: reported![0].trim() } : null;
}

/** Bylines and reporting credits that name an agency ("Autor: AGERPRES"); a photo credit names the photo's, not the story's. */
export function bylineEvidence(credits: string[]): AgencyEvidence[] {
	return credits.flatMap((credit) => {
		const agency = PHOTO_LABEL.test(credit) ? null : findAgency(credit);
		return agency ? [{ source: 'byline' as const, agency: agency.name, text: credit }] : [];
	});
}

/** The agency from the strongest evidence; a warning when only weak evidence names it. */
export function settleAgency(evidence: AgencyEvidence[], warnings: string[]): string | null {
	const ranked = [...evidence].sort((a, b) => AGENCY_EVIDENCE.indexOf(a.source) - AGENCY_EVIDENCE.indexOf(b.source));
	const chosen = ranked[0];
	if (!chosen) return null;
	if (WEAK_EVIDENCE.has(chosen.source)) warnings.push(`no credit line or dateline names the agency; the ${chosen.source} "${chosen.text}" gives ${chosen.agency}`);
	if (!findAgency(chosen.agency)) warnings.push(`the agency "${chosen.agency}" is not in the agency table (scripts/ingest/tables/agencies.ts)`);
	return chosen.agency;
}

/** A caption's credit after a dash or in brackets: "Jorge Fernández Díaz - EUROPA PRESS", "... (AFP)". */
export function endsInCredit(text: string): boolean {
	const name = /(?:\s[-–—]\s*|[(（])([^-–—()（）]{2,30}?)[)）]?$/u.exec(text)?.[1]?.trim();
	return !!name && findAgency(name)?.matched === name;
}

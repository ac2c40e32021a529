/**
 * The editor's view of an ingest (issue 19): one row for each thing an editor
 * should look at (a rejected source and why, a warning, a date the ingest
 * inferred or an editor gave, a name the gazetteer lacks), as plain rows, as a
 * text table and as a standalone HTML page whose table sorts by any column.
 */

export interface IngestJson {
	sources: { file: string; id: string | null; status: string; fields: { title?: string; date?: string; dateCertainty?: string; dateBasis?: string } | null; warnings: string[]; errors: string[] }[];
	unknownNames: { name: string; articles: number; inTitle: boolean }[];
}

export interface ReportRow {
	kind: 'rejected' | 'warning' | 'date inferred' | 'date from an editor' | 'name not in the gazetteer';
	/** The source file (a WARC page as "<warc>#<record>"), or the name for a gazetteer row. */
	subject: string;
	detail: string;
}

/** The kinds in the order an editor takes them: what is missing from the site first. */
export const KINDS: readonly ReportRow['kind'][] = ['rejected', 'warning', 'date inferred', 'date from an editor', 'name not in the gazetteer'];

export function reportRows(json: IngestJson): ReportRow[] {
	const rows: ReportRow[] = [];
	for (const source of json.sources) {
		for (const error of source.errors) rows.push({ kind: 'rejected', subject: source.file, detail: error });
		for (const warning of source.warnings) rows.push({ kind: 'warning', subject: source.file, detail: warning });
		const fields = source.fields;
		if (fields?.dateCertainty === 'inferred') rows.push({ kind: 'date inferred', subject: source.file, detail: `${fields.date}: ${fields.dateBasis}` });
		if (fields?.dateCertainty === 'editor') rows.push({ kind: 'date from an editor', subject: source.file, detail: `${fields.date}: ${fields.dateBasis}` });
	}
	for (const name of json.unknownNames) {
		rows.push({ kind: 'name not in the gazetteer', subject: name.name, detail: `in ${name.articles} article${name.articles === 1 ? '' : 's'}${name.inTitle ? ', in a title' : ''}` });
	}
	return rows.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.subject.localeCompare(b.subject, 'en') || a.detail.localeCompare(b.detail, 'en'));
}

/** Counts of each kind, in KINDS order: the report's first line. */
export const summary = (rows: readonly ReportRow[]) =>
	KINDS.map((kind) => `${rows.filter((r) => r.kind === kind).length} ${kind}`).join(', ');

export function textTable(rows: readonly ReportRow[]): string {
	const width = Math.max(4, ...rows.map((r) => r.kind.length));
	const lines = rows.map((r) => `${r.kind.padEnd(width)}  ${r.subject}: ${r.detail}`);
	return `${summary(rows)}\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A sort button in each column head; the rows come sorted by kind, and read the same with no script. */
const SORT_SCRIPT = `
for (const button of document.querySelectorAll('th button')) button.addEventListener('click', () => {
	const th = button.closest('th'), table = th.closest('table'), column = [...th.parentNode.children].indexOf(th);
	const ascending = th.getAttribute('aria-sort') !== 'ascending';
	for (const other of table.querySelectorAll('th')) other.removeAttribute('aria-sort');
	th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
	const key = (row) => row.children[column].dataset.key ?? row.children[column].textContent;
	const rows = [...table.tBodies[0].rows].sort((a, b) => key(a).localeCompare(key(b), undefined, { numeric: true }) * (ascending ? 1 : -1));
	table.tBodies[0].append(...rows);
});`;

export function htmlPage(rows: readonly ReportRow[], title: string): string {
	const body = rows
		.map((r) => `<tr><td data-key="${KINDS.indexOf(r.kind)}">${escapeHtml(r.kind)}</td><td>${escapeHtml(r.subject)}</td><td>${escapeHtml(r.detail)}</td></tr>`)
		.join('\n');
	const head = ['What', 'Source or name', 'Detail'].map((h, i) => `<th scope="col"${i === 0 ? ' aria-sort="ascending"' : ''}><button type="button">${h}</button></th>`).join('');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 1rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ccc; padding: 0.4rem; text-align: left; vertical-align: top; }
td:nth-child(3) { overflow-wrap: anywhere; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; color: #00449e; }
th[aria-sort=ascending] button::after { content: " ▲"; }
th[aria-sort=descending] button::after { content: " ▼"; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(summary(rows))}.</p>
<table>
<caption>Everything the ingest asks an editor to look at; a column's button sorts by it.</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</main>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}

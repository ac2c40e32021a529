// The citations: a build without a site URL names no address in them; the page's
// own is put in here (data-with-url holds the citation with a placeholder for it).
// Copy buttons, shown only where the clipboard can be written. Copy link: the
// article's address (its canonical one, else where it is read); a paragraph's
// pilcrow copies the paragraph's and still goes to it. Without this script the
// citations stay selectable text and the pilcrows plain links.
for (const cite of document.querySelectorAll('.cite[data-with-url]')) {
	cite.textContent = cite.dataset.withUrl.replace('https://{host}', location.origin).replace('{host}', location.host);
}
const page = document.querySelector('link[rel="canonical"]')?.href ?? location.origin + location.pathname;
const copy = (text) => navigator.clipboard.writeText(text).then(() => true, () => false);
for (const button of document.querySelectorAll('button[data-copy], button[data-copy-link]')) {
	if (!navigator.clipboard) continue;
	const label = button.querySelector('.label');
	const idle = label.textContent;
	button.hidden = false;
	button.addEventListener('click', async () => {
		const text = 'copyLink' in button.dataset ? page : document.getElementById(button.dataset.copy)?.textContent ?? '';
		label.textContent = (await copy(text)) ? 'Copied' : 'Copy failed';
		setTimeout(() => (label.textContent = idle), 2000);
	});
}
const status = document.getElementById('copy-status');
document.querySelector('.article-body')?.addEventListener('click', async (event) => {
	const link = event.target.closest?.('a.paragraph-link');
	if (!link || !navigator.clipboard) return;
	const ok = await copy(page + link.hash);
	status.textContent = `${link.getAttribute('aria-label')} ${ok ? 'copied' : 'not copied'}`;
	setTimeout(() => (status.textContent = ''), 3000);
});

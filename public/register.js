// Registers the archive's service worker (offline reading); on arrival from a
// search result, loads Pagefind's highlighter to mark the words searched for;
// "/" puts the cursor in the header's search box.
const base = new URL('./', import.meta.url);
if ('serviceWorker' in navigator) navigator.serviceWorker.register(new URL('sw.js', base), { scope: base.pathname }).catch(() => {});
if (new URLSearchParams(location.search).has('highlight')) {
	import(new URL('pagefind/pagefind-highlight.js', base).href)
		.then(({ default: Highlight }) => new Highlight({ highlightParam: 'highlight', markContext: '[data-pagefind-body]' }))
		.catch(() => {});
}
addEventListener('keydown', (event) => {
	const box = document.getElementById('search-q') ?? document.getElementById('site-search-q');
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || !box) return;
	const target = event.target;
	if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
	event.preventDefault();
	box.focus();
});

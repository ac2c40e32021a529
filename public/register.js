// Offline reading; a search result's highlight and first match; "/" to search.
const base = new URL('./', import.meta.url);
if ('serviceWorker' in navigator) navigator.serviceWorker.register(new URL('sw.js', base), { scope: base.pathname }).catch(() => {});
if (new URLSearchParams(location.search).has('highlight')) {
	import(new URL('pagefind/pagefind-highlight.js', base).href)
		.then(({ default: H }) => {
			new H({ highlightParam: 'highlight', markContext: '[data-pagefind-body]', addStyles: false });
			document.querySelector('.article-body mark')?.scrollIntoView({ block: 'center' });
		})
		.catch(() => {});
}
addEventListener('keydown', (e) => {
	const box = document.getElementById('search-q') ?? document.querySelector('input[aria-keyshortcuts="/"]');
	if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || !box || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable) return;
	e.preventDefault();
	box.focus();
});

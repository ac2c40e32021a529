// Registers the archive's service worker (offline reading); on arrival from a
// search result, loads Pagefind's highlighter to mark the words searched for.
const base = new URL('./', import.meta.url);
if ('serviceWorker' in navigator) navigator.serviceWorker.register(new URL('sw.js', base), { scope: base.pathname }).catch(() => {});
if (new URLSearchParams(location.search).has('highlight')) {
	import(new URL('pagefind/pagefind-highlight.js', base).href)
		.then(({ default: Highlight }) => new Highlight({ highlightParam: 'highlight', markContext: '[data-pagefind-body]' }))
		.catch(() => {});
}

// The 404 page's search box, filled with the words of the address that was not found
// ("/archive/articles/2015-11-17-kremlin-putin-orders/" -> "kremlin putin orders"): its last
// part without the base, the extension, dates and numbers. The form works without this script.
const box = document.getElementById('not-found-q');
const base = document.documentElement.dataset.base ?? '/';
let path = location.pathname;
if (path.startsWith(base)) path = path.slice(base.length);
let last = '';
try {
	last = decodeURIComponent(path).split('/').filter(Boolean).at(-1) ?? '';
} catch {
	// A malformed escape: no words to offer.
}
const words = last.replace(/\.[a-z0-9]{1,5}$/i, '').split(/[\s\-_.+,;:]+/).filter((word) => word && !/^\d+$/.test(word));
if (box && !box.value && words.length > 0) box.value = words.join(' ').toLowerCase();

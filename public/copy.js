// The citations: a build without a site URL names no address in them; the page's
// own is put in here (data-with-url holds the citation with a placeholder for it).
// Copy buttons, shown only where the clipboard can be written. The citations stay
// selectable text without this script.
for (const cite of document.querySelectorAll('.cite[data-with-url]')) {
	cite.textContent = cite.dataset.withUrl.replace('https://{host}', location.origin).replace('{host}', location.host);
}
for (const button of document.querySelectorAll('button[data-copy]')) {
	if (!navigator.clipboard) continue;
	const label = button.querySelector('.label');
	button.hidden = false;
	button.addEventListener('click', async () => {
		const text = document.getElementById(button.dataset.copy)?.textContent ?? '';
		label.textContent = await navigator.clipboard.writeText(text).then(() => 'Copied', () => 'Copy failed');
		setTimeout(() => (label.textContent = 'Copy'), 2000);
	});
}

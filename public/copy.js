// The citations: a build without SITE_URL cites bare paths, completed here with the
// page's own origin; copy buttons, shown only where the clipboard can be written.
// The citations stay selectable text without this script.
for (const cite of document.querySelectorAll('.cite')) {
	cite.textContent = cite.textContent.replace(/(^|[\s,])(\/[^\s]*)/g, (_, space, path) => space + location.origin + path);
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

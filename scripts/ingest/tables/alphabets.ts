/**
 * The letters beyond ASCII that each language written in the Latin script
 * uses, lower case: a reading of legacy bytes whose language (franc) is one of
 * these and whose text has letters that language does not write ("Èeské" is
 * not Czech, "esõzések" is not Hungarian) was decoded in the wrong code page.
 * Languages not listed (Indonesian, Swahili, ...) are not judged by letters.
 */
export const ALPHABETS: Record<string, string> = {
	// English writes French and Spanish loanwords with their letters: café, naïve, déjà vu, señor.
	en: 'àâäçéèêëïîñôöüûæœ',
	cs: 'áčďéěíňóřšťúůýž',
	sk: 'áäčďéíĺľňóôŕšťúýž',
	pl: 'ąćęłńóśźż',
	hu: 'áéíóöőúüű',
	sl: 'čšž',
	hr: 'čćđšž',
	bs: 'čćđšž',
	sr: 'čćđšž',
	ro: 'ăâîșțşţ',
	de: 'äöüß',
	fr: 'àâæçéèêëîïôœùûüÿ',
	es: 'áéíñóúü',
	pt: 'áâãàçéêíóôõú',
	it: 'àèéìíîòóùú',
	ca: 'àçèéíïòóúü',
	gl: 'áéíñóú',
	nl: 'éèëïöüá',
	sv: 'åäöé',
	da: 'æøåé',
	nb: 'æøåé',
	nn: 'æøåé',
	no: 'æøåé',
	fi: 'äöåšž',
	et: 'äöõüšž',
	is: 'áðéíóúýþæö',
	tr: 'çğıöşüâî',
	az: 'çəğıöşü',
	lt: 'ąčęėįšųūž',
	lv: 'āčēģīķļņšūž',
	sq: 'çë',
	mt: 'ċġħż',
};

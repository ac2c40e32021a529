/**
 * News agencies: one normalized name each, with the spellings sources use.
 * Matching is case-insensitive on whole words. Add a row for a new agency;
 * no code change is needed.
 */
export interface Agency {
	name: string;
	aliases: string[];
}

export const AGENCIES: Agency[] = [
	{ name: 'ITAR-TASS', aliases: ['ITAR-TASS', 'Itar Tass', 'ITAR TASS', 'TASS', 'ИТАР-ТАСС', 'ТАСС'] },
	{ name: 'Xinhua', aliases: ['Xinhua', 'Xinhua News Agency', 'Xinhuanet', '新华社'] },
	{ name: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA-Novosti', 'РИА Новости', 'Berita RIA', 'RIA News'] },
	{ name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
	{ name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters'] },
	{ name: 'AP', aliases: ['AP', 'Associated Press', 'The Associated Press'] },
	{ name: 'Interfax', aliases: ['Interfax', 'Интерфакс'] },
	{ name: 'Antara', aliases: ['Antara', 'ANTARA News', 'Antaranews'] },
	{ name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News'] },
	{ name: 'Yonhap', aliases: ['Yonhap', 'Yonhap News Agency'] },
	{ name: 'dpa', aliases: ['dpa', 'Deutsche Presse-Agentur'] },
	{ name: 'ANSA', aliases: ['ANSA'] },
	{ name: 'EFE', aliases: ['EFE', 'Agencia EFE'] },
	{ name: 'Anadolu Agency', aliases: ['Anadolu Agency', 'Anadolu', 'AA'] },
	{ name: 'Bernama', aliases: ['Bernama'] },
	{ name: 'PTI', aliases: ['PTI', 'Press Trust of India'] },
	{ name: 'IRNA', aliases: ['IRNA'] },
	{ name: 'SANA', aliases: ['SANA'] },
	{ name: 'Prensa Latina', aliases: ['Prensa Latina'] },
	{ name: 'Ukrinform', aliases: ['Ukrinform', 'Укрінформ'] },
	{ name: 'BelTA', aliases: ['BelTA', 'БелТА'] },
	{ name: 'Sputnik', aliases: ['Sputnik'] },
	{ name: 'UPI', aliases: ['UPI', 'United Press International'] },
	{ name: 'Tanjug', aliases: ['Tanjug', 'Танјуг'] },
];

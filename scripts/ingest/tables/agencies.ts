/**
 * News agencies: one normalized name each, with the spellings sources use, in
 * every script. Matching is on whole words (aliases in scripts without spaces
 * match inside text); an alias in capitals of up to five letters ("AP", "AA",
 * "PAP") must be in capitals in the text, so that words like "spa" or "map"
 * are never agencies. Add a row for a new agency; no code change is needed.
 */
export interface Agency {
	name: string;
	aliases: string[];
}

export const AGENCIES: Agency[] = [
	{ name: 'ITAR-TASS', aliases: ['ITAR-TASS', 'Itar Tass', 'ITAR TASS', 'TASS', 'ИТАР-ТАСС', 'ТАСС', 'タス通信', '塔斯社'] },
	{ name: 'Xinhua', aliases: ['Xinhua', 'Xinhua News Agency', 'Xinhuanet', '新华社', '新華社', '新华网', '新華網', '신화통신', '新華社通信'] },
	{ name: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA-Novosti', 'РИА Новости', 'Berita RIA', 'RIA News'] },
	{ name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse', '法新社', 'フランス通信', 'أ ف ب', 'فرانس برس'] },
	{ name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters', '路透社', 'ロイター', '로이터', 'رويترز', 'رویترز', 'רויטרס', 'Рейтер'] },
	{ name: 'AP', aliases: ['AP', 'Associated Press', 'The Associated Press', '美联社', '美聯社', 'AP通信', '共同AP', 'أسوشيتد برس', 'אי-פי'] },
	{ name: 'Interfax', aliases: ['Interfax', 'INTERFAX.RU', 'Интерфакс'] },
	{ name: 'Antara', aliases: ['Antara', 'ANTARA News', 'Antaranews'] },
	{ name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News', '共同通信', '共同', '교도통신'] },
	{ name: 'Jiji Press', aliases: ['Jiji Press', 'Jiji', '時事通信', '時事'] },
	{ name: 'Yonhap', aliases: ['Yonhap', 'Yonhap News Agency', '연합뉴스', '韩联社', '聯合ニュース'] },
	{ name: 'CNA', aliases: ['Central News Agency', '中央社', '中央通訊社', 'CNA'] },
	{ name: 'VNA', aliases: ['Vietnam News Agency', 'TTXVN', 'VNA', 'Thông tấn xã Việt Nam'] },
	{ name: 'dpa', aliases: ['dpa', 'Deutsche Presse-Agentur'] },
	{ name: 'APA', aliases: ['APA', 'Austria Presse Agentur'] },
	{ name: 'ANSA', aliases: ['ANSA'] },
	{ name: 'EFE', aliases: ['EFE', 'Agencia EFE'] },
	{ name: 'Europa Press', aliases: ['Europa Press'] },
	{ name: 'Lusa', aliases: ['Lusa', 'Agência Lusa'] },
	{ name: 'Agência Brasil', aliases: ['Agência Brasil', 'Agencia Brasil'] },
	{ name: 'PAP', aliases: ['PAP', 'Polska Agencja Prasowa'] },
	{ name: 'ČTK', aliases: ['ČTK', 'CTK', 'Česká tisková kancelář'] },
	{ name: 'ANP', aliases: ['ANP', 'Algemeen Nederlands Persbureau'] },
	{ name: 'Belga', aliases: ['Belga'] },
	{ name: 'Anadolu Agency', aliases: ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu', 'AA', 'الأناضول'] },
	{ name: 'IRNA', aliases: ['IRNA', 'ایرنا', 'إرنا'] },
	{ name: 'KUNA', aliases: ['KUNA', 'كونا', 'Kuwait News Agency'] },
	{ name: 'WAM', aliases: ['WAM', 'وام', 'Emirates News Agency'] },
	{ name: 'SPA', aliases: ['SPA', 'واس', 'Saudi Press Agency'] },
	{ name: 'MENA', aliases: ['MENA', 'أ ش أ', 'Middle East News Agency'] },
	{ name: 'QNA', aliases: ['QNA', 'قنا', 'Qatar News Agency'] },
	{ name: 'Petra', aliases: ['Petra', 'بترا'] },
	{ name: 'SANA', aliases: ['SANA', 'سانا'] },
	{ name: 'PTI', aliases: ['PTI', 'Press Trust of India', 'भाषा', 'पीटीआई'] },
	{ name: 'ANI', aliases: ['ANI', 'एएनआई'] },
	{ name: 'IANS', aliases: ['IANS', 'आईएएनएस'] },
	{ name: 'Bernama', aliases: ['Bernama'] },
	{ name: 'Ukrinform', aliases: ['Ukrinform', 'Укрінформ'] },
	{ name: 'BelTA', aliases: ['BelTA', 'БелТА'] },
	{ name: 'Prensa Latina', aliases: ['Prensa Latina'] },
	{ name: 'Notimex', aliases: ['Notimex'] },
	{ name: 'Télam', aliases: ['Télam', 'Telam'] },
	{ name: 'Sputnik', aliases: ['Sputnik'] },
	{ name: 'UPI', aliases: ['UPI', 'United Press International'] },
	{ name: 'Tanjug', aliases: ['Tanjug', 'Танјуг'] },
	{ name: 'MAP', aliases: ['MAP', 'Maghreb Arabe Presse'] },
	{ name: 'APS', aliases: ['APS', 'Algérie Presse Service'] },
];

/**
 * Place names in datelines and credits, as sources spell them, mapped to the
 * English name an entry uses. A place not listed keeps its own spelling, in
 * title case when the source wrote it in capitals.
 */
export const PLACES: Record<string, string[]> = {
	Moscow: ['Moscow', 'Moskow', 'Moskva', 'Moskova', 'Moscou', 'Moskau', 'Moscú', 'Mosca', 'Москва'],
	Beijing: ['Beijing', 'Peking', 'Pékin', 'Pekín', '北京'],
	Paris: ['Paris', 'París', 'Parigi', 'Париж'],
	London: ['London', 'Londres', 'Londra', 'Лондон'],
	Washington: ['Washington', 'Вашингтон'],
	'New York': ['New York', 'Nueva York', 'Нью-Йорк'],
	Berlin: ['Berlin', 'Berlín', 'Берлин'],
	Brussels: ['Brussels', 'Bruxelles', 'Brüssel', 'Brussel', 'Bruselas', 'Брюссель'],
	Vienna: ['Vienna', 'Wien', 'Vienne', 'Wina', 'Viena', 'Вена'],
	Geneva: ['Geneva', 'Genève', 'Genf', 'Jenewa', 'Ginebra', 'Женева'],
	Belgrade: ['Belgrade', 'Beograd', 'Belgrad', 'Белград'],
	Kyiv: ['Kyiv', 'Kiev', 'Kiew', 'Київ', 'Киев'],
	Minsk: ['Minsk', 'Минск'],
	Ankara: ['Ankara', 'Анкара'],
	Istanbul: ['Istanbul', 'İstanbul', 'Стамбул'],
	Damascus: ['Damascus', 'Damaskus', 'Damas', 'Damasco', 'Дамаск'],
	Cairo: ['Cairo', 'Kairo', 'Le Caire', 'El Cairo', 'Каир'],
	Tehran: ['Tehran', 'Teheran', 'Téhéran', 'Тегеран'],
	Jakarta: ['Jakarta', 'Djakarta'],
	Tokyo: ['Tokyo', 'Tokio', 'Токио'],
	Seoul: ['Seoul', 'Séoul', 'Seúl', 'Сеул'],
	'New Delhi': ['New Delhi', 'Nueva Delhi', 'Нью-Дели'],
	Warsaw: ['Warsaw', 'Warszawa', 'Varsovie', 'Warschau', 'Варшава'],
	Rome: ['Rome', 'Roma', 'Rom', 'Рим'],
	Madrid: ['Madrid', 'Мадрид'],
	Baghdad: ['Baghdad', 'Bagdad', 'Багдад'],
	Jerusalem: ['Jerusalem', 'Jérusalem', 'Jerusalén', 'Yerusalem', 'Иерусалим'],
	'United Nations': ['United Nations', 'UNITED NATIONS', 'Nations Unies', 'ООН'],
};

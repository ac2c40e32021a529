/**
 * Month and weekday names by language, for reading dates in any language the
 * archive holds. Keys are lowercase; abbreviations may end with a period in the
 * text. Add a language by adding its words.
 */
export const MONTHS: Record<string, number> = {};
export const WEEKDAYS: Record<string, number> = {};

const monthNames: Record<string, string[][]> = {
	en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
	id: [['januari'], ['februari', 'pebruari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus', 'agt'], ['september'], ['oktober', 'okt'], ['november', 'nopember'], ['desember']],
	fr: [['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fev'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc']],
	de: [['januar', 'jänner'], ['februar'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember', 'dez']],
	es: [['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic']],
	it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
	pt: [['janeiro'], ['fevereiro'], ['março', 'marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
	nl: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
	ru: [['января', 'январь', 'янв'], ['февраля', 'февраль', 'февр', 'фев'], ['марта', 'март'], ['апреля', 'апрель', 'апр'], ['мая', 'май'], ['июня', 'июнь'], ['июля', 'июль'], ['августа', 'август', 'авг'], ['сентября', 'сентябрь', 'сент', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'нояб', 'ноя'], ['декабря', 'декабрь', 'дек']],
	tr: [['ocak'], ['şubat', 'subat'], ['mart'], ['nisan'], ['mayıs', 'mayis'], ['haziran'], ['temmuz'], ['ağustos', 'agustos'], ['eylül', 'eylul'], ['ekim'], ['kasım', 'kasim'], ['aralık', 'aralik']],
	uk: [['січня'], ['лютого'], ['березня'], ['квітня'], ['травня'], ['червня'], ['липня'], ['серпня'], ['вересня'], ['жовтня'], ['листопада'], ['грудня']],
};

/** Weekdays, Sunday = 0. */
const weekdayNames: Record<string, string[][]> = {
	en: [['sunday'], ['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday']],
	id: [['minggu', 'ahad'], ['senin'], ['selasa'], ['rabu'], ['kamis'], ['jumat', "jum'at"], ['sabtu']],
	fr: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
	de: [['sonntag'], ['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend']],
	es: [['domingo'], ['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado']],
	it: [['domenica'], ['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'], ['venerdì', 'venerdi'], ['sabato']],
	pt: [['domingo'], ['segunda-feira'], ['terça-feira', 'terca-feira'], ['quarta-feira'], ['quinta-feira'], ['sexta-feira'], ['sábado', 'sabado']],
	nl: [['zondag'], ['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag']],
	ru: [['воскресенье'], ['понедельник'], ['вторник'], ['среда', 'среду'], ['четверг'], ['пятница', 'пятницу'], ['суббота', 'субботу']],
	tr: [['pazar'], ['pazartesi'], ['salı', 'sali'], ['çarşamba', 'carsamba'], ['perşembe', 'persembe'], ['cuma'], ['cumartesi']],
	uk: [['неділя', 'неділю'], ['понеділок'], ['вівторок'], ['середа', 'середу'], ['четвер'], ["п'ятниця", "п'ятницю"], ['субота', 'суботу']],
};

for (const names of Object.values(monthNames)) {
	names.forEach((spellings, index) => {
		for (const spelling of spellings) MONTHS[spelling] = index + 1;
	});
}
for (const names of Object.values(weekdayNames)) {
	names.forEach((spellings, index) => {
		for (const spelling of spellings) WEEKDAYS[spelling] = index;
	});
}

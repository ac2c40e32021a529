/**
 * Month and weekday names by language, for reading dates in any language the
 * archive holds. Keys are lowercase; abbreviations may end with a period in the
 * text. Add a language by adding its words.
 */
import { alternation } from '../regex.ts';
export const MONTHS: Record<string, number> = {};
export const WEEKDAYS: Record<string, number> = {};

const monthNames: Record<string, string[][]> = {
	en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
	id: [['januari'], ['februari', 'pebruari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus', 'agt'], ['september'], ['oktober', 'okt'], ['november', 'nopember'], ['desember']],
	fr: [['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fev'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc']],
	de: [['januar', 'jänner'], ['februar'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember', 'dez']],
	es: [['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic']],
	// Italian, with the three-letter forms of ANSA's datelines ("3 OTT"); "set" and "ago" are left out, being English words before numbers ("set 12 records").
	it: [['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'], ['agosto'], ['settembre'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic']],
	pt: [['janeiro'], ['fevereiro'], ['março', 'marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
	nl: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
	ru: [['января', 'январь', 'янв'], ['февраля', 'февраль', 'февр', 'фев'], ['марта', 'март'], ['апреля', 'апрель', 'апр'], ['мая', 'май'], ['июня', 'июнь'], ['июля', 'июль'], ['августа', 'август', 'авг'], ['сентября', 'сентябрь', 'сент', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'нояб', 'ноя'], ['декабря', 'декабрь', 'дек']],
	tr: [['ocak'], ['şubat', 'subat'], ['mart'], ['nisan'], ['mayıs', 'mayis'], ['haziran'], ['temmuz'], ['ağustos', 'agustos'], ['eylül', 'eylul'], ['ekim'], ['kasım', 'kasim'], ['aralık', 'aralik']],
	uk: [['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'], ['червня', 'червень'], ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'], ['листопада', 'листопад'], ['грудня', 'грудень']],
	pl: [['stycznia', 'styczeń', 'sty'], ['lutego', 'luty', 'lut'], ['marca', 'marzec'], ['kwietnia', 'kwiecień', 'kwi'], ['maja', 'maj'], ['czerwca', 'czerwiec', 'cze'], ['lipca', 'lipiec', 'lip'], ['sierpnia', 'sierpień', 'sie'], ['września', 'wrzesień', 'wrz'], ['października', 'październik', 'paź'], ['listopada', 'listopad', 'lis'], ['grudnia', 'grudzień', 'gru']],
	cs: [['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'], ['června', 'červen'], ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'], ['listopadu', 'listopad'], ['prosince', 'prosinec']],
	sv: [['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'], ['juli'], ['augusti'], ['september'], ['oktober'], ['november'], ['december']],
	ro: [['ianuarie'], ['februarie'], ['martie'], ['aprilie'], ['mai'], ['iunie'], ['iulie'], ['august'], ['septembrie'], ['octombrie'], ['noiembrie'], ['decembrie']],
	// Arabic: the Gregorian month names of Egypt and the Gulf, and those of the Levant and Iraq.
	ar: [['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'ابريل', 'إبريل', 'نيسان'], ['مايو', 'أيار'], ['يونيو', 'يونيه', 'حزيران'], ['يوليو', 'يوليه', 'تموز'], ['أغسطس', 'اغسطس', 'آب'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'اكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول']],
	// Persian names of the Gregorian months (the solar Hijri months are not read).
	fa: [['ژانویه', 'ژانویهٔ'], ['فوریه'], ['مارس'], ['آوریل'], ['مه', 'می'], ['ژوئن'], ['ژوئیه', 'جولای'], ['اوت', 'آگوست'], ['سپتامبر'], ['اکتبر'], ['نوامبر'], ['دسامبر']],
	ur: [['جنوری'], ['فروری'], ['مارچ'], ['اپریل'], ['مئی'], ['جون'], ['جولائی'], ['اگست'], ['ستمبر'], ['اکتوبر'], ['نومبر'], ['دسمبر']],
	// Hebrew, bare and with the preposition ב ("in").
	he: [['ינואר', 'בינואר'], ['פברואר', 'בפברואר'], ['מרץ', 'במרץ', 'מרס', 'במרס'], ['אפריל', 'באפריל'], ['מאי', 'במאי'], ['יוני', 'ביוני'], ['יולי', 'ביולי'], ['אוגוסט', 'באוגוסט'], ['ספטמבר', 'בספטמבר'], ['אוקטובר', 'באוקטובר'], ['נובמבר', 'בנובמבר'], ['דצמבר', 'בדצמבר']],
	// Marathi and Nepali write the Gregorian months in Devanagari in their own spellings (Marathi ऑगस्ट, Nepali अगस्ट, Hindi अगस्त).
	mr: [['जानेवारी'], ['फेब्रुवारी'], ['मार्च'], ['एप्रिल'], ['मे'], ['जून'], ['जुलै'], ['ऑगस्ट'], ['सप्टेंबर', 'सप्टेम्बर'], ['ऑक्टोबर', 'ऑक्टोंबर'], ['नोव्हेंबर', 'नोव्हेम्बर'], ['डिसेंबर', 'डिसेम्बर']],
	ne: [['जनवरी'], ['फेब्रुअरी', 'फेब्रुवरी'], ['मार्च'], ['अप्रिल'], ['मे'], ['जुन'], ['जुलाई'], ['अगस्ट', 'अगष्ट'], ['सेप्टेम्बर', 'सेप्टेंबर', 'सेप्टेम्वर'], ['अक्टोबर', 'अक्टुबर'], ['नोभेम्बर', 'नोभेम्वर'], ['डिसेम्बर', 'डिसेम्वर']],
	hi: [['जनवरी'], ['फरवरी', 'फ़रवरी'], ['मार्च'], ['अप्रैल', 'अप्रेल'], ['मई'], ['जून'], ['जुलाई'], ['अगस्त'], ['सितंबर', 'सितम्बर'], ['अक्टूबर', 'अक्तूबर'], ['नवंबर', 'नवम्बर'], ['दिसंबर', 'दिसम्बर']],
	hu: [['január', 'jan'], ['február', 'febr'], ['március', 'márc'], ['április', 'ápr'], ['május', 'máj'], ['június', 'jún'], ['július', 'júl'], ['augusztus', 'aug'], ['szeptember', 'szept'], ['október', 'okt'], ['november', 'nov'], ['december', 'dec']],
	fi: [['tammikuuta', 'tammikuu'], ['helmikuuta', 'helmikuu'], ['maaliskuuta', 'maaliskuu'], ['huhtikuuta', 'huhtikuu'], ['toukokuuta', 'toukokuu'], ['kesäkuuta', 'kesäkuu'], ['heinäkuuta', 'heinäkuu'], ['elokuuta', 'elokuu'], ['syyskuuta', 'syyskuu'], ['lokakuuta', 'lokakuu'], ['marraskuuta', 'marraskuu'], ['joulukuuta', 'joulukuu']],
	da: [['januar'], ['februar'], ['marts'], ['april'], ['maj'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['december']],
	nb: [['januar'], ['februar'], ['mars'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['desember']],
	hr: [['siječnja', 'siječanj'], ['veljače', 'veljača'], ['ožujka', 'ožujak'], ['travnja', 'travanj'], ['svibnja', 'svibanj'], ['lipnja', 'lipanj'], ['srpnja', 'srpanj'], ['kolovoza', 'kolovoz'], ['rujna', 'rujan'], ['listopada', 'listopad'], ['studenoga', 'studenog', 'studeni'], ['prosinca', 'prosinac']],
	bg: [['януари'], ['февруари'], ['март'], ['април'], ['май'], ['юни'], ['юли'], ['август'], ['септември'], ['октомври'], ['ноември'], ['декември']],
	sw: [['januari'], ['februari'], ['machi'], ['aprili'], ['mei'], ['juni'], ['julai'], ['agosti'], ['septemba'], ['oktoba'], ['novemba'], ['desemba']],
	tl: [['enero'], ['pebrero'], ['marso'], ['abril'], ['mayo'], ['hunyo'], ['hulyo'], ['agosto'], ['setyembre'], ['oktubre'], ['nobyembre'], ['disyembre']],
	bn: [['জানুয়ারি', 'জানুয়ারী'], ['ফেব্রুয়ারি', 'ফেব্রুয়ারী'], ['মার্চ'], ['এপ্রিল'], ['মে'], ['জুন'], ['জুলাই'], ['আগস্ট', 'অগাস্ট'], ['সেপ্টেম্বর'], ['অক্টোবর'], ['নভেম্বর'], ['ডিসেম্বর']],
	th: [['มกราคม', 'ม.ค.'], ['กุมภาพันธ์', 'ก.พ.'], ['มีนาคม', 'มี.ค.'], ['เมษายน', 'เม.ย.'], ['พฤษภาคม', 'พ.ค.'], ['มิถุนายน', 'มิ.ย.'], ['กรกฎาคม', 'ก.ค.'], ['สิงหาคม', 'ส.ค.'], ['กันยายน', 'ก.ย.'], ['ตุลาคม', 'ต.ค.'], ['พฤศจิกายน', 'พ.ย.'], ['ธันวาคม', 'ธ.ค.']],
	el: [['ιανουαρίου', 'ιανουάριος'], ['φεβρουαρίου', 'φεβρουάριος'], ['μαρτίου', 'μάρτιος'], ['απριλίου', 'απρίλιος'], ['μαΐου', 'μάιος'], ['ιουνίου', 'ιούνιος'], ['ιουλίου', 'ιούλιος'], ['αυγούστου', 'αύγουστος'], ['σεπτεμβρίου', 'σεπτέμβριος'], ['οκτωβρίου', 'οκτώβριος'], ['νοεμβρίου', 'νοέμβριος'], ['δεκεμβρίου', 'δεκέμβριος']],
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
	pl: [['niedziela'], ['poniedziałek'], ['wtorek'], ['środa'], ['czwartek'], ['piątek'], ['sobota']],
	ar: [['الأحد', 'الاحد'], ['الاثنين', 'الإثنين'], ['الثلاثاء'], ['الأربعاء', 'الاربعاء'], ['الخميس'], ['الجمعة'], ['السبت']],
	fa: [['یکشنبه'], ['دوشنبه'], ['سه‌شنبه', 'سه شنبه'], ['چهارشنبه'], ['پنجشنبه', 'پنج‌شنبه'], ['جمعه'], ['شنبه']],
	he: [['יום ראשון'], ['יום שני'], ['יום שלישי'], ['יום רביעי'], ['יום חמישי'], ['יום שישי'], ['שבת']],
	hi: [['रविवार'], ['सोमवार'], ['मंगलवार'], ['बुधवार'], ['गुरुवार', 'बृहस्पतिवार'], ['शुक्रवार'], ['शनिवार']],
	mr: [['रविवार'], ['सोमवार'], ['मंगळवार'], ['बुधवार'], ['गुरुवार'], ['शुक्रवार'], ['शनिवार']],
	ne: [['आइतबार', 'आईतबार'], ['सोमबार'], ['मङ्गलबार', 'मंगलबार'], ['बुधबार'], ['बिहीबार', 'बिहिबार'], ['शुक्रबार'], ['शनिबार']],
	vi: [['chủ nhật'], ['thứ hai'], ['thứ ba'], ['thứ tư'], ['thứ năm'], ['thứ sáu'], ['thứ bảy']],
	zh: [['星期日', '星期天', '周日'], ['星期一', '周一'], ['星期二', '周二'], ['星期三', '周三'], ['星期四', '周四'], ['星期五', '周五'], ['星期六', '周六']],
	ja: [['日曜日'], ['月曜日'], ['火曜日'], ['水曜日'], ['木曜日'], ['金曜日'], ['土曜日']],
	ko: [['일요일'], ['월요일'], ['화요일'], ['수요일'], ['목요일'], ['금요일'], ['토요일']],
	hu: [['vasárnap'], ['hétfő'], ['kedd'], ['szerda'], ['csütörtök'], ['péntek'], ['szombat']],
	fi: [['sunnuntai'], ['maanantai'], ['tiistai'], ['keskiviikko'], ['torstai'], ['perjantai'], ['lauantai']],
	nb: [['søndag'], ['mandag'], ['tirsdag'], ['onsdag'], ['torsdag'], ['fredag'], ['lørdag']],
	sw: [['jumapili'], ['jumatatu'], ['jumanne'], ['jumatano'], ['alhamisi'], ['ijumaa'], ['jumamosi']],
	tl: [['linggo'], ['lunes'], ['martes'], ['miyerkules'], ['huwebes'], ['biyernes'], ['sabado']],
	bn: [['রবিবার'], ['সোমবার'], ['মঙ্গলবার'], ['বুধবার'], ['বৃহস্পতিবার'], ['শুক্রবার'], ['শনিবার']],
	// Thai writes "day the ...th" before a date: "วันพฤหัสบดีที่ 22 กุมภาพันธ์".
	th: [['วันอาทิตย์', 'วันอาทิตย์ที่'], ['วันจันทร์', 'วันจันทร์ที่'], ['วันอังคาร', 'วันอังคารที่'], ['วันพุธ', 'วันพุธที่'], ['วันพฤหัสบดี', 'วันพฤหัสบดีที่'], ['วันศุกร์', 'วันศุกร์ที่'], ['วันเสาร์', 'วันเสาร์ที่']],
};

/**
 * Calendars that count years from another era, by the language of the month's
 * name: a Thai date's year is of the Buddhist era, 543 years ahead ("17 พ.ย. 2558"
 * is 17 November 2015).
 */
/** Keys without a final full stop: the text's abbreviations may or may not have one ("พ.ย." and "พ.ย", "Nov." and "Nov"). */
const bare = (spelling: string) => spelling.replace(/\.$/u, '');

/** By the page's language too: a numeric date on a Thai page ("22/08/2566") counts the Buddhist era's years when they are too many for the Gregorian. */
export const ERA_OFFSETS: Record<string, number> = { th: 543 };
export const YEAR_OFFSET_BY_MONTH: Record<string, number> = {};
for (const [language, offset] of Object.entries(ERA_OFFSETS)) {
	for (const spellings of monthNames[language] ?? []) for (const spelling of spellings) YEAR_OFFSET_BY_MONTH[bare(spelling)] = offset;
}

/**
 * Each language's own month names. A spelling that two languages give
 * different months ("listopada": November in Polish, October in Croatian) is
 * read in the page's language; without one, the language listed first wins.
 */
export const MONTHS_BY_LANGUAGE: Record<string, Record<string, number>> = {};
for (const [language, names] of Object.entries(monthNames)) {
	const own: Record<string, number> = (MONTHS_BY_LANGUAGE[language] = {});
	names.forEach((spellings, index) => {
		for (const spelling of spellings) {
			own[bare(spelling)] = index + 1;
			MONTHS[bare(spelling)] ??= index + 1;
		}
	});
}
for (const names of Object.values(weekdayNames)) {
	names.forEach((spellings, index) => {
		for (const spelling of spellings) WEEKDAYS[spelling] = index;
	});
}

/** Labels that say a date is the publication date, in every language of the tables. */
export const PUBLISHED_WORDS: string[] = [
	'published', 'posted', 'first published', 'publié', 'publicado', 'publicada', 'veröffentlicht', 'pubblicato', 'gepubliceerd', 'opublikowano',
	'опубликовано', 'опубліковано', 'diterbitkan', 'dipublikasikan', 'yayınlanma', 'yayınlandı', '發布', '发布', '發佈', '发表', '公開', '配信',
	'게재', '입력', '송고', 'đăng', 'প্রকাশ', 'প্রকাশিত', 'yayın', 'publisert', 'julkaistu', 'publicerad', 'közzétéve', 'publicat', 'δημοσίευση', 'تاريخ النشر', 'نشر في', 'نشر بتاريخ', 'نشر', 'تاریخ انتشار', 'פורסם', 'प्रकाशित', 'เผยแพร่', 'โพสต์เมื่อ',
];
/** Labels that say a date is a later change, not the publication date. */
export const UPDATED_WORDS: string[] = [
	'updated', 'last updated', 'last modified', 'modified', 'update', 'mis à jour', 'modifié', 'actualizado', 'actualizada', 'modificado', 'atualizado', 'atualizada',
	'aktualisiert', 'aggiornato', 'aggiornamento', 'bijgewerkt', 'zaktualizowano', 'aktualizacja', 'обновлено', 'оновлено', 'diperbarui',
	'güncellenme', 'güncelleme', 'oppdatert', 'päivitetty', 'uppdaterad', 'frissítve', 'actualizat', 'ενημέρωση', 'হালনাগাদ', 'আপডেট', '更新', '수정', '업데이트', 'cập nhật', 'آخر تحديث', 'تحديث', 'به‌روزرسانی', 'بروزرسانی', 'עודכן', 'अपडेट', 'अद्यतन', 'अद्ययावत', 'อัปเดต', 'อัพเดท', 'อัปเดตล่าสุด', 'อัพเดทล่าสุด', 'แก้ไขล่าสุด', 'ปรับปรุงล่าสุด',
];
/**
 * Months and era marks of the calendars a date line may give beside the
 * Gregorian date (Islamic Hijri, Persian solar Hijri): read as words of the date
 * line, never as its date.
 */
const OTHER_CALENDAR_WORDS: string[] = [
	'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'ربيع الثاني', 'جمادى الأولى', 'جمادى الآخرة', 'جمادى الثانية', 'رجب', 'شعبان', 'رمضان',
	'شوال', 'ذو القعدة', 'ذو الحجة', 'هـ', 'ه', 'م', 'الموافق', 'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان',
	'آذر', 'دی', 'بهمن', 'اسفند', 'ش', 'ق',
];
/** Other words a date line carries around its date: "Source:", "Date:", "Time", another calendar's date. */
export const DATE_LINE_WORDS: string[] = [
	'source', 'date', 'time', 'fecha', 'datum', 'data', 'tarih', 'tanggal', 'ngày', '来源', '來源', '出处', '日期', '时间', '時間', '송고시간',
	'تاريخ', 'المصدر', 'תאריך', 'дата', 'วันที่', 'เวลา', ...OTHER_CALENDAR_WORDS,
];

const labelPattern = (list: string[]) =>
	new RegExp(`(?:${alternation(list)})(?:日|日時|時間|시간)?\\s*(?:on|le|em|el|am|il|op|w|в|tarihi)?\\s*[:：]?\\s*$`, 'iu');
/**
 * A label right before a date says which date it is. A publication date
 * outranks an update stamp: "Updated: Nov 18 | Published: Nov 17" is an
 * article of the 17th.
 */
export const PUBLISHED_LABELS: RegExp = labelPattern(PUBLISHED_WORDS);
export const UPDATED_LABELS: RegExp = labelPattern(UPDATED_WORDS);

/**
 * Time zones of the United States: a page that gives them writes numeric dates
 * month first (11/05/2015 is 5 November there, 11 May elsewhere).
 */
export const MONTH_FIRST_ZONES: RegExp = /(?<![\p{L}])(EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|ET|PT)(?![\p{L}])/u;

/**
 * The months of the Persian solar (Hijri Shamsi) calendar, which Iranian pages
 * date by: read and converted to the Gregorian date ("۲۶ آبان ۱۳۹۴" is 17
 * November 2015).
 */
export const SOLAR_HIJRI_MONTHS: Record<string, number> = Object.fromEntries(
	['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'].map((name, index) => [name, index + 1]),
);

/**
 * The months of the Bikram Sambat calendar, which Nepali pages date by
 * ("२०८० वैशाख २८ गते" is 11 May 2023), in their everyday and Sanskrit
 * spellings. Read only on pages in Nepali: Hindi pages name the same months
 * for India's lunar and Saka calendars, which count otherwise.
 */
export const BIKRAM_SAMBAT_MONTHS: Record<string, number> = Object.fromEntries(
	[
		['बैशाख', 'वैशाख'], ['जेठ', 'जेष्ठ', 'ज्येष्ठ'], ['असार', 'आषाढ', 'असाढ'], ['साउन', 'श्रावण'], ['भदौ', 'भाद्र'], ['असोज', 'आश्विन'],
		['कात्तिक', 'कार्तिक'], ['मंसिर', 'मङ्सिर', 'मार्गशीर्ष'], ['पुस', 'पौष', 'पुष'], ['माघ'], ['फागुन', 'फाल्गुन'], ['चैत', 'चैत्र'],
	].flatMap((spellings, index) => spellings.map((name) => [name, index + 1] as const)),
);
/** The languages whose pages date by the Bikram Sambat calendar. */
export const BIKRAM_SAMBAT_LANGUAGES: ReadonlySet<string> = new Set(['ne']);

/** Weekdays as Chinese and Japanese write them in brackets after a date ("6/12(火)"), Sunday = 0. */
export const CJK_WEEKDAY_CHARS: Record<string, number> = { 日: 0, 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6, 일: 0, 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6 };

/**
 * The Japanese eras (gengō) a date may count its year in, with the day each
 * began: "令和5年3月14日" is the fifth year of Reiwa, 2023. The first year is
 * written 元 ("令和元年"). Latest first.
 */
export const JAPANESE_ERAS: readonly { name: string; reading: string; start: readonly [number, number, number] }[] = [
	{ name: '令和', reading: 'Reiwa', start: [2019, 5, 1] },
	{ name: '平成', reading: 'Heisei', start: [1989, 1, 8] },
	{ name: '昭和', reading: 'Shōwa', start: [1926, 12, 25] },
	{ name: '大正', reading: 'Taishō', start: [1912, 7, 30] },
];

/**
 * Labels of a line a scraper, crawler or archive wrote beside the page, with
 * the day it took the copy ("Retrieved: 2023-05-04 09:12 UTC", "Saved on
 * 2023-05-04", "Captured", "Fetched:", "Accessed on", "Abgerufen am"): the page
 * existed that day, so it appeared then or before; never its publication date.
 * Most tools write them in English; a few citation styles in their own language.
 */
export const CAPTURE_STAMP_WORDS: string[] = [
	'retrieved', 'date retrieved', 'saved', 'page saved', 'captured', 'capture date', 'fetched', 'fetch date', 'scraped', 'scrape date',
	'crawled', 'crawl date', 'accessed', 'date accessed', 'last accessed', 'downloaded', 'archived', 'snapshot', 'snapshot taken',
	'abgerufen', 'consultado', 'consulté', 'consultato', 'acessado', 'дата обращения', 'truy cập', 'erişim tarihi', 'diakses',
];
/** A stamp line: a label (maybe "on", "am", "el", "le", a colon) before the date; or "Archived from <address> on <date>". */
export const CAPTURE_STAMP_LINE: RegExp = new RegExp(
	`^[\\s\\[(#*]*(?:(?:${alternation(CAPTURE_STAMP_WORDS)})(?:\\s+(?:on|at|am|el|le|em|il|ngày|pada))?|archived\\s+from\\s+\\S+\\s+on)\\s*[:：]?\\s+(?<rest>\\S.*)$`,
	'iu',
);

/**
 * Relative dates as pages print them beside a byline ("3 hours ago", "hace 2
 * días", "2 giờ trước", "вчера, 18:45", "昨日"), by their unit: read against a
 * capture stamp, they give the day.
 */
export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week';
export const RELATIVE_UNITS: Record<string, RelativeUnit> = {};
const relativeUnits: Record<RelativeUnit, string[]> = {
	second: ['second', 'seconds', 'sec', 'secs', 'segundo', 'segundos', 'seconde', 'secondes', 'sekunde', 'sekunden', 'secondo', 'secondi', 'секунду', 'секунды', 'секунд', 'секунди', 'sekundę', 'sekundy', 'sekund', 'giây', 'saniye', 'detik', '秒', '초'],
	minute: ['minute', 'minutes', 'min', 'mins', 'minuto', 'minutos', 'minuti', 'minuten', 'minuut', 'минуту', 'минуты', 'минут', 'хвилину', 'хвилини', 'хвилин', 'minutę', 'minuty', 'minut', 'phút', 'dakika', 'menit', 'minit', '分', '分钟', '分鐘', '분'],
	hour: ['hour', 'hours', 'hr', 'hrs', 'hora', 'horas', 'heure', 'heures', 'stunde', 'stunden', 'uur', 'ora', 'ore', 'час', 'часа', 'часов', 'годину', 'години', 'годин', 'godzinę', 'godziny', 'godzin', 'giờ', 'saat', 'jam', '時間', '小时', '小時', '시간'],
	day: ['day', 'days', 'día', 'días', 'dia', 'dias', 'jour', 'jours', 'tag', 'tagen', 'dag', 'dagen', 'giorno', 'giorni', 'день', 'дня', 'дней', 'дні', 'днів', 'dzień', 'dni', 'ngày', 'gün', 'hari', '日', '天', '일'],
	week: ['week', 'weeks', 'semana', 'semanas', 'semaine', 'semaines', 'woche', 'wochen', 'weken', 'settimana', 'settimane', 'неделю', 'недели', 'недель', 'тиждень', 'тижні', 'тижнів', 'tydzień', 'tygodnie', 'tygodni', 'tuần', 'hafta', 'minggu', '週間', '周', '週', '주'],
};
for (const [unit, spellings] of Object.entries(relativeUnits)) for (const spelling of spellings) RELATIVE_UNITS[spelling] = unit as RelativeUnit;
/** Months and years, too coarse to give a day: a relative date in them ("hace 2 meses", "3 years ago") is a stamp all the same. */
export const COARSE_RELATIVE_UNITS: string[] = [
	'month', 'months', 'year', 'years', 'mes', 'meses', 'año', 'años', 'mês', 'ano', 'anos', 'mois', 'an', 'ans', 'année', 'années', 'monat', 'monaten', 'jahr', 'jahren',
	'mese', 'mesi', 'anno', 'anni', 'месяц', 'месяца', 'месяцев', 'год', 'года', 'лет', 'місяць', 'місяці', 'місяців', 'рік', 'роки', 'років', 'miesiąc', 'miesiące', 'miesięcy',
	'rok', 'lata', 'lat', 'tháng', 'năm', 'ay', 'yıl', 'bulan', 'tahun', '个月', '個月', 'ヶ月', 'か月', 'カ月', '年', '개월', '달', '년',
];
/** Words before the count ("hace 2 días", "il y a 3 heures", "vor 2 Tagen", "há 5 horas"). */
export const AGO_BEFORE: string[] = ['hace', 'há', 'il y a', 'vor'];
/** Words after the unit ("3 hours ago", "2 часа назад", "2 giờ trước", "3時間前", "2시간 전"). */
export const AGO_AFTER: string[] = ['ago', 'назад', 'тому', 'trước', 'önce', 'yang lalu', 'lalu', 'fa', 'temu', 'geleden', '前', '전'];
/** The count as a word: "an hour ago", "hace un día". */
export const ONE_WORDS: string[] = ['a', 'an', 'one', 'un', 'una', 'une', 'um', 'uma', 'einer', 'einem'];
/**
 * A relative date as a regular expression's source ("3 hours ago", "hace 2 días", "vor einer Stunde", "2 giờ trước",
 * "3時間前"), from the tables above: a line of only this is a time stamp (tables/chrome.ts), under a name a comment's
 * (tables/comments.ts), and beside a capture stamp a date (page-dates.ts).
 */
const RELATIVE_COUNT = `(?:\\d+|${alternation(ONE_WORDS)})`;
const RELATIVE_UNIT = `(?:${alternation([...Object.keys(RELATIVE_UNITS), ...COARSE_RELATIVE_UNITS])})`;
export const RELATIVE_STAMP = `(?:${alternation(AGO_BEFORE)})\\s+${RELATIVE_COUNT}\\s*${RELATIVE_UNIT}|${RELATIVE_COUNT}\\s*${RELATIVE_UNIT}\\s*(?:${alternation(AGO_AFTER)})`;
/** Days named relative to the day the page was seen: 0 today, -1 yesterday. */
export const RELATIVE_DAYS: Record<string, number> = {
	today: 0, сегодня: 0, сьогодні: 0, hoy: 0, hoje: 0, "aujourd'hui": 0, heute: 0, oggi: 0, 'hôm nay': 0, bugün: 0, 'hari ini': 0, dzisiaj: 0, dziś: 0, 今日: 0, 本日: 0, 今天: 0, 오늘: 0,
	yesterday: -1, вчера: -1, вчора: -1, ayer: -1, ontem: -1, hier: -1, gestern: -1, ieri: -1, 'hôm qua': -1, dün: -1, kemarin: -1, wczoraj: -1, 昨日: -1, 昨天: -1, 어제: -1,
	позавчера: -2, позавчора: -2, anteayer: -2, anteontem: -2, 'avant-hier': -2, vorgestern: -2, 一昨日: -2, 前天: -2, 그제: -2, 그저께: -2,
};
/** A capture stamp's label right before a date: the day a copy was taken, never the publication date. */
export const CAPTURED_LABELS: RegExp = new RegExp(`^[\\s\\[(#*]*(?:(?:${alternation(CAPTURE_STAMP_WORDS)})(?:\\s+(?:on|at|am|el|le|em|il|ngày|pada))?|archived\\s+from\\s+\\S+\\s+on)\\s*[:：]?\\s*$`, 'iu');

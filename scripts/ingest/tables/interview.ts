/**
 * An interview's furniture, in the languages of the tables: the credit of who
 * asked ("Das Gespräch führte Anna Meier.", "Propos recueillis par ...",
 * "Rozmawiał ..."), the rubric that names the page an interview ("Interview mit
 * einer Gletscherforscherin", "Entretien", "Rozmowa"), and the prefixes of its
 * questions ("Q:", "P.", "Frage:"). Data only; block-kind.ts, title.ts and
 * structure.ts apply them.
 */
import { alternation } from '../regex.ts';

/** What stands before the interviewer's name, one language a row. */
const INTERVIEWER_LABELS = [
	'interview by', 'interviewed by', 'interview conducted by', 'questions by', 'as told to', 'interview:', // en
	'das gespräch führte', 'das gespräch führten', 'das interview führte', 'das interview führten', 'die fragen stellte', 'die fragen stellten', 'interview:', 'gespräch:', // de
	'propos recueillis par', 'entretien réalisé par', 'interview réalisée par', 'entretien mené par', 'entretien :', 'entretien:', // fr
	'entrevista realizada por', 'entrevista a cargo de', 'entrevista de', 'entrevista:', 'entrevista conduzida por', 'entrevista feita por', // es, pt
	'intervista a cura di', 'intervista di', 'intervista:', 'interview door', 'interview:', // it, nl
	'rozmawiał', 'rozmawiała', 'rozmawiali', 'rozmawiały', 'rozmowę przeprowadził', 'rozmowę przeprowadziła', 'wywiad przeprowadził', 'wywiad przeprowadziła', // pl
	'ptal se', 'ptala se', 'ptali se', 'rozhovor vedl', 'rozhovor vedla', 'az interjút készítette', 'interviu realizat de', 'röportaj:', 'söyleşi:', // cs, hu, ro, tr
	'беседовал', 'беседовала', 'беседовали', 'интервью взял', 'интервью взяла', 'розмовляв', 'розмовляла', 'спілкувався', 'спілкувалася', 'wawancara oleh', // ru, uk, id
];
/** The interviewer's credit: a label, then a name (or two); `rest` is the name. */
export const INTERVIEWER_CREDIT: RegExp = new RegExp(`^(?:${alternation([...new Set(INTERVIEWER_LABELS)])})\\s*(?<rest>\\p{Lu}[^]{1,60}?)\\.?$`, 'iu');

/** What the rubric over an interview calls it. */
const INTERVIEW_WORDS = [
	'interview', 'das interview', 'im gespräch', 'gespräch', 'entretien', "l'entretien", 'l’entretien', 'entrevista', 'la entrevista', 'a entrevista',
	'intervista', "l'intervista", 'l’intervista', 'rozmowa', 'wywiad', 'rozhovor', 'interjú', 'interviu', 'röportaj', 'söyleşi', 'интервью', 'інтерв’ю',
	"інтерв'ю", 'συνέντευξη', 'wawancara', 'phỏng vấn', 'q&a', 'the interview', 'インタビュー', '인터뷰', '专访', '專訪', '采访', 'مقابلة', 'حوار', 'گفتگو',
	'مصاحبه', 'ראיון', 'साक्षात्कार', 'สัมภาษณ์',
];
/** "With": the rubric may name whom ("Interview mit einer Gletscherforscherin", "Rozmowa z prof. Nowakiem"). */
const WITH = ['with', 'mit', 'avec', 'con', 'com', 'a', 'z', 'ze', 's', 'se', 'met', 'ile', 'с', 'із', 'з', 'με', 'dengan', 'với'];
/** A rubric naming the page an interview: the word, maybe "with" and a few words, nothing else. */
export const INTERVIEW_RUBRIC: RegExp = new RegExp(`^(?:${alternation(INTERVIEW_WORDS)})(?:\\s+(?:${alternation(WITH)})\\s+[^.!?]{2,60})?\\s*[:：]?$`, 'iu');

/** A question's prefix in a transcript: "Q:", "P.", "Frage:", "Pytanie:", "D:" ("domanda"), "В:". */
export const QUESTION_PREFIX: RegExp = /^(?:Q|P|F|D|В|П|S|Frage|Question|Pregunta|Pergunta|Domanda|Pytanie|Otázka|Vraag|Вопрос|Питання|Soru|Ερώτηση|Pertanyaan)\s*[:.：]\s+\S/u;
/** A line that asks: it ends with a question mark (of any script), maybe inside closing quotes. */
export const QUESTION_END: RegExp = /[?？؟\u037e]\s*["”’»)]*$/u;

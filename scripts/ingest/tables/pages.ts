/**
 * Pages that are not articles: what their lines say, and the shape their
 * lists have. Each row's name is the reason the ingest gives.
 */
import { anyScriptBoundaries } from '../regex.ts';

/** What an error page says of itself, in the languages of the tables: "Page not found", "404 error". */
const ERROR_PAGE_WORDS =
	/(\b(404|403|410|500|502|503)\b.*\b(error|not found|forbidden|unavailable)\b|\bpage (was )?not found\b|\bpage (you requested |you are looking for )?(does not|doesn't|no longer) exist|\bservice unavailable\b|\bpage introuvable\b|\bpágina no encontrada\b|\bpágina não encontrada\b|\bseite nicht gefunden\b|\bpagina non trovata\b|\bpagina niet gevonden\b|\bstrona nie (została znaleziona|istnieje)\b|\bстраница не найдена\b|\bсторінку не знайдено\b|\bsayfa bulunamadı\b|\bhalaman tidak ditemukan\b|\bkhông tìm thấy trang\b|الصفحة غير موجودة|الصفحة المطلوبة غير موجودة|خطأ 404|صفحه مورد نظر یافت نشد|הדף לא נמצא|पृष्ठ नहीं मिला|页面不存在|找不到页面|找不到網頁|ページ[がは]見つかりません|お探しのページ|페이지를 찾을 수 없습니다)/iu;

/** An error page's words, for a page's headline too: it is an error page whatever help follows it. */
export const ERROR_PAGE: RegExp = anyScriptBoundaries(ERROR_PAGE_WORDS);

/** A short line that says what the page is. */
export const NOT_ARTICLE_LABELS: { name: string; pattern: RegExp }[] = [
	{ name: 'an error page', pattern: ERROR_PAGE_WORDS },
	{
		name: 'an archive page',
		pattern: /^(hemeroteca|archive|archives|archiv|arquivo|archivio|archief|archiwum|архив|arşiv|arsip|lưu trữ)\b|\b(noticias publicadas el|news from|articles published on|nachrichten vom|articles du)\b/iu,
	},
	{
		name: 'search results',
		pattern:
			/(\bsearch results\b|\bresults for\b|\brésultats de (la )?recherche\b|\bresultados de (la )?búsqueda\b|\bresultados da pesquisa\b|\bsuchergebnisse\b|\brisultati della ricerca\b|\bzoekresultaten\b|\bwyniki wyszukiwania\b|\bрезультаты поиска\b|\bрезультати пошуку\b|\barama sonuçları\b|\bhasil pencarian\b|\bkết quả tìm kiếm\b|نتائج البحث|نتایج جستجو|תוצאות חיפוש|खोज परिणाम|搜索结果|搜尋結果|検索結果|검색 ?결과)/iu,
	},
].map(({ name, pattern }) => ({ name, pattern: anyScriptBoundaries(pattern) }));


/** A paywall's offer to sell the rest of the story. */
export const PAYWALL: RegExp = anyScriptBoundaries(
	/(\bsubscribe to (continue|read)\b|\bto continue reading\b|\balready a subscriber\b|\bthis (article|story|content) is for subscribers\b|\bréservé aux abonnés\b|\bnur für abonnenten\b|\bexclusivo para (suscriptores|assinantes)\b|\bsolo per gli abbonati\b|\btylko dla subskrybentów\b|\bтолько для подписчиков\b|\bkhusus pelanggan\b|会员专享|有料会員|유료 회원|للمشتركين فقط)/iu,
);
/** A paywall shows no more of the story than this; an article that mentions subscribing has more. */
export const MAX_PAYWALL_TEASER_WORDS = 150;

/** Pagination and "load more" controls: a list of pages, not a story. A run of page numbers, whatever the words around it, is one. */
export const PAGINATION: RegExp =
	/^(?=.*(?:^|\s)1\s+2\s+3(?:\s|$))(?!(?:\S+\s+){12})|^(?:(?:[«‹<]\s*)?(?:\d+\s+){2,}\d*\s*(?:next|weiter|suivant|siguiente|próxima|successiva|volgende|następna|далее|далі|sonraki|berikutnya|tiếp|次へ|下一页|다음)?\s*[›»>]?|load more|show more|more stories|mehr laden|voir plus|cargar más|ver más|carregar mais|carica altri|meer laden|załaduj więcej|показать ещё|завантажити ще|daha fazla|muat lebih banyak|xem thêm|もっと見る|加载更多|더보기|تحميل المزيد|بارگذاری بیشتر|טען עוד|और लोड करें)$/iu;

/** A search snippet or teaser: cut off with an ellipsis. */
export const SNIPPET_END: RegExp = /(?:\.\.\.|…)\s*$/u;

/** How many list items make a page a list (search results, a section, a tag page). */
export const MIN_LIST_ITEMS = 4;
/** A story has at least this many paragraphs of prose in a row; a list of teasers does not. */
export const MIN_STORY_RUN = 3;
/** Teasers are a sentence; a story's paragraphs are longer on average. */
export const MAX_TEASER_WORDS = 25;

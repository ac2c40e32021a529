import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_READING } from '../../scripts/ingest/dates.ts';
import { toBlocks } from '../../scripts/ingest/blocks.ts';
import { isMenuLine } from '../../scripts/ingest/block-kind.ts';
import { classifyBlocks } from '../../scripts/ingest/lines.ts';
import { notAnArticle } from '../../scripts/ingest/not-article.ts';
import { wordEquivalents } from '../../scripts/ingest/prose.ts';
import { words } from '../../scripts/ingest/text.ts';

const page = (lines: string[]) => notAnArticle(classifyBlocks(toBlocks(lines.join('\n\n')), DEFAULT_READING));

test('the word measure counts characters of unspaced scripts, and Korean syllables, at a per-script rate', () => {
	const english = 'The city library will extend its night opening from three to five days a week starting this month.';
	assert.equal(wordEquivalents(english), words(english).length);
	// Korean spaces words with their particles: 10 spaced words, about twice as many in English.
	const korean = '시립도서관이 이달부터 야간 개관을 주 3일에서 5일로 늘린다. 평일에는 오후 10시까지 열람실과 자료실을 이용할 수 있다.';
	assert.ok(words(korean).length < 17);
	assert.ok(wordEquivalents(korean) >= 28 && wordEquivalents(korean) <= 36, `${wordEquivalents(korean)}`);
	// 60 characters of Chinese are a sentence of about 35 English words; Latin words and figures count one each.
	const chinese = '记者从市公交集团获悉，为方便市民夜间出行，本月18日起市区将新开通3条公交夜班线路，运营时间为每晚22时至次日凌晨1时。';
	assert.ok(wordEquivalents(chinese) >= 30 && wordEquivalents(chinese) <= 42, `${wordEquivalents(chinese)}`);
	assert.equal(wordEquivalents('東京 Tokyo 2023'), Math.round(2 / 1.5 + 2));
	// Thai letters with their marks, five to a word.
	assert.equal(wordEquivalents('ก'.repeat(50)), 10);
});

test('a menu line is items of a few words between separators, in any script', () => {
	assert.ok(isMenuLine('有料会員登録 | ログイン'));
	assert.ok(isMenuLine('유료 회원 | 로그인 | 회원가입'));
	assert.ok(isMenuLine('Home   News   Sport'));
	assert.ok(!isMenuLine('Subscribe to continue reading | Sign in'));
	assert.ok(!isMenuLine('この記事は有料会員限定です。'));
});

const SHORT_JA = ['海水浴場で水質検査、全16カ所「適」', '県は20日、県内16カ所の海水浴場で実施した遊泳期間中の水質検査の結果を発表した。全ての海水浴場が国の基準で「適」と判定された。', '検査は今月上旬から中旬にかけて行い、ふん便性大腸菌群の数や油膜の有無などを調べた。', '県環境保全課は「安心して海水浴を楽しんでほしい」としている。'];

test("a menu's link to paid membership is no paywall; the paywall's own line still is", () => {
	assert.equal(page(['有料会員登録 | ログイン', ...SHORT_JA]), null);
	assert.match(page(['有料会員登録 | ログイン', ...SHORT_JA.slice(0, 2), 'この記事は有料会員限定です。', '残り1024文字']) ?? '', /paywall \("この記事は有料会員限定です。"\)/);
	assert.match(page(['多家车企下调电动车售价', '本周又有三家汽车企业宣布下调旗下电动车型的售价，最高降幅超过两万元。', '本文为付费内容，订阅后阅读全文', '剩余85%内容']) ?? '', /paywall/);
});

test('a Korean story under a paid-membership promotion is long enough to be no teaser, counted in syllables', () => {
	const paragraph = '시가 다음 달부터 관내 전통시장 공영주차장의 무료 이용 시간을 1시간에서 2시간으로 늘린다. 대상은 중앙시장과 동문시장 등 5곳으로, 주차면은 모두 640면이다.';
	const story = ['전통시장 주차장 무료 개방 시간 연장', '유료 회원 가입하고 광고 없이 보기', ...Array.from({ length: 6 }, () => paragraph)];
	// By spaces it is under a teaser's 150 words; by syllables it is twice that.
	assert.ok(words(paragraph).length * 6 < 150);
	assert.equal(page(story), null);
	assert.match(page(story.slice(0, 3)) ?? '', /paywall/);
});

test('pages that stand in for the story are refused with the kind they are', () => {
	assert.match(page(['451: Unavailable for legal reasons', 'We are sorry, but we are unable to serve visitors from the European Union at this time.']) ?? '', /^a geo-block page/);
	assert.match(page(['Dieser Inhalt ist in Ihrem Land leider nicht verfügbar', 'Aus rechtlichen Gründen dürfen wir diesen Beitrag nur in Deutschland anbieten.']) ?? '', /^a geo-block page/);
	assert.match(page(['Este contenido no está disponible en tu región', 'Lo sentimos.']) ?? '', /^a geo-block page/);
	assert.match(page(['Port operators warn of winter backlog', 'Delays to a crane upgrade could leave ships waiting at anchor through the winter, operators said.', 'Sign in to keep reading']) ?? '', /^a login wall/);
	assert.match(page(['Cet article est réservé aux inscrits', 'Connectez-vous ou créez un compte gratuit pour lire la suite de cet article.']) ?? '', /^a login wall/);
	assert.match(page(['Metro Daily', 'You need to enable JavaScript to run this app.']) ?? '', /^a JavaScript-required shell/);
	assert.match(page(['JavaScriptが無効になっています', 'ブラウザの設定でJavaScriptを有効にしてください。']) ?? '', /^a JavaScript-required shell/);
	assert.match(page(['This story has been removed', 'For more information, please contact the standards desk.']) ?? '', /^an article-removed page/);
	assert.match(page(['Материал удалён', 'Запрашиваемая публикация была удалена по решению редакции.']) ?? '', /^an article-removed page/);
});

test('a story about geo-blocking that quotes the notices is an article', () => {
	const story = [
		'US news sites shut out European readers as GDPR takes effect',
		'Readers in Europe who tried to open dozens of American local news sites on Friday were met with a short notice: "451: Unavailable for legal reasons."',
		'The blackout began as the European Union\u2019s General Data Protection Regulation came into force, and several groups chose to block visitors from the EU altogether.',
		'"We are unable to serve visitors from the EU at this time," read the message on one group\u2019s sites, which promised that access would be restored soon.',
		'Media lawyers said the blocks were a blunt but predictable response to a law that many publishers had not prepared for in the two years they were given.',
		'Some publishers have since launched stripped-down versions of their sites for European visitors, with no advertising and no third-party scripts at all.',
	];
	assert.equal(page(story), null);
	// The same notice on a line of its own, over no story, is the block page.
	assert.match(page(['Unavailable for legal reasons', story[2]!]) ?? '', /geo-block/);
});

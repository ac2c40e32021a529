/**
 * Synthetic sources for benchmarks: N raw articles in the shapes the seeds
 * have (site chrome, date lines, datelines, credits), English and Indonesian,
 * dated across 2000-2020, built from the seeds' own paragraphs. Deterministic:
 * the same N gives the same files.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** A small deterministic PRNG (mulberry32). */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function paragraphsOf(text: string): string[] {
	return text.split('\n').map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 25 && /[.!?"”]$/.test(l) && !/Title 17|•/.test(l));
}

export async function generateSources(seedsDir: string, outDir: string, count: number): Promise<void> {
	const seeds = await Promise.all(['000_77eab4664a4e4667.txt', '001_73f91dd4694867d8.txt', '002_f68c7ef97f5882f1.txt', '004_d73bbc3d34addd6b.txt', '003_394bfe222696a65c.txt'].map((f) => readFile(path.join(seedsDir, f), 'utf8')));
	const english = seeds.slice(0, 4).flatMap(paragraphsOf).map((p) => p.replace(/^MOSCOW, September 5 \(Itar-Tass\) —— /, '').replace(/ Endit$/, ''));
	const indonesian = paragraphsOf(seeds[4]!);
	await mkdir(outDir, { recursive: true });
	const next = random(42);
	const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
	/** n different items (a story does not say the same paragraph twice). */
	const sample = <T>(list: T[], n: number) => {
		const copy = [...list];
		for (let k = 0; k < Math.min(n, copy.length); k++) {
			const j = k + Math.floor(next() * (copy.length - k));
			[copy[k], copy[j]] = [copy[j]!, copy[k]!];
		}
		return copy.slice(0, Math.min(n, copy.length));
	};
	for (let i = 0; i < count; i++) {
		const year = 2000 + Math.floor(next() * 21);
		const month = Math.floor(next() * 12);
		const day = 1 + Math.floor(next() * 28);
		const isIndonesian = i % 10 === 9;
		const pool = isIndonesian ? indonesian : english;
		const body = sample(pool, 6 + Math.floor(next() * 8));
		const subject = pick(['Ministers', 'Leaders', 'Officials', 'Diplomats', 'Delegations', 'Envoys']);
		const lines = isIndonesian
			? [
					`${pick(['Para menteri', 'Para pemimpin', 'Para pejabat'])} bertemu untuk membahas kerja sama, laporan ${i}`,
					`Antara, ${day} ${BULAN[month]} ${year}`,
					...body,
					'Baca juga',
				]
			: i % 3 === 0
				? [
						'Home | World | Europe',
						`${subject} meet to discuss cooperation, report number ${i}`,
						'',
						`MOSCOW, ${MONTHS[month]} ${day}, ${year} (Itar-Tass) -- ${body[0]}`,
						'',
						...body.slice(1).flatMap((p, k) => [p, '', ...(k % 3 === 2 ? [`${pick(['Talks', 'Cooperation', 'Security', 'Trade'])} to continue in ${pick(['Moscow', 'Paris', 'Vienna', 'Belgrade'])}`, ''] : [])]),
						'Leave a comment',
					]
				: [
						'Off the wire',
						`${subject} call for coordination, report number ${i}`,
						`Xinhua, ${MONTHS[month]} ${day}, ${year} Adjust font size:`,
						...body.slice(0, -1),
						`${body.at(-1)} Endit`,
					];
		await writeFile(path.join(outDir, `bench-${String(i).padStart(6, '0')}.txt`), `${lines.join('\n')}\n`);
	}
}

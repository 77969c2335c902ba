import lighthouse from 'lighthouse';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../src/browser/chromium.ts';

/** The four Lighthouse category scores (0–100) for one page, on the default mobile profile. */
export interface LighthouseScores {
	url: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Audits that lost points, for reading the scores: id and score. */
	failing: { id: string; score: number }[];
	/** Lighthouse's own measure of this machine's CPU speed at the time (higher is faster; ~1000+ is a desktop). */
	benchmarkIndex: number;
	/** The performance scores of every run; the other figures are from the median one. */
	performanceRuns: number[];
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Runs Lighthouse (mobile, simulated throttling: its defaults) `runs` times on each URL, one after another,
 * in the system Chromium launched through Playwright with a debugging port Lighthouse connects to, and
 * keeps the run with the median performance score, as Lighthouse's own guidance on variability advises.
 */
export async function runLighthouse(urls: string[], debuggingPort: number, runs = 3): Promise<LighthouseScores[]> {
	const options = chromiumLaunchOptions();
	const browser = await chromium.launch({
		...options,
		args: [...(options.args ?? []), `--remote-debugging-port=${debuggingPort}`],
	});
	try {
		const scores: LighthouseScores[] = [];
		for (const url of urls) {
			const attempts: LighthouseScores[] = [];
			for (let run = 0; run < runs; run++) attempts.push(await auditOnce(url, debuggingPort));
			const byPerformance = attempts.toSorted((a, b) => a.performance - b.performance);
			const median = byPerformance[Math.floor(byPerformance.length / 2)];
			if (median) scores.push({ ...median, performanceRuns: attempts.map((attempt) => attempt.performance) });
		}
		return scores;
	} finally {
		await browser.close();
	}
}

/** One Lighthouse run on one URL. */
async function auditOnce(url: string, debuggingPort: number): Promise<LighthouseScores> {
	const result = await lighthouse(url, { port: debuggingPort, logLevel: 'error', onlyCategories: categories });
	if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
	const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
	const audited = new Set(Object.values(lhr.categories).flatMap((category) => category.auditRefs.map((ref) => ref.id)));
	return {
		url,
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		failing: Object.values(lhr.audits)
			.filter((audit) => audited.has(audit.id) && audit.score !== null && audit.score < 1)
			.filter((audit) => audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric')
			.map((audit) => ({ id: audit.id, score: Math.round((audit.score ?? 0) * 100) })),
		benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
		performanceRuns: [],
	};
}

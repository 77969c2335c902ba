// `npm run bench`: measures, in one run on this machine, what the course costs to build and to load, against
// plain Starlight with the same content, and prints where it stands against the budgets. Not part of `npm test`:
// timings belong to a machine, so only ratios within one run mean anything.
import { availableParallelism, loadavg } from 'node:os';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../src/browser/chromium.ts';
import {
	buildBaseline,
	buildBothEditions,
	buildHandouts,
	buildSite,
	clearBuildCaches,
	handoutsScriptExists,
} from './bench/builds.ts';
import { checkBudgets } from './bench/budgets.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { scriptsMentioningMermaid } from './bench/mermaid-scan.ts';
import { measurePageWeight } from './bench/page-weight.ts';
import { measurePagefindQuery } from './bench/pagefind-query.ts';
import { printReport } from './bench/report.ts';
import type { BenchResults } from './bench/results.ts';
import { writeScaleCourse } from './bench/scale-course.ts';
import { closeServer, serveDir } from './bench/serve-dir.ts';

const ports = { student: 4351, baseline: 4352, lighthouse: 4353 };
const pageTypes = [
	{ type: 'home', path: '/' },
	{ type: 'module', path: '/modules/sentiment-analysis/' },
	{ type: 'FAQ', path: '/reference/faq/' },
	{ type: 'schedule', path: '/schedule/' },
];
const searchQuery = 'SageMaker endpoint';
// The budget is judged on the median of three runs; the baseline, shown only for context, gets one.
const lighthouseRuns = { student: 3, baseline: 1 };
const scaleSizes = [
	{ pages: 100, diagrams: 20 },
	{ pages: 1000, diagrams: 200 },
];
const dist = (folder: string): string => fileURLToPath(new URL(`../dist/${folder}/`, import.meta.url));
const resultsFile = fileURLToPath(new URL('../bench-results/bench.json', import.meta.url));

// `npm run bench -- --report` prints the tables of the last run again without measuring anything.
if (process.argv.includes('--report')) {
	const last = JSON.parse(await readFile(resultsFile, 'utf8')) as BenchResults;
	last.budgets = checkBudgets(
		last.pages,
		last.lighthouse.map(({ type, student: scores }) => ({ type, scores })),
	);
	printReport(last);
	process.exit(0);
}

const results: BenchResults = {
	machine: {
		cpus: availableParallelism(),
		loadAverageAtStart: loadavg(),
		node: process.version,
		startedAt: new Date().toISOString(),
	},
	builds: {},
	scale: [],
	pages: [],
	mermaidScripts: [],
	lighthouse: [],
	budgets: [],
};

async function step(name: string, run: () => Promise<void> | void): Promise<void> {
	console.log(`▶ ${name}  (${new Date().toLocaleTimeString()}; build output in bench-results/logs/)`);
	const started = performance.now();
	await run();
	console.log(`  done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
	await mkdir(fileURLToPath(new URL('../bench-results/', import.meta.url)), { recursive: true });
	await writeFile(resultsFile, `${JSON.stringify(results, null, '\t')}\n`);
}

await step('Full build of both editions, cold caches', async () => {
	await clearBuildCaches();
	results.builds.cold = await buildBothEditions('editions-cold');
});

await step('Full build of both editions, warm caches', async () => {
	results.builds.warm = await buildBothEditions('editions-warm');
});

await step('Handouts, every page printed, then again from the print cache', async () => {
	results.builds.handouts = handoutsScriptExists() ? await buildHandouts({ cold: true }) : 'not available';
	results.builds.handoutsWarm = handoutsScriptExists() ? await buildHandouts({ cold: false }) : 'not available';
});

await step('Plain-Starlight baseline of the student edition, cold and warm', async () => {
	results.builds.baselineCold = await buildBaseline({ cold: true });
	results.builds.baselineWarm = await buildBaseline({ cold: false });
});

const student = await serveDir(dist('student'), ports.student);
const baseline = await serveDir(dist('baseline/student'), ports.baseline);
const url = (port: number, path: string): string => `http://localhost:${port}${path}`;
try {
	await step('Page weights and the first search, per page type', async () => {
		const browser = await chromium.launch(chromiumLaunchOptions());
		try {
			for (const { type, path } of pageTypes) {
				results.pages.push({
					type,
					path,
					student: await measurePageWeight(browser, dist('student'), url(ports.student, '/'), path),
					baseline: await measurePageWeight(browser, dist('baseline/student'), url(ports.baseline, '/'), path),
					pagefind: await measurePagefindQuery(browser, url(ports.student, path), searchQuery),
				});
			}
		} finally {
			await browser.close();
		}
		results.mermaidScripts = scriptsMentioningMermaid(dist('student'));
	});

	await step(`Lighthouse, mobile, median of ${lighthouseRuns.student} runs per student page`, async () => {
		const paths = pageTypes.map(({ path }) => path);
		const studentScores = await runLighthouse(
			paths.map((path) => url(ports.student, path)),
			ports.lighthouse,
			lighthouseRuns.student,
		);
		const baselineScores = await runLighthouse(
			paths.map((path) => url(ports.baseline, path)),
			ports.lighthouse,
			lighthouseRuns.baseline,
		);
		results.lighthouse = pageTypes.flatMap(({ type }, index) => {
			const ours = studentScores[index];
			const theirs = baselineScores[index];
			return ours && theirs ? [{ type, student: ours, baseline: theirs }] : [];
		});
	});
} finally {
	await closeServer(student);
	await closeServer(baseline);
}

// `npm run bench -- --no-scale` skips the scale runs (about 3 minutes on a two-core machine).
for (const size of process.argv.includes('--no-scale') ? [] : scaleSizes) {
	await step(`Scale: a generated course of ${size.pages} pages and ${size.diagrams} diagrams`, async () => {
		results.scale.push({ ...size, build: await buildSite(await writeScaleCourse(size), `scale-${size.pages}`) });
	});
}

await step('Budgets', () => {
	results.budgets = checkBudgets(
		results.pages,
		results.lighthouse.map(({ type, student: scores }) => ({ type, scores })),
	);
});

printReport(results);
console.log(`\nResults: ${resultsFile}`);

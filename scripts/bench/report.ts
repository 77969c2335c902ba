import type { BuildMeasurement } from './builds.ts';
import type { Sizes } from './compressed-size.ts';
import type { BenchResults } from './results.ts';
import { formatTable, kib, ratio } from './table.ts';

/** Prints every table of a benchmark run: builds, scale, page weights, search, Lighthouse, budgets. */
export function printReport(results: BenchResults): void {
	const { builds } = results;
	const { machine } = results;
	console.log(
		`\nMachine: ${machine.cpus} CPUs, load average ${machine.loadAverageAtStart.map((load) => load.toFixed(1)).join(' ')} ` +
			`at start (other builds share it: read ratios, not absolute times), Node ${machine.node}`,
	);

	const buildRow = (name: string, build: BuildMeasurement | undefined, base?: BuildMeasurement): (string | number)[] =>
		build
			? [
					name,
					build.seconds.toFixed(1),
					build.editions.student?.toFixed(1) ?? '',
					build.editions.instructor?.toFixed(1) ?? '',
					build.peakRssMiB.toFixed(0),
					build.peakTreeRssMiB.toFixed(0),
					`${build.diagramsRendered}/${build.diagramsFromCache}`,
					base ? ratio(build.editions.student ?? build.seconds, base.seconds) : '',
				]
			: [name, 'not run', '', '', '', '', '', ''];
	const handoutsRow = (name: string, handouts: BuildMeasurement | 'not available' | undefined): (string | number)[] =>
		handouts === 'not available' || handouts === undefined
			? [name, 'not available', '', '', '', '', '', '']
			: buildRow(name, handouts);
	console.log(
		formatTable(
			'Builds (seconds; peak RSS in MiB of the largest single process and of the whole process tree, browser included)',
			['Run', 'Wall s', 'Student s', 'Instructor s', 'RSS', 'Tree RSS', 'Diagrams drawn/cached', 'Student ÷ baseline'],
			[
				buildRow('Both editions, cold cache', builds.cold, builds.baselineCold),
				buildRow('Both editions, warm cache', builds.warm, builds.baselineWarm),
				handoutsRow('Handouts, every page printed', builds.handouts),
				handoutsRow('Handouts, unchanged pages from the cache', builds.handoutsWarm),
				buildRow('Plain Starlight baseline, cold', builds.baselineCold),
				buildRow('Plain Starlight baseline, warm', builds.baselineWarm),
			],
		),
	);
	if (builds.cold && builds.warm) {
		console.log(`  warm ÷ cold (both editions): ${ratio(builds.warm.seconds, builds.cold.seconds)}`);
	}

	const smallest = results.scale[0];
	console.log(
		formatTable(
			'Scale: generated courses, student edition, cold caches',
			['Pages', 'Diagrams', 'Wall s', 'ms per page', 'RSS', 'Tree RSS', 'Time ÷ smallest', 'Tree RSS ÷ smallest'],
			results.scale.map(({ pages, diagrams, build }) => [
				pages,
				diagrams,
				build.seconds.toFixed(1),
				((build.seconds * 1000) / pages).toFixed(0),
				build.peakRssMiB.toFixed(0),
				build.peakTreeRssMiB.toFixed(0),
				smallest ? ratio(build.seconds, smallest.build.seconds) : '',
				smallest ? ratio(build.peakTreeRssMiB, smallest.build.peakTreeRssMiB) : '',
			]),
		),
	);

	const sizes = (value: Sizes): string => `${kib(value.raw)} / ${kib(value.gzip)} / ${kib(value.brotli)}`;
	console.log(
		formatTable(
			'Page weight on first load (KiB raw / gzip / brotli; requests as Chromium made them)',
			['Page', 'Site', 'Requests', 'HTML', 'CSS', 'JavaScript', 'Other', 'Mermaid JS B'],
			results.pages.flatMap(({ type, student, baseline }) =>
				(
					[
						['student', student],
						['baseline', baseline],
					] as const
				).map(([site, weight]) => [
					type,
					site,
					weight.requests,
					sizes(weight.html),
					sizes(weight.css),
					sizes(weight.js),
					sizes(weight.other),
					weight.mermaidJs,
				]),
			),
		),
	);
	console.log(
		results.mermaidScripts.length === 0
			? '  No script in dist/student mentions Mermaid.'
			: `  Scripts in dist/student mentioning Mermaid: ${results.mermaidScripts.map((script) => `${script.file} (${script.bytes} B)`).join(', ')}`,
	);

	console.log(
		formatTable(
			'Pagefind: what the first search fetches (student edition, from page load to results shown)',
			['Page', 'Query', 'Requests', 'KiB raw / gzip / brotli', 'Results shown'],
			results.pages.map(({ type, pagefind }) => [
				type,
				pagefind.query,
				pagefind.requests,
				sizes(pagefind.bytes),
				pagefind.results,
			]),
		),
	);

	console.log(
		formatTable(
			'Lighthouse, mobile profile (median run by performance; baseline in brackets)',
			['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Perf runs', 'Benchmark index'],
			results.lighthouse.map(({ type, student, baseline }) => [
				type,
				`${student.performance} (${baseline.performance})`,
				`${student.accessibility} (${baseline.accessibility})`,
				`${student.bestPractices} (${baseline.bestPractices})`,
				`${student.seo} (${baseline.seo})`,
				student.performanceRuns.join(' '),
				student.benchmarkIndex,
			]),
		),
	);
	for (const { type, student } of results.lighthouse) {
		if (student.failing.length > 0) {
			console.log(
				`  ${type}: audits below 100: ${student.failing.map((audit) => `${audit.id} ${audit.score}`).join(', ')}`,
			);
		}
	}

	console.log(
		formatTable(
			'Budgets (student edition, per page)',
			['Budget', 'Page', 'Measured', 'Limit', 'Result'],
			results.budgets.map((check) => [
				check.budget,
				check.page,
				check.measured,
				check.limit,
				check.pass ? 'pass' : 'FAIL',
			]),
		),
	);
	const failed = results.budgets.filter((check) => !check.pass).length;
	console.log(`  ${results.budgets.length - failed} of ${results.budgets.length} budget checks pass.`);
}

import type { BuildMeasurement } from './builds.ts';
import type { BudgetCheck } from './budgets.ts';
import type { LighthouseScores } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { PagefindQuery } from './pagefind-query.ts';

/** Everything one run measured; written to `bench-results/bench.json` after every step. */
export interface BenchResults {
	machine: { cpus: number; loadAverageAtStart: number[]; node: string; startedAt: string };
	builds: {
		cold?: BuildMeasurement;
		warm?: BuildMeasurement;
		handouts?: BuildMeasurement | 'not available';
		handoutsWarm?: BuildMeasurement | 'not available';
		baselineCold?: BuildMeasurement;
		baselineWarm?: BuildMeasurement;
	};
	scale: { pages: number; diagrams: number; build: BuildMeasurement }[];
	pages: { type: string; path: string; student: PageWeight; baseline: PageWeight; pagefind: PagefindQuery }[];
	mermaidScripts: { file: string; bytes: number }[];
	lighthouse: { type: string; student: LighthouseScores; baseline: LighthouseScores }[];
	budgets: BudgetCheck[];
}

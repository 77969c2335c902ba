import type { LighthouseScores } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';

/** One budget on one page: what was measured, the limit, and whether it holds. */
export interface BudgetCheck {
	budget: string;
	page: string;
	measured: string;
	limit: string;
	pass: boolean;
}

/** Compressed JavaScript a student page may add to plain Starlight's, in bytes (gzip). */
export const extraJsBudget = 2048;
/** The lowest Lighthouse performance score allowed (mobile). */
export const minPerformance = 98;

/** The budgets, per page type of the student edition, against this run's measurements. */
export function checkBudgets(
	pages: { type: string; student: PageWeight; baseline: PageWeight }[],
	lighthouse: { type: string; scores: LighthouseScores }[],
): BudgetCheck[] {
	const checks: BudgetCheck[] = [];
	for (const { type, student, baseline } of pages) {
		checks.push({
			budget: 'JavaScript (gzip) ≤ plain Starlight + 2 KB',
			page: type,
			measured: `${student.js.gzip} B (baseline ${baseline.js.gzip} B, ${signed(student.js.gzip - baseline.js.gzip)} B)`,
			limit: `${baseline.js.gzip + extraJsBudget} B`,
			pass: student.js.gzip <= baseline.js.gzip + extraJsBudget,
		});
		checks.push({
			budget: 'Mermaid runtime bytes = 0',
			page: type,
			measured: `${student.mermaidJs} B`,
			limit: '0 B',
			pass: student.mermaidJs === 0,
		});
	}
	for (const { type, scores } of lighthouse) {
		checks.push({
			budget: `Lighthouse performance ≥ ${minPerformance} (mobile)`,
			page: type,
			measured: `${scores.performance} (runs ${scores.performanceRuns.join(', ')})`,
			limit: `${minPerformance}`,
			pass: scores.performance >= minPerformance,
		});
		for (const [name, score] of [
			['accessibility', scores.accessibility],
			['best practices', scores.bestPractices],
			['SEO', scores.seo],
		] as const) {
			checks.push({
				budget: `Lighthouse ${name} = 100`,
				page: type,
				measured: `${score}`,
				limit: '100',
				pass: score === 100,
			});
		}
	}
	return checks;
}

function signed(value: number): string {
	return value >= 0 ? `+${value}` : `${value}`;
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SessionSchema, type SessionInput } from '../../src/course/schema.ts';

const module1: SessionInput = {
	kind: 'module',
	number: 1,
	name: 'Fraud detection',
	day: 1,
	hours: { min: 4, max: 6 },
	lecture: {
		minutes: 45,
		topics: [
			{ title: 'Introduction to fraud detection', minutes: 10 },
			{ title: 'Handling imbalanced data', minutes: 15 },
			{ title: 'Model evaluation for fraud', minutes: 10 },
			{ title: 'Real-time deployment', minutes: 10 },
		],
	},
	exercise: { min: 2, max: 3 },
	solutionReview: 30,
	objectives: ['Handle imbalanced datasets'],
	discussion: ['How do you handle concept drift?'],
	takeaways: ['Class imbalance requires special handling'],
};

function issues(input: unknown): string[] {
	const result = SessionSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('SessionSchema', () => {
	it('accepts a module as the guide describes it', () => {
		assert.deepEqual(issues(module1), []);
	});

	it('refuses an inverted duration range', () => {
		assert.deepEqual(issues({ ...module1, hours: { min: 6, max: 4 } }), [
			'hours: The duration range is inverted: `min` must not be larger than `max`.',
		]);
	});

	it('refuses lecture topics that do not add up to the lecture length, giving both numbers', () => {
		const lecture = { minutes: 50, topics: module1.lecture?.topics ?? [] };
		const [issue] = issues({ ...module1, lecture });
		assert.match(
			issue ?? '',
			/^lecture\.minutes: The lecture topics add up to 45 minutes, but `lecture.minutes` says 50/,
		);
	});

	it('refuses a module without the fields every module needs', () => {
		const { solutionReview: _omitted, ...withoutReview } = module1;
		assert.deepEqual(issues(withoutReview), ['solutionReview: A module must declare `session.solutionReview`.']);
	});

	it('refuses a missing required field and an unknown one', () => {
		const { objectives: _omitted, ...withoutObjectives } = module1;
		assert.ok(issues(withoutObjectives).some((issue) => issue.startsWith('objectives:')));
		assert.ok(issues({ ...module1, dayz: 2 }).some((issue) => /dayz/.test(issue)));
	});

	it('accepts the MLOps deep dive without module-only fields', () => {
		const { number: _n, exercise: _e, solutionReview: _s, ...rest } = module1;
		assert.deepEqual(issues({ ...rest, kind: 'mlops', name: 'MLOps deep dive', day: 5 }), []);
	});
});

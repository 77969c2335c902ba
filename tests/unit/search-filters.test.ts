import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SessionSchema } from '../../src/course/schema.ts';
import { searchFilters } from '../../src/search/search-filters.ts';

const base = { objectives: ['o'], discussion: ['d'], takeaways: ['t'] };
const entries = [
	{
		id: 'modules/fraud',
		data: {
			title: 'Fraud',
			session: SessionSchema.parse({
				...base,
				kind: 'module',
				number: 1,
				name: 'Fraud detection',
				day: 1,
				hours: { min: 4, max: 6 },
				lecture: { minutes: 10, topics: [{ title: 'Intro', minutes: 10 }] },
				exercise: { min: 2, max: 3 },
				solutionReview: 30,
			}),
		},
	},
	{
		id: 'mlops',
		data: {
			title: 'MLOps',
			session: SessionSchema.parse({
				...base,
				kind: 'mlops',
				name: 'MLOps deep dive',
				day: 5,
				hours: { min: 4, max: 6 },
			}),
		},
	},
	{ id: 'mlops/monitoring', data: { title: 'Monitoring' } },
	{ id: 'reference/faq', data: { title: 'FAQ' } },
	{ id: 'instructor/notes', data: { title: 'Notes' } },
	{ id: 'getting-started', data: { title: 'Getting started' } },
];

describe('searchFilters', () => {
	it('files a module page under its module and the Module kind', () => {
		assert.deepEqual(searchFilters('modules/fraud', entries), { module: 'Module 1: Fraud detection', kind: 'Module' });
	});

	it("files the MLOps pages under the deep dive's session, index and sub-pages alike", () => {
		assert.deepEqual(searchFilters('mlops', entries), { module: 'MLOps deep dive', kind: 'MLOps' });
		assert.deepEqual(searchFilters('mlops/monitoring', entries), { module: 'MLOps deep dive', kind: 'MLOps' });
	});

	it('gives pages outside any session only their kind', () => {
		assert.deepEqual(searchFilters('reference/faq', entries), { kind: 'Reference' });
		assert.deepEqual(searchFilters('instructor/notes', entries), { kind: 'Instructor page' });
		assert.deepEqual(searchFilters('getting-started', entries), { kind: 'Course' });
	});
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mlopsEntry, session } from '../helpers/sessions.ts';
import { buildSchedule, scheduleGantt } from '../../src/course/schedule.ts';

const moduleSession = (number: number, day: number, min: number, max: number) =>
	session({
		kind: 'module',
		number,
		name: `Topic ${number}`,
		day,
		hours: { min, max },
		lecture: { minutes: 45, topics: [{ title: 'Only', minutes: 45 }] },
		exercise: { min: 2, max: 3 },
		solutionReview: 30,
	});

const entries = [
	{
		id: 'architecture-review',
		data: {
			title: 'Review',
			session: session({ kind: 'architecture', name: 'Architecture review', day: 5, hours: { min: 2, max: 4 } }),
		},
	},
	{ id: 'modules/b', data: { title: 'B', session: moduleSession(2, 2, 4, 6) } },
	{ id: 'getting-started', data: { title: 'Getting started' } },
	{ id: 'modules/a', data: { title: 'A', session: moduleSession(1, 1, 4, 6) } },
	mlopsEntry(),
];

describe('buildSchedule', () => {
	it('orders days, and sessions within a day: modules by number, then MLOps, then the review', () => {
		const schedule = buildSchedule(entries);
		assert.deepEqual(
			schedule.days.map((day) => [day.day, day.sessions.map((page) => page.id)]),
			[
				[1, ['modules/a']],
				[2, ['modules/b']],
				[5, ['mlops', 'architecture-review']],
			],
		);
	});

	it('adds up hours per day and in total, and lecture minutes, from the metadata alone', () => {
		const schedule = buildSchedule(entries);
		assert.deepEqual(
			schedule.days.map((day) => day.hours),
			[
				{ min: 4, max: 6 },
				{ min: 4, max: 6 },
				{ min: 6, max: 10 },
			],
		);
		assert.deepEqual(schedule.hours, { min: 14, max: 22 });
		assert.equal(schedule.lectureMinutes, 45 + 45 + 90);
	});

	it('shows what the program states and the difference, without bending either', () => {
		const schedule = buildSchedule(entries);
		assert.deepEqual(schedule.program.hours, { min: 28, max: 42 });
		assert.deepEqual(schedule.difference, { min: 14, max: 20 });
	});
});

describe('scheduleGantt', () => {
	it('draws a section per day, each session at its minimum with the optional extra after it', () => {
		const gantt = scheduleGantt(buildSchedule(entries));
		assert.match(gantt, /^gantt\n {2}accTitle: Course schedule by day\n/);
		assert.deepEqual(gantt.match(/section Day \d/g), ['section Day 1', 'section Day 2', 'section Day 5']);
		assert.match(gantt, /Module 1 - Topic 1 4 h :t1, 09:00, 4h\n {2}up to 2 h more :active, t2, after t1, 2h/);
		assert.match(gantt, /Architecture review 2 h :t\d+, after t\d+, 2h/);
	});
});

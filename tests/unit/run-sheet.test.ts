import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { mlopsEntry, session } from '../helpers/sessions.ts';
import { readSessions } from '../../src/course/read-sessions.ts';
import { buildRunSheet, clockTime, openTimeTitle, planMinutes, type RunSheetDay } from '../../src/course/run-sheet.ts';
import { parseRunSheetConfig, runSheetConfig, runSheetSettings } from '../../src/course/run-sheet-config.ts';

const config = parseRunSheetConfig({
	start: '09:00',
	end: '17:00',
	breaks: { minutes: 15, at: ['10:30', '15:00'] },
	lunch: { minutes: 60, at: '12:15' },
	discussionMinutes: 20,
	durations: 'minimum',
});
const typical = parseRunSheetConfig({ ...runSheetSettings, durations: undefined });

const entries = [
	{
		id: 'modules/fraud',
		data: {
			title: 'Fraud',
			session: session({
				kind: 'module',
				number: 1,
				name: 'Fraud detection',
				day: 1,
				hours: { min: 4, max: 6 },
				lecture: {
					minutes: 45,
					topics: [
						{ title: 'Introduction', minutes: 10 },
						{ title: 'Imbalanced data', minutes: 35 },
					],
				},
				exercise: { min: 2, max: 3 },
				solutionReview: 30,
			}),
		},
	},
	mlopsEntry(),
	{
		id: 'architecture-review',
		data: {
			title: 'Review',
			session: session({ kind: 'architecture', name: 'Architecture review', day: 5, hours: { min: 3, max: 4 } }),
		},
	},
];

/** A day as "start–end kind title" lines, for exact comparison. */
const lines = (day: RunSheetDay | undefined): string[] =>
	(day?.blocks ?? []).map(
		(block) =>
			`${clockTime(block.start)}–${clockTime(block.end)} ${block.kind} ${block.title}${block.continued ? ' (cont.)' : ''}`,
	);

describe('buildRunSheet', () => {
	it('plans at typical durations unless told otherwise: the midpoint of each range, rounded to 5 minutes', () => {
		assert.equal(typical.durations, 'typical');
		assert.equal(planMinutes({ min: 4, max: 6 }, 'typical'), 300);
		assert.equal(planMinutes({ min: 2, max: 3 }, 'typical'), 150);
		assert.equal(planMinutes({ min: 2, max: 3 }, 'maximum'), 180);
		assert.equal(planMinutes({ min: 0.5, max: 0.75 }, 'typical'), 40);
		const [day1] = buildRunSheet(entries, typical);
		assert.ok(day1);
		assert.deepEqual(lines(day1), [
			'09:00–09:10 lecture Introduction',
			'09:10–09:45 lecture Imbalanced data',
			'09:45–10:30 exercise Exercise',
			'10:30–10:45 break Break',
			'10:45–12:15 exercise Exercise (cont.)',
			'12:15–13:15 lunch Lunch',
			// 150 minutes of lab in all: 45 + 90 + 15.
			'13:15–13:30 exercise Exercise (cont.)',
			'13:30–14:00 solution-review Solution review',
			'14:00–14:20 discussion Discussion',
			// 45 + 150 + 30 + 20 minutes fall 55 short of the module's typical 5 hours.
			'14:20–15:00 buffer Buffer',
			'15:00–15:15 break Break',
			'15:15–15:30 buffer Buffer (cont.)',
			`15:30–17:00 open ${openTimeTitle}`,
		]);
		assert.equal(day1.sessionsEnd, 15 * 60 + 30);
		assert.equal(day1.end, runSheetConfig.end);
		assert.deepEqual(day1.blocks.find((block) => block.kind === 'exercise')?.range, { min: 120, max: 180 });
		assert.deepEqual(day1.blocks.find((block) => block.kind === 'buffer')?.range, { min: 25, max: 85 });
		assert.deepEqual(
			day1.blocks.filter((block) => block.kind === 'lecture').map((block) => block.topic),
			[0, 1],
		);
	});

	it('turns a module into clock times, pausing the lab for the break and taking lunch at the next boundary', () => {
		const [day1] = buildRunSheet(entries, config);
		assert.equal(day1?.day, 1);
		assert.deepEqual(lines(day1), [
			'09:00–09:10 lecture Introduction',
			'09:10–09:45 lecture Imbalanced data',
			'09:45–10:30 exercise Exercise',
			'10:30–10:45 break Break',
			'10:45–12:00 exercise Exercise (cont.)',
			'12:00–12:30 solution-review Solution review',
			'12:30–13:30 lunch Lunch',
			'13:30–13:50 discussion Discussion',
			// 45 + 120 + 30 + 20 minutes fall 25 short of the module's 4 hours.
			'13:50–14:15 buffer Buffer',
			// The rest of the day is open time, with the afternoon break where it falls.
			`14:15–15:00 open ${openTimeTitle}`,
			'15:00–15:15 break Break',
			`15:15–17:00 open ${openTimeTitle} (cont.)`,
		]);
		assert.equal(day1.sessionsEnd, 14 * 60 + 15);
		assert.equal(day1.end, 17 * 60);
		assert.equal(day1.overrun, 0);
		assert.ok(
			day1.blocks.every(
				(block) =>
					block.kind === 'break' ||
					block.kind === 'lunch' ||
					block.kind === 'open' ||
					block.session === 'Module 1: Fraud detection',
			),
		);
	});

	it('keeps the real times of a day that overruns and reports by how much', () => {
		const day5 = buildRunSheet(entries, config).find((day) => day.day === 5);
		assert.deepEqual(lines(day5), [
			'09:00–10:30 lecture Deployment',
			'10:30–10:45 break Break',
			'10:45–12:15 buffer Buffer',
			'12:15–13:15 lunch Lunch',
			'13:15–14:15 buffer Buffer (cont.)',
			'14:15–15:00 exercise Group exercise and discussion',
			'15:00–15:15 break Break',
			'15:15–17:30 exercise Group exercise and discussion (cont.)',
		]);
		assert.equal(day5?.overrun, 30);
	});

	it('follows the configuration: a later start and a longer lunch move every block', () => {
		const later = parseRunSheetConfig({
			start: '09:30',
			end: '17:00',
			breaks: { minutes: 10, at: ['11:00'] },
			lunch: { minutes: 90, at: '12:00' },
			discussionMinutes: 30,
			durations: 'minimum',
		});
		const [day1] = buildRunSheet(entries, later);
		assert.equal(lines(day1)[0], '09:30–09:40 lecture Introduction');
		assert.ok(lines(day1).includes('11:00–11:10 break Break'));
		assert.ok(lines(day1).some((line) => /–\d\d:\d\d lunch Lunch$/.test(line) && line.includes('12:')));
		assert.ok(lines(day1).some((line) => line.endsWith('discussion Discussion') && line.includes('–')));
	});

	it('refuses settings whose breaks fall outside the day, naming the field', () => {
		assert.throws(
			() =>
				parseRunSheetConfig({
					start: '09:00',
					end: '17:00',
					breaks: { minutes: 15, at: ['18:00'] },
					lunch: { minutes: 60, at: '9:00' },
					discussionMinutes: 20,
				}),
			(error: unknown) =>
				error instanceof Error &&
				error.message.startsWith('src/course/run-sheet-config.ts') &&
				error.message.includes('breaks.at.0: A break must fall between the start and the end of the day.') &&
				error.message.includes('lunch.at: Write a clock time as HH:MM'),
		);
	});
});

describe('the course run sheet', () => {
	const root = fileURLToPath(new URL('../../', import.meta.url));
	const sessions = readSessions(join(root, 'src/content/docs'), root);
	const days = buildRunSheet(sessions, runSheetConfig);

	it('plans the course at typical durations, so days 1, 2 and 4 end their sessions at 15:30 and day 3 at 16:30', () => {
		assert.equal(runSheetConfig.durations, 'typical');
		assert.deepEqual(
			days.map((day) => `Day ${day.day}: sessions end ${clockTime(day.sessionsEnd)}, day ends ${clockTime(day.end)}`),
			[
				'Day 1: sessions end 15:30, day ends 17:00',
				'Day 2: sessions end 15:30, day ends 17:00',
				'Day 3: sessions end 16:30, day ends 17:00',
				'Day 4: sessions end 15:30, day ends 17:00',
				'Day 5: sessions end 18:30, day ends 18:30',
			],
		);
	});

	it('accounts for every minute of every day, from its start to its end or the end of day, whichever is later', () => {
		for (const day of days) {
			const covered = day.blocks.reduce((total, block) => total + block.end - block.start, 0);
			assert.equal(covered, Math.max(day.end, runSheetConfig.end) - runSheetConfig.start, `day ${day.day}`);
			assert.equal(day.end, Math.max(day.sessionsEnd, runSheetConfig.end), `day ${day.day}`);
			if (day.sessionsEnd < runSheetConfig.end) assert.equal(day.blocks.at(-1)?.kind, 'open', `day ${day.day}`);
		}
	});

	it('gives every block of every session its minutes from the metadata, back to back', () => {
		for (const { data } of sessions) {
			const session = data.session;
			if (!session) continue;
			const day = days.find((candidate) => candidate.day === session.day);
			assert.ok(day, `day ${session.day}`);
			const label = session.kind === 'module' ? `Module ${session.number ?? ''}: ${session.name}` : session.name;
			const own = day.blocks.filter((block) => block.session === label);
			const minutes = (kind: string, title?: string) =>
				own
					.filter((block) => block.kind === kind && (title === undefined || block.title === title))
					.reduce((total, block) => total + block.end - block.start, 0);
			for (const topic of session.lecture?.topics ?? []) {
				assert.equal(minutes('lecture', topic.title), topic.minutes, `${label}: ${topic.title}`);
			}
			if (session.exercise) {
				assert.equal(
					minutes('exercise'),
					((session.exercise.min + session.exercise.max) / 2) * 60,
					`${label}: exercise`,
				);
			}
			if (session.solutionReview) assert.equal(minutes('solution-review'), session.solutionReview, `${label}: review`);
			const total = own.reduce((sum, block) => sum + block.end - block.start, 0);
			assert.ok(
				total >= ((session.hours.min + session.hours.max) / 2) * 60,
				`${label} lasts at least its typical hours`,
			);
		}
		for (const day of days) {
			day.blocks.forEach((block, index) => {
				assert.equal(block.start, index === 0 ? runSheetConfig.start : day.blocks[index - 1]?.end, `day ${day.day}`);
			});
		}
	});

	it('flags day 5, which holds the MLOps deep dive and the architecture review, as running past the end of day', () => {
		const day5 = days.find((day) => day.day === 5);
		assert.ok(day5);
		const sessionMinutes = sessions
			.filter(({ data }) => data.session?.day === 5)
			.reduce(
				(total, { data }) =>
					total +
					Math.max(
						(((data.session?.hours.min ?? 0) + (data.session?.hours.max ?? 0)) / 2) * 60,
						data.session?.lecture?.minutes ?? 0,
					),
				0,
			);
		const pauses = day5.blocks
			.filter((block) => block.kind === 'break' || block.kind === 'lunch')
			.reduce((total, block) => total + block.end - block.start, 0);
		assert.equal(day5.end, runSheetConfig.start + sessionMinutes + pauses);
		assert.ok(day5.overrun > 0);
		assert.equal(day5.overrun, day5.end - runSheetConfig.end);
	});
});

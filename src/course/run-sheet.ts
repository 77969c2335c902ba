import type { RunSheetConfig } from './run-sheet-config.ts';
import type { Session } from './schema.ts';
import { sessionLabel } from './schedule.ts';
import { sessionsInOrder } from './sessions.ts';

/** What a block of the day is. */
export type RunSheetBlockKind =
	'lecture' | 'exercise' | 'solution-review' | 'discussion' | 'buffer' | 'break' | 'lunch';

/** One timed block of a day; times are minutes after midnight. */
export interface RunSheetBlock {
	kind: RunSheetBlockKind;
	title: string;
	/** The session it belongs to ("Module 3: Text classification"); absent for breaks and lunch. */
	session?: string;
	/** The session's page id, for a link back. */
	sessionId?: string;
	start: number;
	end: number;
	/** True when this is the rest of a lab that paused for a break. */
	continued?: boolean;
}

/** A day's run sheet: its blocks in order, when it ends, and by how much it overruns the configured end. */
export interface RunSheetDay {
	day: number;
	blocks: RunSheetBlock[];
	start: number;
	end: number;
	/** Minutes past the configured end of day; 0 when the day fits. */
	overrun: number;
}

interface PlannedBlock {
	kind: RunSheetBlockKind;
	title: string;
	minutes: number;
	/** A lab can pause for a break or lunch; a lecture topic, review or discussion is not cut in two. */
	divisible: boolean;
}

/**
 * Turns the sessions' metadata into clock times per day, using each session's minimum durations: lecture
 * topics, the exercise's minimum hours, the solution review, the configured discussion length, and a buffer
 * up to the session's minimum hours when its blocks fall short. Breaks and lunch are taken at the first
 * block boundary at or after their configured time, pausing a lab if one is running. A day that runs past
 * the configured end keeps its real times and reports the overrun.
 */
export function buildRunSheet(entries: Parameters<typeof sessionsInOrder>[0], config: RunSheetConfig): RunSheetDay[] {
	const sessions = sessionsInOrder(entries);
	const days = [...new Set(sessions.map(({ session }) => session.day))].sort((a, b) => a - b);
	return days.map((day) => {
		const pauses = [
			...config.breaks.at.map((at) => ({ kind: 'break' as const, title: 'Break', at, minutes: config.breaks.minutes })),
			{ kind: 'lunch' as const, title: 'Lunch', at: config.lunch.at, minutes: config.lunch.minutes },
		].sort((a, b) => a.at - b.at);
		const blocks: RunSheetBlock[] = [];
		let time = config.start;
		const takeDuePauses = (): void => {
			while (pauses[0] && pauses[0].at <= time) {
				const pause = pauses.shift();
				if (!pause) break;
				blocks.push({ kind: pause.kind, title: pause.title, start: time, end: time + pause.minutes });
				time += pause.minutes;
			}
		};
		for (const { id, session } of sessions.filter((page) => page.session.day === day)) {
			const label = sessionLabel(session);
			for (const planned of plannedBlocks(session, config)) {
				let remaining = planned.minutes;
				let continued = false;
				while (remaining > 0) {
					takeDuePauses();
					const nextPause = pauses[0]?.at;
					const length =
						planned.divisible && nextPause !== undefined && nextPause < time + remaining ? nextPause - time : remaining;
					blocks.push({
						kind: planned.kind,
						title: planned.title,
						session: label,
						sessionId: id,
						start: time,
						end: time + length,
						...(continued ? { continued } : {}),
					});
					time += length;
					remaining -= length;
					continued = true;
				}
			}
		}
		return { day, blocks, start: config.start, end: time, overrun: Math.max(0, time - config.end) };
	});
}

/** A session's blocks in teaching order, at their minimum length. */
function plannedBlocks(session: Session, config: RunSheetConfig): PlannedBlock[] {
	const blocks: PlannedBlock[] = (session.lecture?.topics ?? []).map((topic) => ({
		kind: 'lecture',
		title: topic.title,
		minutes: topic.minutes,
		divisible: false,
	}));
	if (session.exercise) {
		blocks.push({ kind: 'exercise', title: 'Exercise', minutes: session.exercise.min * 60, divisible: true });
	}
	if (session.solutionReview) {
		blocks.push({
			kind: 'solution-review',
			title: 'Solution review',
			minutes: session.solutionReview,
			divisible: false,
		});
	}
	if (session.kind === 'module') {
		blocks.push({ kind: 'discussion', title: 'Discussion', minutes: config.discussionMinutes, divisible: false });
	}
	const planned = blocks.reduce((total, block) => total + block.minutes, 0);
	const minimum = session.hours.min * 60;
	if (planned < minimum) {
		// The architecture review has no lecture: its whole time is the group exercise and discussion.
		const title = blocks.length === 0 ? 'Group exercise and discussion' : 'Buffer';
		blocks.push({
			kind: blocks.length === 0 ? 'exercise' : 'buffer',
			title,
			minutes: minimum - planned,
			divisible: true,
		});
	}
	return blocks;
}

/** "09:05" from minutes after midnight; past midnight it keeps counting ("24:30") rather than wrap. */
export function clockTime(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

import type { DurationPlan, RunSheetConfig } from './run-sheet-config.ts';
import type { Session } from './schema.ts';
import { sessionLabel } from './schedule.ts';
import { sessionsInOrder } from './sessions.ts';

/** What a block of the day is. */
export type RunSheetBlockKind =
	'lecture' | 'exercise' | 'solution-review' | 'discussion' | 'buffer' | 'open' | 'break' | 'lunch';

/** The title of the time a day has left after its sessions, which the guide gives to Q&A and troubleshooting. */
export const openTimeTitle = 'Questions, troubleshooting and catch-up';

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
	/** For a lecture block, its 0-based place in the session's lecture topics. */
	topic?: number;
	/** The whole planned block's length at the minimum and the maximum durations, when they differ (minutes). */
	range?: { min: number; max: number };
}

/** A day's run sheet: its blocks in order, when it ends, and by how much it overruns the configured end. */
export interface RunSheetDay {
	day: number;
	blocks: RunSheetBlock[];
	start: number;
	end: number;
	/** When the day's last session ends, before any open time that fills the day. */
	sessionsEnd: number;
	/** Minutes past the configured end of day; 0 when the day fits. */
	overrun: number;
}

interface PlannedBlock {
	kind: RunSheetBlockKind;
	title: string;
	minutes: number;
	/** A lab can pause for a break or lunch; a lecture topic, review or discussion is not cut in two. */
	divisible: boolean;
	topic?: number;
	range?: { min: number; max: number };
}

/** A range's length in minutes at a plan: `typical` is its midpoint, rounded to 5 minutes. */
export function planMinutes({ min, max }: { min: number; max: number }, plan: DurationPlan): number {
	const hours = plan === 'minimum' ? min : plan === 'maximum' ? max : (min + max) / 2;
	return Math.round((hours * 60) / 5) * 5;
}

/**
 * Turns the sessions' metadata into clock times per day, at the configured plan's durations (typical: the
 * midpoint of each range): lecture topics, the exercise's hours, the solution review, the configured
 * discussion length, and a buffer up to the session's hours when its blocks fall short. Breaks and lunch are
 * taken at the first block boundary at or after their configured time, pausing a lab if one is running. Time
 * left before the end of day is open time (questions, troubleshooting, catch-up), so every day is accounted
 * for to its end. A day that runs past the configured end keeps its real times and reports the overrun.
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
				const extra = {
					...(planned.topic !== undefined ? { topic: planned.topic } : {}),
					...(planned.range ? { range: planned.range } : {}),
				};
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
						...(continued ? { continued } : extra),
					});
					time += length;
					remaining -= length;
					continued = true;
				}
			}
		}
		const sessionsEnd = time;
		let continued = false;
		while (time < config.end) {
			takeDuePauses();
			if (time >= config.end) break;
			const until = Math.min(config.end, pauses[0]?.at ?? config.end);
			blocks.push({
				kind: 'open',
				title: openTimeTitle,
				start: time,
				end: until,
				...(continued ? { continued } : {}),
			});
			time = until;
			continued = true;
		}
		return { day, blocks, start: config.start, end: time, sessionsEnd, overrun: Math.max(0, time - config.end) };
	});
}

/** A session's blocks in teaching order, at the plan's lengths, each with its range. */
function plannedBlocks(session: Session, config: RunSheetConfig): PlannedBlock[] {
	const atPlan = plannedAt(session, config, config.durations);
	const atMin = plannedAt(session, config, 'minimum');
	const atMax = plannedAt(session, config, 'maximum');
	return atPlan.map((block) => {
		const same = (other: PlannedBlock) => other.kind === block.kind && other.title === block.title;
		const min = atMin.find(same)?.minutes ?? 0;
		const max = atMax.find(same)?.minutes ?? 0;
		return min === max && min === block.minutes ? block : { ...block, range: { min, max } };
	});
}

/** A session's blocks in teaching order, at one plan's lengths. */
function plannedAt(session: Session, config: RunSheetConfig, plan: DurationPlan): PlannedBlock[] {
	const blocks: PlannedBlock[] = (session.lecture?.topics ?? []).map((topic, index) => ({
		kind: 'lecture',
		title: topic.title,
		minutes: topic.minutes,
		divisible: false,
		topic: index,
	}));
	if (session.exercise) {
		blocks.push({ kind: 'exercise', title: 'Exercise', minutes: planMinutes(session.exercise, plan), divisible: true });
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
	const target = planMinutes(session.hours, plan);
	if (planned < target) {
		// The architecture review has no lecture: its whole time is the group exercise and discussion.
		const title = blocks.length === 0 ? 'Group exercise and discussion' : 'Buffer';
		blocks.push({
			kind: blocks.length === 0 ? 'exercise' : 'buffer',
			title,
			minutes: target - planned,
			divisible: true,
		});
	}
	return blocks;
}

/** "09:05" from minutes after midnight; past midnight it keeps counting ("24:30") rather than wrap. */
export function clockTime(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

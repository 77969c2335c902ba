import type { Session } from './schema.ts';
import { sessionsInOrder, type SessionPage } from './sessions.ts';
import { program } from './program.ts';

/** An inclusive range of hours. */
export interface HoursRange {
	min: number;
	max: number;
}

/** One course day and the sessions it holds, in order. */
export interface ScheduleDay {
	day: number;
	sessions: SessionPage[];
	hours: HoursRange;
}

/** The whole schedule: days, totals, and how they compare with the program's stated length. */
export interface Schedule {
	days: ScheduleDay[];
	hours: HoursRange;
	lectureMinutes: number;
	program: { hours: HoursRange; unscheduled: string };
	/** Program hours minus session hours: what the sessions' metadata does not account for. */
	difference: HoursRange;
}

const sum = (ranges: HoursRange[]): HoursRange => ({
	min: ranges.reduce((total, range) => total + range.min, 0),
	max: ranges.reduce((total, range) => total + range.max, 0),
});

/** Builds the schedule from the pages' session metadata; nothing in it is typed by hand. */
export function buildSchedule(entries: Parameters<typeof sessionsInOrder>[0]): Schedule {
	const sessions = sessionsInOrder(entries);
	const dayNumbers = [...new Set(sessions.map(({ session }) => session.day))].sort((a, b) => a - b);
	const days = dayNumbers.map((day) => {
		const onDay = sessions.filter(({ session }) => session.day === day);
		return { day, sessions: onDay, hours: sum(onDay.map(({ session }) => session.hours)) };
	});
	const hours = sum(days.map((day) => day.hours));
	return {
		days,
		hours,
		lectureMinutes: sessions.reduce((total, { session }) => total + (session.lecture?.minutes ?? 0), 0),
		program: { hours: program.hours, unscheduled: program.unscheduled },
		difference: { min: program.hours.min - hours.min, max: program.hours.max - hours.max },
	};
}

/** A session's display name: "Module 1: Fraud detection", or its own name. */
export function sessionLabel(session: Session): string {
	return session.kind === 'module' ? `Module ${session.number ?? '?'}: ${session.name}` : session.name;
}

/** The Mermaid Gantt source for the schedule: a section per day, each session's core hours and its optional extension. */
export function scheduleGantt(schedule: Schedule, startTime = '09:00'): string {
	const lines = [
		'gantt',
		'  accTitle: Course schedule by day',
		`  accDescr: Each day's sessions from ${startTime}, the minimum duration as a solid bar and the optional extra hours up to the maximum after it. The sessions add up to ${schedule.hours.min} to ${schedule.hours.max} hours.`,
		'  dateFormat HH:mm',
		'  axisFormat %H:%M',
		'  todayMarker off',
	];
	let task = 0;
	for (const day of schedule.days) {
		lines.push(`  section Day ${day.day}`);
		let previous: string | undefined;
		for (const { session } of day.sessions) {
			const core = `t${(task += 1)}`;
			const label = sessionLabel(session).replace(/[:;#]/g, ' -');
			lines.push(
				`  ${label} ${session.hours.min} h :${core}, ${previous ? `after ${previous}` : startTime}, ${session.hours.min}h`,
			);
			previous = core;
			const extra = session.hours.max - session.hours.min;
			if (extra > 0) {
				const optional = `t${(task += 1)}`;
				lines.push(`  up to ${extra} h more :active, ${optional}, after ${core}, ${extra}h`);
				previous = optional;
			}
		}
	}
	return lines.join('\n');
}

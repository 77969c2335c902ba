import type { z } from 'astro/zod';
import type { HoursRangeSchema } from './schema.ts';

type HoursRange = z.output<typeof HoursRangeSchema>;

/** "4–6 hours", or "4 hours" when the range is a single value. */
export function formatHours({ min, max }: HoursRange): string {
	const unit = max === 1 ? 'hour' : 'hours';
	return min === max ? `${min} ${unit}` : `${min}–${max} ${unit}`;
}

/** "45 min", or "1 h 30 min" from an hour on. */
export function formatMinutes(minutes: number): string {
	if (minutes < 60) return `${minutes} min`;
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

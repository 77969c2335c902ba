import { z } from 'astro/zod';

/** The lengths a run sheet can be planned at. */
export const durationPlans = ['minimum', 'typical', 'maximum'] as const;
/** One of them. */
export type DurationPlan = (typeof durationPlans)[number];

const clockTime = z
	.string()
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Write a clock time as HH:MM, e.g. "09:00".' })
	.transform((time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));

/**
 * The shape of a training day: when it starts and should end, when the breaks and lunch fall and how long
 * they last, and the discussion length the session metadata does not state. Times become minutes after
 * midnight.
 */
export const RunSheetConfigSchema = z
	.object({
		start: clockTime,
		end: clockTime,
		breaks: z.object({ minutes: z.number().int().positive(), at: z.array(clockTime) }).strict(),
		lunch: z.object({ minutes: z.number().int().positive(), at: clockTime }).strict(),
		/** Minutes of each module's discussion: the metadata lists the questions, not their time. */
		discussionMinutes: z.number().int().positive(),
		/**
		 * Which length of each range the day is planned at: `typical` (the midpoint of each min–max range,
		 * rounded to 5 minutes), `minimum` or `maximum`. The other two are shown beside it.
		 */
		durations: z.enum(durationPlans).default('typical'),
	})
	.strict()
	.superRefine((config, context) => {
		if (config.end <= config.start) {
			context.addIssue({ code: 'custom', path: ['end'], message: 'The day must end after it starts.' });
		}
		for (const [path, at] of [
			...config.breaks.at.map((at, index) => [['breaks', 'at', index], at] as const),
			[['lunch', 'at'], config.lunch.at] as const,
		]) {
			if (at <= config.start || at >= config.end) {
				context.addIssue({
					code: 'custom',
					path: [...path],
					message: 'A break must fall between the start and the end of the day.',
				});
			}
		}
	});

/** The run sheet's settings as written, before validation. */
export type RunSheetConfigInput = z.input<typeof RunSheetConfigSchema>;
/** The run sheet's settings, validated, with times in minutes after midnight. */
export type RunSheetConfig = z.output<typeof RunSheetConfigSchema>;

/**
 * The one place the day's timing is set: change a time or length here and every run sheet follows.
 * Breaks and lunch fall at the first block boundary at or after their time; a lab is paused for them.
 */
export const runSheetSettings: RunSheetConfigInput = {
	start: '09:00',
	end: '17:00',
	breaks: { minutes: 15, at: ['10:30', '15:00'] },
	lunch: { minutes: 60, at: '12:15' },
	// The modules' timing plans give "about 20 min" for the discussion questions.
	discussionMinutes: 20,
	// A course plans at the middle of each range; the minimum and maximum are shown beside it.
	durations: 'typical',
};

/** The validated run sheet settings; a bad value stops the build here, naming the field. */
export const runSheetConfig: RunSheetConfig = parseRunSheetConfig(runSheetSettings);

/** Validates run sheet settings, with an error that names the file and field to fix. */
export function parseRunSheetConfig(input: RunSheetConfigInput): RunSheetConfig {
	const result = RunSheetConfigSchema.safeParse(input);
	if (result.success) return result.data;
	const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	throw new Error(`src/course/run-sheet-config.ts: invalid run sheet settings.\n  ${issues.join('\n  ')}`);
}

import { z } from 'astro/zod';

/** A range of hours, as the guide gives durations ("4-6 hours"). */
export const HoursRangeSchema = z
	.object({ min: z.number().positive(), max: z.number().positive() })
	.strict()
	.refine((range) => range.min <= range.max, {
		error: 'The duration range is inverted: `min` must not be larger than `max`.',
	});

/** One lecture topic with its minutes. */
export const LectureTopicSchema = z.object({ title: z.string().min(1), minutes: z.number().int().positive() }).strict();

/** A lecture: its length and the topics that fill it exactly. */
export const LectureSchema = z
	.object({ minutes: z.number().int().positive(), topics: z.array(LectureTopicSchema).min(1) })
	.strict()
	.superRefine((lecture, context) => {
		const sum = lecture.topics.reduce((total, topic) => total + topic.minutes, 0);
		if (sum !== lecture.minutes) {
			context.addIssue({
				code: 'custom',
				path: ['minutes'],
				message: `The lecture topics add up to ${sum} minutes, but \`lecture.minutes\` says ${lecture.minutes}. Make the topic minutes add up to the lecture length.`,
			});
		}
	});

const sessionKinds = ['module', 'mlops', 'architecture'] as const;

/**
 * A scheduled part of the course (a module, the MLOps deep dive, the architecture review). The schedule,
 * the module header, the home page cards and the revision sheet are all rendered from it.
 */
export const SessionSchema = z
	.object({
		kind: z.enum(sessionKinds),
		number: z.number().int().positive().optional(),
		name: z.string().min(1),
		day: z.number().int().min(1).max(5),
		hours: HoursRangeSchema,
		lecture: LectureSchema.optional(),
		exercise: HoursRangeSchema.optional(),
		solutionReview: z.number().int().positive().optional(),
		objectives: z.array(z.string().min(1)).min(1),
		discussion: z.array(z.string().min(1)).min(1),
		takeaways: z.array(z.string().min(1)).min(1),
	})
	.strict()
	.superRefine((session, context) => {
		if (session.kind !== 'module') return;
		for (const field of ['number', 'lecture', 'exercise', 'solutionReview'] as const) {
			if (session[field] === undefined) {
				context.addIssue({
					code: 'custom',
					path: [field],
					message: `A module must declare \`session.${field}\`.`,
				});
			}
		}
	});

/** The course data of a page, as authors write it. */
export type SessionInput = z.input<typeof SessionSchema>;
/** The course data of a page, validated. */
export type Session = z.output<typeof SessionSchema>;

/** Who a page is for: everyone, or instructors only (absent from the student edition). */
export const AudienceSchema = z.enum(['all', 'instructor']).default('all');

/** The front matter this course adds to Starlight's. */
export const coursePageFields = {
	audience: AudienceSchema,
	session: SessionSchema.optional(),
};

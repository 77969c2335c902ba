import { z } from 'astro/zod';

/** The editions one source builds: what learners read, and everything an instructor needs. */
export const editions = ['student', 'instructor'] as const;

/** One of the two editions. */
export type Edition = (typeof editions)[number];

/** `EDITION` as it may arrive from the environment: absent means the student edition. */
export const EditionSchema = z.enum(editions).default('student');

/**
 * Reads and validates the edition once, where the configuration starts; everything downstream receives
 * the result and never reads the environment itself.
 */
export function parseEdition(value: string | undefined): Edition {
	const result = EditionSchema.safeParse(value === '' ? undefined : value);
	if (result.success) return result.data;
	throw new Error(
		`EDITION="${String(value)}" is not an edition of this course. ` +
			`Use one of: ${editions.join(', ')} (for example \`EDITION=instructor npm run dev\`), ` +
			'or leave EDITION unset for the student edition.',
	);
}

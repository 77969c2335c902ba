/**
 * The program as the instructor guide states it. Kept apart from the sessions' own figures so the
 * schedule can show both, and the difference, instead of bending either.
 */
export const program = {
	days: { min: 4, max: 5 },
	hours: { min: 28, max: 42 },
	/** What the guide puts on the program that no session's metadata accounts for. */
	unscheduled: 'Q&A and wrap-up on day 5, the daily Q&A and troubleshooting time (10 % of the course), and breaks',
} as const;

import { sessionLabel } from '../course/schedule.ts';
import { sessionsInOrder } from '../course/sessions.ts';
import { instructorFolder } from '../edition/instructor-pages.ts';

/** The search filters of one page: which part of the course it belongs to, and what kind of page it is. */
export interface SearchFilters {
	/** "Module 3: Text classification", "MLOps deep dive"…; absent for pages outside any session. */
	module?: string;
	kind: string;
}

/** The kinds of page, named as the search dialog shows them. */
export const pageKinds = {
	modules: 'Module',
	mlops: 'MLOps',
	reference: 'Reference',
	[instructorFolder]: 'Instructor page',
} as const;

/** The kind of every instructor note's own search result, in the instructor edition. */
export const instructorNoteKind = 'Instructor note';

/** A kind for the pages outside the folders above (the home page, getting started, the capstone). */
export const otherKind = 'Course';

/**
 * A page's filters, from the course data: its session, or the session whose folder it lies in (the MLOps
 * pages belong to the MLOps deep dive), and the folder it lives in.
 */
export function searchFilters(id: string, entries: Parameters<typeof sessionsInOrder>[0]): SearchFilters {
	const folder = id.split('/')[0] ?? '';
	const owner = sessionsInOrder(entries).find((page) => page.id === id || id.startsWith(`${page.id}/`));
	const kind = folder in pageKinds && id.includes('/') ? pageKinds[folder as keyof typeof pageKinds] : undefined;
	return {
		...(owner ? { module: sessionLabel(owner.session) } : {}),
		kind: kind ?? (id === 'mlops' ? pageKinds.mlops : otherKind),
	};
}

import type { Session } from './schema.ts';

/** A docs entry as far as the course needs it. */
interface Entry {
	id: string;
	data: { title: string; description?: string | undefined; session?: Session | undefined };
}

/** A page that is a scheduled session. */
export interface SessionPage {
	id: string;
	data: Entry['data'];
	session: Session;
}

const kindOrder = { module: 0, mlops: 1, architecture: 2 } as const;

/** The scheduled sessions in course order: by day, then modules by number, then MLOps, then the review. */
export function sessionsInOrder(entries: Entry[]): SessionPage[] {
	return entries
		.flatMap((entry) => (entry.data.session ? [{ id: entry.id, data: entry.data, session: entry.data.session }] : []))
		.sort(
			(a, b) =>
				a.session.day - b.session.day ||
				kindOrder[a.session.kind] - kindOrder[b.session.kind] ||
				(a.session.number ?? 0) - (b.session.number ?? 0),
		);
}

import { fileURLToPath } from 'node:url';
import { readSessions, type SourceSessionEntry } from '../../src/course/read-sessions.ts';
import { findInstructorPages } from '../../src/edition/instructor-pages.ts';
import { listContentFiles, slugOf } from '../../src/sources/source-pages.ts';
import { relative } from 'node:path';

export { formatHours, formatMinutes } from '../../src/course/format.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docsDir = `${root}src/content/docs`;

/** Every page of the course with its session metadata, read from the source as the build reads it. */
export const sessions: SourceSessionEntry[] = readSessions(docsDir, root).sort(
	(a, b) =>
		(a.data.session?.day ?? 0) - (b.data.session?.day ?? 0) ||
		(a.data.session?.number ?? 99) - (b.data.session?.number ?? 99),
);

/** Every page's URL path. */
export const allPaths: string[] = listContentFiles(docsDir).map((file) =>
	`/${slugOf(relative(docsDir, file))}/`.replace('//', '/'),
);

/** The URL paths of the instructor-only pages. */
export const instructorPaths: string[] = findInstructorPages(root, docsDir).map((page) => `/${page.slug}/`);

/** The URL path of a session's page. */
export function sessionPath(entry: SourceSessionEntry): string {
	return `/${entry.id}/`;
}

import { relative } from 'node:path';
import { readSourcePages } from '../sources/source-pages.ts';
import { SessionSchema, type Session } from './schema.ts';

/** A scheduled page as the configuration reads it, shaped like a collection entry. */
export interface SourceSessionEntry {
	id: string;
	data: { title: string; description?: string | undefined; session?: Session | undefined };
}

/**
 * The pages' session metadata read at configuration time, validated with the same schema as the content
 * collection, for the Markdown plugins that need the whole course (the schedule's Gantt chart).
 */
export function readSessions(docsDir: string, root: string): SourceSessionEntry[] {
	return readSourcePages(docsDir).flatMap(({ file, slug, frontmatter }) => {
		if (frontmatter['session'] === undefined) return [];
		const result = SessionSchema.safeParse(frontmatter['session']);
		if (!result.success) {
			const issues = result.error.issues.map((issue) => `session.${issue.path.join('.')}: ${issue.message}`);
			throw new Error(`${relative(root, file)}: invalid session metadata.\n  ${issues.join('\n  ')}`);
		}
		const title = typeof frontmatter['title'] === 'string' ? frontmatter['title'] : slug;
		return [{ id: slug, data: { title, session: result.data } }];
	});
}

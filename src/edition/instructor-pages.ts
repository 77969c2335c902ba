import { relative } from 'node:path';
import { readSourcePages } from '../sources/source-pages.ts';

/** The folder every instructor-only page lives in, and the sidebar group it becomes. */
export const instructorFolder = 'instructor';

/** An instructor-only page: its URL slug and its file, relative to the project root. */
export interface InstructorPage {
	slug: string;
	file: string;
}

/**
 * Finds the pages marked `audience: instructor` before any page is rendered, so every plugin knows them.
 * Also refuses an instructor page outside `instructor/` (or a page there without the marker): the sidebar
 * group and the student edition depend on the two agreeing.
 */
export function findInstructorPages(root: string, docsDir: string): InstructorPage[] {
	const pages: InstructorPage[] = [];
	for (const { file, slug, frontmatter } of readSourcePages(docsDir)) {
		const audience = frontmatter['audience'];
		const inFolder = slug === instructorFolder || slug.startsWith(`${instructorFolder}/`);
		const shown = relative(root, file);
		if (audience === 'instructor' && !inFolder) {
			throw new Error(
				`${shown}: \`audience: instructor\` pages must live in src/content/docs/${instructorFolder}/. Move the file there.`,
			);
		}
		if (inFolder && audience !== 'instructor') {
			throw new Error(
				`${shown}: every page in src/content/docs/${instructorFolder}/ is instructor-only. Add \`audience: instructor\` to its front matter.`,
			);
		}
		if (audience === 'instructor') pages.push({ slug, file: shown });
	}
	return pages;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The folder every instructor-only page lives in, and the sidebar group it becomes. */
export const instructorFolder = 'instructor';

/** An instructor-only page: its URL slug and its file, relative to the project root. */
export interface InstructorPage {
	slug: string;
	file: string;
}

/**
 * Finds the pages marked `audience: instructor` by reading their front matter once, at configuration
 * time, so every plugin knows them before any page is rendered. Also refuses an instructor page outside
 * `instructor/` (or a page there without the marker): the sidebar group and the student edition depend on
 * the two agreeing.
 */
export function findInstructorPages(root: string, docsDir: string): InstructorPage[] {
	const pages: InstructorPage[] = [];
	for (const file of listContentFiles(docsDir)) {
		const slug = slugOf(relative(docsDir, file));
		const audience = frontmatterOf(file)['audience'];
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

function listContentFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** The page's slug as Starlight derives it from the file path (`modules/index.mdx` is `modules`). */
export function slugOf(relativeFile: string): string {
	const withoutExtension = relativeFile
		.split(sep)
		.join('/')
		.replace(/\.mdx?$/, '')
		.toLowerCase();
	return withoutExtension === 'index' ? '' : withoutExtension.replace(/\/index$/, '');
}

function frontmatterOf(file: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	const data: unknown = match?.[1] ? parseYaml(match[1]) : {};
	return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

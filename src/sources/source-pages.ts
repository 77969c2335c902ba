import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** A content file as the configuration sees it, before Astro loads anything. */
export interface SourcePage {
	/** Absolute path. */
	file: string;
	/** The URL slug Starlight derives from the path (`modules/index.mdx` is `modules`). */
	slug: string;
	frontmatter: Record<string, unknown>;
}

/**
 * Reads every page's front matter once, at configuration time, for the plugins that must know about other
 * pages before any page renders (instructor-only pages, the schedule's diagram).
 */
export function readSourcePages(docsDir: string): SourcePage[] {
	return listContentFiles(docsDir).map((file) => ({
		file,
		slug: slugOf(relative(docsDir, file)),
		frontmatter: frontmatterOf(readFileSync(file, 'utf8')),
	}));
}

/** The Markdown and MDX files of the docs collection, in a stable order. */
export function listContentFiles(docsDir: string): string[] {
	return readdirSync(docsDir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** The page's slug as Starlight derives it from the file path. */
export function slugOf(relativeFile: string): string {
	const withoutExtension = relativeFile
		.split(sep)
		.join('/')
		.replace(/\.mdx?$/, '')
		.toLowerCase();
	return withoutExtension === 'index' ? '' : withoutExtension.replace(/\/index$/, '');
}

function frontmatterOf(source: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	const data: unknown = match?.[1] ? parseYaml(match[1]) : {};
	return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

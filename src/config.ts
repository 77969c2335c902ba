import { fileURLToPath } from 'node:url';
import type { AstroUserConfig } from 'astro';
import starlight from '@astrojs/starlight';
import { unified, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Edition } from './edition/edition.ts';
import { findInstructorPages } from './edition/instructor-pages.ts';
import { remarkInstructor } from './edition/remark-instructor.ts';
import { remarkInstructorLinks } from './edition/remark-instructor-links.ts';
import { DiagramCache } from './diagrams/cache.ts';
import { createDiagramRenderer } from './diagrams/render.ts';
import { remarkMermaid } from './diagrams/remark-mermaid.ts';
import { courseIntegration } from './integration.ts';
import { readSessions } from './course/read-sessions.ts';
import { remarkScheduleGantt, scheduleGanttDirective } from './course/remark-schedule-gantt.ts';
import { courseTitle } from './course/identity.ts';
import { courseSidebar, starlightSidebar } from './course/sidebar.ts';
import { readSourcePages } from './source-pages.ts';

/** Everything that varies between builds, validated by the caller (`astro.config.mjs`). */
export interface CourseConfigOptions {
	edition: Edition;
	/** The project root (the folder holding `src/content/docs`). */
	root: URL;
	/** The public URL the edition is served from, for the sitemap and canonical links. */
	site?: string | undefined;
	/** The sub-path the edition is served under, e.g. `/ml-course/`. */
	base?: string | undefined;
}

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The whole site configuration for one edition. `astro.config.mjs` only reads the environment and calls
 * this; test fixtures call it with their own root, so they build exactly what the course builds.
 */
export function courseConfig({ edition, root, site, base = '/' }: CourseConfigOptions): AstroUserConfig {
	const docsDir = fileURLToPath(new URL('src/content/docs/', root));
	const instructorPages = findInstructorPages(fileURLToPath(root), docsDir);
	const renderer = createDiagramRenderer();
	const cache = new DiagramCache(fileURLToPath(new URL('node_modules/.cache/course-diagrams/', root)));

	return {
		root: fileURLToPath(root),
		site: site ?? (edition === 'student' ? 'http://localhost:4321' : 'http://localhost:4322'),
		base,
		trailingSlash: 'always',
		outDir: `./dist/${edition}`,
		// Astro caches rendered Markdown by file content only: a shared cache would hand one edition's HTML
		// to the other.
		cacheDir: `./node_modules/.astro/${edition}`,
		markdown: {
			processor: unified({
				// Order matters: instructor blocks leave the tree before anything else sees them.
				remarkPlugins: [
					[remarkInstructor, { edition, leafDirectives: [scheduleGanttDirective] }],
					...(edition === 'student'
						? ([[remarkInstructorLinks, { instructorPages, base, docsDir }]] satisfies RemarkPlugins)
						: []),
					[remarkScheduleGantt, { sessions: readSessions(docsDir, fileURLToPath(root)) }],
					[remarkMermaid, { renderer, cache }],
				],
			}),
		},
		integrations: [
			starlight({
				title: courseTitle,
				description: 'A 4–5 day, instructor-led AWS machine learning course for senior engineers.',
				favicon: '/favicon.svg',
				lastUpdated: false,
				pagefind: true,
				head:
					edition === 'instructor' ? [{ tag: 'meta', attrs: { name: 'robots', content: 'noindex, nofollow' } }] : [],
				customCss: [
					here('./styles/theme.css'),
					here('./styles/course.css'),
					here('./styles/diagrams.css'),
					here('./styles/print.css'),
					// The student edition ships no instructor styles: not even a class name hints at what is missing.
					...(edition === 'instructor' ? [here('./styles/instructor.css')] : []),
				],
				components: {
					Banner: here('./components/overrides/Banner.astro'),
					Head: here('./components/overrides/Head.astro'),
					PageTitle: here('./components/overrides/PageTitle.astro'),
				},
				sidebar: starlightSidebar(courseSidebar(edition), readSourcePages(docsDir)),
			}),
			courseIntegration({ edition, renderer, cache, root }),
		],
	};
}

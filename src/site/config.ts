import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBuildFolders, type BuildFolders } from '../host/build-folders.ts';
import type { AstroUserConfig } from 'astro';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { unified, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Edition } from '../edition/edition.ts';
import { findInstructorPages } from '../edition/instructor-pages.ts';
import { remarkInstructor, slideDirective } from '../edition/remark-instructor.ts';
import { remarkInstructorLinks } from '../edition/remark-instructor-links.ts';
import { DiagramCache } from '../diagrams/cache.ts';
import { createDiagramRenderer } from '../diagrams/render.ts';
import { remarkMermaid } from '../diagrams/remark-mermaid.ts';
import { courseIntegration } from './integration.ts';
import { rehypeScrollableTables } from '../markdown/rehype-scrollable-tables.ts';
import { rehypePrintTables } from '../markdown/rehype-print-tables.ts';
import { rehypeUniqueAsideNames } from '../markdown/rehype-unique-aside-names.ts';
import { rehypeBaseLinks } from '../markdown/rehype-base-links.ts';
import { readSessions } from '../course/read-sessions.ts';
import { remarkScheduleGantt, scheduleGanttDirective } from '../course/remark-schedule-gantt.ts';
import { dayPlanDirective, remarkDayPlan } from '../course/remark-day-plan.ts';
import { runSheetConfig } from '../course/run-sheet-config.ts';
import { deckHref, sessionDeckHref } from '../slides/deck-plan.ts';
import { courseTitle } from '../course/identity.ts';
import { rehypeChecklistLabels } from '../checklists/rehype-checklist-labels.ts';
import { checklistDirective, remarkChecklistDirective } from '../checklists/remark-checklist-directive.ts';
import { collectInstructorNotes } from '../collected/instructor-notes.ts';
import { instructorNotesDirective, remarkInstructorNotes } from '../collected/remark-instructor-notes.ts';
import { courseSidebar, starlightSidebar } from '../course/sidebar.ts';
import { readSourcePages } from '../sources/source-pages.ts';
import { vitePluginTocTargets } from '../toc/vite-plugin-toc-targets.ts';
import { readLabs } from '../labs/read-labs.ts';
import { readRequirements } from '../labs/requirements.ts';
import { remarkExpect } from '../labs/remark-expect.ts';
import { remarkFileTitle } from '../labs/remark-file-title.ts';
import { remarkLabCard } from '../labs/remark-lab-card.ts';
import { decksOfSources } from '../slides/source-decks.ts';
import { remarkSlides } from '../slides/remark-slides.ts';
import { knowledgeCheckDirective, questionDirective } from '../knowledge-checks/parse.ts';
import { collectedChecksDirective, remarkKnowledgeChecks } from '../knowledge-checks/remark-knowledge-checks.ts';
import { collectKnowledgeChecks } from '../knowledge-checks/collect.ts';
import { exerciseIndexDirective, remarkExerciseIndex } from '../teaching/remark-exercise-index.ts';
import { buildExerciseIndex } from '../teaching/exercise-index.ts';

/** Everything that varies between builds, validated by the caller (`astro.config.mjs`). */
export interface CourseConfigOptions {
	edition: Edition;
	/** The project root (the folder holding `src/content/docs`). */
	root: URL;
	/** The public URL the edition is served from, for the sitemap and canonical links. */
	site?: string | undefined;
	/** The sub-path the edition is served under, e.g. `/ml-course/`. */
	base?: string | undefined;
	/**
	 * Build the same content on plain Starlight, for the benchmark only: no course Markdown plugins (diagrams
	 * stay code, instructor directives stay unhandled), no component overrides or styles, no leak check, and
	 * its own output and cache folders so it never mixes with a real edition.
	 */
	baseline?: boolean;
	/** Where the output and caches go; by default `dist/` and `node_modules/`. */
	folders?: BuildFolders | undefined;
}

/** A path under `src/`, from this folder (`src/site/`). */
const here = (path: string): string => fileURLToPath(new URL(path, new URL('../', import.meta.url)));

/**
 * The whole site configuration for one edition. `astro.config.mjs` only reads the environment and calls
 * this; test fixtures call it with their own root, so they build exactly what the course builds.
 */
export function courseConfig({
	edition,
	root,
	site,
	base = '/',
	baseline = false,
	folders = parseBuildFolders(fileURLToPath(root)),
}: CourseConfigOptions): AstroUserConfig {
	const docsDir = fileURLToPath(new URL('src/content/docs/', root));
	const instructorPages = findInstructorPages(fileURLToPath(root), docsDir);
	const renderer = createDiagramRenderer();
	const cache = new DiagramCache(join(folders.cache, 'course-diagrams'));
	// Every lab card checked against its page before anything renders; the notebooks are built from the same labs.
	const labs = baseline ? [] : readLabs(docsDir, fileURLToPath(root));
	const requirements = baseline ? undefined : readRequirements(docsDir, fileURLToPath(root));
	const sessions = readSessions(docsDir, fileURLToPath(root));
	const sourcePages = readSourcePages(docsDir);
	const decks = decksOfSources(sessions, sourcePages);

	return {
		root: fileURLToPath(root),
		site: site ?? (edition === 'student' ? 'http://localhost:4321' : 'http://localhost:4322'),
		base,
		trailingSlash: 'always',
		outDir: baseline ? join(folders.dist, 'baseline', edition) : join(folders.dist, edition),
		// Astro caches rendered Markdown by file content only: a shared cache would hand one edition's HTML
		// to the other.
		cacheDir: join(folders.astroCache, baseline ? `baseline-${edition}` : edition),
		// Starlight's table of contents, with the page scan that blocked module pages for ~400 ms on a phone replaced.
		vite: baseline ? {} : { plugins: [vitePluginTocTargets()] },
		markdown: baseline
			? {}
			: {
					processor: unified({
						// Order matters: instructor blocks leave the tree before anything else sees them. The collected
						// notes go in first, so they pass through the same pipeline; in the student edition that plugin
						// only refuses its directive.
						remarkPlugins: [
							[
								remarkInstructorNotes,
								{
									edition,
									groups: edition === 'instructor' ? collectInstructorNotes(docsDir, fileURLToPath(root)) : [],
									instructorPages,
									root: fileURLToPath(root),
									base,
								},
							],
							[
								remarkInstructor,
								{
									edition,
									leafDirectives: [
										scheduleGanttDirective,
										dayPlanDirective,
										instructorNotesDirective,
										slideDirective,
										collectedChecksDirective,
										exerciseIndexDirective,
									],
									containerDirectives: [checklistDirective, slideDirective, knowledgeCheckDirective, questionDirective],
								},
							],
							[
								remarkExerciseIndex,
								{
									edition,
									sections: edition === 'instructor' ? buildExerciseIndex(docsDir, fileURLToPath(root)) : [],
									instructorPages,
									root: fileURLToPath(root),
								},
							],
							// Before the checklists: a check's options are written as task lists but are no checklist.
							[
								remarkKnowledgeChecks,
								{
									edition,
									collected: edition === 'instructor' ? collectKnowledgeChecks(docsDir, fileURLToPath(root)) : [],
									instructorPages,
									root: fileURLToPath(root),
								},
							],
							remarkChecklistDirective,
							...(edition === 'student'
								? ([[remarkInstructorLinks, { instructorPages, base, docsDir }]] satisfies RemarkPlugins)
								: []),
							remarkExpect,
							remarkFileTitle,
							[remarkLabCard, { labs }],
							[remarkScheduleGantt, { sessions }],
							[
								remarkDayPlan,
								{ sessions, config: runSheetConfig, deckHref: (id: string) => sessionDeckHref('/', id, sessions) },
							],
							[remarkMermaid, { renderer, cache }],
							// Last: the decks take the page as every other plugin left it.
							[remarkSlides, { edition, base, docsDir, plans: decks.plans, titles: decks.titles }],
						],
						rehypePlugins: [
							rehypeChecklistLabels,
							rehypeScrollableTables,
							rehypePrintTables,
							rehypeUniqueAsideNames,
							[rehypeBaseLinks, { base }],
						],
					}),
				},
		integrations: [
			starlight({
				title: courseTitle,
				// Every internal link and #anchor must resolve; a broken one fails the build with page and link.
				plugins: [
					starlightLinksValidator({
						errorOnRelativeLinks: false,
						// The slide decks are pages of our own, not Starlight's, so the validator cannot see them: the
						// links to decks that exist are known, any other link under /slides/ still fails.
						exclude: decks.plans.flatMap((plan) => [deckHref('/', plan), deckHref(base, plan)]),
					}),
				],
				description: 'A 4–5 day, instructor-led AWS machine learning course for senior engineers.',
				favicon: '/favicon.svg',
				lastUpdated: false,
				// Long lines wrap instead of scrolling: nothing is cut off on screen or in print, and code blocks
				// do not become unnamed scrollable regions. A wrapped part starts two columns deeper than its line
				// (styles/code.css marks it too), so it never reads as a new statement.
				expressiveCode: { defaultProps: { wrap: true, preserveIndent: true, hangingIndent: 2 } },
				pagefind: true,
				head:
					edition === 'instructor' ? [{ tag: 'meta', attrs: { name: 'robots', content: 'noindex, nofollow' } }] : [],
				customCss: baseline
					? []
					: [
							here('./styles/theme.css'),
							here('./styles/course.css'),
							here('./styles/code.css'),
							here('./styles/tables.css'),
							here('./styles/diagrams.css'),
							here('./styles/checklists.css'),
							here('./styles/knowledge-checks.css'),
							here('./styles/print.css'),
							// The student edition ships no instructor styles: not even a class name hints at what is missing.
							...(edition === 'instructor' ? [here('./styles/instructor.css'), here('./presenter/presenter.css')] : []),
						],
				components: baseline
					? {}
					: {
							Banner: here('./components/overrides/Banner.astro'),
							Head: here('./components/overrides/Head.astro'),
							Hero: here('./components/overrides/Hero.astro'),
							Header: here('./components/overrides/Header.astro'),
							PageTitle: here('./components/overrides/PageTitle.astro'),
							SiteTitle: here('./components/overrides/SiteTitle.astro'),
							MarkdownContent: here('./components/overrides/MarkdownContent.astro'),
						},
				sidebar: starlightSidebar(courseSidebar(edition), sourcePages),
			}),
			courseIntegration({
				edition,
				renderer,
				cache,
				root,
				leakCheck: !baseline,
				noteSearch: !baseline,
				labs,
				requirements,
			}),
		],
	};
}

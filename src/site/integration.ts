import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Edition } from '../edition/edition.ts';
import { checkLeaks } from '../edition/leak-check.ts';
import { indexInstructorNotes } from '../search/index-instructor-notes.ts';
import type { DiagramCache } from '../diagrams/cache.ts';
import type { DiagramRenderer } from '../diagrams/render.ts';
import { vitePluginCourseConfig } from './vite-plugin-course-config.ts';
import type { Lab } from '../labs/read-labs.ts';
import type { Requirements } from '../labs/requirements.ts';
import { writeNotebooks } from '../notebooks/write.ts';
import { vitePluginDeckPlugins } from '../slides/vite-plugin-deck-plugins.ts';

/** What the configuration hands the integration. */
export interface CourseIntegrationOptions {
	edition: Edition;
	renderer: DiagramRenderer;
	cache: DiagramCache;
	root: URL;
	/** Whether a student build must pass the leak check (off only for the benchmark's plain-Starlight baseline). */
	leakCheck?: boolean;
	/** The course's labs, checked; each becomes a notebook of this edition. */
	labs?: Lab[];
	requirements?: Requirements | undefined;
	/** Whether the instructor edition's search finds each instructor note as itself (off for the baseline). */
	noteSearch?: boolean;
}

/**
 * Wires the course into Astro: the validated configuration for components, the shared diagram browser's
 * lifetime, and the leak check that every student build must pass before it counts as built.
 */
export function courseIntegration({
	edition,
	renderer,
	cache,
	root,
	leakCheck = true,
	labs = [],
	requirements,
	noteSearch = true,
}: CourseIntegrationOptions): AstroIntegration {
	let outDir: URL | undefined;
	let siteRoot = '';
	return {
		name: 'course',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = config.outDir;
				// Notebooks link to the published edition: its address and base path.
				siteRoot = new URL(config.base, config.site ?? 'http://localhost/').href;
			},
			'astro:build:start': () => {
				// Whatever fails after pages are written (a broken link, a leak, a plugin's own check), the build
				// must not leave a dist/<edition>/ that looks published.
				process.once('exit', (code) => {
					if (code !== 0 && outDir) rmSync(outDir, { recursive: true, force: true });
				});
			},
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [vitePluginCourseConfig({ edition }), vitePluginDeckPlugins({ edition })],
						// `~/components/course` in MDX means this project's components, also from test sites.
						resolve: { alias: [{ find: /^~\//, replacement: fileURLToPath(new URL('../', import.meta.url)) }] },
					},
				});
			},
			'astro:server:done': async () => {
				await renderer.close();
			},
			'astro:build:done': async ({ dir, logger }) => {
				await renderer.close();
				logger.info(
					`diagrams: ${cache.hits} from cache, ${renderer.stats.rendered} rendered in ${renderer.stats.batches} batch(es), ` +
						`${renderer.stats.browserLaunches} browser launch(es)`,
				);
				// Before the leak check, which reads them too.
				const notebooksStarted = performance.now();
				const notebooks = writeNotebooks({ labs, edition, outDir: fileURLToPath(dir), siteRoot, requirements });
				if (notebooks.notebooks.length > 0) {
					logger.info(
						`notebooks: ${String(notebooks.notebooks.length)} notebook(s) and labs.zip (${String(notebooks.zipEntries.length)} files) in ${((performance.now() - notebooksStarted) / 1000).toFixed(2)} s`,
					);
				}
				if (edition === 'instructor' && noteSearch) {
					const started = performance.now();
					const indexed = await indexInstructorNotes(fileURLToPath(dir));
					logger.info(
						`search: ${indexed.pages} pages and ${indexed.notes} instructor notes as results of their own ` +
							`(${((performance.now() - started) / 1000).toFixed(1)} s)`,
					);
				}
				if (edition !== 'student' || !leakCheck) return;
				const report = checkLeaks({
					docsDir: fileURLToPath(new URL('src/content/docs/', root)),
					studentDir: fileURLToPath(dir),
					// The instructor edition is built first, beside this one.
					instructorDir: fileURLToPath(new URL('../instructor/', dir)),
				});
				const scanned = Object.entries(report.scanned)
					.map(([kind, count]) => `${count} ${kind}`)
					.join(', ');
				logger.info(
					`leak check: ${report.pieces} instructor text pieces (${report.blocks} blocks, ${report.pages} instructor-only pages) ` +
						`absent from ${scanned}` +
						(report.presenceChecked
							? '; all present in dist/instructor'
							: '; dist/instructor is missing or older than the content, presence not checked'),
				);
			},
		},
	};
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instructorNotesDirective } from '../collected/remark-instructor-notes.ts';
import { instructorFolder } from '../edition/instructor-pages.ts';
import type { Edition } from '../edition/edition.ts';
import { readSessions } from '../course/read-sessions.ts';
import { courseSidebar, resolveSidebar } from '../course/sidebar.ts';
import { readSourcePages } from '../sources/source-pages.ts';
import { courseBookFile, displayNameOf, handoutFileOf } from './names.ts';

/** A page of the site that goes into handouts. */
export interface PlannedPage {
	slug: string;
	title: string;
	/** What the footer and the table of contents call it: "Module 3: Text classification". */
	name: string;
}

/** A handout of one page: a module, an MLOps topic, the architecture review. */
export interface SingleHandout {
	file: string;
	page: PlannedPage;
}

/** Every handout of one edition. */
export interface HandoutPlan {
	edition: Edition;
	singles: SingleHandout[];
	/**
	 * The whole course, one entry per sidebar group, in sidebar order except that the instructor edition puts
	 * its teaching guide (the instructor pages) first.
	 */
	book: { file: string; groups: { label: string; pages: PlannedPage[] }[] };
}

/**
 * Which pages make which handout, from the sources alone: the course book follows the sidebar, and every
 * module, MLOps page and the architecture review also gets a handout of its own.
 *
 * The instructor edition's book opens, after its contents, with the teaching guide (methodology,
 * preparation, run sheet, assessment, costs, support): what an instructor reads before the course, and what
 * the modules' notes assume. It leaves out the page of collected instructor notes: every note is printed in
 * place, on its own page, and would otherwise be printed twice.
 */
export function planHandouts(edition: Edition, root: string): HandoutPlan {
	const docsDir = join(root, 'src/content/docs');
	const sessions = new Map(readSessions(docsDir, root).map((entry) => [entry.id, entry.data.session]));
	const sidebar = resolveSidebar(courseSidebar(edition), readSourcePages(docsDir));
	const isGuide = (group: (typeof sidebar)[number]): boolean =>
		group.pages.length > 0 && group.pages.every(({ slug }) => slug.startsWith(`${instructorFolder}/`));
	const ordered = [...sidebar.filter(isGuide), ...sidebar.filter((group) => !isGuide(group))];
	const groups = ordered.map((group) => ({
		label: group.label,
		pages: group.pages
			.filter(({ file }) => !collectsNotes(file))
			.map(({ slug, frontmatter }) => {
				const title = typeof frontmatter['title'] === 'string' ? frontmatter['title'] : slug;
				const named = { slug, title, session: sessions.get(slug) };
				return { page: { slug, title, name: displayNameOf(named) }, file: handoutFileOf(named) };
			}),
	}));
	const singles = groups.flatMap((group) =>
		group.pages.flatMap(({ page, file }) => (file === undefined ? [] : [{ file, page }])),
	);
	const files = singles.map((single) => single.file);
	const repeated = files.find((file, index) => files.indexOf(file) !== index);
	if (repeated) throw new Error(`Two pages would both be written to handouts/${repeated}; rename one of them.`);
	return {
		edition,
		singles,
		book: {
			file: courseBookFile,
			groups: groups.map((group) => ({ label: group.label, pages: group.pages.map(({ page }) => page) })),
		},
	};
}

/** Whether a page is the collected instructor notes: it holds the `::instructor-notes` directive on a line of its own. */
function collectsNotes(file: string): boolean {
	return new RegExp(`^::${instructorNotesDirective}\\s*$`, 'm').test(readFileSync(file, 'utf8'));
}

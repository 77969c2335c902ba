import { join } from 'node:path';
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
	/** The whole course in sidebar order, one entry per sidebar group. */
	book: { file: string; groups: { label: string; pages: PlannedPage[] }[] };
}

/**
 * Which pages make which handout, from the sources alone: the course book follows the sidebar, and every
 * module, MLOps page and the architecture review also gets a handout of its own.
 */
export function planHandouts(edition: Edition, root: string): HandoutPlan {
	const docsDir = join(root, 'src/content/docs');
	const sessions = new Map(readSessions(docsDir, root).map((entry) => [entry.id, entry.data.session]));
	const groups = resolveSidebar(courseSidebar(edition), readSourcePages(docsDir)).map((group) => ({
		label: group.label,
		pages: group.pages.map(({ slug, frontmatter }) => {
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

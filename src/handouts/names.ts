// What each handout is called, on disk and in its footer. Pure functions: the page header's "Download PDF"
// link and the generator must agree on every file name.
import type { Session } from '../course/schema.ts';
import type { Edition } from '../edition/edition.ts';

/** The folder under each edition's output that holds its handouts. */
export const handoutsFolder = 'handouts';

/** The file name of the whole course as one book. */
export const courseBookFile = 'course.pdf';

/** The MLOps folder: each of its pages is a topic with its own handout. */
const mlopsFolder = 'mlops';

/** What a page needs to be named: its slug, title and session metadata, if any. */
export interface NamedPage {
	slug: string;
	title: string;
	session?: Pick<Session, 'kind' | 'number' | 'name'> | undefined;
}

/**
 * The handout file of a page that has its own handout (a module, an MLOps topic or the overview, the
 * architecture review), or `undefined`. Names say what they hold and stay stable while titles change:
 * `module-3-text-classification.pdf`, `mlops-model-registry.pdf`, `mlops-overview.pdf`,
 * `architecture-review.pdf`.
 */
export function handoutFileOf(page: NamedPage): string | undefined {
	const leaf = page.slug.split('/').at(-1) ?? page.slug;
	if (page.session?.kind === 'module') return `module-${String(page.session.number)}-${leaf}.pdf`;
	if (page.slug === mlopsFolder) return 'mlops-overview.pdf';
	if (page.slug.startsWith(`${mlopsFolder}/`)) return `mlops-${leaf}.pdf`;
	if (page.session?.kind === 'architecture') return `${page.slug.replaceAll('/', '-')}.pdf`;
	return undefined;
}

/** The name a page goes by in footers and the table of contents: "Module 3: Text classification". */
export function displayNameOf(page: NamedPage): string {
	if (page.session?.kind === 'module') return `Module ${String(page.session.number)}: ${page.session.name}`;
	if (page.session) return page.session.name;
	if (page.slug.startsWith(`${mlopsFolder}/`)) return `MLOps: ${page.title}`;
	return page.title;
}

/** What every footer calls the edition: "Student edition", "Instructor edition". */
export function editionLabelOf(edition: Edition): string {
	return edition === 'instructor' ? 'Instructor edition' : 'Student edition';
}

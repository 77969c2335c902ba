import type { Edition } from '../edition/edition.ts';
import { instructorFolder } from '../edition/instructor-pages.ts';
import type { SourcePage } from '../sources/source-pages.ts';

/** One sidebar group: listed pages, or every page of a folder (what Starlight calls `autogenerate`). */
export type SidebarGroup = { label: string; slugs: string[] } | { label: string; directory: string };

/** A sidebar group with its pages resolved, in the order the sidebar shows them. */
export interface ResolvedGroup {
	label: string;
	pages: SourcePage[];
}

/**
 * The course's sidebar, defined once: the site's navigation is built from it, and so is the course book,
 * which must follow the same order.
 */
export function courseSidebar(edition: Edition): SidebarGroup[] {
	return [
		{ label: 'Start here', slugs: ['getting-started', 'schedule'] },
		{ label: 'Modules', directory: 'modules' },
		{ label: 'MLOps deep dive', directory: 'mlops' },
		{ label: 'Capstone', slugs: ['architecture-review', 'assessment'] },
		{ label: 'Reference', directory: 'reference' },
		...(edition === 'instructor' ? [{ label: 'Instructor', directory: instructorFolder }] : []),
	];
}

/** The sidebar in Starlight's configuration format; listed pages that do not exist (small test sites) are left out. */
export function starlightSidebar(groups: SidebarGroup[], pages: SourcePage[]) {
	const slugs = new Set(pages.map((page) => page.slug));
	return groups.map((group) =>
		'directory' in group
			? { label: group.label, items: [{ autogenerate: { directory: group.directory } }] }
			: { label: group.label, items: group.slugs.filter((slug) => slugs.has(slug)).map((slug) => ({ slug })) },
	);
}

/**
 * The pages of each group in sidebar order. A folder's pages are sorted as Starlight's `autogenerate` sorts
 * them: by `sidebar.order` (unset last), then by slug; pages with `sidebar.hidden` are left out.
 */
export function resolveSidebar(groups: SidebarGroup[], pages: SourcePage[]): ResolvedGroup[] {
	const bySlug = new Map(pages.map((page) => [page.slug, page]));
	return groups.map((group) => {
		if (!('directory' in group)) {
			return { label: group.label, pages: group.slugs.flatMap((slug) => bySlug.get(slug) ?? []) };
		}
		const inFolder = pages.filter(
			(page) =>
				(page.slug === group.directory || page.slug.startsWith(`${group.directory}/`)) && !sidebarOf(page).hidden,
		);
		inFolder.sort((a, b) => orderOf(a) - orderOf(b) || collator.compare(a.slug, b.slug));
		return { label: group.label, pages: inFolder };
	});
}

const collator = new Intl.Collator('en');

function sidebarOf(page: SourcePage): { order?: unknown; hidden?: unknown } {
	const sidebar = page.frontmatter['sidebar'];
	return sidebar && typeof sidebar === 'object' ? sidebar : {};
}

function orderOf(page: SourcePage): number {
	const { order } = sidebarOf(page);
	return typeof order === 'number' ? order : Number.MAX_VALUE;
}

import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { displayPath, failAt } from '../markdown/fail.ts';
import type { InstructorPage } from './instructor-pages.ts';
import { slugOf } from '../sources/source-pages.ts';
import { relative } from 'node:path';

/** What the configuration hands down. */
export interface RemarkInstructorLinksOptions {
	instructorPages: InstructorPage[];
	base: string;
	/** Absolute path of `src/content/docs`, to resolve relative links from the page's own URL. */
	docsDir: string;
}

/**
 * Stops the student build at a link from a student page to an instructor-only page: in the student
 * edition that page does not exist, and the link itself would tell students it does. Runs after the
 * instructor blocks are gone, so links inside them are fine.
 */
export function remarkInstructorLinks({ instructorPages, base, docsDir }: RemarkInstructorLinksOptions) {
	const bySlug = new Map(instructorPages.map((page) => [page.slug, page]));
	const ownFiles = new Set(instructorPages.map((page) => page.file));
	return function transformer(tree: Root, file: VFile): void {
		if (bySlug.size === 0 || ownFiles.has(displayPath(file.path))) return;
		const pageUrl = new URL(`/${slugOf(relative(docsDir, file.path))}/`.replace(/\/+/g, '/'), 'https://course.invalid');
		visit(tree, (node) => {
			const href = hrefOf(node);
			if (!href) return;
			const target = bySlug.get(slugOfHref(href, pageUrl, base));
			if (!target) return;
			failAt(
				file,
				node,
				`This student page links to "${href}", the instructor-only page ${target.file}, which does not exist in the student edition.`,
				'Remove the link, or move it into an :::instructor block.',
				'student-links-instructor-page',
			);
		});
	};
}

function hrefOf(node: { type: string; url?: unknown; attributes?: unknown }): string | undefined {
	if (node.type === 'link' || node.type === 'definition') return typeof node.url === 'string' ? node.url : undefined;
	if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && Array.isArray(node.attributes)) {
		const attribute = (node.attributes as { name?: string; value?: unknown }[]).find((a) => a.name === 'href');
		return typeof attribute?.value === 'string' ? attribute.value : undefined;
	}
	return undefined;
}

/** The slug a link points at on this site, or '' for a link elsewhere. */
function slugOfHref(href: string, pageUrl: URL, base: string): string {
	const url = new URL(href, pageUrl);
	if (url.origin !== pageUrl.origin) return '';
	let path = decodeURIComponent(url.pathname);
	const prefix = base.replace(/\/$/, '');
	if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length);
	return path.replace(/^\/+|\/+$/g, '').toLowerCase();
}

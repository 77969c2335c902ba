import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { listContentFiles } from '../../src/sources/source-pages.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The course's docs folder. */
export const docsDir = join(root, 'src/content/docs');

/** A page's source as authors wrote it, parsed the way the build parses it. */
export function parsePage(relativeFile: string): Root {
	return unified()
		.use(remarkParse)
		.use(remarkFrontmatter)
		.use(remarkGfm)
		.use(remarkDirective)
		.use(remarkMdx)
		.parse(readFileSync(join(docsDir, relativeFile), 'utf8'));
}

/**
 * The task lists of a page that students see (outside instructor blocks), in page order: each list's item
 * texts. Nested task lists count as lists of their own, as on the page.
 */
export function checklistsOf(relativeFile: string): string[][] {
	const lists: string[][] = [];
	visit(parsePage(relativeFile), (node) => {
		if (node.type === 'containerDirective' && node.name === 'instructor') return SKIP;
		if (node.type !== 'list') return;
		const items = node.children.filter((item) => typeof item.checked === 'boolean');
		if (items.length > 0) {
			lists.push(items.map((item) => toString(item.children[0] ?? item).trim()));
		}
		return undefined;
	});
	return lists;
}

/** Every `:::instructor` block's title in the course source (an empty string for an untitled block), page by page. */
export function instructorBlockTitles(): string[] {
	return listContentFiles(docsDir).flatMap((file) => {
		const titles: string[] = [];
		visit(parsePage(relative(docsDir, file)), (node) => {
			if (node.type !== 'containerDirective' || node.name !== 'instructor') return undefined;
			const [first] = node.children;
			titles.push(first?.type === 'paragraph' && first.data?.directiveLabel ? toString(first) : '');
			return SKIP;
		});
		return titles;
	});
}

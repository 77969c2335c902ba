import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { sourceParser } from '../edition/instructor-text.ts';
import { instructorDirective } from '../edition/remark-instructor.ts';
import { listContentFiles } from '../sources/source-pages.ts';

/** One fenced code block of a page, as its author wrote it. */
export interface CodeBlock {
	/** The page, relative to the project root. */
	file: string;
	/** The line of the block's first code line in the page (the fence's line plus one). */
	line: number;
	/** The fence's language, lower case (`python`, `bash`, `yaml`); empty when it has none. */
	lang: string;
	/** The fence's meta string, untouched (`title="buildspec.yml" check=fragment`). */
	meta: string;
	/** `key=value` options of the meta string; a bare word is `true`. */
	options: Record<string, string>;
	code: string;
	/** Inside an `:::instructor` block or on an instructor-only page: only the instructor edition shows it. */
	instructor: boolean;
	/** On an instructor-only page (`audience: instructor`): no student runs it. */
	instructorPage: boolean;
}

/** Every fenced code block of every page of the course, instructor material included, in page order. */
export function readCodeBlocks(docsDir: string, root: string): CodeBlock[] {
	return listContentFiles(docsDir).flatMap((file) => codeBlocksOf(file, readFileSync(file, 'utf8'), root));
}

/**
 * The code blocks of one page, read with the parsers the leak check uses, so an `:::instructor` block is seen
 * exactly as the build sees it.
 */
export function codeBlocksOf(file: string, source: string, root: string): CodeBlock[] {
	const tree: Root = sourceParser(file).parse(source);
	const frontmatter = tree.children.find((node) => node.type === 'yaml');
	const data: unknown = frontmatter && 'value' in frontmatter ? parseYaml(frontmatter.value) : undefined;
	const wholePage =
		typeof data === 'object' && data !== null && (data as Record<string, unknown>)['audience'] === 'instructor';
	const shown = relative(root, file);
	const blocks: CodeBlock[] = [];
	visit(tree, 'code', (node) => {
		const meta = node.meta ?? '';
		blocks.push({
			file: shown,
			line: (node.position?.start.line ?? 0) + 1,
			lang: (node.lang ?? '').toLowerCase(),
			meta,
			options: metaOptions(meta),
			code: node.value,
			instructor: wholePage,
			instructorPage: wholePage,
		});
	});
	// A second walk marks the blocks inside instructor directives (positions identify them).
	const instructorLines = new Set<number>();
	visit(tree, (node) => {
		if (node.type !== 'containerDirective' || node.name !== instructorDirective) return;
		visit(node, 'code', (code) => {
			instructorLines.add((code.position?.start.line ?? 0) + 1);
		});
	});
	return blocks.map((block) => (instructorLines.has(block.line) ? { ...block, instructor: true } : block));
}

/** The `key=value` and `key="value"` options of a fence's meta string, as Expressive Code reads them. */
export function metaOptions(meta: string): Record<string, string> {
	const options: Record<string, string> = {};
	for (const match of meta.matchAll(/([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g)) {
		const [, key = '', double, single, bare] = match;
		options[key] = double ?? single ?? bare ?? 'true';
	}
	return options;
}

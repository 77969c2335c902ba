import { readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { readSourcePages } from '../sources/source-pages.ts';
import { readSessions } from '../course/read-sessions.ts';
import { sessionsInOrder } from '../course/sessions.ts';
import { sourceParser } from '../edition/instructor-text.ts';
import { knowledgeCheckDirective, parseKnowledgeCheck, type KnowledgeCheck } from './parse.ts';
import { explanations, keyOf } from './render.ts';

/** The knowledge checks of one page. */
export interface PageChecks {
	slug: string;
	title: string;
	checks: KnowledgeCheck[];
}

/**
 * Every page's knowledge checks in course order (each session by day, a session's folder pages after its own
 * page in sidebar order, then the other pages), read from the source with the parsers the leak check uses and
 * validated as on the page itself.
 */
export function collectKnowledgeChecks(docsDir: string, root: string): PageChecks[] {
	const sessions = sessionsInOrder(readSessions(docsDir, root));
	const rank = (slug: string, order: number): number => {
		const folder = slug.split('/')[0] ?? '';
		const index = sessions.findIndex(({ id }) => id === slug || (id === folder && slug.startsWith(`${id}/`)));
		return (index === -1 ? sessions.length : index) * 1000 + (sessions[index]?.id === slug ? 0 : 1 + order);
	};
	return readSourcePages(docsDir)
		.map(({ file, slug, frontmatter }) => {
			const source = readFileSync(file, 'utf8');
			const vfile = new VFile({ path: file, value: source });
			const tree: Root = sourceParser(file).parse(source);
			const checks: KnowledgeCheck[] = [];
			visit(tree, 'containerDirective', (node) => {
				if (node.name === knowledgeCheckDirective) checks.push(parseKnowledgeCheck(node, vfile));
			});
			const sidebar = frontmatter['sidebar'];
			const order =
				sidebar && typeof sidebar === 'object' && 'order' in sidebar && typeof sidebar.order === 'number'
					? sidebar.order
					: 999;
			const title = typeof frontmatter['title'] === 'string' ? frontmatter['title'] : slug;
			return { slug, title, checks, rank: rank(slug, order) };
		})
		.filter((page) => page.checks.length > 0)
		.sort((a, b) => a.rank - b.rank || a.slug.localeCompare(b.slug))
		.map(({ slug, title, checks }) => ({ slug, title, checks }));
}

const text = (value: string) => ({ type: 'text' as const, value });

/**
 * The collected page's content: for each page a heading linked to the page's own check, then every question
 * with its key and each option's verdict and explanation, so an instructor can run or mark a check from one page.
 */
export function collectedChecksTree(pages: PageChecks[]): RootContent[] {
	return pages.flatMap((page) => [
		{ type: 'heading', depth: 2, children: [text(page.title)] },
		{
			type: 'paragraph',
			children: [
				text('On the page: '),
				{ type: 'link', url: `/${page.slug}/#knowledge-check`, children: [text(page.title)] },
			],
		},
		...page.checks.map((check): RootContent => ({
			type: 'list',
			ordered: true,
			spread: true,
			data: { hProperties: { className: ['kc-collected'] } },
			children: check.questions.map((question) => ({
				type: 'listItem',
				spread: true,
				children: [
					{
						type: 'paragraph',
						children: [
							{ type: 'strong', children: structuredClone(question.prompt) },
							text(` ${question.multiple ? '(choose all that apply)' : '(choose one)'} · Key: ${keyOf(question)}`),
						],
					},
					explanations(question),
				],
			})),
		})),
	]);
}

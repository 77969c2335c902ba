import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-directive';
import { relative } from 'node:path';
import type { Edition } from '../edition/edition.ts';
import type { InstructorPage } from '../edition/instructor-pages.ts';
import { failAt } from '../markdown/fail.ts';
import { knowledgeCheckDirective, parseKnowledgeCheck, questionDirective, type KnowledgeCheck } from './parse.ts';
import { renderCheck, renderPrintKey } from './render.ts';
import { collectedChecksTree, type PageChecks } from './collect.ts';

/** The leaf directive an instructor page writes where every check of the course, with its key, belongs. */
export const collectedChecksDirective = 'knowledge-checks';

/** Options the configuration hands down. */
export interface RemarkKnowledgeChecksOptions {
	edition: Edition;
	/** Every page's checks in course order, for `::knowledge-checks` (instructor edition; empty in the student one). */
	collected: PageChecks[];
	instructorPages: InstructorPage[];
	/** The project root, to match the page being built against the instructor pages' files. */
	root: string;
}

/**
 * Turns each `::::knowledge-check` block into a self-check (src/knowledge-checks/render.ts), validated at its
 * line, and appends the page's printed answer key after everything else on the page. Replaces
 * `::knowledge-checks` on an instructor-only page with every check of the course and its key; anywhere else that
 * directive fails the build. A stray `:::question` outside a check fails too.
 */
export function remarkKnowledgeChecks({ edition, collected, instructorPages, root }: RemarkKnowledgeChecksOptions) {
	const instructorFiles = new Set(instructorPages.map((page) => page.file));
	return function transformer(tree: Root, file: VFile): void {
		const checks: KnowledgeCheck[] = [];
		visit(tree, (node, index, parent) => {
			if (!parent || index === undefined) return undefined;
			if (node.type === 'leafDirective' && node.name === collectedChecksDirective) {
				if (edition !== 'instructor' || !instructorFiles.has(relative(root, file.path))) {
					failAt(
						file,
						node,
						`"::${collectedChecksDirective}" collects every knowledge check with its key: it belongs on an instructor-only page.`,
						'Use it only on a page under src/content/docs/instructor/ with `audience: instructor`.',
						'knowledge-checks-placement',
					);
				}
				const replacement = collectedChecksTree(collected);
				parent.children.splice(index, 1, ...replacement);
				return [SKIP, index + replacement.length];
			}
			if (node.type !== 'containerDirective') return undefined;
			if (node.name === questionDirective) {
				failAt(
					file,
					node,
					`A ":::${questionDirective}" stands outside a knowledge check.`,
					`Put it inside a "::::${knowledgeCheckDirective}" block (four colons around three).`,
					'knowledge-check-question-outside',
				);
			}
			if (node.name !== knowledgeCheckDirective) return undefined;
			const check = parseKnowledgeCheck(node, file);
			checks.push(check);
			parent.children[index] = renderCheck(check, checks.length, edition);
			return SKIP;
		});
		if (checks.length > 0) tree.children.push(renderPrintKey(checks));
	};
}

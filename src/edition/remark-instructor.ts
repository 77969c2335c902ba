import type { Paragraph, Root, RootContent, PhrasingContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { s } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
// Brings the `hName`/`hProperties` fields rehype reads into mdast's types.
import type {} from 'mdast-util-to-hast';
import type { Edition } from './edition.ts';
import { failAt } from '../markdown/fail.ts';
import { editDistance } from '../markdown/edit-distance.ts';

/** The container directive that marks instructor-only material. */
export const instructorDirective = 'instructor';

/** Starlight's asides: the only other container directives this course knows. */
export const asideDirectives = ['note', 'tip', 'caution', 'danger'] as const;

/**
 * The slide directives (`:::slide[Heading]` slide-only content, `::slide` / `::slide{skip}` before a block):
 * known here so that a typo still fails, handled by `remarkSlides` (src/slides/), which takes them out of
 * every page. The leaf form is known through the `leafDirectives` option like the other plugins' leaves.
 */
export const slideDirective = 'slide';

/** Options the configuration hands down. */
export interface RemarkInstructorOptions {
	edition: Edition;
	/** Leaf directives (`::name`) other plugins handle; any other one is a typo and fails the build. */
	leafDirectives?: string[];
	/** Container directives (`:::name`) other plugins handle, beside `instructor` and Starlight's asides. */
	containerDirectives?: string[];
}

/**
 * Keeps or removes instructor material, and refuses any container directive it does not know, so a typo
 * can never publish instructor text as a plain `<div>`. It must run before every other plugin.
 *
 * ```md
 * :::instructor[Timing plan]
 * Text
 * :::
 * ```
 * student edition: nothing at all. Instructor edition:
 * ```html
 * <aside class="instructor-note" id="note-timing-plan" aria-label="Instructor note: Timing plan" data-pagefind-ignore>
 *   <p class="instructor-note__label"><svg …/>Instructor note<span>Timing plan</span></p>
 *   <div class="instructor-note__content"><p>Text</p></div>
 * </aside>
 * ```
 */
export function remarkInstructor({ edition, leafDirectives = [], containerDirectives = [] }: RemarkInstructorOptions) {
	const knownLeaves = new Set(leafDirectives);
	const knownContainers = new Set<string>([instructorDirective, ...asideDirectives, ...containerDirectives]);
	return function transformer(tree: Root, file: VFile): void {
		const source = String(file.value);
		// Each note gets an anchor of its own, for links and search results that lead to the note itself.
		const slugger = new GithubSlugger();
		visit(tree, (node, index, parent) => {
			if (node.type === 'leafDirective' && !knownLeaves.has(node.name)) {
				failAt(
					file,
					node,
					`Unknown directive "::${node.name}".`,
					knownLeaves.size > 0
						? `Use one of ${[...knownLeaves].map((name) => `::${name}`).join(', ')}, or escape the colons (\\::) to print them.`
						: 'Escape the colons (\\::) to print them.',
					'unknown-directive',
				);
			}
			if (node.type !== 'containerDirective' || parent === undefined || index === undefined) return;
			checkDirective(node, file, source, knownContainers);
			if (node.name !== instructorDirective) return;
			if (edition === 'student') {
				parent.children.splice(index, 1);
				return [SKIP, index];
			}
			parent.children[index] = instructorCallout(node, slugger);
			return SKIP;
		});
	};
}

/** Fails on a misspelt or unclosed container directive, naming the file and line. */
function checkDirective(node: ContainerDirective, file: VFile, source: string, knownContainers: Set<string>): void {
	if (!knownContainers.has(node.name)) {
		const suggestion = closestKnown(node.name, knownContainers);
		failAt(
			file,
			node,
			`Unknown directive ":::${node.name}". Its text would be published to every reader as a plain block.`,
			`${suggestion ? `Did you mean ":::${suggestion}"? ` : ''}Use one of ${[...knownContainers].map((name) => `:::${name}`).join(', ')}.`,
			'unknown-directive',
		);
	}
	const lastLine = node.position ? source.split('\n')[node.position.end.line - 1] : undefined;
	if (lastLine !== undefined && !/^\s*(?:>\s*)*:{3,}\s*$/.test(lastLine)) {
		failAt(
			file,
			node,
			`The ":::${node.name}" block is never closed, so it swallows the rest of the page.`,
			'End the block with a line holding only ":::".',
			'unclosed-directive',
		);
	}
}

/** The known directive a typo was probably meant to be, by edit distance. */
function closestKnown(name: string, knownContainers: Set<string>): string | undefined {
	let best: { name: string; distance: number } | undefined;
	for (const known of knownContainers) {
		const distance = editDistance(name.toLowerCase(), known);
		if (!best || distance < best.distance) best = { name: known, distance };
	}
	return best && best.distance <= 3 ? best.name : undefined;
}

/** Builds the instructor callout in mdast, with the element names rehype will emit. */
function instructorCallout(node: ContainerDirective, slugger: GithubSlugger): Paragraph {
	const [first, ...rest] = node.children;
	const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel === true;
	const titleChildren: PhrasingContent[] = hasLabel ? first.children : [];
	const body = (hasLabel ? rest : node.children) as RootContent[];
	const title = hasLabel ? toString(first) : '';
	const label: Paragraph = element('p', { className: ['instructor-note__label'] }, [
		icon(),
		{ type: 'text', value: 'Instructor note' },
		...(titleChildren.length > 0
			? [element('span', { className: ['instructor-note__title'] }, titleChildren) as unknown as PhrasingContent]
			: []),
	]);
	return element(
		'aside',
		{
			className: ['instructor-note'],
			id: slugger.slug(`note ${title || 'instructor note'}`),
			ariaLabel: title ? `Instructor note: ${title}` : 'Instructor note',
			dataInstructorNote: '',
			// Search finds each note as a result of its own, leading to the note, with the kind "Instructor note"
			// (src/search/index-instructor-notes.ts); the page's own record leaves it out, so it is found once.
			dataPagefindIgnore: '',
		},
		[label, element('div', { className: ['instructor-note__content'] }, body)],
	);
}

/** An mdast node that rehype turns into the named element (the approach of Starlight's asides). */
function element(tagName: string, properties: Record<string, unknown>, children: unknown[]): Paragraph {
	return {
		type: 'paragraph',
		data: { hName: tagName, hProperties: properties as never },
		children: children as PhrasingContent[],
	};
}

/** A decorative presenter icon, drawn inline so no request leaves the page. */
function icon(): PhrasingContent {
	const svg = s(
		'svg',
		{
			viewBox: '0 0 24 24',
			width: 20,
			height: 20,
			ariaHidden: 'true',
			focusable: 'false',
			className: ['instructor-note__icon'],
		},
		[
			s('path', {
				fill: 'currentColor',
				d: 'M4 3h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-6.6l3.3 4.4-1.6 1.2L11.5 16h-.9l-3.6 4.6-1.6-1.2L8.7 16H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1Zm1 2v9h14V5H5Zm2 2h6v2H7V7Zm0 3h10v2H7v-2Z',
			}),
		],
	);
	return {
		type: 'text',
		value: '',
		data: { hName: 'svg', hProperties: svg.properties as never, hChildren: svg.children as never },
	} as unknown as PhrasingContent;
}

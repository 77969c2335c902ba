import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
// Brings the `hName`/`hProperties` fields rehype reads into mdast's types.
import type {} from 'mdast-util-to-hast';
import { labCardList } from './card-content.ts';
import type { Lab } from './read-labs.ts';

/**
 * Puts each lab's card right under the lab's heading, on screen, in print and in the PDFs:
 * `<section class="lab-card" aria-label="Lab card"><p class="lab-card__title">Lab card</p><ul>…</ul></section>`.
 */
export function remarkLabCard({ labs }: { labs: Lab[] }) {
	const byFile = new Map(labs.map((lab) => [lab.file, lab]));
	return function transformer(tree: Root, file: VFile): void {
		const lab = file.path ? byFile.get(file.path) : undefined;
		if (!lab) return;
		const at = tree.children.findIndex(
			(node) => node.type === 'heading' && node.depth === 2 && toString(node) === lab.heading,
		);
		if (at < 0) return file.fail(`${lab.shownFile}: the lab heading "## ${lab.heading}" was not found for its card.`);
		const title: Paragraph = {
			type: 'paragraph',
			data: { hProperties: { className: ['lab-card__title'] } },
			children: [{ type: 'text', value: 'Lab card' }],
		};
		const card: Paragraph = {
			type: 'paragraph',
			data: { hName: 'section', hProperties: { className: ['lab-card'], ariaLabel: 'Lab card', dataLabCard: '' } },
			children: [title, labCardList(lab, lab.card.cleanup)] as unknown as PhrasingContent[],
		};
		tree.children.splice(at + 1, 0, card);
	};
}

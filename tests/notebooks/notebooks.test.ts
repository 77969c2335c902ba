// The built notebooks of both editions (after `npm run build`), against the built pages they come from.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { readLabs } from '../../src/labs/read-labs.ts';
import { checkLabNotebook, validateWithNbformat, zipEntries } from '../helpers/notebook-check.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const labs = readLabs(join(root, 'src/content/docs'), root);
const editionDir = (edition: string): string => join(root, 'dist', edition);

/** The href of the link whose text starts with `label` on a built page. */
function linkHref(html: string, label: string): string | undefined {
	let href: string | undefined;
	visit(fromHtml(html), 'element', (element) => {
		if (element.tagName === 'a' && toText(element).trim().startsWith(label))
			href ??= String(element.properties['href']);
	});
	return href;
}

describe('the lab notebooks', () => {
	it('exist for at least module 1', () => {
		assert.ok(labs.some((lab) => lab.notebook === 'module-1-fraud-detection'));
	});

	for (const edition of ['student', 'instructor'] as const) {
		it(`are valid nbformat 4 by the reference validator, ${edition} edition`, () => {
			validateWithNbformat(labs.map((lab) => join(editionDir(edition), 'notebooks', `${lab.notebook}.ipynb`)));
		});

		for (const lab of labs) {
			it(`hold exactly the Python blocks, steps and checkpoints of ${lab.displayName}, ${edition} edition`, () => {
				const result = checkLabNotebook({
					editionDir: editionDir(edition),
					instructor: edition === 'instructor',
					slug: lab.slug,
					anchor: lab.anchor,
					through: lab.through,
					notebook: lab.notebook,
				});
				assert.ok(result.codeCells > 0);
			});
		}

		it(`show every lab's card at the start of its lab, with its cost and a working cleanup link, ${edition} edition`, () => {
			for (const lab of labs) {
				const html = readFileSync(join(editionDir(edition), lab.slug, 'index.html'), 'utf8');
				const heading = html.indexOf(`id="${lab.anchor}"`);
				const card = html.indexOf('<section class="lab-card"', heading);
				assert.ok(heading > 0 && card > heading, `${lab.slug}: a lab card after the lab heading`);
				const next = html.indexOf('<h3', heading);
				assert.ok(card < next, `${lab.slug}: the card comes before the lab's first step`);
				const text = html.slice(card, html.indexOf('</section>', card));
				assert.match(text, /Estimated cost:<\/strong> USD \d+\.\d\d for one student, at us-east-1/);
				assert.ok(text.includes(`href="${lab.card.cleanup}"`));
				assert.ok(html.includes(`id="${lab.card.cleanup.slice(1)}"`), 'the cleanup step exists');
			}
		});

		it(`ship in labs.zip with the requirements and the files the labs write, ${edition} edition`, () => {
			const entries = zipEntries(join(editionDir(edition), 'notebooks', 'labs.zip'));
			assert.match(entries.get('requirements.txt') ?? '', /^sagemaker/m);
			for (const lab of labs) {
				const inZip = entries.get(`${lab.notebook}/${lab.notebook}.ipynb`);
				const built = readFileSync(join(editionDir(edition), 'notebooks', `${lab.notebook}.ipynb`), 'utf8');
				assert.equal(inZip, built, `${lab.notebook} in the zip is the published notebook`);
			}
		});

		it(`are linked from their pages and the home page, and the links resolve, ${edition} edition`, () => {
			for (const lab of labs) {
				const html = readFileSync(join(editionDir(edition), lab.slug, 'index.html'), 'utf8');
				const href = linkHref(html, 'Download notebook');
				assert.equal(href, `/notebooks/${lab.notebook}.ipynb`);
				assert.ok(linkHref(html, 'Download PDF'), 'next to "Download PDF"');
				readFileSync(join(editionDir(edition), href.slice(1)));
			}
			const home = readFileSync(join(editionDir(edition), 'index.html'), 'utf8');
			const zip = linkHref(home, 'Download all lab notebooks');
			assert.equal(zip, '/notebooks/labs.zip');
			readFileSync(join(editionDir(edition), zip.slice(1)));
		});
	}
});

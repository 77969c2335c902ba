// A fixture lab with every kind of content a notebook must carry, built in both editions under a sub-path: each
// notebook against its built page, and what the conversion makes of asides, hints, tabs, files, instructor notes,
// links and expected results.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildFixture, type FixtureBuild } from '../helpers/fixture-site.ts';
import {
	cellText,
	checkLabNotebook,
	readNotebook,
	validateWithNbformat,
	zipEntries,
} from '../helpers/notebook-check.ts';

const env = { SITE_URL: 'https://training.example.com', BASE_PATH: '/ml/' };
const lab = { slug: 'modules/demo', anchor: 'lab-train-a-tiny-model', notebook: 'module-1-demo' };

describe('the notebook of a lab', { concurrency: 1 }, () => {
	const builds = new Map<string, FixtureBuild>();
	const build = async (edition: 'student' | 'instructor'): Promise<FixtureBuild> => {
		let found = builds.get(edition);
		if (!found) {
			found = await buildFixture('lab', edition, { env, name: `lab-${edition}` });
			assert.equal(found.code, 0, found.output);
			builds.set(edition, found);
		}
		return found;
	};
	const dir = (built: FixtureBuild, edition: string): string => join(built.root, 'dist', edition);

	for (const edition of ['instructor', 'student'] as const) {
		it(`holds exactly what the ${edition} page shows of the lab, and nbformat accepts it`, async () => {
			const built = await build(edition);
			const result = checkLabNotebook({
				editionDir: dir(built, edition),
				instructor: edition === 'instructor',
				...lab,
			});
			// Three Python blocks in the steps, the Python file, and in the instructor edition two from the notes.
			assert.equal(result.codeCells, edition === 'instructor' ? 7 : 5);
			validateWithNbformat([join(dir(built, edition), 'notebooks', `${lab.notebook}.ipynb`)]);
		});
	}

	it('writes asides, hints and tabs as labelled blockquotes, links to the published site, and expected results as prose', async () => {
		const built = await build('student');
		const nb = readNotebook(join(dir(built, 'student'), 'notebooks', `${lab.notebook}.ipynb`));
		const markdown = nb.cells
			.filter((cell) => cell.cell_type === 'markdown')
			.map(cellText)
			.join('\n\n');
		assert.match(markdown, /^> \*\*Checkpoint\*\*\n>\n> - \[ \] The mean is between 0\.45 and 0\.55\.$/m);
		assert.match(markdown, /^> \*\*Hint\*\*\n>\n> If the mean is far from 0\.5, check the \*\*seed\*\*\.$/m);
		assert.match(markdown, /^> \*\*Studio\*\*\n>\n> Run the cell as it is\.$/m);
		assert.match(markdown, /\[generated data\]\(https:\/\/training\.example\.com\/ml\/getting-started\/\)/);
		assert.match(markdown, /\[cleanup step\]\(https:\/\/training\.example\.com\/ml\/modules\/demo\/#step-3-clean-up\)/);
		assert.match(markdown, /1,000 rows with a mean of about 0\.5\./);
		assert.match(markdown, /```bash\necho "a shell command stays in the Markdown"\n```/);
		assert.match(markdown, /^\| Threshold +\| 0\.5 +\|$/m);
		assert.doesNotMatch(markdown, /:expect|run=local|<details|<Tab/);
		const install = cellText(nb.cells[1] ?? { cell_type: 'code', id: '', metadata: {}, source: [] });
		assert.match(install, /%pip install --quiet "scikit-learn>=1\.4,<2" "boto3>=1\.35"$/);
	});

	it('ships the files the lab writes beside its notebook in labs.zip, and the notebook writes them too', async () => {
		const built = await build('student');
		const entries = zipEntries(join(dir(built, 'student'), 'notebooks', 'labs.zip'));
		assert.deepEqual(
			[...entries.keys()],
			[
				'requirements.txt',
				'module-1-demo/module-1-demo.ipynb',
				'module-1-demo/config/settings.yml',
				'module-1-demo/scripts/score.py',
			],
		);
		assert.equal(entries.get('module-1-demo/config/settings.yml'), 'threshold: 0.5\n');
		assert.match(entries.get('requirements.txt') ?? '', /^boto3>=1\.35$/m);
		const nb = readNotebook(join(dir(built, 'student'), 'notebooks', `${lab.notebook}.ipynb`));
		assert.ok(nb.cells.some((cell) => cellText(cell) === '%%writefile config/settings.yml\nthreshold: 0.5'));
		assert.ok(!JSON.stringify([...entries.values()]).includes('zebra'), 'no instructor text in the student zip');
	});

	it('gives the instructor notebook each instructor note, marked, with its code', async () => {
		const built = await build('instructor');
		const nb = readNotebook(join(dir(built, 'instructor'), 'notebooks', `${lab.notebook}.ipynb`));
		const notes = nb.cells.filter((cell) => cell.metadata.tags?.includes('instructor-note')).map(cellText);
		assert.match(notes[0] ?? '', /^> \*\*Instructor note: Walking the room\*\*/);
		assert.ok(notes.includes('instructor_only_check = "compare the zebra benchmark"'));
		assert.ok(notes.some((note) => note.startsWith('> **Instructor note: Solution walkthrough**')));
		assert.equal(notes.at(-1), 'solution = "the tiny zebra model in one line"');
	});

	it('puts the lab card under the lab heading, with the cost and a link to the cleanup step, and the download links', async () => {
		const built = await build('student');
		const html = readFileSync(join(dir(built, 'student'), 'modules/demo/index.html'), 'utf8');
		const card = /<section class="lab-card" aria-label="Lab card" data-lab-card="">([\s\S]*?)<\/section>/.exec(
			html,
		)?.[1];
		assert.ok(card, 'the page has a lab card');
		assert.ok(html.indexOf('id="lab-train-a-tiny-model"') < html.indexOf('class="lab-card"'));
		assert.ok(html.indexOf('class="lab-card"') < html.indexOf('id="step-1-make-the-data"'), 'at the start of the lab');
		assert.match(card, /Estimated cost:<\/strong> USD 0\.07 for one student, at us-east-1 on-demand prices/);
		assert.match(card, /<a href="#step-3-clean-up">Step 3: Clean up<\/a>/);
		assert.match(card, /ml\.m5\.large for endpoint usage: 1/);
		assert.match(
			html,
			/<a class="handout-link" href="\/ml\/notebooks\/module-1-demo\.ipynb" download="module-1-demo\.ipynb"/,
		);
		assert.match(html, /1,000 rows with a mean of about 0\.5\./);
	});
});

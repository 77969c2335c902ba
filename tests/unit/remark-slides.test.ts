import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Edition } from '../../src/edition/edition.ts';
import { remarkInstructor, slideDirective } from '../../src/edition/remark-instructor.ts';
import type { Session } from '../../src/course/schema.ts';
import { deckFrontmatterKey, planDecks, sessionDeckHref, type PlannedPage } from '../../src/slides/deck-plan.ts';
import type { Deck } from '../../src/slides/deck.ts';
import { remarkSlides } from '../../src/slides/remark-slides.ts';

const docsDir = '/course/src/content/docs';

const session: Session = {
	kind: 'module',
	number: 1,
	name: 'Fraud detection',
	day: 1,
	hours: { min: 4, max: 6 },
	lecture: {
		minutes: 30,
		topics: [
			{ title: 'Imbalanced data', minutes: 20 },
			{ title: 'Thresholds & costs', minutes: 10 },
		],
	},
	exercise: { min: 2, max: 3 },
	solutionReview: 30,
	objectives: ['Handle imbalanced datasets'],
	discussion: ['How do you handle concept drift?'],
	takeaways: ['Class imbalance requires special handling'],
};

const pages: PlannedPage[] = [{ id: 'modules/fraud', data: { title: 'Fraud detection', session } }];

const source = `import { DiscussionQuestions } from '~/components/course';

## Why this matters

:::instructor[Timing plan]
Opening note for the title slide.
:::

## Concepts

### Imbalanced data

- **Accuracy misleads.** A model that always says no is 99% accurate.
- **Resample the training split only.** Never validation or test.

:::instructor[Key points]
Resampling is a training-time technique.
:::

::slide
This paragraph is picked for the deck.

::slide{skip}
| Left | Out |
| ---- | --- |
| a    | b   |

:::slide[Slide-only summary]
Only the deck shows this sentence.
:::

### Thresholds and costs, worked through

| Threshold | Cost |
| --------- | ---- |
| 0.5       | 10   |

## Lab

Step text that is not on a slide.

## Discussion questions

<DiscussionQuestions />

:::instructor[Facilitating]
Model answer for the discussion.
:::
`;

async function run(text: string, edition: Edition, path = `${docsDir}/modules/fraud.mdx`, planned = pages) {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGfm)
		.use(remarkDirective)
		.use(remarkInstructor, { edition, leafDirectives: [slideDirective], containerDirectives: [slideDirective] })
		.use(remarkSlides, {
			edition,
			base: '/',
			docsDir,
			plans: planDecks(planned),
			titles: Object.fromEntries(planned.map((page) => [page.id, page.data.title])),
		});
	const file = new VFile({ value: text, path });
	file.data['astro'] = { frontmatter: {} };
	const tree = (await processor.run(processor.parse(file), file)) as Root;
	const deck = (file.data['astro'] as { frontmatter: Record<string, unknown> }).frontmatter[deckFrontmatterKey] as
		Deck | undefined;
	return { tree, deck };
}

describe('remarkSlides', () => {
	it("makes a deck with the session's topics in order, their minutes and pacing, the discussion and the notes of each part", async () => {
		const { deck } = await run(source, 'instructor');
		assert.ok(deck);
		assert.deepEqual(
			deck.slides.map((slide) => [slide.kind, slide.heading]),
			[
				['title', 'Module 1: Fraud detection'],
				['objectives', 'Learning objectives'],
				['plan', 'Lecture plan'],
				['topic', 'Imbalanced data'],
				['topic', 'Slide-only summary'],
				['topic', 'Thresholds and costs, worked through'],
				['discussion', 'Discussion questions'],
			],
		);
		const topicSeconds = deck.slides.reduce((total, slide) => total + (slide.timing ?? 0), 0);
		assert.equal(topicSeconds, 30 * 60);
		assert.equal(deck.slides[3]?.kicker, 'Topic 1 of 2 · 20 min');
		assert.match(deck.slides[0]?.notes ?? '', /Opening note for the title slide/);
		assert.match(deck.slides[3].notes ?? '', /Resampling is a training-time technique/);
		assert.match(deck.slides[6]?.notes ?? '', /Model answer for the discussion/);
		assert.equal(deck.slides[3].id, 'topic-1');
		assert.equal(deck.slides[5]?.id, 'topic-2');
	});

	it('cuts bold-led list items to their phrase, puts marked blocks on slides and leaves skipped ones off', async () => {
		const { deck } = await run(source, 'student');
		const topic = deck?.slides.find((slide) => slide.id === 'topic-1')?.html ?? '';
		assert.match(topic, /<li>Accuracy misleads<\/li>/);
		assert.doesNotMatch(topic, /99% accurate/);
		assert.match(topic, /This paragraph is picked for the deck/);
		assert.doesNotMatch(JSON.stringify(deck), /Left/);
		assert.doesNotMatch(JSON.stringify(deck), /Step text/);
	});

	it('keeps every instructor note out of the student deck', async () => {
		const { deck } = await run(source, 'student');
		const text = JSON.stringify(deck);
		for (const note of ['Opening note', 'Resampling is a training-time', 'Model answer'])
			assert.ok(!text.includes(note), note);
		assert.ok(deck?.slides.every((slide) => slide.notes === undefined));
	});

	it('takes slide-only content and the markers out of the page', async () => {
		const { tree } = await run(source, 'student');
		const text = toString(tree);
		assert.ok(!text.includes('Only the deck shows this sentence'));
		assert.ok(text.includes('This paragraph is picked for the deck'));
		const directives: string[] = [];
		for (const node of tree.children)
			if (node.type === 'leafDirective' || node.type === 'containerDirective') directives.push(node.name);
		assert.deepEqual(directives, []);
	});

	it('fails on an attribute it does not know, naming the file and line', async () => {
		await assert.rejects(
			run('## Imbalanced data\n\n::slide{skp}\nText.\n\n### Thresholds and costs\n', 'student'),
			/fraud\.mdx:3:1: .*"::slide" takes no label and no attribute but "skip"/,
		);
	});

	it('fails on a misspelt slide block, like any unknown directive', async () => {
		await assert.rejects(
			run(':::slides[Summary]\nText.\n:::\n', 'student'),
			/Unknown directive ":::slides".*Did you mean ":::slide"\?/s,
		);
	});

	it('fails on a slide directive in a page without a deck', async () => {
		await assert.rejects(
			run('::slide\nText.\n', 'student', `${docsDir}/reference/faq.mdx`),
			/faq\.mdx:1:1: This page has no slide deck/,
		);
	});

	it('fails when a lecture topic has no heading, naming the topic and how to fix it', async () => {
		await assert.rejects(
			run('## Imbalanced data\n\nText.\n', 'student'),
			/"Thresholds & costs" has no heading on this page.*starts with "Thresholds & costs"/s,
		);
	});
});

describe('planDecks', () => {
	const overview: Session = {
		...session,
		kind: 'mlops',
		name: 'MLOps deep dive',
		day: 5,
		lecture: {
			minutes: 90,
			topics: [
				{ title: 'Model registry & versioning', minutes: 60 },
				{ title: 'CI/CD pipelines', minutes: 30 },
			],
		},
	};
	const mlops: PlannedPage[] = [
		{ id: 'mlops', data: { title: 'MLOps deep dive', session: overview } },
		{ id: 'mlops/ci-cd', data: { title: 'CI/CD pipelines' } },
		{ id: 'mlops/model-registry', data: { title: 'Model registry and versioning' } },
	];

	it("gives each topic of a folder's session its page's deck, and each session a deck URL under the base path", () => {
		const plans = planDecks([...pages, ...mlops]);
		assert.deepEqual(
			plans.map((plan) => [plan.id, plan.pageId, plan.topic?.minutes]),
			[
				['module-1-fraud', 'modules/fraud', undefined],
				['mlops-overview', 'mlops', undefined],
				['mlops-model-registry', 'mlops/model-registry', 60],
				['mlops-ci-cd', 'mlops/ci-cd', 30],
			],
		);
		assert.equal(sessionDeckHref('/ml-course/', 'modules/fraud', pages), '/ml-course/slides/module-1-fraud/');
		assert.equal(sessionDeckHref('/', 'modules/fraud', pages, 1), '/slides/module-1-fraud/#/topic-2');
		assert.equal(sessionDeckHref('/', 'mlops', mlops, 1), '/slides/mlops-ci-cd/');
		assert.equal(sessionDeckHref('/', 'reference/faq', mlops), undefined);
	});

	it('stops when a topic of a folder session has no page named after it', () => {
		assert.throws(() => planDecks(mlops.slice(0, 2)), /"Model registry & versioning" has no page in mlops\//);
	});
});

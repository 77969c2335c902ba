import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The size of a generated course. */
export interface ScaleCourseSize {
	pages: number;
	diagrams: number;
}

const pagesPerPart = 50;

/**
 * Writes a course of `pages` pages, `diagrams` of them with a distinct Mermaid diagram (each with an
 * `accTitle`) and every fourth with an instructor block, on the shared fixture configuration
 * (`tests/fixtures/site/`), so it builds exactly as the course does. Returns the site's root folder.
 */
export async function writeScaleCourse({ pages, diagrams }: ScaleCourseSize): Promise<string> {
	// Inside the repository (and git-ignored), so the site resolves this project's node_modules; a fresh
	// folder also means a cold diagram cache and a cold Astro cache.
	const root = fileURLToPath(new URL(`../../tests/.work/bench-scale-${pages}/`, import.meta.url));
	await rm(root, { recursive: true, force: true });
	await mkdir(root, { recursive: true });
	await cp(fileURLToPath(new URL('../../tests/fixtures/site/', import.meta.url)), root, { recursive: true });
	const docs = join(root, 'src/content/docs');
	await mkdir(docs, { recursive: true });
	await writeFile(join(docs, 'index.mdx'), homePage(pages));
	// Diagrams spread evenly over the pages, so a part of the course looks like the whole.
	const diagramEvery = diagrams > 0 ? pages / diagrams : Infinity;
	let drawn = 0;
	for (let index = 0; index < pages; index++) {
		const part = String(Math.floor(index / pagesPerPart) + 1).padStart(2, '0');
		const folder = join(docs, 'modules', `part-${part}`);
		await mkdir(folder, { recursive: true });
		const withDiagram = drawn < diagrams && index >= drawn * diagramEvery;
		if (withDiagram) drawn++;
		await writeFile(join(folder, `page-${String(index + 1).padStart(4, '0')}.mdx`), coursePage(index + 1, withDiagram));
	}
	return root;
}

function homePage(pages: number): string {
	return `---
title: Generated course
description: A generated course of ${pages} pages for the scale benchmark.
---

This course is generated to measure how the build grows with the size of the content. Start with
[the first page](/modules/part-01/page-0001/).
`;
}

function coursePage(number: number, withDiagram: boolean): string {
	const topic = topics[number % topics.length] ?? 'feature engineering';
	return `---
title: Lesson ${number}, ${topic}
description: Generated lesson ${number} about ${topic}, for the scale benchmark.
---

## Why ${topic} matters

Lesson ${number} looks at ${topic} for a production system on AWS. ${prose}

${withDiagram ? diagram(number, topic) : ''}

## Working through an example

${prose} The notebook for this lesson trains a model with a learning rate of 0.0${(number % 9) + 1}.

\`\`\`python
estimator = Estimator(image_uri=image, role=role, instance_type="ml.m5.xlarge")
estimator.set_hyperparameters(max_depth=${(number % 7) + 3}, eta=0.${(number % 5) + 1})
estimator.fit({"train": train_input, "validation": validation_input})
\`\`\`

:::tip
Keep the lesson ${number} endpoint running only while you test it: stop it at the end of the lab.
:::
${
	number % 4 === 0
		? `
:::instructor[Timing for lesson ${number}]
Spend about ${(number % 20) + 5} minutes on lesson ${number}; ask the group about ${topic} in their own systems first.
:::
`
		: ''
}
## Check your understanding

- What would change in lesson ${number} if the data doubled?
- Which metric tells you that ${topic} is working?
`;
}

function diagram(number: number, topic: string): string {
	// Distinct sources (labels carry the number), so each diagram is drawn, not served from the cache.
	const body =
		number % 2 === 0
			? `flowchart LR
  accTitle: Lesson ${number} pipeline
  accDescr: Data for lesson ${number} flows through ${topic} into a model and an endpoint.
  data${number}["Raw data ${number}"] --> prep${number}["${topic}"]
  prep${number} --> train${number}["Training job ${number}"]
  train${number} --> registry${number}["Model registry"]
  registry${number} --> endpoint${number}["Endpoint ${number}"]`
			: `sequenceDiagram
  accTitle: Lesson ${number} request flow
  accDescr: An application calls the lesson ${number} endpoint and logs the prediction.
  participant App as Application ${number}
  participant Ep as Endpoint ${number}
  App->>Ep: Score request ${number}
  Ep-->>App: Prediction for ${topic}`;
	return `\`\`\`mermaid\n${body}\n\`\`\`\n`;
}

const topics = [
	'feature engineering',
	'class imbalance',
	'hyperparameter tuning',
	'model monitoring',
	'batch transform',
	'A/B testing',
	'data drift',
	'cost control',
];

const prose =
	'Real data is messy, labels arrive late and the cost of a wrong prediction is rarely symmetric. ' +
	'We start from the business question, choose a metric that reflects it, and only then pick an algorithm. ' +
	'Amazon SageMaker takes care of the infrastructure, but the decisions about data, thresholds and ' +
	'deployment remain ours, and they are where most production incidents begin.';

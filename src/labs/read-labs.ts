// Every lab of the course, read once at configuration time: its card validated, and checked against the page's
// own body, so a card can never disagree with the lab it describes. A bad card stops the build naming the file
// and the field.
import { relative } from 'node:path';
import type { Code } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readSourcePages } from '../sources/source-pages.ts';
import { SessionSchema } from '../course/schema.ts';
import { LabCardSchema, type LabCard } from './schema.ts';
import {
	codeBlocksIn,
	filePathOf,
	headingAnchors,
	headingsIn,
	isLabHeading,
	isPython,
	labNodes,
	parsePage,
} from './source.ts';
import { normalizePackageName, readRequirements, requirementsFile, requirementsPage } from './requirements.ts';
import { pricePerHour, priceList } from './prices.ts';
import { estimateCost } from './class-plan.ts';

/** One lab, as the notebooks, the card, the class plan and the local-cell runner see it. */
export interface Lab {
	/** Absolute path of the page. */
	file: string;
	/** The page's path relative to the project, for messages. */
	shownFile: string;
	slug: string;
	/** "Module 1: Fraud detection", or the page title. */
	displayName: string;
	/** The lab's H2 heading text and its anchor. */
	heading: string;
	anchor: string;
	/** The anchor of its last H2, when the lab spans several sections. */
	through?: string | undefined;
	/** The notebook's file name without `.ipynb`: `module-1-fraud-detection`, `mlops-ci-cd`. */
	notebook: string;
	day: number;
	card: LabCard;
	/** The requirement lines the notebook's first cell installs, in the card's order. */
	install: string[];
	/** The cleanup step's heading text. */
	cleanupTitle: string;
	/** The estimated cost for one student, in USD, from the card's instances and the course's price list. */
	costUsd: number;
}

/** The instance types a lab's code names in string literals: `instance_type="ml.m5.large"`. */
export function instanceTypesIn(code: Code[]): Map<string, number> {
	const found = new Map<string, number>();
	for (const block of code) {
		for (const match of block.value.matchAll(/["'](ml\.[a-z0-9]+\.[a-z0-9]+)["']/g)) {
			const type = match[1] ?? '';
			if (!found.has(type)) found.set(type, block.position?.start.line ?? 0);
		}
	}
	return found;
}

/** The notebook name of a page's lab: stable, and saying what it holds. */
export function notebookNameOf(slug: string, moduleNumber: number | undefined): string {
	const leaf = slug.split('/').at(-1) ?? slug;
	if (moduleNumber !== undefined) return `module-${String(moduleNumber)}-${leaf}`;
	if (slug === 'mlops') return 'mlops-overview';
	if (slug.startsWith('mlops/')) return `mlops-${leaf}`;
	return slug.replaceAll('/', '-');
}

/** Reads and checks every lab of the course; throws one error listing every problem, each with file and field. */
export function readLabs(docsDir: string, root: string): Lab[] {
	const problems: string[] = [];
	const labs: Lab[] = [];
	let requirements: ReturnType<typeof readRequirements>;
	try {
		requirements = readRequirements(docsDir, root);
	} catch (error) {
		problems.push(error instanceof Error ? error.message : String(error));
	}
	for (const { file, slug, frontmatter } of readSourcePages(docsDir)) {
		const shownFile = relative(root, file);
		const fail = (field: string, message: string): void => {
			problems.push(`${shownFile}: ${field}: ${message}`);
		};
		const raw = frontmatter['lab'];
		const student = parsePage(file, 'student').tree;
		const labHeadings = headingAnchors(student).filter(({ heading }) => isLabHeading(heading));
		if (raw === undefined) {
			const first = labHeadings[0];
			if (first) {
				fail(
					'lab',
					`the section "## ${toString(first.heading)}" (line ${String(first.heading.position?.start.line ?? 0)}) is a lab but the page has no lab card. Add \`lab:\` to the front matter (README, "Lab cards").`,
				);
			}
			continue;
		}
		const parsed = LabCardSchema.safeParse(raw);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
				fail(
					`lab.${issue.path.join('.')}`,
					missing ? 'is missing; every lab card declares it (README, "Lab cards").' : issue.message,
				);
			}
			continue;
		}
		const card = parsed.data;
		const session = SessionSchema.safeParse(frontmatter['session']);
		const title = typeof frontmatter['title'] === 'string' ? frontmatter['title'] : slug;
		const sessionData = session.success ? session.data : undefined;

		// The section: named by the card, or the page's one "## Lab…" heading.
		let anchor = card.section;
		if (anchor === undefined) {
			if (labHeadings.length !== 1) {
				fail(
					'lab.section',
					labHeadings.length === 0
						? 'the page has no H2 heading starting with "Lab"; set lab.section to the anchor of the H2 that is the lab.'
						: `the page has ${String(labHeadings.length)} H2 headings starting with "Lab" (${labHeadings.map((entry) => `#${entry.anchor}`).join(', ')}); set lab.section to the one this card describes.`,
				);
				continue;
			}
			anchor = labHeadings[0]?.anchor ?? '';
		}
		const studentSection = labNodes(student, anchor, card.through);
		const fullTree = parsePage(file, 'instructor').tree;
		const fullSection = labNodes(fullTree, anchor, card.through);
		if (!studentSection || !fullSection) {
			if (card.through !== undefined && labNodes(student, anchor)) {
				fail(
					'lab.through',
					`"${card.through}" is not the anchor of an H2 heading after "${anchor}" on this page (in both editions).`,
				);
			} else fail('lab.section', `"${anchor}" is not the anchor of an H2 heading of this page (in both editions).`);
			continue;
		}
		const heading = toString(studentSection[0] ?? { type: 'text', value: '' });

		// The day: the session's, or the card's on a page without one; never two different days.
		const day = card.day ?? sessionData?.day;
		if (day === undefined) {
			fail('lab.day', 'this page has no session metadata, so the card must say which day the lab runs (1–5).');
			continue;
		}
		if (card.day !== undefined && sessionData && card.day !== sessionData.day) {
			fail(
				'lab.day',
				`the card says day ${String(card.day)}, the session says day ${String(sessionData.day)}; remove lab.day.`,
			);
		}
		if (sessionData?.exercise) {
			const { min, max } = sessionData.exercise;
			if (card.minutes < min * 60 || card.minutes > max * 60) {
				fail(
					'lab.minutes',
					`${String(card.minutes)} minutes is outside the session's exercise time (${String(min)}–${String(max)} hours).`,
				);
			}
		}

		// The instances: exactly the types the lab's code names, both ways.
		const used = instanceTypesIn(codeBlocksIn(fullSection).filter((code) => isPython(code) || filePathOf(code)));
		for (const [type, line] of used) {
			if (!card.instances.some((instance) => instance.type === type) && !card.mentions.includes(type)) {
				fail(
					'lab.instances',
					`the lab's code uses ${type} (line ${String(line)}), which the card does not list. Add it with its use, count and hours (or to lab.mentions if the code only names it).`,
				);
			}
		}
		for (const [index, type] of card.mentions.entries()) {
			if (!used.has(type)) {
				fail(
					`lab.mentions.${String(index)}`,
					`${type} is on the card, but no code block of the lab names it. Remove it, or correct the type.`,
				);
			}
		}
		for (const [index, instance] of card.instances.entries()) {
			if (!used.has(instance.type)) {
				fail(
					`lab.instances.${String(index)}.type`,
					`${instance.type} is on the card, but no code block of the lab uses it. Remove it, or correct the type.`,
				);
			}
			if (pricePerHour(instance.type, instance.use) === undefined) {
				fail(
					`lab.instances.${String(index)}`,
					`the course's price list (src/labs/prices.ts) has no ${instance.use} price for ${instance.type}; add it from ${priceList.source}.`,
				);
			}
		}
		if (card.cost.region !== priceList.region) {
			fail('lab.cost.region', `the course's prices are for ${priceList.region}; estimate the lab in that Region.`);
		}

		// The cleanup step: a heading inside the lab, in both editions (ids count every heading of the page).
		const target = card.cleanup.slice(1);
		const labAnchors = (tree: typeof student, nodes: typeof studentSection): string[] => {
			const inside = new Set(headingsIn(nodes));
			return headingAnchors(tree)
				.filter(({ heading: candidate }) => inside.has(candidate))
				.map(({ anchor: id }) => id);
		};
		const studentAnchors = labAnchors(student, studentSection);
		const cleanupHeading = headingAnchors(student).find(({ anchor: id }) => id === target)?.heading;
		if (!studentAnchors.includes(target) || !labAnchors(fullTree, fullSection).includes(target)) {
			fail(
				'lab.cleanup',
				`"${card.cleanup}" is not a heading of this lab. The lab's headings: ${studentAnchors
					.slice(1)
					.map((id) => `#${id}`)
					.join(', ')}.`,
			);
		}

		// The packages: each pinned in the course's requirements.
		const install: string[] = [];
		for (const [index, name] of card.packages.entries()) {
			const line = requirements?.lines.get(normalizePackageName(name));
			if (line === undefined) {
				fail(
					`lab.packages.${String(index)}`,
					`"${name}" is not in the course's requirements (the block marked file=${requirementsFile} in ${requirementsPage}); add it there with its pin.`,
				);
			} else install.push(line);
		}

		const costUsd = estimateCost(card);
		labs.push({
			file,
			shownFile,
			slug,
			displayName: sessionData?.kind === 'module' ? `Module ${String(sessionData.number)}: ${sessionData.name}` : title,
			heading,
			anchor,
			through: card.through,
			notebook: notebookNameOf(slug, sessionData?.kind === 'module' ? sessionData.number : undefined),
			day,
			card,
			install,
			cleanupTitle: cleanupHeading ? toString(cleanupHeading) : card.cleanup,
			costUsd,
		});
	}
	if (problems.length > 0) {
		throw new Error(`Lab cards are missing or inconsistent (${String(problems.length)}):\n  ${problems.join('\n  ')}`);
	}
	return labs.sort((a, b) => a.day - b.day || a.notebook.localeCompare(b.notebook));
}

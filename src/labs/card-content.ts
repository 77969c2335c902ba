// What a lab card says, as Markdown syntax: the page shows it at the start of the lab (remark-lab-card.ts) and
// the notebook opens with the same list, so the two can never say different things.
import type { List, ListItem, PhrasingContent } from 'mdast';
import { priceList } from './prices.ts';
import type { Lab } from './read-labs.ts';
import type { LabInstanceSchema } from './schema.ts';
import type { z } from 'astro/zod';

type Instance = z.output<typeof LabInstanceSchema>;

/** "USD 0.33": cents, since the estimate is an estimate. */
export function formatUsd(amount: number): string {
	return `USD ${amount.toFixed(2)}`;
}

/** "150 minutes (2 h 30 min)"; under an hour just "40 minutes" (the clock form would only repeat it). */
export function formatMinutes(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return `${String(minutes)} minutes`;
	return `${String(minutes)} minutes (${rest === 0 ? `${String(hours)} h` : `${String(hours)} h ${String(rest)} min`})`;
}

function instanceText(instance: Instance): string {
	return `${String(instance.count)} × ${instance.type} (${instance.use}) for ${String(instance.hours)} h${instance.optional ? ', optional step' : ''}`;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });

function item(label: string, content: PhrasingContent[]): ListItem {
	return {
		type: 'listItem',
		spread: false,
		children: [
			{ type: 'paragraph', children: [{ type: 'strong', children: [text(`${label}:`)] }, text(' '), ...content] },
		],
	};
}

function joined(parts: PhrasingContent[][], separator = '; '): PhrasingContent[] {
	return parts.flatMap((part, index) => (index === 0 ? part : [text(separator), ...part]));
}

/**
 * The card as a Markdown list: time, instances, quotas, resources, estimated cost (with Region, price source
 * and date), the cleanup step and the last verification. `cleanupHref` is the link to the cleanup step where
 * the card is shown (`#step-11-clean-up` on the page, an absolute address in a notebook).
 */
export function labCardList(lab: Lab, cleanupHref: string): List {
	const { card } = lab;
	const items: ListItem[] = [item('Time', [text(formatMinutes(card.minutes))])];
	items.push(
		item(
			'Instances',
			card.instances.length === 0
				? [text('none (everything runs in the notebook)')]
				: joined(card.instances.map((instance) => [text(instanceText(instance))])),
		),
	);
	items.push(
		item(
			'Service Quotas per student',
			card.quotas.length === 0
				? [text('none')]
				: joined(card.quotas.map((quota) => [text(`${quota.name}: ${String(quota.perStudent)}`)])),
		),
	);
	if (card.resources.length > 0) {
		items.push(
			item('Creates', joined(card.resources.map((resource) => [text(`${resource.kind} `), code(resource.name)]))),
		);
	}
	items.push(
		item('Estimated cost', [
			text(`${formatUsd(lab.costUsd)} for one student, at ${card.cost.region} on-demand prices from `),
			{ type: 'link', url: priceList.source, children: [text('Amazon SageMaker AI pricing')] },
			text(
				priceList.confirmed
					? ` (read ${priceList.read}), if you clean up as the lab says`
					: ` (as listed ${priceList.read}, not yet confirmed on that page), if you clean up as the lab says`,
			),
		]),
	);
	items.push(item('Cleanup', [{ type: 'link', url: cleanupHref, children: [text(lab.cleanupTitle)] }]));
	items.push(
		item('Last verified', [
			text(`${card.verified.date}, ${card.verified.how}, SageMaker Python SDK ${card.verified.sdk}`),
		]),
	);
	return { type: 'list', ordered: false, spread: false, children: items };
}

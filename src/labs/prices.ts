import type { InstanceUse } from './schema.ts';

/**
 * The on-demand prices the lab cards' cost estimates use: one list for the whole course, so two cards can never
 * price the same instance differently. Change a price here and every card, notebook and the class plan follow.
 *
 * Provenance, honestly: on 2026-12-01 the official page (`source`) could not be read for these numbers. Its
 * per-instance tables are filled in by a script, and the stored copy the course's tooling can reach (the German
 * edition, aws.amazon.com/de/sagemaker/pricing/) shows only the Free Tier, not the instance prices. The values
 * below are the us-east-1 on-demand rates AWS published for these instances (ml.m5.large 0.115, ml.m5.xlarge 0.23,
 * ml.g4dn.xlarge 0.736 USD per hour, the same for training, real-time inference, processing and batch transform),
 * not re-read today. Before a course, compare them with the page's on-demand tables for us-east-1 (or the AWS
 * Price List API, service code AmazonSageMaker) and change `read` when you have.
 */
export const priceList = {
	region: 'us-east-1',
	source: 'https://aws.amazon.com/sagemaker/ai/pricing/',
	/** The day these prices were written down. */
	read: '2026-12-01',
	/** Whether they were read from `source` that day; false: see above. The card and the class plan say so. */
	confirmed: false as boolean,
	/** USD per instance-hour, by use and instance type. */
	usdPerHour: {
		training: { 'ml.m5.large': 0.115, 'ml.m5.xlarge': 0.23, 'ml.g4dn.xlarge': 0.736 },
		endpoint: { 'ml.m5.large': 0.115, 'ml.m5.xlarge': 0.23 },
		processing: { 'ml.m5.large': 0.115, 'ml.m5.xlarge': 0.23 },
		transform: { 'ml.m5.large': 0.115, 'ml.m5.xlarge': 0.23 },
	} satisfies Record<InstanceUse, Record<string, number>>,
} as const;

/** The price of one instance-hour, or `undefined` when the list has none for that type and use. */
export function pricePerHour(type: string, use: InstanceUse): number | undefined {
	const byType: Record<string, number> = priceList.usdPerHour[use];
	return byType[type];
}

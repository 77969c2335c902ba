import type { InstanceUse } from './schema.ts';

/**
 * The on-demand prices the lab cards' cost estimates use: one list for the whole course, so two cards can never
 * price the same instance differently. Change a price here and every card, notebook and the class plan follow.
 */
export const priceList = {
	region: 'us-east-1',
	source: 'https://aws.amazon.com/sagemaker/ai/pricing/',
	/** The day the prices below were read from the source. */
	read: '2026-12-01',
	/** USD per instance-hour, by use and instance type. */
	usdPerHour: {
		training: { 'ml.m5.large': 0.115, 'ml.m5.xlarge': 0.23 },
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

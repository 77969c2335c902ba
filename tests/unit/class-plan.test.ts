import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { classPlan, defaultClassSize, lastVerified, type PlanLab } from '../../src/labs/class-plan.ts';
import { priceList } from '../../src/labs/prices.ts';
import { readLabs } from '../../src/labs/read-labs.ts';
import type { LabCard } from '../../src/labs/schema.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The course's own cards, plus two made-up labs on one day so a day with several labs is covered. */
function planLabs(): PlanLab[] {
	const course = readLabs(join(root, 'src/content/docs'), root).map((lab) => ({
		name: lab.displayName,
		href: `/${lab.slug}/`,
		day: lab.day,
		card: lab.card,
	}));
	const card = (instances: LabCard['instances'], quotas: LabCard['quotas'], date: string): PlanLab['card'] => ({
		instances,
		quotas,
		verified: { date, sdk: '3.20.0', how: 'run in AWS' },
	});
	return [
		...course,
		{
			name: 'Extra A',
			href: '/a/',
			day: 4,
			card: card(
				[{ type: 'ml.m5.large', use: 'endpoint', count: 3, hours: 1, optional: false }],
				[{ name: 'ml.m5.large for endpoint usage', perStudent: 3 }],
				'2025-01-01',
			),
		},
		{
			name: 'Extra B',
			href: '/b/',
			day: 4,
			card: card(
				[
					{ type: 'ml.m5.large', use: 'endpoint', count: 1, hours: 2, optional: false },
					{ type: 'ml.m5.xlarge', use: 'training', count: 2, hours: 0.5, optional: false },
				],
				[
					{ name: 'ml.m5.large for endpoint usage', perStudent: 1 },
					{ name: 'ml.m5.xlarge for training job usage', perStudent: 2 },
				],
				'2024-06-30',
			),
		},
	];
}

/** One student's cost of a card, summed here from the price list, independently of the code under test. */
function cardCost(card: PlanLab['card']): number {
	let sum = 0;
	for (const instance of card.instances) {
		const byType: Record<string, number> = priceList.usdPerHour[instance.use];
		sum += instance.count * instance.hours * (byType[instance.type] ?? Number.NaN);
	}
	return sum;
}

describe('the class plan', () => {
	const labs = planLabs();
	for (const size of [1, defaultClassSize, 37]) {
		it(`totals, for ${String(size)} students, the cards' costs and takes each quota's largest need`, () => {
			const plan = classPlan(labs, size);
			const expectedCost = labs.reduce((sum, lab) => sum + cardCost(lab.card) * size, 0);
			assert.ok(Math.abs(plan.costUsd - expectedCost) < 1e-9, `${String(plan.costUsd)} ≠ ${String(expectedCost)}`);
			assert.ok(
				Math.abs(plan.days.reduce((sum, day) => sum + day.costUsd, 0) - expectedCost) < 1e-9,
				'the days add up to the course',
			);
			for (const day of plan.days) {
				const ofDay = labs.filter((lab) => lab.day === day.day);
				const cost = ofDay.reduce((sum, lab) => sum + cardCost(lab.card) * size, 0);
				assert.ok(Math.abs(day.costUsd - cost) < 1e-9, `day ${String(day.day)}`);
				const names = new Set(ofDay.flatMap((lab) => lab.card.quotas.map((quota) => quota.name)));
				assert.deepEqual(new Set(day.quotas.map((quota) => quota.name)), names);
				for (const quota of day.quotas) {
					const most = Math.max(
						...ofDay
							.flatMap((lab) => lab.card.quotas.filter((entry) => entry.name === quota.name))
							.map((entry) => entry.perStudent),
					);
					assert.equal(quota.value, most * size, `${quota.name} on day ${String(day.day)}`);
				}
			}
			const day4 = plan.days.find((day) => day.day === 4);
			assert.equal(day4?.quotas.find((quota) => quota.name === 'ml.m5.large for endpoint usage')?.value, 3 * size);
		});
	}

	it('lists the labs by their last verification, oldest first', () => {
		const dates = lastVerified(labs).map((lab) => lab.card.verified.date);
		assert.deepEqual(dates, [...dates].sort());
		assert.equal(lastVerified(labs)[0]?.name, 'Extra B');
	});

	it('refuses a class without students', () => {
		assert.throws(() => classPlan(labs, 0), /at least one student/);
	});
});

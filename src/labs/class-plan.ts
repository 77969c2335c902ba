// The class plan: what a class of N students needs, per lab and per day, from the lab cards alone. Pure
// functions, so the page, its script and the unit test compute the same numbers.
import { pricePerHour } from './prices.ts';
import type { LabCard } from './schema.ts';

/** The estimated cost of one student doing a lab, in USD: every instance's count × hours × price. */
export function estimateCost(card: Pick<LabCard, 'instances'>): number {
	return card.instances.reduce(
		(sum, instance) => sum + instance.count * instance.hours * (pricePerHour(instance.type, instance.use) ?? 0),
		0,
	);
}

/** A lab as the class plan needs it. */
export interface PlanLab {
	name: string;
	href: string;
	day: number;
	card: Pick<LabCard, 'instances' | 'quotas' | 'verified'>;
}

export interface QuotaNeed {
	name: string;
	/** The value to request for the class. */
	value: number;
	perStudent: number;
}

export interface LabPlan {
	lab: PlanLab;
	quotas: QuotaNeed[];
	costUsd: number;
}

export interface DayPlan {
	day: number;
	labs: LabPlan[];
	/** Per quota, the most any one lab of the day needs at once (labs of a day run one after another). */
	quotas: QuotaNeed[];
	costUsd: number;
}

export interface ClassPlan {
	size: number;
	days: DayPlan[];
	/** Per quota, the most any lab of the course needs: what the account must allow before day 1. */
	quotas: QuotaNeed[];
	costUsd: number;
}

/** The largest need per quota name, by name: the same order whatever order the labs come in. */
function largest(needs: QuotaNeed[]): QuotaNeed[] {
	const byName = new Map<string, QuotaNeed>();
	for (const need of needs) {
		const seen = byName.get(need.name);
		if (!seen || need.value > seen.value) byName.set(need.name, need);
	}
	return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function classPlan(labs: PlanLab[], size: number): ClassPlan {
	if (!Number.isInteger(size) || size < 1) throw new Error(`A class has at least one student, not ${String(size)}.`);
	const plans: LabPlan[] = labs.map((lab) => ({
		lab,
		quotas: lab.card.quotas.map((quota) => ({
			name: quota.name,
			perStudent: quota.perStudent,
			value: quota.perStudent * size,
		})),
		costUsd: estimateCost(lab.card) * size,
	}));
	const dayNumbers = [...new Set(labs.map((lab) => lab.day))].sort((a, b) => a - b);
	const days = dayNumbers.map((day) => {
		const ofDay = plans.filter((plan) => plan.lab.day === day);
		return {
			day,
			labs: ofDay,
			quotas: largest(ofDay.flatMap((plan) => plan.quotas)),
			costUsd: ofDay.reduce((sum, plan) => sum + plan.costUsd, 0),
		};
	});
	return {
		size,
		days,
		quotas: largest(plans.flatMap((plan) => plan.quotas)),
		costUsd: plans.reduce((sum, plan) => sum + plan.costUsd, 0),
	};
}

/** Labs by the date they were last verified, oldest first (then by name). */
export function lastVerified(labs: PlanLab[]): PlanLab[] {
	return [...labs].sort(
		(a, b) => a.card.verified.date.localeCompare(b.card.verified.date) || a.name.localeCompare(b.name),
	);
}

/** The class size the page shows without JavaScript. */
export const defaultClassSize = 12;

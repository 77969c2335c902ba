import { z } from 'astro/zod';

/** How a lab was last verified; the card and the class plan say which, so nobody mistakes a reading for a run. */
export const verificationMethods = ['run in AWS', 'checked against SDK source'] as const;

/** What an instance is used for; each use has its own SageMaker Service Quota and price. */
export const instanceUses = ['training', 'endpoint', 'processing', 'transform'] as const;
export type InstanceUse = (typeof instanceUses)[number];

/** The Service Quotas console's name for one instance type in one use: "ml.m5.large for endpoint usage". */
export function quotaNameOf(type: string, use: InstanceUse): string {
	const usage = {
		training: 'training job',
		endpoint: 'endpoint',
		processing: 'processing job',
		transform: 'transform job',
	};
	return `${type} for ${usage[use]} usage`;
}

const InstanceTypeSchema = z
	.string()
	.regex(/^ml\.[a-z0-9]+\.[a-z0-9]+$/, 'must be a SageMaker instance type such as "ml.m5.large"');

/** One kind of instance a lab runs: how many at once and for how long, per student. */
export const LabInstanceSchema = z
	.object({
		type: InstanceTypeSchema,
		use: z.enum(instanceUses),
		/** Instances of this type and use running at the same time, per student. */
		count: z.number().int().positive(),
		/** Hours each of them runs, per student. */
		hours: z.number().positive(),
		/** Used only by an optional step: counted in the quotas and the cost, marked as optional on the card. */
		optional: z.boolean().default(false),
	})
	.strict();

/** A Service Quota a lab needs, by the name the Service Quotas console shows, with the value one student needs. */
export const LabQuotaSchema = z.object({ name: z.string().min(1), perStudent: z.number().int().positive() }).strict();

/** Something the lab creates, named under the student's prefix (see the prefix convention). */
export const LabResourceSchema = z
	.object({
		kind: z.string().min(1),
		name: z
			.string()
			.regex(
				/^(s3:\/\/<bucket>\/)?course-<student>[-/]/,
				'must start with the student prefix: "course-<student>-…" for names, "s3://<bucket>/course-<student>/…" for S3',
			),
	})
	.strict();

const IsoDateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
	.or(z.date().transform((date) => date.toISOString().slice(0, 10)));

/**
 * A lab's card, in the front matter of the page that holds the lab (`lab:`). The page shows it at the start of
 * the lab; the class plan and the notebook are built from it. Checks that need the page's body (instance types
 * in the code, the cleanup anchor) run in `checkLab`.
 */
export const LabCardSchema = z
	.object({
		/** The anchor of the page's H2 that is the lab; by default the one whose heading starts with "Lab". */
		section: z.string().min(1).optional(),
		/**
		 * The anchor of the lab's last H2, for a lab that spans several sections (the CI/CD page's repository is
		 * written file by file across the page); by default the lab is its one section.
		 */
		through: z.string().min(1).optional(),
		/** The day the lab runs; required on a page without session metadata, else the session's day. */
		day: z.number().int().min(1).max(5).optional(),
		/** Minutes a student needs for the lab. */
		minutes: z.number().int().positive(),
		/** The packages the notebook's first cell installs, by name; their versions come from the course's requirements. */
		packages: z.array(z.string().min(1)).min(1),
		instances: z.array(LabInstanceSchema).default([]),
		/**
		 * Instance types the lab's code names without running them (a model package's supported instance types,
		 * say): no quota, no cost, but the build still checks each against the code.
		 */
		mentions: z.array(InstanceTypeSchema).default([]),
		quotas: z.array(LabQuotaSchema).default([]),
		resources: z.array(LabResourceSchema).default([]),
		/** The estimated cost's basis; the amount itself is computed from the instances and the course's price list. */
		cost: z
			.object({
				region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS Region code such as "us-east-1"'),
			})
			.strict(),
		/** The anchor (`#step-11-clean-up`) of the lab's cleanup step on the same page. */
		cleanup: z.string().regex(/^#[a-z0-9-]+$/, 'must be an anchor on this page, such as "#step-11-clean-up"'),
		verified: z
			.object({
				date: IsoDateSchema,
				sdk: z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'must be a version such as "3.20.0"'),
				/** How: run end to end in a real account, or its code read against the SDK's source without running it. */
				how: z.enum(verificationMethods),
			})
			.strict(),
	})
	.strict()
	.superRefine((card, context) => {
		// Every instance needs its quota, at least as many as run at once.
		for (const [index, instance] of card.instances.entries()) {
			const name = quotaNameOf(instance.type, instance.use);
			const needed = card.instances
				.filter((other) => other.type === instance.type && other.use === instance.use)
				.reduce((sum, other) => sum + other.count, 0);
			const quota = card.quotas.find((entry) => entry.name === name);
			if (!quota) {
				context.addIssue({
					code: 'custom',
					path: ['instances', index],
					message: `${instance.type} (${instance.use}) needs the quota "${name}": add { name: "${name}", perStudent: ${String(needed)} } to lab.quotas.`,
				});
			} else if (quota.perStudent < needed) {
				context.addIssue({
					code: 'custom',
					path: ['quotas', card.quotas.indexOf(quota), 'perStudent'],
					message: `"${name}" is ${String(quota.perStudent)} per student, but the instances need ${String(needed)} at once.`,
				});
			}
		}
		for (const [index, quota] of card.quotas.entries()) {
			const used = card.instances.some((instance) => quotaNameOf(instance.type, instance.use) === quota.name);
			if (!used) {
				context.addIssue({
					code: 'custom',
					path: ['quotas', index, 'name'],
					message: `No instance of this lab needs the quota "${quota.name}": remove it, or add the instance that needs it to lab.instances.`,
				});
			}
		}
	});

/** A lab card as authors write it. */
export type LabCardInput = z.input<typeof LabCardSchema>;
/** A lab card, validated. */
export type LabCard = z.output<typeof LabCardSchema>;

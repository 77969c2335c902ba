import { expect, test } from '@playwright/test';
import type { Edition } from '../../src/edition/edition.ts';
import { CoursePage } from './course-page.ts';

/**
 * Where each section of the instructor guide (shared/course-source/instructor-guide.md) stands on the site,
 * and in which edition. The phrases are the guide's own words. Material for the instructor edition that
 * sits on a student page must be absent from that page in the student edition.
 */
const sections: { guide: string; edition: Edition; path: string; phrases: string[] }[] = [
	{
		guide: 'Overview and Program Structure',
		edition: 'student',
		path: '/schedule/',
		phrases: ['28–42 hours', 'Day 1', 'Day 5', 'MLOps deep dive', 'Architecture review'],
	},
	{ guide: 'Overview', edition: 'student', path: '/', phrases: ['senior engineers', '4–5 day'] },
	{
		guide: 'Teaching Methodology',
		edition: 'instructor',
		path: '/instructor/methodology/',
		phrases: [
			'70',
			'20',
			'10',
			'Pair programming',
			'Concept introduction',
			'Solution review',
			'Architecture discussions',
		],
	},
	{
		guide: 'Module 1: Pre-session Setup and issues to watch for',
		edition: 'instructor',
		path: '/modules/fraud-detection/',
		phrases: ['Verify all students have AWS access', 'SMOTE', 'Feature scaling', 'Threshold'],
	},
	{
		guide: 'Module 2: Common Challenges',
		edition: 'instructor',
		path: '/modules/customer-churn/',
		phrases: ['Temporal feature', 'categorical', 'Batch job configuration'],
	},
	{
		guide: 'Module 3: Advanced Topics',
		edition: 'student',
		path: '/modules/text-classification/',
		phrases: ['Model compression', 'Inference optimization', 'Multi-lingual'],
	},
	{
		guide: 'Module 4: Demonstration',
		edition: 'instructor',
		path: '/modules/sentiment-analysis/',
		phrases: ['Demonstration: live A/B test', 'Traffic splitting', 'Monitoring dashboards'],
	},
	{
		guide: 'MLOps 1. Deployment Strategies',
		edition: 'student',
		path: '/mlops/deployment-strategies/',
		phrases: ['Real-time', 'Batch transform', 'Async'],
	},
	{
		guide: 'MLOps 2. Model Registry & Versioning',
		edition: 'student',
		path: '/mlops/model-registry/',
		phrases: ['Model Registry', 'lineage', 'Rollback'],
	},
	{
		guide: 'MLOps 3. Monitoring & Observability',
		edition: 'student',
		path: '/mlops/monitoring/',
		phrases: ['CloudWatch', 'Model Monitor', 'drift', 'alarm'],
	},
	{
		guide: 'MLOps 4. CI/CD Pipelines',
		edition: 'student',
		path: '/mlops/ci-cd/',
		phrases: ['CodeBuild', 'buildspec.yml', 'Jenkins'],
	},
	{
		guide: 'Architecture Review',
		edition: 'student',
		path: '/architecture-review/',
		phrases: [
			'ingestion',
			'Feature engineering',
			'Retraining',
			'Single model',
			'Multi-model',
			'Microservices',
			'Cost optimization',
			'Peer review',
		],
	},
	{
		guide: 'Assessment: Final Evaluation and Success Criteria',
		edition: 'student',
		path: '/assessment/',
		phrases: [
			'Complete all four modules',
			'Deploy at least one model',
			'Implement monitoring',
			'Build and train ML models for various use cases',
			'Apply architectural best practices',
		],
	},
	{
		guide: 'Assessment: Continuous Assessment',
		edition: 'instructor',
		path: '/instructor/assessment/',
		phrases: ['Exercise completion', 'Code quality', 'Participation'],
	},
	{
		guide: 'Common Student Questions',
		edition: 'student',
		path: '/reference/faq/',
		phrases: [
			'Why is my endpoint taking so long to create?',
			'How do I reduce inference costs?',
			'My model training failed. What should I check?',
			'How often should I retrain models?',
			'When should I use real-time vs batch inference?',
			'How do I choose between deployment strategies?',
			"What's the difference between SageMaker and training on EC2?",
		],
	},
	{
		guide: 'Troubleshooting Guide',
		edition: 'student',
		path: '/reference/troubleshooting/',
		phrases: [
			'Setup issues',
			'Training issues',
			'Deployment issues',
			'credentials',
			'Region',
			'Package conflicts',
			'Out of memory',
			'Slow training',
			'Convergence',
			'Endpoint creation fails',
			'Inference errors',
			'High latency',
		],
	},
	{
		guide: "Best Practices: Do's and Don'ts",
		edition: 'instructor',
		path: '/instructor/best-practices/',
		phrases: [
			'Encourage experimentation',
			'Celebrate successes',
			"Don't rush through exercises",
			"Don't forget to clean up resources",
		],
	},
	{
		guide: 'Resource Management and Daily Cleanup Checklist',
		edition: 'student',
		path: '/reference/cleanup/',
		phrases: [
			'Delete unused endpoints',
			'Stop inactive notebook instances',
			'Remove old S3 objects',
			'Check CloudWatch logs retention',
			'Training jobs',
		],
	},
	{
		guide: 'Preparation Checklist',
		edition: 'instructor',
		path: '/instructor/preparation/',
		phrases: [
			'Test all notebooks in advance',
			'Set up billing alerts',
			'Set up communication channels',
			'Track AWS costs',
			'Provide completion certificates',
			'Update materials based on feedback',
		],
	},
	{
		guide: 'Additional Resources for Students',
		edition: 'student',
		path: '/reference/resources/',
		phrases: ['SageMaker examples', 'certification'],
	},
	{
		guide: 'Additional Resources for Instructors, Contact & Support',
		edition: 'instructor',
		path: '/instructor/support/',
		phrases: [
			'Training coordination team',
			'AWS technical support',
			'Instructor community forum',
			'Materials update requests',
			'Good luck with your training session',
		],
	},
];

for (const { guide, edition, path, phrases } of sections) {
	test(`the guide's "${guide}" is on ${path} in the ${edition} edition`, async ({ page }) => {
		const site = new CoursePage(page, edition);
		await site.goto(path);
		const main = page.locator('main');
		for (const phrase of phrases) await expect(main).toContainText(asTypeset(phrase));
		if (edition === 'instructor' && !path.startsWith('/instructor/')) {
			const notes = (await page.locator('.instructor-note').allTextContents()).join('\n');
			const onlyInNotes = phrases.filter((phrase) => asTypeset(phrase).test(notes));
			expect(onlyInNotes.length, 'some of these phrases come from instructor notes').toBeGreaterThan(0);
		}
	});
}

/** The guide's phrase as the site typesets it: curly apostrophes, any letter case. */
function asTypeset(phrase: string): RegExp {
	const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
	return new RegExp(escaped, 'i');
}

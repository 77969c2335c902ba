import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { missingPythonMessage, pythonPrerequisites } from '../../src/labs/python-prerequisites.ts';

describe("the labs' Python prerequisites", () => {
	it('are what .ci/run installs from Debian and probes for', () => {
		const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
		const installed = /PYTHON_PACKAGES="([^"]+)"/.exec(ci)?.[1]?.split(' ') ?? [];
		assert.deepEqual(
			installed,
			pythonPrerequisites.map((entry) => entry.debian),
		);
		const probed = /python3 -c 'import ([^']+)'/.exec(ci)?.[1]?.split(', ') ?? [];
		assert.deepEqual(
			probed,
			pythonPrerequisites.map((entry) => entry.module),
		);
	});

	it('name what to install, for Debian and for pip', () => {
		const message = missingPythonMessage('/usr/bin/python3', ['imblearn', 'xgboost']);
		assert.match(message, /\/usr\/bin\/python3 lacks imblearn, xgboost/);
		assert.match(message, /apt-get install python3-imblearn python3-xgboost/);
		assert.match(message, /pip install imbalanced-learn xgboost/);
	});
});

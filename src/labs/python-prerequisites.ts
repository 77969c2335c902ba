// The Python the local cells run with: Debian's scientific packages (these machines reach no Python registry).
// `.ci/run` installs the same Debian packages; tests/unit/python-prerequisites.test.ts keeps the two lists equal.

/** Each module the runner imports, the Debian package that provides it and the pip name. */
export const pythonPrerequisites = [
	{ module: 'numpy', debian: 'python3-numpy', pip: 'numpy' },
	{ module: 'pandas', debian: 'python3-pandas', pip: 'pandas' },
	{ module: 'sklearn', debian: 'python3-sklearn', pip: 'scikit-learn' },
	{ module: 'imblearn', debian: 'python3-imblearn', pip: 'imbalanced-learn' },
	{ module: 'xgboost', debian: 'python3-xgboost', pip: 'xgboost' },
	{ module: 'nbformat', debian: 'python3-nbformat', pip: 'nbformat' },
	// The CI/CD lab's local cells run its pipeline's unit tests.
	{ module: 'pytest', debian: 'python3-pytest', pip: 'pytest' },
] as const;

/** The interpreter: Debian's by default, another with COURSE_PYTHON. */
export function pythonInterpreter(env: Record<string, string | undefined> = process.env): string {
	return env['COURSE_PYTHON'] ?? '/usr/bin/python3';
}

/** The message a machine without them gets: what to install, for Debian and for pip. */
export function missingPythonMessage(python: string, missing: string[]): string {
	const wanted = pythonPrerequisites.filter((entry) => missing.includes(entry.module));
	return (
		`${python} lacks ${missing.join(', ')}, which the labs' local cells and the notebook checks need.\n` +
		`  Debian or Ubuntu: sudo apt-get install ${wanted.map((entry) => entry.debian).join(' ')}\n` +
		`  pip (then COURSE_PYTHON=<that python>): python3 -m pip install ${wanted.map((entry) => entry.pip).join(' ')}`
	);
}

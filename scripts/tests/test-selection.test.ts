import { failureLines, projectArgs, splitSelection } from '../tasks/test.mjs';

describe('the projects a test run selects', () => {
  test('`--selectProjects` and its value leave the arguments Jest gets per project', () => {
    expect(splitSelection(['--selectProjects', 'api,browser', '--', 'cms/tests/api/x.ts'])).toEqual(
      { selected: ['api', 'browser'], rest: ['--', 'cms/tests/api/x.ts'] }
    );
  });

  test('without it, every project runs and the arguments stay as given', () => {
    expect(splitSelection(['-t', 'drafts'])).toEqual({
      selected: undefined,
      rest: ['-t', 'drafts'],
    });
  });
});

describe("one project's Jest arguments", () => {
  test('a full run selects the project and allows no empty project', () => {
    expect(projectArgs('api', [])).toEqual(['--selectProjects', 'api']);
  });

  test('the project goes before `--`, after which Jest reads only paths', () => {
    expect(projectArgs('unit', ['-t', 'x', '--', 'a.test.ts'])).toEqual([
      '-t',
      'x',
      '--selectProjects',
      'unit',
      '--passWithNoTests',
      '--',
      'a.test.ts',
    ]);
  });
});

describe('the failed tests a run names at its end', () => {
  const summary = {
    testResults: [
      {
        name: '/repo/portal/tests/browser/a.browser.test.ts',
        status: 'failed',
        assertionResults: [
          { status: 'passed', fullName: 'works' },
          {
            status: 'failed',
            fullName: 'the home page loads',
            failureMessages: [
              '\u001b[31mError: expect(received).toBe(expected)\u001b[39m\n\n  Expected: 200',
            ],
          },
        ],
      },
      {
        name: '/repo/cms/tests/api/b.test.api.ts',
        status: 'failed',
        message: '  ● Test suite failed to run\n\n    Cannot find module x',
        assertionResults: [],
      },
      {
        name: '/repo/c.test.ts',
        status: 'passed',
        assertionResults: [{ status: 'passed', fullName: 'fine' }],
      },
    ],
  };

  test('each failed test with its file and the first line of its reason, a file that did not run too', () => {
    expect(failureLines(summary, '/repo')).toEqual([
      'portal/tests/browser/a.browser.test.ts › the home page loads: Error: expect(received).toBe(expected)',
      'cms/tests/api/b.test.api.ts: Cannot find module x',
    ]);
  });
});

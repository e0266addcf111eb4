import { projectArgs, splitSelection } from '../tasks/test.mjs';

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

import { splitSelection } from '../tasks/test.mjs';

describe('the projects a test run selects', () => {
  test('`--selectProjects` and its value leave the arguments Jest gets per group', () => {
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

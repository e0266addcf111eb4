import { HtmlValidate, type Message } from 'html-validate';
import { PORTAL_ROUTES } from './support/routes';
import { portalUrl } from './support/browser';

/**
 * Every listed route's server-rendered HTML is valid (html-validate's
 * recommended rules), in German and in Arabic. The few rules set otherwise
 * below say why.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A group of checkboxes shares one name (`?district=a&district=b`), as HTML intends.
    // Ids from headings keep the heading's letters, Arabic too: valid in HTML5.
    'valid-id': ['error', { relaxed: true }],
    // Offer titles are named in full in the page title; cutting them would hide which course it is.
    'long-title': 'off',
    // role="list" on styled lists is deliberate: Safari's VoiceOver drops list
    // semantics from lists without bullets.
    'no-redundant-role': 'off',
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

const cases = ['de', 'ar'].flatMap((locale) =>
  PORTAL_ROUTES.map((route) => ({ locale, ...route }))
);

const describeMessage = (message: Message): string =>
  `${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`;

describe('valid HTML and a description on every listed route', () => {
  test.each(cases)('$locale $path ($name)', async ({ locale, path, expectedStatus = 200 }) => {
    const response = await fetch(portalUrl(locale, path));
    expect(response.status).toBe(expectedStatus);
    const html = await response.text();
    // Every page has exactly one description for search results and link previews
    // (error pages are not for search results).
    const descriptions = [...html.matchAll(/<meta name="description" content="([^"]*)"/g)];
    if (expectedStatus === 200) {
      expect(descriptions.map((match) => match[1]!.length > 0)).toEqual([true]);
    }
    const report = await validator.validateString(html);
    const problems = report.results.flatMap((result) => result.messages);
    if (problems.length > 0) {
      throw new Error(
        `${problems.length} HTML problem(s) on /${locale}${path}:\n${problems.map(describeMessage).join('\n')}`
      );
    }
  });
});

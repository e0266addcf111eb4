import { isLocaleCode } from '@teilhabe/locales';
import { isValidSlug } from '#shared/slug';

// Each also in its embed view, `/<locale>/embed/…`.
const FORM_PAGE = /^\/([a-z]{2})(?:\/embed)?\/formulare\/([^/]+)\/?$/;
const FORMS_SECTION = /^\/([a-z]{2})(?:\/embed)?\/formulare(?:\/|$)/;
const STATUS_PAGE = /^\/([a-z]{2})(?:\/embed)?\/status\/?$/;

/**
 * The form and status pages take plain HTML posts (they work without
 * JavaScript). Before Nuxt renders them, this runs the step the post asks for
 * and leaves the result in `event.context` for the page. Every response of
 * these pages is `no-store`: answers, references and codes must not stay in
 * any cache.
 */
export default defineEventHandler(async (event) => {
  const path = event.path.split('?')[0] ?? '';
  const status = STATUS_PAGE.exec(path);
  const form = FORM_PAGE.exec(path);
  if (!status && !FORMS_SECTION.test(path)) {
    return;
  }
  setNoStore(event);
  const locale = (status ?? form)?.[1];
  if (!isLocaleCode(locale) || !['GET', 'HEAD', 'POST'].includes(event.method)) {
    return;
  }
  const post = event.method === 'POST' ? await readFormPost(event) : null;
  if (status) {
    event.context.teilhabeStatusView = await runStatusFlow(event, locale, post?.entries ?? null);
    return;
  }
  const slug = form?.[2];
  if (isValidSlug(slug)) {
    event.context.teilhabeFormView = await runFormFlow(
      event,
      locale,
      slug,
      post?.entries ?? null,
      post?.files ?? []
    );
  }
});

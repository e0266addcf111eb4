import type { SiteFrameQuery } from '@teilhabe/graphql';
import type { LocaleCode } from '@teilhabe/locales';
import type { PageLinkView, SiteFrameView } from '../types/view-models';
import { toPageRole } from './cms-enums';
import { presentItems, textOrNull } from './text';

/**
 * Maps the `SiteFrame` query result to what header and footer show.
 * @param data the query result
 * @param locale the locale that was asked for
 * @returns the frame view model; site settings missing in this locale leave `null` texts
 */
export function toSiteFrameView(data: SiteFrameQuery, locale: LocaleCode): SiteFrameView {
  const setting = data.teilhabeSiteSetting;
  const footerPages: SiteFrameView['footerPages'] = {};
  for (const page of presentItems(data.teilhabePages)) {
    const link: PageLinkView = { slug: page.slug, role: toPageRole(page.role), title: page.title };
    // One page per role; the query sorts by title, so the choice is stable.
    if (link.role !== 'other' && !footerPages[link.role]) {
      footerPages[link.role] = link;
    }
  }
  return {
    locale,
    cityName: textOrNull(setting?.cityName),
    siteTitle: textOrNull(setting?.siteTitle),
    footerText: textOrNull(setting?.footerText),
    accessibilityFeedbackEmail: textOrNull(setting?.accessibilityFeedbackEmail),
    isSampleContent: setting?.isSampleContent === true,
    footerPages,
  };
}

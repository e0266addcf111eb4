import type { HomePageQuery } from '@teilhabe/graphql';
import type { LocaleCode } from '@teilhabe/locales';
import type { HomeView, LifeSituationView } from '../types/view-models';
import { toLifeSituationIcon } from './cms-enums';
import { presentItems, textOrNull } from './text';

/**
 * Maps the `HomePage` query result to the home page's view model.
 * @param data the query result
 * @param locale the locale that was asked for
 * @returns welcome texts and the life situations in the CMS order
 */
export function toHomeView(data: HomePageQuery, locale: LocaleCode): HomeView {
  const lifeSituations: LifeSituationView[] = presentItems(data.teilhabeLifeSituations).map(
    (entry) => ({
      code: entry.code,
      icon: toLifeSituationIcon(entry.icon),
      title: entry.title,
      teaser: entry.teaser,
      directoryCategory: textOrNull(entry.directoryCategory),
    })
  );
  return {
    locale,
    welcomeHeading: textOrNull(data.teilhabeSiteSetting?.welcomeHeading),
    welcomeText: textOrNull(data.teilhabeSiteSetting?.welcomeText),
    lifeSituations,
  };
}

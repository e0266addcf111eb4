import lifeSituation from './life-situation';
import page from './page';
import siteSetting from './site-setting';

/** Content types owned by the plugin, keyed by their singular name (UID `plugin::teilhabe.<key>`). */
export default {
  'life-situation': lifeSituation,
  page,
  'site-setting': siteSetting,
};

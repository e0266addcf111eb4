import form from './form';
import formStatistic from './form-statistic';
import formVersion from './form-version';
import submission from './submission';
import submissionAccess from './submission-access';
import submissionEvent from './submission-event';
import submissionFile from './submission-file';
import submissionNote from './submission-note';
import submissionTombstone from './submission-tombstone';

/** The forms domain's content types, keyed by singular name. */
export default {
  form,
  'form-version': formVersion,
  submission,
  'submission-file': submissionFile,
  'submission-event': submissionEvent,
  'submission-note': submissionNote,
  'submission-access': submissionAccess,
  'submission-tombstone': submissionTombstone,
  'form-statistic': formStatistic,
};

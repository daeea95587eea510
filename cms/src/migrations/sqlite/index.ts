import * as migration_20261123_013128_initial from './20261123_013128_initial';
import * as migration_20261201_021301_audit_log from './20261201_021301_audit_log';
import * as migration_20261201_022017_media_audience_org from './20261201_022017_media_audience_org';
import * as migration_20261201_083511_profile_corrections from './20261201_083511_profile_corrections';
import * as migration_20261201_092448_page_images from './20261201_092448_page_images';
import * as migration_20261207_125855_meetings_tasks_quizzes from './20261207_125855_meetings_tasks_quizzes';
import * as migration_20261207_155945_reports_reorg_surveys from './20261207_155945_reports_reorg_surveys';
import * as migration_20261207_191557_hot_paths from './20261207_191557_hot_paths';
import * as migration_20261207_223437_reports_jobs_lean_inbox from './20261207_223437_reports_jobs_lean_inbox';
import * as migration_20261208_010741_report_mailings from './20261208_010741_report_mailings';

export const migrations = [
  {
    up: migration_20261123_013128_initial.up,
    down: migration_20261123_013128_initial.down,
    name: '20261123_013128_initial',
  },
  {
    up: migration_20261201_021301_audit_log.up,
    down: migration_20261201_021301_audit_log.down,
    name: '20261201_021301_audit_log',
  },
  {
    up: migration_20261201_022017_media_audience_org.up,
    down: migration_20261201_022017_media_audience_org.down,
    name: '20261201_022017_media_audience_org',
  },
  {
    up: migration_20261201_083511_profile_corrections.up,
    down: migration_20261201_083511_profile_corrections.down,
    name: '20261201_083511_profile_corrections',
  },
  {
    up: migration_20261201_092448_page_images.up,
    down: migration_20261201_092448_page_images.down,
    name: '20261201_092448_page_images',
  },
  {
    up: migration_20261207_125855_meetings_tasks_quizzes.up,
    down: migration_20261207_125855_meetings_tasks_quizzes.down,
    name: '20261207_125855_meetings_tasks_quizzes',
  },
  {
    up: migration_20261207_155945_reports_reorg_surveys.up,
    down: migration_20261207_155945_reports_reorg_surveys.down,
    name: '20261207_155945_reports_reorg_surveys',
  },
  {
    up: migration_20261207_191557_hot_paths.up,
    down: migration_20261207_191557_hot_paths.down,
    name: '20261207_191557_hot_paths',
  },
  {
    up: migration_20261207_223437_reports_jobs_lean_inbox.up,
    down: migration_20261207_223437_reports_jobs_lean_inbox.down,
    name: '20261207_223437_reports_jobs_lean_inbox',
  },
  {
    up: migration_20261208_010741_report_mailings.up,
    down: migration_20261208_010741_report_mailings.down,
    name: '20261208_010741_report_mailings'
  },
];

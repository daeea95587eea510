import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'meetingReminders' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'meetingsTwentiethRule' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'meetingsArticle8' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'meetingReminders' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'meetingsTwentiethRule' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'meetingsArticle8' BEFORE 'pruneAuditLog';
  ALTER TABLE "meetings" ADD COLUMN "reminded_day_before_at" timestamp(3) with time zone;
  ALTER TABLE "meetings" ADD COLUMN "reminded_hour_before_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'renderDocumentPages', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'renderDocumentPages', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "meetings" DROP COLUMN "reminded_day_before_at";
  ALTER TABLE "meetings" DROP COLUMN "reminded_hour_before_at";`)
}

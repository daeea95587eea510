import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_report_mailings_status" AS ENUM('sending', 'sent');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'mailMonthlyReports' BEFORE 'releaseAbandonedJobs';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'mailMonthlyReports' BEFORE 'releaseAbandonedJobs';
  CREATE TABLE "report_mailings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"month" varchar NOT NULL,
  	"org_id" integer NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"status" "enum_report_mailings_status" DEFAULT 'sending' NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_mailings_id" integer;
  ALTER TABLE "report_mailings" ADD CONSTRAINT "report_mailings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_mailings" ADD CONSTRAINT "report_mailings_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "report_mailings_key_idx" ON "report_mailings" USING btree ("key");
  CREATE INDEX "report_mailings_month_idx" ON "report_mailings" USING btree ("month");
  CREATE INDEX "report_mailings_org_idx" ON "report_mailings" USING btree ("org_id");
  CREATE INDEX "report_mailings_recipient_idx" ON "report_mailings" USING btree ("recipient_id");
  CREATE INDEX "report_mailings_updated_at_idx" ON "report_mailings" USING btree ("updated_at");
  CREATE INDEX "report_mailings_created_at_idx" ON "report_mailings" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_mailings_fk" FOREIGN KEY ("report_mailings_id") REFERENCES "public"."report_mailings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_report_mailings_id_idx" ON "payload_locked_documents_rels" USING btree ("report_mailings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "report_mailings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "report_mailings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_mailings_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'renderDocumentPages', 'meetingReminders', 'meetingsTwentiethRule', 'meetingsArticle8', 'remindTasks', 'remindCalendarEntries', 'applyOrgChange', 'rollUpReports', 'releaseAbandonedJobs', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'renderDocumentPages', 'meetingReminders', 'meetingsTwentiethRule', 'meetingsArticle8', 'remindTasks', 'remindCalendarEntries', 'applyOrgChange', 'rollUpReports', 'releaseAbandonedJobs', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_report_mailings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_mailings_id";
  DROP TYPE "public"."enum_report_mailings_status";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_report_days_kind" AS ENUM('flows', 'snapshot');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'rollUpReports' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'releaseAbandonedJobs' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'rollUpReports' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'releaseAbandonedJobs' BEFORE 'pruneAuditLog';
  CREATE TABLE "report_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"org_id" integer NOT NULL,
  	"parent_id" integer,
  	"kind" "enum_report_days_kind" NOT NULL,
  	"day" varchar NOT NULL,
  	"notices_received" numeric DEFAULT 0,
  	"notices_read" numeric DEFAULT 0,
  	"deliveries_sent" numeric DEFAULT 0,
  	"deliveries_failed" numeric DEFAULT 0,
  	"meetings_held" numeric DEFAULT 0,
  	"meetings_on_time" numeric DEFAULT 0,
  	"attendance_present" numeric DEFAULT 0,
  	"attendance_expected" numeric DEFAULT 0,
  	"quiz_participants" numeric DEFAULT 0,
  	"quiz_attempts" numeric DEFAULT 0,
  	"quiz_percent_sum" numeric DEFAULT 0,
  	"quiz_passed" numeric DEFAULT 0,
  	"tasks" numeric DEFAULT 0,
  	"tasks_done" numeric DEFAULT 0,
  	"tasks_on_time" numeric DEFAULT 0,
  	"tasks_overdue" numeric DEFAULT 0,
  	"questions_asked" numeric DEFAULT 0,
  	"questions_answered" numeric DEFAULT 0,
  	"questions_waiting" numeric DEFAULT 0,
  	"members" numeric DEFAULT 0,
  	"chinh_thuc" numeric DEFAULT 0,
  	"du_bi" numeric DEFAULT 0,
  	"mien_sinh_hoat" numeric DEFAULT 0,
  	"da_chuyen_di" numeric DEFAULT 0,
  	"tu_tran" numeric DEFAULT 0,
  	"activated" numeric DEFAULT 0,
  	"cells" numeric DEFAULT 0,
  	"active7" numeric DEFAULT 0,
  	"active30" numeric DEFAULT 0,
  	"active_month" numeric DEFAULT 0
  );
  
  ALTER TABLE "inbox" DROP CONSTRAINT "inbox_notice_id_notices_id_fk";
  
  ALTER TABLE "inbox" DROP CONSTRAINT "inbox_recipient_id_users_id_fk";
  
  ALTER TABLE "inbox" DROP CONSTRAINT "inbox_org_id_orgs_id_fk";
  
  ALTER TABLE "inbox" DROP CONSTRAINT "inbox_branch_id_orgs_id_fk";
  
  DROP INDEX "inbox_notice_idx";
  DROP INDEX "inbox_recipient_idx";
  DROP INDEX "inbox_org_idx";
  ALTER TABLE "payload_jobs" ADD COLUMN "runner" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_days_id" integer;
  ALTER TABLE "report_days" ADD CONSTRAINT "report_days_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_days" ADD CONSTRAINT "report_days_parent_id_orgs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "report_days_key_idx" ON "report_days" USING btree ("key");
  CREATE INDEX "report_days_org_idx" ON "report_days" USING btree ("org_id");
  CREATE INDEX "report_days_parent_idx" ON "report_days" USING btree ("parent_id");
  CREATE INDEX "org_kind_day_idx" ON "report_days" USING btree ("org_id","kind","day");
  CREATE INDEX "parent_kind_day_idx" ON "report_days" USING btree ("parent_id","kind","day");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_days_fk" FOREIGN KEY ("report_days_id") REFERENCES "public"."report_days"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_report_days_id_idx" ON "payload_locked_documents_rels" USING btree ("report_days_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "report_days" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "report_days" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_days_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'renderDocumentPages', 'meetingReminders', 'meetingsTwentiethRule', 'meetingsArticle8', 'remindTasks', 'remindCalendarEntries', 'applyOrgChange', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'renderDocumentPages', 'meetingReminders', 'meetingsTwentiethRule', 'meetingsArticle8', 'remindTasks', 'remindCalendarEntries', 'applyOrgChange', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_report_days_id_idx";
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inbox" ADD CONSTRAINT "inbox_branch_id_orgs_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "inbox_notice_idx" ON "inbox" USING btree ("notice_id");
  CREATE INDEX "inbox_recipient_idx" ON "inbox" USING btree ("recipient_id");
  CREATE INDEX "inbox_org_idx" ON "inbox" USING btree ("org_id");
  ALTER TABLE "payload_jobs" DROP COLUMN "runner";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_days_id";
  DROP TYPE "public"."enum_report_days_kind";`)
}

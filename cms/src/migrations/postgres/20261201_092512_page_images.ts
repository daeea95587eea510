import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'renderDocumentPages' BEFORE 'pruneAuditLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'renderDocumentPages' BEFORE 'pruneAuditLog';
  CREATE TABLE "documents_page_images" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"page" numeric
  );
  
  CREATE TABLE "_documents_v_version_page_images" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"page" numeric,
  	"_uuid" varchar
  );
  
  ALTER TABLE "documents" ADD COLUMN "page_count" numeric;
  ALTER TABLE "documents" ADD COLUMN "page_images_from" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_page_count" numeric;
  ALTER TABLE "_documents_v" ADD COLUMN "version_page_images_from" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_wide_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_wide_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_wide_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_wide_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_wide_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_wide_filename" varchar;
  ALTER TABLE "documents_page_images" ADD CONSTRAINT "documents_page_images_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_page_images" ADD CONSTRAINT "documents_page_images_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_page_images" ADD CONSTRAINT "_documents_v_version_page_images_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_version_page_images" ADD CONSTRAINT "_documents_v_version_page_images_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_page_images_order_idx" ON "documents_page_images" USING btree ("_order");
  CREATE INDEX "documents_page_images_parent_id_idx" ON "documents_page_images" USING btree ("_parent_id");
  CREATE INDEX "documents_page_images_image_idx" ON "documents_page_images" USING btree ("image_id");
  CREATE INDEX "_documents_v_version_page_images_order_idx" ON "_documents_v_version_page_images" USING btree ("_order");
  CREATE INDEX "_documents_v_version_page_images_parent_id_idx" ON "_documents_v_version_page_images" USING btree ("_parent_id");
  CREATE INDEX "_documents_v_version_page_images_image_idx" ON "_documents_v_version_page_images" USING btree ("image_id");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents_page_images" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_version_page_images" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents_page_images" CASCADE;
  DROP TABLE "_documents_v_version_page_images" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importMembers', 'pruneStaleDevices', 'fanOutNotice', 'escalateQuestions', 'synthesizeAudio', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "media_sizes_wide_sizes_wide_filename_idx";
  ALTER TABLE "documents" DROP COLUMN "page_count";
  ALTER TABLE "documents" DROP COLUMN "page_images_from";
  ALTER TABLE "_documents_v" DROP COLUMN "version_page_count";
  ALTER TABLE "_documents_v" DROP COLUMN "version_page_images_from";
  ALTER TABLE "media" DROP COLUMN "sizes_wide_url";
  ALTER TABLE "media" DROP COLUMN "sizes_wide_width";
  ALTER TABLE "media" DROP COLUMN "sizes_wide_height";
  ALTER TABLE "media" DROP COLUMN "sizes_wide_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_wide_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_wide_filename";`)
}

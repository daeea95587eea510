import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_meetings_kind" AS ENUM('thuong-ky', 'chuyen-de', 'bat-thuong', 'hop-chi-uy', 'hop-dang-uy');
  CREATE TYPE "public"."enum_meetings_status" AS ENUM('scheduled', 'held', 'cancelled');
  CREATE TYPE "public"."enum_meeting_attendance_reply" AS ENUM('present', 'absent');
  CREATE TYPE "public"."enum_meeting_attendance_checkin_method" AS ENUM('qr', 'code', 'manual', 'online');
  CREATE TYPE "public"."enum_meeting_votes_status" AS ENUM('open', 'closed');
  CREATE TABLE "meetings_agenda" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_meetings_kind" DEFAULT 'thuong-ky' NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"place" varchar,
  	"chair_id" integer,
  	"recorder_id" integer,
  	"online" boolean DEFAULT false,
  	"status" "enum_meetings_status" DEFAULT 'scheduled' NOT NULL,
  	"month" varchar,
  	"posted_on_time" boolean,
  	"checkin_secret" varchar,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meetings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"media_id" integer,
  	"orgs_id" integer
  );
  
  CREATE TABLE "meeting_attendance" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"meeting_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"exempt" boolean DEFAULT false,
  	"reply" "enum_meeting_attendance_reply",
  	"reason" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"checked_in_at" timestamp(3) with time zone,
  	"checkin_method" "enum_meeting_attendance_checkin_method",
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meeting_attendance_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  CREATE TABLE "meeting_votes_choices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL
  );
  
  CREATE TABLE "meeting_votes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"meeting_id" integer NOT NULL,
  	"agenda_item" varchar,
  	"question" varchar NOT NULL,
  	"secret" boolean DEFAULT false,
  	"status" "enum_meeting_votes_status" DEFAULT 'open' NOT NULL,
  	"counts" jsonb,
  	"voters_count" numeric DEFAULT 0,
  	"closed_at" timestamp(3) with time zone,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meeting_votes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meetings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_attendance_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_votes_id" integer;
  ALTER TABLE "meetings_agenda" ADD CONSTRAINT "meetings_agenda_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_id_users_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_recorder_id_users_id_fk" FOREIGN KEY ("recorder_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_attendance_rels" ADD CONSTRAINT "meeting_attendance_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meeting_attendance"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_attendance_rels" ADD CONSTRAINT "meeting_attendance_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_votes_choices" ADD CONSTRAINT "meeting_votes_choices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meeting_votes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_votes" ADD CONSTRAINT "meeting_votes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_votes" ADD CONSTRAINT "meeting_votes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_votes_rels" ADD CONSTRAINT "meeting_votes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meeting_votes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_votes_rels" ADD CONSTRAINT "meeting_votes_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "meetings_agenda_order_idx" ON "meetings_agenda" USING btree ("_order");
  CREATE INDEX "meetings_agenda_parent_id_idx" ON "meetings_agenda" USING btree ("_parent_id");
  CREATE INDEX "meetings_kind_idx" ON "meetings" USING btree ("kind");
  CREATE INDEX "meetings_starts_at_idx" ON "meetings" USING btree ("starts_at");
  CREATE INDEX "meetings_chair_idx" ON "meetings" USING btree ("chair_id");
  CREATE INDEX "meetings_recorder_idx" ON "meetings" USING btree ("recorder_id");
  CREATE INDEX "meetings_status_idx" ON "meetings" USING btree ("status");
  CREATE INDEX "meetings_month_idx" ON "meetings" USING btree ("month");
  CREATE INDEX "meetings_org_idx" ON "meetings" USING btree ("org_id");
  CREATE INDEX "meetings_updated_at_idx" ON "meetings" USING btree ("updated_at");
  CREATE INDEX "meetings_created_at_idx" ON "meetings" USING btree ("created_at");
  CREATE INDEX "meetings_rels_order_idx" ON "meetings_rels" USING btree ("order");
  CREATE INDEX "meetings_rels_parent_idx" ON "meetings_rels" USING btree ("parent_id");
  CREATE INDEX "meetings_rels_path_idx" ON "meetings_rels" USING btree ("path");
  CREATE INDEX "meetings_rels_documents_id_idx" ON "meetings_rels" USING btree ("documents_id");
  CREATE INDEX "meetings_rels_media_id_idx" ON "meetings_rels" USING btree ("media_id");
  CREATE INDEX "meetings_rels_orgs_id_idx" ON "meetings_rels" USING btree ("orgs_id");
  CREATE UNIQUE INDEX "meeting_attendance_key_idx" ON "meeting_attendance" USING btree ("key");
  CREATE INDEX "meeting_attendance_meeting_idx" ON "meeting_attendance" USING btree ("meeting_id");
  CREATE INDEX "meeting_attendance_member_idx" ON "meeting_attendance" USING btree ("member_id");
  CREATE INDEX "meeting_attendance_org_idx" ON "meeting_attendance" USING btree ("org_id");
  CREATE INDEX "meeting_attendance_updated_at_idx" ON "meeting_attendance" USING btree ("updated_at");
  CREATE INDEX "meeting_attendance_created_at_idx" ON "meeting_attendance" USING btree ("created_at");
  CREATE INDEX "meeting_attendance_rels_order_idx" ON "meeting_attendance_rels" USING btree ("order");
  CREATE INDEX "meeting_attendance_rels_parent_idx" ON "meeting_attendance_rels" USING btree ("parent_id");
  CREATE INDEX "meeting_attendance_rels_path_idx" ON "meeting_attendance_rels" USING btree ("path");
  CREATE INDEX "meeting_attendance_rels_orgs_id_idx" ON "meeting_attendance_rels" USING btree ("orgs_id");
  CREATE INDEX "meeting_votes_choices_order_idx" ON "meeting_votes_choices" USING btree ("_order");
  CREATE INDEX "meeting_votes_choices_parent_id_idx" ON "meeting_votes_choices" USING btree ("_parent_id");
  CREATE INDEX "meeting_votes_meeting_idx" ON "meeting_votes" USING btree ("meeting_id");
  CREATE INDEX "meeting_votes_org_idx" ON "meeting_votes" USING btree ("org_id");
  CREATE INDEX "meeting_votes_updated_at_idx" ON "meeting_votes" USING btree ("updated_at");
  CREATE INDEX "meeting_votes_created_at_idx" ON "meeting_votes" USING btree ("created_at");
  CREATE INDEX "meeting_votes_rels_order_idx" ON "meeting_votes_rels" USING btree ("order");
  CREATE INDEX "meeting_votes_rels_parent_idx" ON "meeting_votes_rels" USING btree ("parent_id");
  CREATE INDEX "meeting_votes_rels_path_idx" ON "meeting_votes_rels" USING btree ("path");
  CREATE INDEX "meeting_votes_rels_orgs_id_idx" ON "meeting_votes_rels" USING btree ("orgs_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meetings_fk" FOREIGN KEY ("meetings_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_attendance_fk" FOREIGN KEY ("meeting_attendance_id") REFERENCES "public"."meeting_attendance"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_votes_fk" FOREIGN KEY ("meeting_votes_id") REFERENCES "public"."meeting_votes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("meetings_id");
  CREATE INDEX "payload_locked_documents_rels_meeting_attendance_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_attendance_id");
  CREATE INDEX "payload_locked_documents_rels_meeting_votes_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_votes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meetings_agenda" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_attendance" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_attendance_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_votes_choices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_votes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_votes_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meetings_agenda" CASCADE;
  DROP TABLE "meetings" CASCADE;
  DROP TABLE "meetings_rels" CASCADE;
  DROP TABLE "meeting_attendance" CASCADE;
  DROP TABLE "meeting_attendance_rels" CASCADE;
  DROP TABLE "meeting_votes_choices" CASCADE;
  DROP TABLE "meeting_votes" CASCADE;
  DROP TABLE "meeting_votes_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meetings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_attendance_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_votes_fk";
  
  DROP INDEX "payload_locked_documents_rels_meetings_id_idx";
  DROP INDEX "payload_locked_documents_rels_meeting_attendance_id_idx";
  DROP INDEX "payload_locked_documents_rels_meeting_votes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meetings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_attendance_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_votes_id";
  DROP TYPE "public"."enum_meetings_kind";
  DROP TYPE "public"."enum_meetings_status";
  DROP TYPE "public"."enum_meeting_attendance_reply";
  DROP TYPE "public"."enum_meeting_attendance_checkin_method";
  DROP TYPE "public"."enum_meeting_votes_status";`)
}

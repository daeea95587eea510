import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_meeting_minutes_status" AS ENUM('draft', 'approved');
  CREATE TABLE "meeting_minutes_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item_key" varchar NOT NULL,
  	"item_title" varchar,
  	"discussion" varchar,
  	"conclusion" varchar
  );
  
  CREATE TABLE "meeting_minutes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"meeting_id" integer NOT NULL,
  	"status" "enum_meeting_minutes_status" DEFAULT 'draft' NOT NULL,
  	"generated" jsonb,
  	"place_name" varchar,
  	"summary" varchar,
  	"drafted_at" timestamp(3) with time zone,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"org_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meeting_minutes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"orgs_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_minutes_id" integer;
  ALTER TABLE "meeting_minutes_notes" ADD CONSTRAINT "meeting_minutes_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meeting_minutes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_minutes_rels" ADD CONSTRAINT "meeting_minutes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meeting_minutes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_minutes_rels" ADD CONSTRAINT "meeting_minutes_rels_orgs_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "meeting_minutes_notes_order_idx" ON "meeting_minutes_notes" USING btree ("_order");
  CREATE INDEX "meeting_minutes_notes_parent_id_idx" ON "meeting_minutes_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "meeting_minutes_meeting_idx" ON "meeting_minutes" USING btree ("meeting_id");
  CREATE INDEX "meeting_minutes_status_idx" ON "meeting_minutes" USING btree ("status");
  CREATE INDEX "meeting_minutes_approved_by_idx" ON "meeting_minutes" USING btree ("approved_by_id");
  CREATE INDEX "meeting_minutes_org_idx" ON "meeting_minutes" USING btree ("org_id");
  CREATE INDEX "meeting_minutes_updated_at_idx" ON "meeting_minutes" USING btree ("updated_at");
  CREATE INDEX "meeting_minutes_created_at_idx" ON "meeting_minutes" USING btree ("created_at");
  CREATE INDEX "meeting_minutes_rels_order_idx" ON "meeting_minutes_rels" USING btree ("order");
  CREATE INDEX "meeting_minutes_rels_parent_idx" ON "meeting_minutes_rels" USING btree ("parent_id");
  CREATE INDEX "meeting_minutes_rels_path_idx" ON "meeting_minutes_rels" USING btree ("path");
  CREATE INDEX "meeting_minutes_rels_orgs_id_idx" ON "meeting_minutes_rels" USING btree ("orgs_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_minutes_fk" FOREIGN KEY ("meeting_minutes_id") REFERENCES "public"."meeting_minutes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_meeting_minutes_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_minutes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meeting_minutes_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_minutes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_minutes_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meeting_minutes_notes" CASCADE;
  DROP TABLE "meeting_minutes" CASCADE;
  DROP TABLE "meeting_minutes_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_minutes_fk";
  
  DROP INDEX "payload_locked_documents_rels_meeting_minutes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_minutes_id";
  DROP TYPE "public"."enum_meeting_minutes_status";`)
}

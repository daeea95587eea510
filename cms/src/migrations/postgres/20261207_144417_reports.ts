import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "activity_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"member_id" integer NOT NULL,
  	"org_id" integer,
  	"day" varchar NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_days_id" integer;
  ALTER TABLE "activity_days" ADD CONSTRAINT "activity_days_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activity_days" ADD CONSTRAINT "activity_days_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "activity_days_key_idx" ON "activity_days" USING btree ("key");
  CREATE INDEX "activity_days_member_idx" ON "activity_days" USING btree ("member_id");
  CREATE INDEX "activity_days_org_idx" ON "activity_days" USING btree ("org_id");
  CREATE INDEX "activity_days_day_idx" ON "activity_days" USING btree ("day");
  CREATE INDEX "org_day_idx" ON "activity_days" USING btree ("org_id","day");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_days_fk" FOREIGN KEY ("activity_days_id") REFERENCES "public"."activity_days"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_activity_days_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_days_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "activity_days" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "activity_days" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activity_days_fk";
  
  DROP INDEX "payload_locked_documents_rels_activity_days_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_days_id";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "meeting_ballots" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"vote_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"choice" varchar
  );
  
  ALTER TABLE "meeting_votes_choices" ADD COLUMN "count" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_ballots_id" varchar;
  ALTER TABLE "meeting_ballots" ADD CONSTRAINT "meeting_ballots_vote_id_meeting_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."meeting_votes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_ballots" ADD CONSTRAINT "meeting_ballots_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "meeting_ballots_vote_idx" ON "meeting_ballots" USING btree ("vote_id");
  CREATE INDEX "meeting_ballots_member_idx" ON "meeting_ballots" USING btree ("member_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_ballots_fk" FOREIGN KEY ("meeting_ballots_id") REFERENCES "public"."meeting_ballots"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_meeting_ballots_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_ballots_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meeting_ballots" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meeting_ballots" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_ballots_fk";
  
  DROP INDEX "payload_locked_documents_rels_meeting_ballots_id_idx";
  ALTER TABLE "meeting_votes_choices" DROP COLUMN "count";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_ballots_id";`)
}

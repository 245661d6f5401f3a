CREATE TABLE "record_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "record_updates_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"public" boolean DEFAULT true NOT NULL,
	"by_public" boolean DEFAULT false NOT NULL,
	"text" text,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "record_updates_record" ON "record_updates" USING btree ("record_type","record_id","occurred_at");--> statement-breakpoint
-- the complaints' public steps move to the platform's timeline, same ids (attachments point at them), same order
INSERT INTO "record_updates" ("id", "record_type", "record_id", "kind", "public", "by_public", "text", "occurred_at")
SELECT "id", 'complaint', "complaint_id", "kind", "public", "by_reporter", "text", "occurred_at"
FROM "complaint_updates" ORDER BY "seq";

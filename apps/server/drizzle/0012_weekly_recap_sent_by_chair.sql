ALTER TABLE "complaint_recaps" ADD COLUMN "status" text DEFAULT 'sent' NOT NULL;--> statement-breakpoint
ALTER TABLE "complaint_recaps" ADD COLUMN "sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "complaint_recaps" ADD COLUMN "sent_by" uuid;--> statement-breakpoint
ALTER TABLE "complaint_recaps" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "complaint_recaps" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
-- recaps recorded before this migration were emailed to the head directly by the Monday job
UPDATE "complaint_recaps" SET "sent_at" = "created_at" WHERE "sent_at" IS NULL;

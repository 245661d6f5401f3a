CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"service_key" text NOT NULL,
	"unit_id" uuid,
	"token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"answered" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"service_key" text NOT NULL,
	"unit_id" uuid,
	"answered_at" timestamp with time zone NOT NULL,
	"u1" smallint NOT NULL,
	"u2" smallint NOT NULL,
	"u3" smallint NOT NULL,
	"u4" smallint NOT NULL,
	"u5" smallint NOT NULL,
	"u6" smallint NOT NULL,
	"u7" smallint NOT NULL,
	"u8" smallint NOT NULL,
	"u9" smallint NOT NULL,
	"gender" text,
	"age_band" text,
	"education" text,
	"occupation" text,
	"suggestion" text,
	CONSTRAINT "survey_responses_scale" CHECK (least("survey_responses"."u1", "survey_responses"."u2", "survey_responses"."u3", "survey_responses"."u4", "survey_responses"."u5", "survey_responses"."u6", "survey_responses"."u7", "survey_responses"."u8", "survey_responses"."u9") >= 1 and greatest("survey_responses"."u1", "survey_responses"."u2", "survey_responses"."u3", "survey_responses"."u4", "survey_responses"."u5", "survey_responses"."u6", "survey_responses"."u7", "survey_responses"."u8", "survey_responses"."u9") <= 4)
);
--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_record" ON "survey_invitations" USING btree ("record_type","record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_token" ON "survey_invitations" USING btree ("token");--> statement-breakpoint
CREATE INDEX "survey_invitations_service" ON "survey_invitations" USING btree ("agency_id","service_key","created_at");--> statement-breakpoint
CREATE INDEX "survey_responses_service" ON "survey_responses" USING btree ("agency_id","service_key","answered_at");
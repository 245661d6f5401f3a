CREATE TABLE "control_consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"channel" text NOT NULL,
	"company_id" uuid NOT NULL,
	"lkpm_report_id" uuid,
	"contact_name" text NOT NULL,
	"contact_email" text,
	"contact_phone" text,
	"topic" text NOT NULL,
	"question" text NOT NULL,
	"language" text DEFAULT 'id' NOT NULL,
	"preferred_at" timestamp with time zone,
	"scheduled_at" timestamp with time zone,
	"meeting_link" text,
	"schedule_note" text,
	"outcome" text,
	"minutes" text,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"closed_reason" text,
	"closed_at" timestamp with time zone,
	"case_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "control_consultations_number" UNIQUE("agency_id","number")
);
--> statement-breakpoint
ALTER TABLE "control_consultations" ADD CONSTRAINT "control_consultations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_consultations" ADD CONSTRAINT "control_consultations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_consultations" ADD CONSTRAINT "control_consultations_lkpm_report_id_lkpm_reports_id_fk" FOREIGN KEY ("lkpm_report_id") REFERENCES "public"."lkpm_reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_consultations" ADD CONSTRAINT "control_consultations_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_consultations" ADD CONSTRAINT "control_consultations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_consultations" ADD CONSTRAINT "control_consultations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "control_consultations_agency_status" ON "control_consultations" USING btree ("agency_id","status","received_at");--> statement-breakpoint
CREATE INDEX "control_consultations_company" ON "control_consultations" USING btree ("company_id","received_at");--> statement-breakpoint
CREATE INDEX "control_consultations_case" ON "control_consultations" USING btree ("case_id");
CREATE TABLE "control_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"visit_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"reason_kind" text,
	"reason_ref" text,
	"reason" text,
	"case_id" uuid,
	"inspected_on" date,
	"inspector_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"items" jsonb,
	"grade" text,
	"findings_count" integer,
	"findings" text,
	"follow_up" text,
	"company_rep_name" text,
	"company_rep_position" text,
	"refusal_reason" text,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reported_by" uuid,
	"reported_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "control_inspections" ADD CONSTRAINT "control_inspections_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_inspections" ADD CONSTRAINT "control_inspections_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_inspections" ADD CONSTRAINT "control_inspections_visit_id_supervision_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."supervision_visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_inspections" ADD CONSTRAINT "control_inspections_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_inspections" ADD CONSTRAINT "control_inspections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_inspections" ADD CONSTRAINT "control_inspections_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "control_inspections_visit" ON "control_inspections" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "control_inspections_company" ON "control_inspections" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "control_inspections_agency" ON "control_inspections" USING btree ("agency_id","created_at");
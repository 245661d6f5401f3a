CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"nib" text NOT NULL,
	"name" text NOT NULL,
	"investment_type" text NOT NULL,
	"scale" text NOT NULL,
	"risk_level" text NOT NULL,
	"kbli_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"province" text,
	"regency" text,
	"address" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "company_business_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"kbli" text NOT NULL,
	"name" text NOT NULL,
	"province" text,
	"regency" text,
	"address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "control_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"filename" text NOT NULL,
	"sha256" text NOT NULL,
	"status" text NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_inserted" integer DEFAULT 0 NOT NULL,
	"rows_updated" integer DEFAULT 0 NOT NULL,
	"rows_unchanged" integer DEFAULT 0 NOT NULL,
	"rejected" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"type" text NOT NULL,
	"number" text NOT NULL,
	"issued_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"status_changed_at" timestamp with time zone,
	"status_case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lkpm_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"business_line_id" uuid,
	"period_year" integer NOT NULL,
	"period_kind" text NOT NULL,
	"period_no" integer NOT NULL,
	"status" text NOT NULL,
	"land" bigint DEFAULT 0 NOT NULL,
	"buildings" bigint DEFAULT 0 NOT NULL,
	"machinery" bigint DEFAULT 0 NOT NULL,
	"working_capital" bigint DEFAULT 0 NOT NULL,
	"other" bigint DEFAULT 0 NOT NULL,
	"planned" bigint DEFAULT 0 NOT NULL,
	"workers_indonesian" integer DEFAULT 0 NOT NULL,
	"workers_foreign" integer DEFAULT 0 NOT NULL,
	"problems" text,
	"corrections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"case_id" uuid,
	"source" text DEFAULT 'staff' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lkpm_reports_period" UNIQUE NULLS NOT DISTINCT("company_id","period_year","period_kind","period_no","business_line_id")
);
--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_business_lines" ADD CONSTRAINT "company_business_lines_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_imports" ADD CONSTRAINT "control_imports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_imports" ADD CONSTRAINT "control_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_status_case_id_cases_id_fk" FOREIGN KEY ("status_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkpm_reports" ADD CONSTRAINT "lkpm_reports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkpm_reports" ADD CONSTRAINT "lkpm_reports_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkpm_reports" ADD CONSTRAINT "lkpm_reports_business_line_id_company_business_lines_id_fk" FOREIGN KEY ("business_line_id") REFERENCES "public"."company_business_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkpm_reports" ADD CONSTRAINT "lkpm_reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lkpm_reports" ADD CONSTRAINT "lkpm_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "companies_agency_nib" ON "companies" USING btree ("agency_id","nib");--> statement-breakpoint
CREATE INDEX "companies_agency_name" ON "companies" USING btree ("agency_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "company_business_lines_key" ON "company_business_lines" USING btree ("company_id","kbli","regency");--> statement-breakpoint
CREATE INDEX "control_imports_agency" ON "control_imports" USING btree ("agency_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "licences_agency_type_number" ON "licences" USING btree ("agency_id","type","number");--> statement-breakpoint
CREATE INDEX "licences_company" ON "licences" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "lkpm_reports_agency_period" ON "lkpm_reports" USING btree ("agency_id","period_year","period_kind","period_no");--> statement-breakpoint
CREATE INDEX "lkpm_reports_case" ON "lkpm_reports" USING btree ("case_id");
CREATE TYPE "public"."assessment_source" AS ENUM('self', 'validated');--> statement-breakpoint
CREATE TYPE "public"."course_format" AS ENUM('digital', 'fysisk', 'blandad');--> statement-breakpoint
CREATE TYPE "public"."employment_type" AS ENUM('tillsvidare', 'visstid', 'timanstalld');--> statement-breakpoint
CREATE TYPE "public"."round_kind" AS ENUM('kompetens', 'effekt', 'kombinerad');--> statement-breakpoint
CREATE TYPE "public"."unit_kind" AS ENUM('region', 'kommun', 'forvaltning', 'omrade', 'enhet');--> statement-breakpoint
CREATE TABLE "roles" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "roles_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" integer,
	"kind" "unit_kind" DEFAULT 'enhet' NOT NULL,
	CONSTRAINT "units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "frameworks_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "requirements" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"framework_id" integer,
	"area" text,
	"description" text,
	CONSTRAINT "requirements_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "role_requirements" (
	"role_id" integer NOT NULL,
	"requirement_id" integer NOT NULL,
	"required_level" smallint NOT NULL,
	"weight" smallint DEFAULT 1 NOT NULL,
	CONSTRAINT "role_requirements_role_id_requirement_id_pk" PRIMARY KEY("role_id","requirement_id")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" serial PRIMARY KEY NOT NULL,
	"employee_id" text NOT NULL,
	"name" text NOT NULL,
	"unit_id" integer NOT NULL,
	"role_id" integer NOT NULL,
	"email" text,
	"employment" "employment_type",
	"start_date" date,
	"end_date" date,
	CONSTRAINT "people_employee_id_unique" UNIQUE("employee_id")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"round_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	CONSTRAINT "invitations_round_id_person_id_pk" PRIMARY KEY("round_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"kind" "round_kind" DEFAULT 'kombinerad' NOT NULL,
	CONSTRAINT "rounds_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"requirement_id" integer NOT NULL,
	"level" smallint,
	"source" "assessment_source" DEFAULT 'self' NOT NULL,
	"assessed_on" date,
	"unit_id" integer NOT NULL,
	"role_id" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_key" UNIQUE NULLS NOT DISTINCT("round_id","person_id","requirement_id","source","assessed_on")
);
--> statement-breakpoint
CREATE TABLE "effect_questions" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"indicator" text,
	CONSTRAINT "effect_questions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "effect_responses" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"question_id" integer NOT NULL,
	"value" smallint NOT NULL,
	"unit_id" integer NOT NULL,
	"role_id" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "effect_responses_key" UNIQUE("round_id","person_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "course_requirements" (
	"course_id" integer NOT NULL,
	"requirement_id" integer NOT NULL,
	"target_level" smallint NOT NULL,
	CONSTRAINT "course_requirements_course_id_requirement_id_pk" PRIMARY KEY("course_id","requirement_id")
);
--> statement-breakpoint
CREATE TABLE "courses" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"format" "course_format" NOT NULL,
	"hours" numeric,
	"provider" text,
	CONSTRAINT "courses_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"course_id" integer NOT NULL,
	"enrolled_on" date,
	"completed_on" date,
	CONSTRAINT "enrolments_key" UNIQUE NULLS NOT DISTINCT("person_id","course_id","enrolled_on")
);
--> statement-breakpoint
CREATE TABLE "project_participants" (
	"project_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"joined_on" date,
	CONSTRAINT "project_participants_project_id_person_id_pk" PRIMARY KEY("project_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"planned_participants" integer,
	CONSTRAINT "projects_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_requirements" ADD CONSTRAINT "role_requirements_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_requirements" ADD CONSTRAINT "role_requirements_requirement_id_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_requirement_id_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effect_responses" ADD CONSTRAINT "effect_responses_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effect_responses" ADD CONSTRAINT "effect_responses_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effect_responses" ADD CONSTRAINT "effect_responses_question_id_effect_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."effect_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effect_responses" ADD CONSTRAINT "effect_responses_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effect_responses" ADD CONSTRAINT "effect_responses_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_requirements" ADD CONSTRAINT "course_requirements_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_requirements" ADD CONSTRAINT "course_requirements_requirement_id_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_participants" ADD CONSTRAINT "project_participants_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_participants" ADD CONSTRAINT "project_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "people_unit_idx" ON "people" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "assessments_round_person_idx" ON "assessments" USING btree ("round_id","person_id");--> statement-breakpoint
CREATE INDEX "effect_responses_round_question_idx" ON "effect_responses" USING btree ("round_id","question_id");--> statement-breakpoint
CREATE INDEX "enrolments_completed_idx" ON "enrolments" USING btree ("completed_on");
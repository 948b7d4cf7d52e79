CREATE TABLE "project_indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"target" double precision,
	"baseline_round_id" integer,
	"follow_up_round_id" integer,
	"area" text,
	"question_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_indicators_key" UNIQUE("project_id","code")
);
--> statement-breakpoint
CREATE TABLE "steering_snapshots" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"label" text NOT NULL,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"frozen_by" text NOT NULL,
	"view" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "introduction_completions" (
	"person_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"completed_on" date,
	CONSTRAINT "introduction_completions_person_id_item_id_pk" PRIMARY KEY("person_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "introduction_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "introduction_items_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "gender" text;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "qualifies_as" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "diary_number" text;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_baseline_round_id_rounds_id_fk" FOREIGN KEY ("baseline_round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_follow_up_round_id_rounds_id_fk" FOREIGN KEY ("follow_up_round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_question_id_effect_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."effect_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steering_snapshots" ADD CONSTRAINT "steering_snapshots_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_completions" ADD CONSTRAINT "introduction_completions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_completions" ADD CONSTRAINT "introduction_completions_item_id_introduction_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."introduction_items"("id") ON DELETE no action ON UPDATE no action;
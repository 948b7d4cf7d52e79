CREATE TABLE "rollup_effects" (
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"question_id" integer NOT NULL,
	"value" smallint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rollup_effects_round_id_unit_id_question_id_value_pk" PRIMARY KEY("round_id","unit_id","question_id","value")
);
--> statement-breakpoint
CREATE TABLE "rollup_levels" (
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"role_id" integer NOT NULL,
	"requirement_id" integer NOT NULL,
	"l0" integer DEFAULT 0 NOT NULL,
	"l1" integer DEFAULT 0 NOT NULL,
	"l2" integer DEFAULT 0 NOT NULL,
	"l3" integer DEFAULT 0 NOT NULL,
	"l4" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rollup_levels_round_id_unit_id_role_id_requirement_id_pk" PRIMARY KEY("round_id","unit_id","role_id","requirement_id")
);
--> statement-breakpoint
CREATE TABLE "rollup_placements" (
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"role_id" integer NOT NULL,
	"population" integer NOT NULL,
	"responded" integer NOT NULL,
	CONSTRAINT "rollup_placements_round_id_unit_id_role_id_pk" PRIMARY KEY("round_id","unit_id","role_id")
);
--> statement-breakpoint
CREATE TABLE "unit_ancestors" (
	"unit_id" integer NOT NULL,
	"ancestor_id" integer NOT NULL,
	"depth" smallint NOT NULL,
	CONSTRAINT "unit_ancestors_unit_id_ancestor_id_pk" PRIMARY KEY("unit_id","ancestor_id")
);
--> statement-breakpoint
ALTER TABLE "rollup_effects" ADD CONSTRAINT "rollup_effects_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_effects" ADD CONSTRAINT "rollup_effects_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_effects" ADD CONSTRAINT "rollup_effects_question_id_effect_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."effect_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_levels" ADD CONSTRAINT "rollup_levels_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_levels" ADD CONSTRAINT "rollup_levels_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_levels" ADD CONSTRAINT "rollup_levels_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_levels" ADD CONSTRAINT "rollup_levels_requirement_id_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_placements" ADD CONSTRAINT "rollup_placements_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_placements" ADD CONSTRAINT "rollup_placements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollup_placements" ADD CONSTRAINT "rollup_placements_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_ancestors" ADD CONSTRAINT "unit_ancestors_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_ancestors" ADD CONSTRAINT "unit_ancestors_ancestor_id_units_id_fk" FOREIGN KEY ("ancestor_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_ancestors_ancestor_idx" ON "unit_ancestors" USING btree ("ancestor_id","depth");--> statement-breakpoint
CREATE INDEX "assessments_not_understood_idx" ON "assessments" USING btree ("round_id") WHERE "assessments"."not_understood";
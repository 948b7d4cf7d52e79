-- The standard effect questions of DOMAIN.md exist in every installation without an import.
INSERT INTO "effect_questions" ("code", "text", "indicator") VALUES
  ('strengthened', 'Jag känner mig stärkt i min yrkesroll', 'share_strengthened'),
  ('knows_requirements', 'Jag vet vilka krav som gäller för min yrkesroll', NULL),
  ('introduction', 'Jag fick en introduktion som gjorde mig trygg i arbetet', NULL),
  ('digital_access', 'Jag har tillgång till digitala utbildningar när jag behöver dem', NULL),
  ('learning_at_work', 'Jag lär mig av mina kollegor och min handledare i det dagliga arbetet', NULL)
ON CONFLICT ("code") DO NOTHING;

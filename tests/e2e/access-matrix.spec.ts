import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { readInvitationFixtures } from './fixtures/invitation-tokens';
import { DEMO, signInAs } from './sign-in';

/**
 * Every page and route handler, requested as every kind of viewer after a real sign-in.
 * Server actions are listed too: each one calls a lib/data function that checks access on
 * its first line, proven per persona by tests/db/access-matrix.test.ts; security.spec.ts
 * replays one across origins and sessions. A new page, route or actions file that is not
 * listed here fails the first test.
 */
type Persona = 'anonymous' | 'staffA' | 'staffB' | 'chefX' | 'chefY' | 'hr' | 'admin' | 'steering' | 'invitation';
const PERSONAS: Persona[] = ['anonymous', 'staffA', 'staffB', 'chefX', 'chefY', 'hr', 'admin', 'steering', 'invitation'];

/** What a viewer gets: the page (with text that must / must not be there), a 404, or a redirect. */
type Answer = { ok: { has?: string[]; hasNot?: string[] } } | 'not-found' | { redirect: RegExp };
const SIGN_IN = { redirect: /\/logga-in/ } as const;

const MARIAM = 'Mariam Jaber';
const LINDA = 'Linda Pettersson';
const SOLGARDEN = 'Solgårdens vård- och omsorgsboende';
const IFO_01 = 'Barn och unga';

const PAGES: Record<string, Record<Persona, Answer>> = {
  '/': {
    anonymous: SIGN_IN,
    invitation: { redirect: /\/min-profil/ },
    staffA: { ok: { has: ['Solgårdens vård- och omsorgsboende'], hasNot: ['Socialförvaltningen', 'Exempelby kommun'] } },
    staffB: { ok: { has: ['Gruppbostad'], hasNot: ['Solgårdens vård- och omsorgsboende', 'Exempelby kommun'] } },
    chefX: { ok: { has: ['Solgårdens vård- och omsorgsboende'], hasNot: ['Socialförvaltningen', 'Barn och unga'] } },
    chefY: { ok: { has: ['Barn och unga'], hasNot: ['Solgårdens vård- och omsorgsboende', 'Exempelby kommun'] } },
    hr: { ok: { has: ['Exempelby kommun', 'Socialförvaltningen'] } },
    admin: { ok: { has: ['Exempelby kommun', 'Socialförvaltningen'] } },
    steering: { ok: { has: ['Solgårdens vård- och omsorgsboende', 'Ditt projekt'], hasNot: ['Lokalvård skolor'] } },
  },
  '/personer/D10144': {
    anonymous: SIGN_IN,
    staffA: { ok: { has: [MARIAM, 'Se allt som är sparat om dig (registerutdrag)'] } },
    staffB: 'not-found',
    chefX: { ok: { has: [MARIAM] } },
    chefY: 'not-found',
    hr: { ok: { has: [MARIAM] } },
    admin: { ok: { has: [MARIAM] } },
    steering: 'not-found',
    // The register extract is for signed-in accounts only: no link to a page that would be a 404.
    invitation: { ok: { has: [MARIAM], hasNot: ['registerutdrag'] } },
  },
  '/personer/D10155': {
    anonymous: SIGN_IN,
    staffA: 'not-found',
    staffB: { ok: { has: [LINDA] } },
    chefX: 'not-found',
    chefY: 'not-found',
    hr: { ok: { has: [LINDA] } },
    admin: { ok: { has: [LINDA] } },
    steering: 'not-found',
    invitation: 'not-found',
  },
  '/personer/FINNS-INTE': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: 'not-found', admin: 'not-found', steering: 'not-found', invitation: 'not-found',
  },
  '/min-profil': {
    anonymous: SIGN_IN,
    staffA: { redirect: /\/personer\/D10144/ },
    staffB: { redirect: /\/personer\/D10155/ },
    chefX: { redirect: /\/personer\/D10004/ },
    chefY: { redirect: /\/personer\/D10213/ },
    hr: { ok: { has: ['inte kopplat'] } },
    admin: { ok: { has: ['inte kopplat'] } },
    steering: { ok: { has: ['inte kopplat'] } },
    invitation: { redirect: /\/personer\/D10144/ },
  },
  '/kartlaggning': {
    anonymous: SIGN_IN,
    staffA: { ok: { has: ['Uppföljning hösten 2026', 'Bemötande'] } },
    staffB: { ok: { has: ['Uppföljning hösten 2026'] } },
    chefX: { ok: { has: ['Uppföljning hösten 2026'] } },
    chefY: { ok: { has: ['Uppföljning hösten 2026'] } },
    hr: { ok: { has: ['inte kopplat till en anställd'], hasNot: ['Uppföljning hösten 2026'] } },
    admin: { ok: { has: ['inte kopplat till en anställd'], hasNot: ['Uppföljning hösten 2026'] } },
    steering: { ok: { has: ['inte kopplat till en anställd'], hasNot: ['Uppföljning hösten 2026'] } },
    invitation: { ok: { has: ['Testomgång (öppen)'], hasNot: ['Uppföljning hösten 2026'] } },
  },
  '/enheter/EXB-VO-ALD-01': {
    anonymous: SIGN_IN,
    // Aggregates for staff and steering; the individual matrix only for the chef, HR and admin.
    staffA: { ok: { has: [SOLGARDEN, 'Per krav'], hasNot: ['Socialförvaltningen', 'Medarbetarnas nivå', 'Lejla'] } },
    staffB: 'not-found',
    chefX: { ok: { has: [SOLGARDEN, 'Per krav', 'Medarbetarnas nivå', MARIAM], hasNot: ['Socialförvaltningen'] } },
    chefY: 'not-found',
    hr: { ok: { has: [SOLGARDEN, 'Särskilt boende för äldre', 'Medarbetarnas nivå'] } },
    admin: { ok: { has: [SOLGARDEN, 'Särskilt boende för äldre', 'Medarbetarnas nivå'] } },
    steering: { ok: { has: [SOLGARDEN], hasNot: ['Medarbetarnas nivå', MARIAM] } },
    invitation: 'not-found',
  },
  '/enheter/EXB-SOC-IFO-01': {
    anonymous: SIGN_IN,
    staffA: 'not-found',
    staffB: 'not-found',
    chefX: 'not-found',
    chefY: { ok: { has: [IFO_01, 'Per krav'], hasNot: [SOLGARDEN] } },
    hr: { ok: { has: [IFO_01, 'Socialförvaltningen'] } },
    admin: { ok: { has: [IFO_01, 'Socialförvaltningen'] } },
    steering: { ok: { has: [IFO_01] } },
    invitation: 'not-found',
  },
  '/admin/anvandare': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: 'not-found', admin: { ok: { has: ['Alla användare', 'sara.lind@exempelby.example'] } }, steering: 'not-found', invitation: 'not-found',
  },
  '/admin/logg': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: 'not-found', admin: { ok: { has: ['Logg'] } }, steering: 'not-found', invitation: 'not-found',
  },
  // Frameworks: HR and administrators; settings: administrators only.
  '/admin/ramverk': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: { ok: { has: ['Kravramverk', 'Exempelby yrkeskrav'] } }, admin: { ok: { has: ['Kravramverk', 'Exempelby yrkeskrav'] } },
    steering: 'not-found', invitation: 'not-found',
  },
  '/admin/ramverk/1?roll=USK': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: { ok: { has: ['Kravnivåer och vikter per yrkesroll', 'Spara kravnivåerna för', 'Bemötande'] } }, admin: { ok: { has: ['Kravnivåer och vikter per yrkesroll'] } },
    steering: 'not-found', invitation: 'not-found',
  },
  '/admin/ramverk/krav/BEM': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: { ok: { has: ['Bemötande', 'Översättningar', 'العربية'] } }, admin: { ok: { has: ['Bemötande', 'Översättningar'] } },
    steering: 'not-found', invitation: 'not-found',
  },
  '/admin/ramverk/999999': Object.fromEntries(PERSONAS.map((p) => [p, p === 'anonymous' ? SIGN_IN : 'not-found'])) as Record<Persona, Answer>,
  '/admin/ramverk/1?roll=FINNS-INTE': Object.fromEntries(PERSONAS.map((p) => [p, p === 'anonymous' ? SIGN_IN : 'not-found'])) as Record<Persona, Answer>,
  '/admin/installningar': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: 'not-found', admin: { ok: { has: ['Minsta gruppstorlek', 'Lagringstid för personuppgifter'] } }, steering: 'not-found', invitation: 'not-found',
  },
  // Import in the browser: administrators only (admin-import.spec.ts loads files on a server of its own).
  '/admin/import': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: 'not-found', admin: { ok: { has: ['Importera data', 'Välj filer att importera'] } }, steering: 'not-found', invitation: 'not-found',
  },
  // An upload is only ever its uploader's, and an unknown one is not found for anybody.
  '/admin/import/problem?uppladdning=00000000-0000-4000-8000-000000000000': Object.fromEntries(PERSONAS.map((p) => [p, 'not-found'])) as Record<Persona, Answer>,
  '/prioriteringar?enhet=EXB-VO-ALD-01': {
    anonymous: SIGN_IN,
    staffA: { ok: { has: ['Solgårdens vård- och omsorgsboende'] } },
    staffB: 'not-found',
    chefX: { ok: { has: ['Solgårdens vård- och omsorgsboende'], hasNot: ['Barn och unga'] } },
    chefY: 'not-found',
    hr: { ok: { has: ['Krav att utbilda i först'] } },
    admin: { ok: { has: ['Krav att utbilda i först'] } },
    steering: { ok: { has: ['Krav att utbilda i först'] } },
    invitation: 'not-found',
  },
  '/prioriteringar/export?enhet=EXB-SOC-IFO-01&format=csv': {
    anonymous: 'not-found', staffA: 'not-found', staffB: 'not-found', chefX: 'not-found',
    chefY: { ok: { has: ['Utbildningsprioriteringar'] } },
    hr: { ok: { has: ['Utbildningsprioriteringar'] } }, admin: { ok: { has: ['Utbildningsprioriteringar'] } },
    steering: { ok: { has: ['Utbildningsprioriteringar'] } }, invitation: 'not-found',
  },
  '/enheter/EXB-VO-ALD-01/export?format=csv': {
    anonymous: 'not-found', staffA: { ok: { has: ['Kompetensgap per krav'] } }, staffB: 'not-found',
    chefX: { ok: { has: ['Kompetensgap per krav'] } }, chefY: 'not-found',
    hr: { ok: { has: ['Kompetensgap per krav'] } }, admin: { ok: { has: ['Kompetensgap per krav'] } },
    steering: { ok: { has: ['Kompetensgap per krav'] } }, invitation: 'not-found',
  },
  // Each table of the dashboard has the dashboard's access; the staff matrix that of the matrix.
  '/enheter/EXB-VO-ALD-01/export?tabell=roller&format=csv': {
    anonymous: 'not-found', staffA: { ok: { has: ['Roller och krav'] } }, staffB: 'not-found',
    chefX: { ok: { has: ['Roller och krav'] } }, chefY: 'not-found',
    hr: { ok: { has: ['Roller och krav'] } }, admin: { ok: { has: ['Roller och krav'] } },
    steering: { ok: { has: ['Roller och krav'] } }, invitation: 'not-found',
  },
  '/enheter/EXB-VO-ALD-01/export?tabell=medarbetare&format=csv': {
    anonymous: 'not-found', staffA: 'not-found', staffB: 'not-found',
    chefX: { ok: { has: ['Medarbetarnas nivå mot kravnivån', MARIAM] } }, chefY: 'not-found',
    hr: { ok: { has: ['Medarbetarnas nivå mot kravnivån', MARIAM] } }, admin: { ok: { has: ['Medarbetarnas nivå mot kravnivån', MARIAM] } },
    steering: 'not-found', invitation: 'not-found',
  },
  '/enheter/EXB-SOC-IFO-01/export?tabell=medarbetare&format=xlsx': {
    anonymous: 'not-found', staffA: 'not-found', staffB: 'not-found', chefX: 'not-found',
    chefY: { ok: {} }, hr: { ok: {} }, admin: { ok: {} }, steering: 'not-found', invitation: 'not-found',
  },
  // The steering group's report pack: the steering page's access, checked before anything is printed.
  '/styrgrupp/ESF-STARK/rapport.pdf': {
    anonymous: 'not-found', staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: { ok: { has: ['%PDF-'] } }, admin: { ok: { has: ['%PDF-'] } }, steering: { ok: { has: ['%PDF-'] } }, invitation: 'not-found',
  },
  '/styrgrupp/ESF-STARK/siffror.xlsx': {
    anonymous: 'not-found', staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: { ok: {} }, admin: { ok: {} }, steering: { ok: {} }, invitation: 'not-found',
  },
  '/styrgrupp/FINNS-INTE/rapport.pdf': Object.fromEntries(PERSONAS.map((p) => [p, 'not-found'])) as Record<Persona, Answer>,
  // The steering page and meeting mode: the project's steering group, HR and administrators; HR and
  // administrators also get the forms (freeze, add an indicator).
  '/styrgrupp/ESF-STARK': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: { ok: { has: ['Stärkt i yrkesrollen', 'Deltagare mot plan', 'Frys siffrorna inför ett möte', 'Lägg till en indikator'] } },
    admin: { ok: { has: ['Stärkt i yrkesrollen', 'Frys siffrorna inför ett möte'] } },
    steering: { ok: { has: ['Stärkt i yrkesrollen', 'Deltagare mot plan', 'Ladda ner rapport (PDF)'], hasNot: ['Frys siffrorna inför ett möte', 'Lägg till en indikator'] } },
    invitation: 'not-found',
  },
  '/styrgrupp/ESF-STARK/mote': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: { ok: { has: ['Stärkt i yrkesrollen', 'Avsluta mötesläge'] } }, admin: { ok: { has: ['Stärkt i yrkesrollen'] } },
    steering: { ok: { has: ['Stärkt i yrkesrollen', 'Avsluta mötesläge', 'Deltagare mot plan'] } }, invitation: 'not-found',
  },
  '/styrgrupp/FINNS-INTE': Object.fromEntries(PERSONAS.map((p) => [p, p === 'anonymous' ? SIGN_IN : 'not-found'])) as Record<Persona, Answer>,
  '/styrgrupp/ESF-STARK?ogonblick=999999': Object.fromEntries(PERSONAS.map((p) => [p, p === 'anonymous' ? SIGN_IN : 'not-found'])) as Record<Persona, Answer>,
  '/styrgrupp/ESF-STARK/mote?ogonblick=x': Object.fromEntries(PERSONAS.map((p) => [p, p === 'anonymous' ? SIGN_IN : 'not-found'])) as Record<Persona, Answer>,
  '/logga-in': Object.fromEntries(PERSONAS.map((p) => [p, p === 'anonymous' ? { ok: { has: ['Logga in'] } } : { redirect: /\/$|\/min-profil/ }])) as Record<Persona, Answer>,
  '/api/health': Object.fromEntries(PERSONAS.map((p) => [p, { ok: { has: ['"status":"ok"'], hasNot: [MARIAM] } }])) as Record<Persona, Answer>,
  // Personal data: administrators; the register extract also for the person themself, signed in (not by link).
  '/admin/personuppgifter': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: 'not-found', admin: { ok: { has: ['Personuppgifter', 'Hitta en person', 'Automatisk gallring'] } }, steering: 'not-found', invitation: 'not-found',
  },
  '/admin/personuppgifter?anstalld=D10144': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: 'not-found', admin: { ok: { has: [MARIAM, 'mariam.jaber@exempelby.example', 'Ladda ner registerutdrag (JSON)', 'Ta bort personuppgifter'] } },
    steering: 'not-found', invitation: 'not-found',
  },
  '/personer/D10144/registerutdrag': {
    anonymous: SIGN_IN, staffA: { ok: { has: ['Registerutdrag: ' + MARIAM, 'Svar på effektfrågorna'] } }, staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: 'not-found', admin: { ok: { has: ['Registerutdrag: ' + MARIAM, 'Uppgifter om anställningen'] } }, steering: 'not-found', invitation: 'not-found',
  },
  '/personer/D10144/registerutdrag.json': {
    anonymous: 'not-found', staffA: { ok: { has: ['"employeeId": "D10144"', '"effectAnswers"'] } }, staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: 'not-found', admin: { ok: { has: ['"employeeId": "D10144"'] } }, steering: 'not-found', invitation: 'not-found',
  },
  '/personer/D10155/registerutdrag.pdf': {
    anonymous: 'not-found', staffA: 'not-found', staffB: { ok: { has: ['%PDF-'] } }, chefX: 'not-found', chefY: 'not-found',
    hr: 'not-found', admin: { ok: { has: ['%PDF-'] } }, steering: 'not-found', invitation: 'not-found',
  },
  '/personer/FINNS-INTE/registerutdrag.json': Object.fromEntries(PERSONAS.map((p) => [p, 'not-found'])) as Record<Persona, Answer>,
  // The scheduled retention sweep opens with its Bearer secret only, never a session (and not at all without CRON_SECRET).
  '/api/cron/retention': Object.fromEntries(PERSONAS.map((p) => [p, 'not-found'])) as Record<Persona, Answer>,
  // Rounds and invitation letters: HR and administrators; a batch of letters only for its maker (none here).
  '/admin/omgangar': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: { ok: { has: ['Omgångar', 'Kompetenskartläggning 2026', 'Ny omgång'] } }, admin: { ok: { has: ['Omgångar', 'Testomgång (öppen)'] } },
    steering: 'not-found', invitation: 'not-found',
  },
  '/admin/omgangar/ny': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: { ok: { has: ['Ny omgång', 'Enheter som ska svara', SOLGARDEN] } }, admin: { ok: { has: ['Enheter som ska svara'] } },
    steering: 'not-found', invitation: 'not-found',
  },
  '/admin/omgangar/KART-2026': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: { ok: { has: ['Kompetenskartläggning 2026', 'Stängd', 'Inbjudningslista och brev'] } }, admin: { ok: { has: ['Kompetenskartläggning 2026', 'Stängd'] } },
    steering: 'not-found', invitation: 'not-found',
  },
  '/admin/omgangar/E2E-OPEN/brev': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: { ok: { has: ['Skriv brev: Testomgång (öppen)', 'Skapa brev'] } }, admin: { ok: { has: ['Skriv brev: Testomgång (öppen)'] } },
    steering: 'not-found', invitation: 'not-found',
  },
  '/admin/omgangar/E2E-OPEN/brev?utskick=AAAAAAAAAAAAAAAAAAAAAA': Object.fromEntries(PERSONAS.map((p) => [p, p === 'anonymous' ? SIGN_IN : 'not-found'])) as Record<Persona, Answer>,
  '/admin/omgangar/E2E-OPEN/brev.pdf?utskick=AAAAAAAAAAAAAAAAAAAAAA': Object.fromEntries(PERSONAS.map((p) => [p, 'not-found'])) as Record<Persona, Answer>,
  // API keys: administrators only. The API itself answers 401 to a session (api-v1.spec.ts).
  '/admin/api-nycklar': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: 'not-found',
    hr: 'not-found', admin: { ok: { has: ['API-nycklar', 'Ny API-nyckel', 'Hela organisationen'] } }, steering: 'not-found', invitation: 'not-found',
  },
  // The reminder list names people who have not answered: the unit's chef, HR and administrators.
  '/enheter/EXB-VO-ALD-01/paminnelser': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: { ok: { has: ['Påminnelser: ' + SOLGARDEN, 'Uppföljning hösten 2026'] } }, chefY: 'not-found',
    hr: { ok: { has: ['Påminnelser: ' + SOLGARDEN] } }, admin: { ok: { has: ['Påminnelser: ' + SOLGARDEN] } }, steering: 'not-found', invitation: 'not-found',
  },
  '/enheter/EXB-SOC-IFO-01/paminnelser': {
    anonymous: SIGN_IN, staffA: 'not-found', staffB: 'not-found', chefX: 'not-found', chefY: { ok: { has: ['Påminnelser: ' + IFO_01] } },
    hr: { ok: { has: ['Påminnelser: ' + IFO_01] } }, admin: { ok: { has: ['Påminnelser: ' + IFO_01] } }, steering: 'not-found', invitation: 'not-found',
  },
};

/** What a refused viewer must not see of each page (their own name in the header is fine). */
const SECRET: Record<string, string> = {
  '/admin/personuppgifter': 'Hitta en person',
  '/admin/personuppgifter?anstalld=D10144': 'mariam.jaber@exempelby.example',
  '/personer/D10144/registerutdrag': 'Uppgifter om anställningen',
  '/personer/D10144/registerutdrag.json': '"employeeId"',
  '/personer/D10155/registerutdrag.pdf': '%PDF-',
  '/personer/D10144': MARIAM,
  '/personer/D10155': LINDA,
  '/admin/anvandare': 'sara.lind@exempelby.example',
  '/admin/logg': 'Detaljer',
  '/admin/import': 'Välj filer att importera',
  '/admin/ramverk': 'Exempelby yrkeskrav',
  '/admin/ramverk/1?roll=USK': 'Kravnivåer och vikter',
  '/admin/ramverk/krav/BEM': 'Översättningar',
  '/admin/installningar': 'Minsta gruppstorlek',
  '/admin/omgangar': 'Ny omgång',
  '/admin/omgangar/ny': 'Enheter som ska svara',
  '/admin/omgangar/KART-2026': 'Inbjudningslista och brev',
  '/admin/omgangar/E2E-OPEN/brev': 'Skapa brev',
  '/admin/api-nycklar': 'Ny API-nyckel',
  '/enheter/EXB-VO-ALD-01/paminnelser': 'Påminnelser: ',
  '/enheter/EXB-SOC-IFO-01/paminnelser': 'Påminnelser: ',
  '/enheter/EXB-VO-ALD-01': SOLGARDEN,
  '/enheter/EXB-SOC-IFO-01': IFO_01,
  '/enheter/EXB-VO-ALD-01/export?tabell=medarbetare&format=csv': MARIAM,
  '/styrgrupp/ESF-STARK': 'Deltagare mot plan',
  '/styrgrupp/ESF-STARK/mote': 'Deltagare mot plan',
};

/** Files that are doors of their own, with where their access is proven. */
const DOORS: Record<string, string> = {
  'app/page.tsx': '/',
  'app/personer/[employeeId]/page.tsx': '/personer/…',
  'app/enheter/[unitCode]/page.tsx': '/enheter/…',
  'app/min-profil/page.tsx': '/min-profil',
  'app/admin/anvandare/page.tsx': '/admin/anvandare',
  'app/admin/logg/page.tsx': '/admin/logg',
  'app/admin/import/page.tsx': '/admin/import',
  'app/admin/import/problem/route.ts': '/admin/import/problem?uppladdning=… (lib/data import-upload: the uploader’s own upload only; tests/db/import-upload.test.ts)',
  'app/admin/import/uppladdning/route.ts': 'POST only: admin-import.spec.ts (own origin, administrators only, checked before the body is read; size limit)',
  'app/admin/import/bekrafta/route.ts': 'POST only: lib/data import-upload confirmImportUpload, the uploader’s own upload (tests/db/import-upload.test.ts, admin-import.spec.ts)',
  'app/admin/import/actions.ts': 'lib/data import-upload discardImportUpload: administrators only, own uploads (tests/db/access-matrix.test.ts, admin-import.spec.ts)',
  'app/admin/ramverk/page.tsx': '/admin/ramverk',
  'app/admin/ramverk/[frameworkId]/page.tsx': '/admin/ramverk/… (lib/data frameworks-admin: HR and administrators; an unknown framework or role is a 404)',
  'app/admin/ramverk/krav/[code]/page.tsx': '/admin/ramverk/krav/…',
  'app/admin/ramverk/actions.ts': 'lib/data frameworks-admin: HR and administrators only (tests/db/access-matrix.test.ts, frameworks-and-settings.spec.ts)',
  'app/admin/installningar/page.tsx': '/admin/installningar',
  'app/admin/installningar/actions.ts': 'lib/data settings updateInstallationSettings: administrators only (tests/db/access-matrix.test.ts, frameworks-and-settings.spec.ts)',
  'app/logga-in/page.tsx': '/logga-in',
  'app/k/[token]/page.tsx': 'invitation-link.spec.ts (looks nothing up before sign-in)',
  'app/api/health/route.ts': '/api/health',
  'app/api/auth/[...nextauth]/route.ts': 'Auth.js: sign-in, callback, sign-out (entra-sign-in.spec.ts, security.spec.ts)',
  'app/actions.ts': 'sign-out only',
  'app/logga-in/actions.ts': 'sign-in only (demo buttons refused unless AUTH_DEMO=true, inside the provider)',
  'app/k/[token]/actions.ts': 'sign-in with the link (invitation-link.spec.ts)',
  'app/kartlaggning/page.tsx': '/kartlaggning',
  'app/kartlaggning/actions.ts': 'lib/data survey: saveSurveyAnswers and submitSurvey take the viewer (survey*.spec.ts); the language choice stores nothing but a cookie',
  'app/api/kartlaggning/svar/route.ts': 'POST only: survey-api.spec.ts (own origin, signed in, every answer validated by lib/data survey)',
  'app/admin/anvandare/actions.ts': 'lib/data users-admin and invitation-links (tests/db/access-matrix.test.ts, security.spec.ts)',
  'app/personer/[employeeId]/actions.ts': 'lib/data level-validation: chef, HR and admin for people they may see, never oneself (tests/db/access-matrix.test.ts, profile-validation.spec.ts)',
  'app/prioriteringar/page.tsx': '/prioriteringar?enhet=…',
  'app/enheter/[unitCode]/export/route.ts': '/enheter/…/export?tabell=… (lib/data/exports: each table the same access as the dashboard, medarbetare as the staff matrix)',
  'app/prioriteringar/export/route.ts': '/prioriteringar/export?enhet=… (lib/data/exports: same access as the page)',
  'app/styrgrupp/[projectCode]/rapport.pdf/route.ts': '/styrgrupp/…/rapport.pdf (lib/data/exports/steering-report: the steering page\'s access, then the page printed as the same viewer)',
  'app/styrgrupp/[projectCode]/siffror.xlsx/route.ts': '/styrgrupp/…/siffror.xlsx (lib/data/exports/steering-workbook: the steering page\'s access)',
  'app/styrgrupp/[projectCode]/page.tsx': '/styrgrupp/… (lib/data/steering getSteeringView: the project\'s steering group, HR and administrators)',
  'app/styrgrupp/[projectCode]/mote/page.tsx': '/styrgrupp/…/mote (the same getSteeringView as the page)',
  'app/styrgrupp/[projectCode]/actions.ts': 'lib/data steering freezeSnapshot and addEffectIndicator: HR and administrators only (tests/db/access-matrix.test.ts, steering.spec.ts)',
  'app/admin/personuppgifter/page.tsx': '/admin/personuppgifter',
  'app/admin/personuppgifter/actions.ts': 'lib/data pseudonymise-person pseudonymisePersonOnRequest: administrators only, the employee id typed as confirmation (tests/db/access-matrix.test.ts, tests/db/personal-data.test.ts, personal-data.spec.ts)',
  'app/personer/[employeeId]/registerutdrag/page.tsx': '/personer/…/registerutdrag (lib/data register-extract: administrators and the person themself)',
  'app/personer/[employeeId]/registerutdrag.json/route.ts': '/personer/…/registerutdrag.json',
  'app/personer/[employeeId]/registerutdrag.pdf/route.ts': '/personer/…/registerutdrag.pdf (access first, then the extract\'s page printed as the same viewer)',
  'app/api/cron/retention/route.ts': '/api/cron/retention (Bearer CRON_SECRET only; tests/db/personal-data.test.ts)',
  'app/api/v1/reports/[report]/route.ts': '/api/v1/reports/… (API keys only, never a session: api-v1.spec.ts; scope and answers: tests/db/api-v1.test.ts)',
  'app/admin/api-nycklar/page.tsx': '/admin/api-nycklar',
  'app/admin/api-nycklar/actions.ts': 'lib/data api-keys: administrators only (tests/db/access-matrix.test.ts, tests/db/api-v1.test.ts, api-v1.spec.ts)',
  'app/admin/omgangar/page.tsx': '/admin/omgangar',
  'app/admin/omgangar/ny/page.tsx': '/admin/omgangar/ny',
  'app/admin/omgangar/[roundCode]/page.tsx': '/admin/omgangar/… (lib/data rounds-admin getAdminRound: HR and administrators)',
  'app/admin/omgangar/[roundCode]/brev/page.tsx': '/admin/omgangar/…/brev and ?utskick=… (lib/data invitation-letters: HR and administrators; a batch only for its maker)',
  'app/admin/omgangar/[roundCode]/brev.pdf/route.ts': '/admin/omgangar/…/brev.pdf?utskick=… (access first, then the letters\' page printed as the same viewer; rounds-and-letters.spec.ts)',
  'app/admin/omgangar/actions.ts': 'lib/data rounds-admin and invitation-letters: HR and administrators only (tests/db/access-matrix.test.ts, tests/db/rounds-admin.test.ts, rounds-and-letters.spec.ts)',
  'app/enheter/[unitCode]/paminnelser/page.tsx': '/enheter/…/paminnelser (lib/data reminders getReminderList: the unit\'s chef, HR and administrators)',
};

const LABELS: Partial<Record<Persona, string>> = {
  staffA: DEMO.staffMariam, staffB: DEMO.staffLinda, chefX: DEMO.chefKarin, chefY: DEMO.chefJoakim,
  hr: DEMO.hr, admin: DEMO.admin, steering: DEMO.steering,
};

async function signedInRequest(browser: Browser, persona: Persona): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const label = LABELS[persona];
  if (label) await signInAs(page, label);
  if (persona === 'invitation') {
    await page.goto(`/k/${readInvitationFixtures().mariam.token}`);
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  }
  return context.request;
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page\.tsx|route\.ts|actions\.ts)$/.test(entry.name) ? [full] : [];
  });
}

test.describe('access matrix over HTTP', () => {
  test('every page, route handler and actions file is listed', () => {
    const found = routeFiles('app').map((f) => f.split(path.sep).join('/')).sort();
    expect(found).toEqual(Object.keys(DOORS).sort());
  });

  for (const persona of PERSONAS) {
    test(`${persona} gets exactly what their role allows on every page`, async ({ browser }) => {
      const request = await signedInRequest(browser, persona);
      const wrong: string[] = [];
      for (const [url, answers] of Object.entries(PAGES)) {
        const want = answers[persona];
        const response = await request.get(url, { maxRedirects: 0 });
        const status = response.status();
        const body = await response.text();
        const secret = SECRET[url];
        if ((want === 'not-found' || 'redirect' in want) && secret && body.includes(secret)) wrong.push(`${url}: leaks "${secret}"`);
        if (want === 'not-found') {
          if (status !== 404) wrong.push(`${url}: ${status}, expected 404`);
        } else if ('redirect' in want) {
          const location = response.headers().location ?? '';
          if (status < 300 || status >= 400 || !want.redirect.test(location)) wrong.push(`${url}: ${status} → ${location}, expected redirect ${want.redirect}`);
        } else {
          if (status !== 200) wrong.push(`${url}: ${status}, expected 200`);
          for (const text of want.ok.has ?? []) if (!body.includes(text)) wrong.push(`${url}: missing "${text}"`);
          for (const text of want.ok.hasNot ?? []) if (body.includes(text)) wrong.push(`${url}: shows "${text}"`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

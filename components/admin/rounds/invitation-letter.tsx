import { formatDate } from '@/lib/format/date';

/** One letter as lib/data makes it (mirrored here: components do not import lib/data). */
export interface LetterView {
  name: string;
  unitName: string;
  roleName: string;
  url: string;
  qr: { side: number; path: string };
  minutes: number;
}

export interface LetterContext {
  organisation: string;
  roundName: string;
  closesOn: string;
  /** The round asks about competence (the levels the chef sees). */
  asksCompetence: boolean;
  /** The round asks how people have it at work (answers nobody else sees). */
  asksEffect: boolean;
  k: number;
}

/**
 * A letter to one person with their personal link written out and as a QR code, in plain Swedish
 * (klarspråk): who it is from, why, how long it takes, what the questions are about and who sees the
 * answers (DOMAIN.md "Who may see what"). Printed one to a page.
 */
export function InvitationLetter({ letter, context, index }: { letter: LetterView; context: LetterContext; index: number }) {
  const headingId = `brev-${index}`;
  return (
    <article className="letter" aria-labelledby={headingId}>
      <p className="letter__from">
        Från {context.organisation}
        <br />
        Till {letter.name}, {letter.unitName}
      </p>
      <h2 id={headingId} className="letter__heading">
        <span className="visually-hidden">Brev till {letter.name}: </span>Hej {letter.name}!
      </h2>
      <p>
        Du är inbjuden att svara på <strong>{context.roundName}</strong>. Brevet kommer från {context.organisation}. Din chef lämnar det
        till dig.
      </p>

      <h3>Varför ska jag svara?</h3>
      <p>
        Vi vill veta vad du kan i ditt arbete som {letter.roleName.toLowerCase()}. Då kan vi ge rätt utbildning till dig och dina
        kollegor.
      </p>

      <h3>Hur lång tid tar det?</h3>
      <p>
        Ungefär {letter.minutes} minuter. Du kan svara på mobilen, på en surfplatta eller på en dator. Svaren sparas direkt, så du kan
        ta en paus och fortsätta senare.
      </p>

      <h3>Vad handlar frågorna om?</h3>
      <p>
        {context.asksCompetence && 'Frågorna handlar om din kompetens: vad du kan och hur säker du är i olika delar av ditt arbete. '}
        {context.asksEffect && 'Några frågor handlar om hur du har det på jobbet. '}
        Det är inget prov. Det finns inga rätta eller fel svar.
      </p>

      <h3>Vem ser mina svar?</h3>
      <ul>
        {context.asksCompetence && <li>Din chef och HR ser vilken nivå du har svarat på varje fråga om vad du kan. Då kan ni planera utbildning tillsammans.</li>}
        {context.asksEffect && (
          <li>
            Dina svar om hur du har det på jobbet ser bara du. Din chef och HR ser dem aldrig. De ser bara en sammanställning av många
            personers svar, och bara när minst {context.k} personer har svarat.
          </li>
        )}
      </ul>

      <h3>Så här svarar du</h3>
      <div className="letter__link">
        <svg className="letter__qr" role="img" aria-label={`QR-kod med länken till ${letter.name}s kartläggning`} viewBox={`0 0 ${letter.qr.side} ${letter.qr.side}`} shapeRendering="crispEdges">
          <rect width={letter.qr.side} height={letter.qr.side} fill="#fff" />
          <path d={letter.qr.path} fill="#000" />
        </svg>
        <ol>
          <li>Öppna kameran i din mobil och rikta den mot rutan med prickar (QR-koden). Tryck på länken som visas.</li>
          <li>
            Eller skriv in länken i webbläsaren:
            <br />
            <a className="letter__url" href={letter.url}>
              {letter.url}
            </a>
          </li>
          <li>Tryck på Fortsätt. Du behöver inget lösenord.</li>
          <li>Svara på frågorna. Tryck på Skicka in när du är klar.</li>
        </ol>
      </div>
      <p>
        <strong>Svara senast {formatDate(context.closesOn)}.</strong> Sedan slutar länken att fungera.
      </p>
      <p>Länken är bara till dig. Visa den inte för någon annan. Har du frågor? Fråga din chef.</p>
    </article>
  );
}

import { todayInSweden } from '@/lib/clock/clock';
import type { Metadata } from 'next';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { ConfirmPanel } from '@/components/admin/confirm-panel';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { GrantRoleForm } from '@/components/admin/grant-role-form';
import { InvitationForm, RevokeInvitationForm } from '@/components/admin/invitation-form';
import { UsersTable, type UsersTableRow } from '@/components/admin/users-table';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { USER_ROLES } from '@/lib/domain/enums';
import { invitationRoundChoices } from '@/lib/data/round-choices';
import { listUsers, roleChoices } from '@/lib/data/users-admin';
import { formatDate } from '@/lib/format/date';
import { userRoleLabel } from '@/lib/format/user-role';
import { parseConfirmation } from '@/lib/validation/admin';
import { orNotFound } from '../../_lib/or-not-found';
import {
  createInvitationAction,
  createUserAction,
  grantRoleAction,
  revokeInvitationAction,
  revokeRoleAction,
  setDisabledAction,
} from './actions';
import { USERS_PATH } from './paths';

export const metadata: Metadata = { title: 'Användare' };

const DONE_MESSAGES: Record<string, string> = {
  'roll-borttagen': 'Rollen är borttagen.',
  avstangd: 'Användaren är avstängd och kan inte logga in.',
  aktiverad: 'Användaren är aktiverad och kan logga in igen.',
};

/** Rounds still open first (a link dies when its round closes), each with its closing day. */
function invitationRounds(rounds: ReadonlyArray<{ code: string; name: string; closesOn: string }>) {
  const today = todayInSweden();
  const open = rounds.filter((r) => r.closesOn >= today);
  const closed = rounds.filter((r) => r.closesOn < today);
  return [
    ...open.map((r) => ({ value: r.code, label: `${r.name} (stänger ${formatDate(r.closesOn)})` })),
    ...closed.map((r) => ({ value: r.code, label: `${r.name} (stängd ${formatDate(r.closesOn)})` })),
  ];
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const viewer = await requireSignedIn();
  // Each of these checks that the viewer is an administrator; anyone else gets the not-found page.
  const [users, choices, rounds] = await orNotFound(Promise.all([listUsers(viewer), roleChoices(viewer), invitationRoundChoices(viewer)]));
  const query = await searchParams;
  const done = typeof query.klart === 'string' ? DONE_MESSAGES[query.klart] : undefined;
  const confirmation = parseConfirmation(query.bekrafta);

  const unitName = new Map(choices.units.map((u) => [u.code, u.name]));
  const projectName = new Map(choices.projects.map((p) => [p.code, p.name]));
  const scopeOf = (g: { unitCode: string | null; projectCode: string | null }) =>
    g.unitCode ? (unitName.get(g.unitCode) ?? g.unitCode) : g.projectCode ? (projectName.get(g.projectCode) ?? g.projectCode) : null;
  const roleText = (g: { role: (typeof USER_ROLES)[number]; unitCode: string | null; projectCode: string | null }) => {
    const scope = scopeOf(g);
    return scope ? `${userRoleLabel(g.role)} (${scope})` : userRoleLabel(g.role);
  };

  const rows: UsersTableRow[] = users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    employeeId: u.employeeId,
    disabled: u.disabled,
    self: viewer.kind === 'user' && viewer.userId === u.id,
    roles: u.roles.map((g) => ({ id: g.id, label: roleText(g) })),
  }));

  const pendingRole =
    confirmation?.kind === 'roll'
      ? users.flatMap((u) => u.roles.filter((g) => g.id === confirmation.id).map((g) => ({ user: u, grant: g })))[0]
      : undefined;
  const pendingDisable = confirmation?.kind === 'avstang' ? users.find((u) => u.id === confirmation.id && !u.disabled) : undefined;

  return (
    <>
      <h1>Användare</h1>
      <p>Här ger du personer tillgång till Kompetenskartan och bestämmer vad de får se.</p>
      <div role="status">
        {done && (
          <div className="notice notice--ok">
            <p>{done}</p>
          </div>
        )}
      </div>

      {pendingRole && (
        <ConfirmPanel question={`Ta bort rollen ${roleText(pendingRole.grant)} från ${pendingRole.user.name}?`} cancelHref={USERS_PATH}>
          <p>{pendingRole.user.name} ser inte längre det som rollen ger tillgång till.</p>
          <ActionButtonForm
            action={revokeRoleAction}
            fields={{ userId: String(pendingRole.user.id), grantId: String(pendingRole.grant.id) }}
            label="Ja, ta bort"
            variant="danger"
          />
        </ConfirmPanel>
      )}
      {pendingDisable && (
        <ConfirmPanel question={`Stänga av ${pendingDisable.name}?`} cancelHref={USERS_PATH}>
          <p>{pendingDisable.name} kan inte logga in förrän du aktiverar kontot igen. Rollerna finns kvar.</p>
          <ActionButtonForm
            action={setDisabledAction}
            fields={{ userId: String(pendingDisable.id), disabled: 'true' }}
            label="Ja, stäng av"
            variant="danger"
          />
        </ConfirmPanel>
      )}

      <section aria-labelledby="alla-rubrik">
        <h2 id="alla-rubrik">Alla användare</h2>
        <UsersTable users={rows} path={USERS_PATH} enableAction={setDisabledAction} />
      </section>

      <section aria-labelledby="ny-rubrik" className="panel">
        <h2 id="ny-rubrik">Lägg till en användare</h2>
        <CreateUserForm action={createUserAction} />
      </section>

      <section aria-labelledby="roll-rubrik" className="panel">
        <h2 id="roll-rubrik">Ge en roll</h2>
        <p>En användare kan ha flera roller. Enhetschefen behöver en enhet och styrgruppen ett projekt.</p>
        <GrantRoleForm
          action={grantRoleAction}
          users={users.map((u) => ({ value: String(u.id), label: `${u.name} (${u.email})` }))}
          roles={USER_ROLES.map((r) => ({ value: r, label: userRoleLabel(r) }))}
          units={choices.units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
          projects={choices.projects.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))}
        />
      </section>

      <section aria-labelledby="lank-rubrik" className="panel">
        <h2 id="lank-rubrik">Skapa inbjudningslänk</h2>
        <p>
          En personlig länk låter en medarbetare se sin egen profil utan att logga in. Skicka länken bara till den person den
          gäller.
        </p>
        {rounds.length === 0 ? (
          <p>Det finns ingen kartläggningsomgång ännu, så det går inte att skapa länkar.</p>
        ) : (
          <InvitationForm action={createInvitationAction} rounds={invitationRounds(rounds)} />
        )}
        <h3>Spärra en länk</h3>
        <RevokeInvitationForm action={revokeInvitationAction} />
      </section>
    </>
  );
}

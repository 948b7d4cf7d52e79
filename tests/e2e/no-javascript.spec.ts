import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from './sign-in';

// Every button is a form: signing in and out, changing roles with the confirmation step, and
// an invitation link all work on a browser without JavaScript (old shared tablets, strict settings).

test.use({ javaScriptEnabled: false });

test('sign-in, administration and invitation links work without JavaScript', async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await page.goto('/admin/anvandare');

  const form = page.getByRole('region', { name: 'Ge en roll' });
  await form.getByLabel('Användare').selectOption({ label: 'Linda Pettersson (linda.pettersson@exempelby.example)' });
  await form.getByLabel('Roll').selectOption({ label: 'Enhetschef' });
  await form.getByRole('button', { name: 'Ge rollen' }).click();
  // The server's answer: the field error, with the choices kept.
  await expect(form.getByLabel(/^Enhet/)).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Roll')).toHaveValue('chef');

  await form.getByLabel(/^Enhet/).selectOption('EXB-SERV-MAT-02');
  await form.getByRole('button', { name: 'Ge rollen' }).click();
  await expect(page.getByText('Rollen Enhetschef är tillagd.')).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort rollen Enhetschef (Tillagningsköket Solgården) från Linda Pettersson' }).click();
  await page.getByRole('button', { name: 'Ja, ta bort' }).click();
  await expect(page.getByText('Rollen är borttagen.')).toBeVisible();

  await page.getByRole('button', { name: 'Logga ut' }).click();
  // (A redirect keeps the address's #fragment, here the confirmation panel's.)
  await expect(page).toHaveURL(/\/logga-in(#\w+)?$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();

  await page.goto('/k/inte-en-riktig-lank');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByText('Länken fungerar inte. Den kan ha gått ut eller spärrats. Be din chef om en ny länk.')).toBeVisible();
});

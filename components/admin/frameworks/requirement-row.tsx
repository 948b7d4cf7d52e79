'use client';

import Link from 'next/link';
import { useId } from 'react';
import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm } from '@/components/forms/use-action-form';
import './frameworks.css';

export interface RequirementRowData {
  code: string;
  name: string;
  area: string | null;
  description: string | null;
  /** The requirement's own page: translations, levels per role and history. */
  href: string;
}

/**
 * One requirement as a table row whose name, area and description are edited in place. The form
 * sits in the last cell; the fields belong to it through their `form` attribute (a form cannot
 * wrap a table row).
 */
export function RequirementRow({ action, requirement: r, areasListId }: { action: FormAction<Done>; requirement: RequirementRowData; areasListId: string }) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  // Codes may hold any character; ids must not.
  const id = `krav${useId()}`;
  return (
    <tr key={key}>
      <th scope="row">{r.code}</th>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-namn`}>
          Namn på {r.code}
        </label>
        <input id={`${id}-namn`} form={id} name="name" type="text" defaultValue={values.name ?? r.name} required {...fieldAria(`${id}-namn`, errors.name)} />
        <FieldError id={`${id}-namn-error`} errors={errors.name} />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-omrade`}>
          Kravområde för {r.code}
        </label>
        <input id={`${id}-omrade`} form={id} name="area" type="text" list={areasListId} defaultValue={values.area ?? r.area ?? ''} {...fieldAria(`${id}-omrade`, errors.area)} />
        <FieldError id={`${id}-omrade-error`} errors={errors.area} />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-beskrivning`}>
          Beskrivning av {r.code}
        </label>
        <textarea id={`${id}-beskrivning`} form={id} name="description" rows={3} defaultValue={values.description ?? r.description ?? ''} {...fieldAria(`${id}-beskrivning`, errors.description)} />
        <FieldError id={`${id}-beskrivning-error`} errors={errors.description} />
      </td>
      <td className="edit-table__actions">
        <form id={id} action={formAction} noValidate>
          <input type="hidden" name="code" value={r.code} />
          <button type="submit" className="button button--small" disabled={pending}>
            Spara <span className="visually-hidden">{r.code}</span>
          </button>
        </form>
        <Link href={r.href}>
          Översättningar <span className="visually-hidden">av {r.code}</span>
        </Link>
        <FormResult state={state} success={(d) => <p>{d.message}</p>} />
      </td>
    </tr>
  );
}

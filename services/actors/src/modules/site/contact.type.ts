import { Field, InputType, ObjectType } from 'type-graphql';

import type { Problem } from '@bxl/common';

import type { ContactRecord } from '../../records/registry-records';
import { emailProblems } from '../../validation/contact';
import { normaliseBelgianPhone, phoneProblems } from '../../validation/phone';

@ObjectType({ description: 'A named contact (HSDS contact): someone to ask for, and how.' })
export class Contact implements ContactRecord {
  @Field(() => String, { nullable: true, description: 'Name of the person.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Their role or title (e.g. "accueil").' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, E.164.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email!: string | null;
}

@InputType({ description: 'A named contact: a name or a title, and how to reach them.' })
export class ContactInput implements ContactRecord {
  @Field(() => String, { nullable: true, description: 'Name of the person.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Their role or title.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'A Belgian phone number, any usual form.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email!: string | null;
}

/** Problems with a list of contacts: each needs a name or a title; a Belgian phone; an email. */
export function contactProblems(contacts: readonly ContactRecord[], field: string): Problem[] {
  return contacts.flatMap((contact, index) => {
    const at = `${field}[${index}]`;
    const problems: Problem[] = [];
    if (!contact.name?.trim() && !contact.title?.trim()) {
      problems.push({ field: `${at}.name`, message: 'a contact needs a name or a title' });
    }
    if (contact.phone) {
      problems.push(...phoneProblems(contact.phone, `${at}.phone`));
    }
    if (contact.email) {
      problems.push(...emailProblems(contact.email, `${at}.email`));
    }
    return problems;
  });
}

const blank = (value: string | null | undefined) => value?.trim() || null;

/** Contacts as stored: every field present, trimmed, blank as null, phones in E.164. */
export function normaliseContacts(contacts: readonly ContactRecord[]): ContactRecord[] {
  return contacts.map((contact) => {
    const phone = blank(contact.phone);
    return {
      name: blank(contact.name),
      title: blank(contact.title),
      phone: phone === null ? null : (normaliseBelgianPhone(phone) ?? phone),
      email: blank(contact.email),
    };
  });
}

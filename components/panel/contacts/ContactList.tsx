import { Section } from '@/components/common/Section';
import { SectorBadge } from '@/components/common/SectorBadge';
import { useT } from '@/components/common/i18n';
import type { PlanContact } from '@/lib/plan';
import './ContactList.css';

/** Phone numbers keep what the system shows; only the tel: link is reduced to digits and +. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
/** A mailto: only for something that looks like an address; anything else is shown as text. */
export const mailHref = (email: string) => (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email) ? `mailto:${email}` : undefined);

export function ContactCard({ contact }: { contact: PlanContact }) {
  const t = useT();
  const mail = contact.email ? mailHref(contact.email) : undefined;
  return (
    <li class="contact" data-testid="contact">
      <p class="contact-name">
        <strong>{contact.name ?? contact.unit}</strong>
        {contact.coordinator ? <span class="contact-coordinator"> {t('contacts.coordinator')}</span> : null}
      </p>
      <p class="contact-unit">
        {contact.sector ? <SectorBadge sector={contact.sector} /> : null} {contact.name ? contact.unit : null}
        {contact.role ? <span class="muted"> · {contact.role}</span> : null}
      </p>
      {contact.phone ? (
        <p>
          <span class="sr-only">{t('contacts.phone')}: </span>
          <a href={telHref(contact.phone)}>{contact.phone}</a>
        </p>
      ) : null}
      {contact.email ? (
        <p>
          <span class="sr-only">{t('contacts.email')}: </span>
          {mail ? <a href={mail}>{contact.email}</a> : contact.email}
        </p>
      ) : null}
    </li>
  );
}

/** Every caseworker and unit involved with the citizen, with phone and e-mail as the systems show them. */
export function ContactList({ contacts }: { contacts: PlanContact[] }) {
  const t = useT();
  return (
    <Section id="contacts" title={t('contacts.title')} summary={String(contacts.length)}>
      {contacts.length === 0 ? (
        <p class="muted">{t('contacts.none')}</p>
      ) : (
        <ul class="contact-list" data-testid="contacts">
          {contacts.map((c) => (
            <ContactCard key={`${c.sector}|${c.unit}|${c.name ?? ''}`} contact={c} />
          ))}
        </ul>
      )}
    </Section>
  );
}

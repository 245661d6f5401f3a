/**
 * SMS and WhatsApp go through a provider (an SMS gateway, the WhatsApp Business API) that an
 * agency contracts; Sigap talks to it only through this interface. No provider ships with
 * Sigap: until one is configured, short messages wait in the outbox like emails without SMTP.
 */
export interface ShortMessageSender {
  /** The channels this provider delivers. */
  readonly channels: ReadonlyArray<'sms' | 'whatsapp'>;
  /** Sends one message; throws to have the outbox retry it later. */
  send(message: { channel: 'sms' | 'whatsapp'; to: string; text: string; id: string }): Promise<void>;
}

/** Indonesian mobile numbers in international form (62…), the form gateways expect. */
export function normaliseMobile(phone: string): string | null {
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  return /^628\d{7,12}$/.test(digits) ? digits : null;
}

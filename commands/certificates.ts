import { english } from '../src/i18n/catalogue.js';
import type { Resume } from '../src/resume/schema.js';
import { withAbbreviations } from '../src/query/documents.js';
import { entryCommand, type EntryKind } from './entries.js';
import { link, monthYear } from './format.js';

type Certificate = Resume['certificates'][number];

const kind: EntryKind<Certificate> = {
  section: 'certificates',
  noun: 'certificate',
  plural: 'certificates',
  heading: 'Certificates',
  entries: (resume) => resume.certificates,
  title: (cert, messages = english()) =>
    cert.name ?? (cert.issuer ? messages.t('certificates.of', { issuer: cert.issuer }) : messages.t('certificates.untitled')),
  identity: (cert) => withAbbreviations(cert.name),
  // "Google / Coursera": each issuer is a name of its own.
  facets: (cert) => (cert.issuer ? [cert.issuer, ...cert.issuer.split(/\s*[/&,]\s*/)] : []),
  content: () => [],
  line: (cert, _now, messages) => [cert.name, cert.issuer, monthYear(cert.date, messages)].filter(Boolean).join(' · '),
  detail: (cert, _i, _now, messages) => ({
    subtitle: [cert.issuer, monthYear(cert.date, messages)].filter(Boolean).join(' · ') || undefined,
    fields: [
      ...(cert.issuer ? [{ label: messages.t('certificates.by'), value: cert.issuer, inline: true }] : []),
      ...(cert.date ? [{ label: messages.t('entry.date'), value: monthYear(cert.date, messages)!, inline: true }] : []),
    ],
    links: link(cert.name ?? messages.t('certificates.link'), cert.url),
    footer: monthYear(cert.date, messages),
  }),
  completions: (cert) => [cert.issuer],
  technologyNames: (cert) => [cert.name, cert.issuer],
};

export const certificates = entryCommand(
  {
    name: 'certificates',
    description: 'Certifications: by name, issuer or year',
    usageHint: '[certificate, issuer or year]',
    option: { name: 'query', description: 'A certificate, its issuer, or a year (empty: every certificate)', autocomplete: true },
    examples: ['certificates', 'certificates aws', 'certificates tableau'],
    slash: true,
  },
  kind,
  {
    priority: 50,
    traits: true,
    strict: true,
    cues: [
      'certificate',
      'certificates',
      'certification',
      'certifications',
      'certified',
      'certs',
      'cert',
      'credential',
      'credentials',
      'accredited',
      'accreditation',
      'licence',
      'licences',
      'license',
      'licenses',
      'licensed',
      // What expires or is renewed is a credential: "when does her aws cert expire?" asks for its dates.
      'expire',
      'expires',
      'expired',
      'expiry',
      'expiration',
      'renew',
      'renewed',
      'renewal',
    ],
  },
  ['current', 'previous', 'first', 'year', 'relative'],
);

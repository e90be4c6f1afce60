/** Word lists the dataset draws names from; a few need HTML or XML escaping on purpose. */
export const FIRST_NAMES = [
  'Tadjeddine',
  'Hank',
  'Marge',
  'Olga',
  'Pierre',
  'Aiko',
  'Lars',
  'María',
  'Zoë',
  'Kwame',
  'Priya',
  'Jürgen',
  'Siobhán',
  'Dmitri',
  'Fatima',
  'Wei',
  'Chloé',
  'Ivan',
  'Noor',
  'Liam',
] as const;

export const LAST_NAMES = [
  'Bachir',
  'Scorpio',
  'Simpson',
  'Ivanova',
  'Dubois',
  'Tanaka',
  'Nilsson',
  'García',
  "O'Brien",
  'Mensah',
  'Patel',
  'Müller',
  'Ní Bhriain',
  'Sokolov',
  'Haddad',
  'Zhang',
  'Lefèvre',
  'Petrov',
  'Rahman',
  'Walsh',
] as const;

export const COMPANIES = [
  'Globex Corporation',
  'Initech',
  'Umbrella & Sons',
  'Stark Industries',
  'Wayne Enterprises',
  'Acme <Widgets> Ltd',
  'Soylent Green GmbH',
  'Tyrell Corp.',
  'Cyberdyne Systems',
  'Vandelay Industries',
  'Hooli',
  'Pied Piper',
  'Oceanic Airlines',
  'Monsters, Inc.',
  'Gringotts "Bank"',
] as const;

export const DEAL_SUBJECTS = [
  'Annual support contract',
  'Consulting hours',
  'Hardware & licences',
  'Website redesign',
  'Cloud migration',
  'Training programme',
  'Office fit-out',
  'Security audit',
  'Data warehouse',
  'Mobile app',
  'Translation services',
  'Marketing campaign',
  'Payroll outsourcing',
  'Fleet leasing',
  'Catering contract',
] as const;

export const SELECT_OPTIONS = ['Gold', 'Silver', 'Bronze'] as const;

/** Tags of deals, in the mixed case users type them in. */
export const DEAL_TAGS = ['VIP', 'renewal', 'partner', 'upsell', 'tender', 'Q4'] as const;

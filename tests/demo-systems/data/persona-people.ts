/** The people behind the personas (DESIGN.md section 3) and the control citizens. Birth dates follow the reference day. */
import { makeCpr } from '../shared/cpr';
import { addDays, addYears } from '../shared/dates';
import type { Person } from './types';

interface PersonSpec {
  key: string;
  firstName: string;
  lastName: string;
  age: number;
  /** Days since the last birthday (1-360), so the age is exact on the reference day. */
  sinceBirthday: number;
  running: number;
  gender: 'female' | 'male';
  address: string;
  phone: string;
}

export const PERSON_SPECS: PersonSpec[] = [
  { key: 'trine', firstName: 'Trine', lastName: 'Hansen', age: 41, sinceBirthday: 47, running: 234, gender: 'female', address: 'Solsikkevej 12, 2. tv., 9990 Demoby', phone: '20 11 22 33' },
  { key: 'martin', firstName: 'Martin', lastName: 'Hansen', age: 14, sinceBirthday: 122, running: 17, gender: 'male', address: 'Solsikkevej 12, 2. tv., 9990 Demoby', phone: '—' },
  { key: 'mie', firstName: 'Mie', lastName: 'Hansen', age: 10, sinceBirthday: 201, running: 58, gender: 'female', address: 'Solsikkevej 12, 2. tv., 9990 Demoby', phone: '—' },
  { key: 'pernille', firstName: 'Pernille Holm', lastName: 'Østergaard', age: 21, sinceBirthday: 15, running: 402, gender: 'female', address: 'Åboulevarden 7, st. th., 9990 Demoby', phone: '31 45 67 89' },
  { key: 'jakob', firstName: 'Jakob', lastName: 'Kjær', age: 34, sinceBirthday: 300, running: 119, gender: 'male', address: 'Birkealle 3, 9991 Demoby Øst', phone: '42 10 20 30' },
  // Control citizens: present in one or more systems, never with overlapping records.
  { key: 'soeren', firstName: 'Søren', lastName: 'Kragh Mikkelsen', age: 52, sinceBirthday: 88, running: 311, gender: 'male', address: 'Havnegade 41, 1., 9990 Demoby', phone: '28 90 12 34' },
  { key: 'aisha', firstName: 'Aisha', lastName: 'Rahimi', age: 29, sinceBirthday: 160, running: 276, gender: 'female', address: 'Lærkevej 5, 9992 Demoby Syd', phone: '53 21 43 65' },
  { key: 'lone', firstName: 'Lone', lastName: 'Dam', age: 67, sinceBirthday: 240, running: 190, gender: 'female', address: 'Kirkestræde 2, 9990 Demoby', phone: '98 76 54 32' },
  { key: 'sara', firstName: 'Sara', lastName: 'Vestergaard', age: 35, sinceBirthday: 33, running: 348, gender: 'female', address: 'Mosevej 19, 9993 Demoby Nord', phone: '61 72 83 94' },
  { key: 'emil', firstName: 'Emil', lastName: 'Vestergaard', age: 9, sinceBirthday: 75, running: 63, gender: 'male', address: 'Mosevej 19, 9993 Demoby Nord', phone: '—' },
  // Benchmark citizen with many records on one page.
  { key: 'stor', firstName: 'Test', lastName: 'Stor', age: 50, sinceBirthday: 10, running: 999, gender: 'male', address: 'Testvej 1000, 9990 Demoby', phone: '10 00 10 00' },
];

export function birthDateFor(today: string, age: number, sinceBirthday: number): string {
  return addDays(addYears(today, -age), -sinceBirthday);
}

export function makePeople(today: string): Record<string, Person> {
  const out: Record<string, Person> = {};
  for (const s of PERSON_SPECS) {
    const birthDate = birthDateFor(today, s.age, s.sinceBirthday);
    out[s.key] = {
      key: s.key,
      firstName: s.firstName,
      lastName: s.lastName,
      cpr: makeCpr(birthDate, s.running, s.gender),
      birthDate,
      gender: s.gender,
      address: s.address,
      phone: s.phone,
    };
  }
  return out;
}

export function specAge(key: string): number {
  return PERSON_SPECS.find((s) => s.key === key)?.age ?? 0;
}

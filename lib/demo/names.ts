// Invented names with the mix of backgrounds typical of Swedish municipal care staff.
import type { Rng } from './random';

export type Gender = 'f' | 'm';

interface NamePool {
  weight: number;
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
}

const SWEDISH: NamePool = {
  weight: 55,
  female: [
    'Anna', 'Maria', 'Karin', 'Eva', 'Lena', 'Kerstin', 'Sara', 'Emma', 'Malin', 'Jenny', 'Linda', 'Johanna',
    'Elin', 'Ida', 'Sofia', 'Hanna', 'Camilla', 'Annika', 'Ulrika', 'Marie', 'Monica', 'Helena', 'Susanne',
    'Birgitta', 'Ingrid', 'Åsa', 'Ebba', 'Linnéa', 'Matilda', 'Frida', 'Therese', 'Petra', 'Gunilla', 'Agneta',
    'Märta', 'Tove', 'Klara', 'Louise',
  ],
  male: [
    'Erik', 'Lars', 'Anders', 'Johan', 'Per', 'Karl', 'Mikael', 'Peter', 'Jonas', 'Fredrik', 'Magnus', 'Daniel',
    'Mattias', 'Niklas', 'Henrik', 'Stefan', 'Oskar', 'Viktor', 'Emil', 'Gustav', 'Björn', 'Tobias', 'Joakim',
    'Olle', 'Axel', 'Linus', 'Nils', 'Göran',
  ],
  surnames: [
    'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
    'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson',
    'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg',
    'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg',
    'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Håkansson', 'Lundin', 'Björk', 'Gunnarsson', 'Holm',
    'Samuelsson', 'Fransson', 'Wikström', 'Isaksson', 'Nyström', 'Holmberg', 'Åberg', 'Öberg', 'Ström', 'Sundqvist',
  ],
};

const FOREIGN: readonly NamePool[] = [
  {
    weight: 10, // Arabic (Syria, Iraq, Lebanon)
    female: ['Fatima', 'Amal', 'Rania', 'Layla', 'Nour', 'Huda', 'Samira', 'Yasmin', 'Hiba', 'Rasha', 'Dima', 'Zainab', 'Mariam', 'Salma', 'Rim'],
    male: ['Ahmad', 'Mohammed', 'Ali', 'Omar', 'Khaled', 'Hassan', 'Yousef', 'Mahmoud', 'Ibrahim', 'Karim', 'Bashar', 'Tarek'],
    surnames: ['Hassan', 'Ali', 'Al-Hussein', 'Khalil', 'Haddad', 'Ibrahim', 'Mahmoud', 'Saleh', 'Abdullah', 'Al-Khatib', 'Nasser', 'Darwish', 'Hamad', 'Youssef', 'Mansour', 'Jaber'],
  },
  {
    weight: 7, // Somali
    female: ['Hodan', 'Faadumo', 'Amina', 'Sahra', 'Hibaaq', 'Ayaan', 'Ifrah', 'Nasra', 'Deeqa', 'Filsan', 'Hawa'],
    male: ['Abdirahman', 'Abdi', 'Mohamed', 'Liban', 'Guled', 'Farah', 'Yusuf', 'Hamza'],
    surnames: ['Warsame', 'Farah', 'Abdi', 'Osman', 'Jama', 'Hassan', 'Ali', 'Mohamud', 'Adan', 'Nur', 'Dahir', 'Ismail', 'Egal'],
  },
  {
    weight: 4, // Eritrean and Ethiopian
    female: ['Senait', 'Selam', 'Luwam', 'Tsega', 'Rahwa', 'Saba', 'Winta', 'Meron'],
    male: ['Yonas', 'Dawit', 'Tesfay', 'Filmon', 'Habtom', 'Samuel'],
    surnames: ['Tesfaye', 'Gebremedhin', 'Haile', 'Berhane', 'Tekle', 'Kidane', 'Ghebreyesus', 'Mehari', 'Woldu'],
  },
  {
    weight: 4, // Finnish
    female: ['Päivi', 'Tuula', 'Riitta', 'Sirpa', 'Marjatta', 'Leena', 'Anneli', 'Sanna'],
    male: ['Matti', 'Juha', 'Pekka', 'Timo', 'Jari', 'Kari'],
    surnames: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Koskinen', 'Laine', 'Järvinen', 'Lehtonen', 'Salonen'],
  },
  {
    weight: 6, // Persian and Afghan
    female: ['Maryam', 'Shirin', 'Parisa', 'Leila', 'Nasrin', 'Zahra', 'Roya', 'Fereshteh', 'Mahsa', 'Sima'],
    male: ['Reza', 'Hamid', 'Mehdi', 'Farid', 'Navid', 'Hossein', 'Mustafa', 'Javad'],
    surnames: ['Ahmadi', 'Hosseini', 'Rahimi', 'Karimi', 'Mohammadi', 'Rezaei', 'Azizi', 'Sultani', 'Jafari', 'Haidari', 'Noori'],
  },
  {
    weight: 4, // Bosnian
    female: ['Amra', 'Jasmina', 'Lejla', 'Selma', 'Merima', 'Emina', 'Aida', 'Mirsada'],
    male: ['Edin', 'Amir', 'Mirza', 'Senad', 'Admir', 'Damir', 'Haris'],
    surnames: ['Hodžić', 'Hadžić', 'Begić', 'Delić', 'Mehmedović', 'Kovačević', 'Hasanović', 'Omerović', 'Salihović'],
  },
  {
    weight: 3, // Polish
    female: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Ewa', 'Monika'],
    male: ['Piotr', 'Tomasz', 'Krzysztof', 'Marek', 'Paweł'],
    surnames: ['Nowak', 'Wójcik', 'Kowalczyk', 'Woźniak', 'Mazur', 'Krawczyk'],
  },
  {
    weight: 2, // Thai
    female: ['Siriporn', 'Nattaya', 'Kanya', 'Supaporn', 'Pornthip', 'Wanida'],
    male: ['Somchai'],
    surnames: ['Saetang', 'Srisuk', 'Boonmee', 'Thongchai', 'Kongkaew'],
  },
  {
    weight: 3, // Kurdish and Turkish
    female: ['Rojin', 'Berfin', 'Dilan', 'Ayşe', 'Zeynep', 'Gulistan'],
    male: ['Kawa', 'Rebin', 'Serdar', 'Baran', 'Mehmet', 'Azad'],
    surnames: ['Yilmaz', 'Demir', 'Kaya', 'Aydin', 'Doğan', 'Zana', 'Amin'],
  },
  {
    weight: 2, // Chilean and other Latin American
    female: ['Carolina', 'Daniela', 'Paula', 'Valentina', 'Ximena', 'Claudia'],
    male: ['Carlos', 'Jorge', 'Pablo', 'Diego', 'Rodrigo'],
    surnames: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Soto', 'Contreras', 'Silva', 'Morales'],
  },
];

const POOLS: readonly (readonly [NamePool, number])[] = [SWEDISH, ...FOREIGN].map((pool) => [pool, pool.weight] as const);

/** A full name for a person of the given gender; some mixed names (e.g. after marriage). */
export function randomName(rng: Rng, gender: Gender): string {
  const pool = rng.weighted(POOLS);
  const first = rng.pick(gender === 'f' ? pool.female : pool.male);
  const mixed = pool !== SWEDISH && rng.chance(0.12);
  const last = rng.pick(mixed ? SWEDISH.surnames : pool.surnames);
  return `${first} ${last}`;
}

/** `Linnéa Öberg` → `linnea.oberg`: letters without diacritics, for e-mail addresses. */
export function emailLocalPart(name: string): string {
  return name
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

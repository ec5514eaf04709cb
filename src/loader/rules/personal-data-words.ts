/**
 * The words the personal-data rule (personal-data.ts) looks for, in one place: the personal email
 * providers a team mailbox is never at (a council adds its own in site.yaml, under
 * policy.personal_data.personal_email_providers), the ways text gives a date of birth, the given names
 * children are most often called, and what, written next to a name, tells a child's story (a
 * placement, an age, going missing, an exclusion, an arrest).
 *
 * These are the rule's own vocabulary, not a council's words: every council is judged by them.
 */

/** Mail services anyone can sign up to: a mailbox there is a person's, never a council team's. */
export const PERSONAL_EMAIL_PROVIDERS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'outlook.co.uk',
  'live.com',
  'live.co.uk',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'rocketmail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'aol.co.uk',
  'btinternet.com',
  'btopenworld.com',
  'talktalk.net',
  'sky.com',
  'virginmedia.com',
  'ntlworld.com',
  'blueyonder.co.uk',
  'tiscali.co.uk',
  'plus.net',
  'mail.com',
  'gmx.com',
  'gmx.co.uk',
  'proton.me',
  'protonmail.com',
  'tutanota.com',
  'zoho.com',
  'yandex.com',
  'fastmail.com',
];

/**
 * Given names common among children and young people in England and Wales (the most frequent names
 * given to babies from about 2000 to 2022, of every background), capitalised. Names that are also
 * everyday words or months ("Grace", "Hope", "May", "Amber", "Will", "Rose") are left out: written
 * at the start of a sentence they would be taken for a name.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `Aaliyah Aaron Abdullah Abigail Adam Aden Adrian Ahmad Ahmed Aidan Aiden Aisha Aishah Alex Alexa
  Alexander Alexandra Alexis Alfie Ali Alice Alicia Alisha Alistair Amara Amelia Amelie Amir Amira
  Amy Anna Annabelle Antonio Archie Aria Arlo Arran Arthur Arya Asher Aurora Ava Ayaan Ayesha
  Bailey Beatrice Bella Ben Benjamin Bethany Blake Bobby Brandon Brooke Caleb Callum Cameron Carter
  Casey Charlie Charlotte Chelsea Chloe Christopher Ciara Cody Connor Corey Courtney Daisy Daniel
  Danielle Darcey Darcy Declan Demi Dexter Dylan Eden Edward Eleanor Elijah Eliza Elizabeth Ella
  Ellie Eloise Elsie Emilia Emily Emma Erin Ethan Evan Evelyn Evie Ewan Ezra Fatima Felix Finlay
  Finley Finn Florence Frankie Freddie Freya Gabriel Georgia Georgina Gracie Hannah Harley Harper
  Harrison Harry Harvey Hasan Hassan Hayden Heidi Henry Holly Hollie Hugo Hussain Ibrahim Imogen
  Isaac Isabel Isabella Isabelle Isha Isla Ismail Ivy Jack Jackson Jacob Jade Jake Jakub James
  Jamie Jasmine Jason Jay Jayden Jenson Jessica Jodie Joe Joel John Jonah Jordan Joseph Joshua
  Jude Julia Kacper Kai Kaiden Kayden Kayla Keira Kian Kieran Kyle Lacey Lana Laura Lauren Layla
  Leah Leighton Leo Leon Lewis Lexi Liam Lilly Lily Logan Lola Louie Louis Luca Lucas Lucy Luke
  Maddison Madison Maisie Maisy Malachi Maria Mariam Marley Maryam Mason Matilda Matthew Maya
  Megan Mia Michael Millie Mohamed Mohammad Mohammed Molly Muhammad Mustafa Myles Nadia Nancy
  Nathan Niamh Nicole Noah Nojus Ollie Oliver Olivia Oliwia Omar Oscar Owen Paige Phoebe Piper
  Poppy Ravi Reggie Reuben Rhys Riley Robert Ronnie Rory Rosie Ruby Ryan Sadie Safa Samuel Sara
  Sarah Scarlett Sebastian Sienna Skye Sofia Sophia Sophie Stanley Tanisha Tayla
  Taylor Teddy Theo Theodore Thomas Tia Toby Tommy Tyler Victoria Willow Yusuf Zachary Zainab
  Zak Zara Zayn Zuzanna`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that, after a name, make it something other than a person: "Alice Street", "St Mary's
 * School", "Harry Potter Fund"… (a name followed by one of these is not read as a person's).
 */
export const NOT_A_PERSON_AFTER: ReadonlySet<string> = new Set(
  `Academy Avenue Award Awards Bridge Centre Center Close Court Crescent Drive Foundation Fund
  Gardens Grove Hall Hill Hospital House Infant Infants Junior Lane Lodge Nursery Park Place
  Primary Prize Programme Project Road Row School Service Square Street Terrace Trust Unit Walk
  Ward Way`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * What, within a few words of a child's name, tells their story. Each alternative is matched as
 * whole words, in any case; `aged 14` and `14-year-old` give an age.
 */
export const STORY_WORDS = [
  'placements?',
  'placed',
  're-placed',
  // One age, not an age group ("aged 16 to 25", "aged 3-10").
  'aged \\d{1,2}(?![\\d–-])(?!\\s+(?:to|and|or)\\s+\\d)',
  'age \\d{1,2}(?![\\d–-])(?!\\s+(?:to|and|or)\\s+\\d)',
  '\\d{1,2}[- ]years?[- ]old',
  'missing',
  'ran away',
  'absconded',
  'excluded',
  'exclusions?',
  'suspended',
  'suspensions?',
  'arrested',
  'arrests?',
  'cautioned',
  'charged',
  'convicted',
  'custody',
  'remanded',
  'in court',
  'offending',
  'self-harm(?:ed|ing)?',
  'overdosed?',
  'pregnant',
  'pregnancy',
  'abused',
  'neglected',
  'exploited',
  'exploitation',
  'trafficked',
  'adopted',
  'came into care',
  'taken into care',
  'entered care',
  'care order',
  'foster carers?',
  "children[’']s home",
  'social worker',
];

/**
 * A person's name told what happened to them, without a known given name: "Kezia was arrested",
 * "Tavish went missing", "Marek, aged 14". Only verbs that belong to people, so "Emphasis was placed"
 * or "Data was excluded" are not taken for a child.
 */
export const PERSON_STORY_AFTER_NAME = [
  '(?:was|has been|had been|got) arrested',
  '(?:was|has been|had been) (?:reported )?missing',
  'went missing',
  'ran away',
  'absconded',
  '(?:was|has been|had been) remanded',
  '(?:was|has been|had been) cautioned',
  'self-harmed',
  '(?:is|was) pregnant',
  ', aged \\d{1,2}(?![\\d–-])(?!\\s+(?:to|and|or)\\s+\\d)',
  '\\(aged \\d{1,2}\\)',
];

/** Capitalised words that begin a sentence or stand for people without naming anyone. */
export const NOT_A_NAME: ReadonlySet<string> = new Set(
  `A All Also Another Any Anyone Anybody Baby Both Boy Brother Child Children Dad Daughter Each
  Either Every Everybody Everyone Father Few Girl He Her Here His However If It Many Most Mother Mum
  Neither No Nobody None Noone Nothing One Our Pupil She Sibling Sister Some Somebody Someone Son
  Student That The Their Them Then There These They This Those Today We Which Who Whoever You
  Young Your`
    .split(/\s+/)
    .filter(Boolean),
);

/** Dates as text writes them: "3 May 2011", "3rd of May", "May 3, 2011", "03/05/2011", "2011-05-03". */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
export const A_DATE = String.raw`(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH}(?:\s+\d{4})?|${MONTH}\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|${MONTH}\s+\d{4})`;

/**
 * A date of birth: "DOB", "D.O.B.", "DoB:", "date of birth: 3 May 2011", "born on 3 May 2011",
 * "born 03/05/2011", "birthday is on 3 May", "b. 3.5.11".
 */
export const DATE_OF_BIRTH = new RegExp(
  [
    String.raw`(?<![\w.])[Dd]\.?\s?[Oo]\.?\s?[Bb]\b\.?`,
    String.raw`\bdates? of birth\b(?:\s*(?:is|are|was|were|:|-|–|of|on))*\s*${A_DATE}`,
    String.raw`\bborn\s+(?:on\s+|in\s+)?${A_DATE}`,
    String.raw`\bbirthday\s+(?:is\s+|was\s+)?(?:on\s+)?${A_DATE}`,
    String.raw`(?<![\w.])b\.\s*${A_DATE}`,
  ].join('|'),
  'gi',
);

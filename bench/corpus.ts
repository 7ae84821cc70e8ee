import { foldForMatch } from '../src/core/fold';
import type { Actor, Alias } from '../src/core/types';

/** A seeded PRNG (mulberry32) returning floats in [0, 1): same seed, same corpus. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Random = () => number;

function pick<T>(rnd: Random, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

function smart(texts: readonly string[]): Alias[] {
  return texts.map((text) => ({ text, case: 'smart' }));
}

function makeActor(id: string, name: string, type: string, aliases: readonly string[] = [], demonyms: readonly string[] = []): Actor {
  return { id, name, type, aliases: smart(aliases), demonyms: smart(demonyms), summary: '', roles: [], ids: {}, facts: [] };
}

/** Real actors of the Niger crisis: the corpus mentions them often, as the shipped fact base would. */
export function seedActors(): Actor[] {
  return [
    makeActor('niger', 'Niger', 'country', ['Republic of Niger', 'République du Niger'], ['Nigerien', 'Nigeriens', 'nigérien', 'nigérienne', 'nigériens']),
    makeActor('nigeria', 'Nigeria', 'country', ['Federal Republic of Nigeria'], ['Nigerian', 'Nigerians']),
    makeActor('mali', 'Mali', 'country', ['Republic of Mali'], ['Malian', 'Malians', 'malien', 'malienne']),
    makeActor('burkina-faso', 'Burkina Faso', 'country', ['Burkina'], ['Burkinabe', 'Burkinabè', 'burkinabè']),
    makeActor('france', 'France', 'country', ['French Republic'], ['French', 'français', 'française']),
    makeActor('russia', 'Russia', 'country', ['Russian Federation'], ['Russian', 'Russians', 'russe']),
    makeActor('united-states', 'United States', 'country', ['US', 'USA', 'Washington'], ['American', 'Americans']),
    makeActor('ecowas', 'Economic Community of West African States', 'organization', ['ECOWAS', 'CEDEAO']),
    makeActor('african-union', 'African Union', 'organization', ['AU']),
    makeActor('aes', 'Alliance of Sahel States', 'organization', ['AES', 'Alliance des États du Sahel']),
    makeActor('mohamed-bazoum', 'Mohamed Bazoum', 'person', ['Bazoum']),
    makeActor('abdourahamane-tiani', 'Abdourahamane Tiani', 'person', ['Tiani', 'Abdourahmane Tchiani', 'Tchiani']),
    makeActor('assimi-goita', 'Assimi Goïta', 'person', ['Goïta']),
    makeActor('ibrahim-traore', 'Ibrahim Traoré', 'person', ['Traoré']),
    makeActor('bola-tinubu', 'Bola Tinubu', 'person', ['Tinubu']),
    makeActor('emmanuel-macron', 'Emmanuel Macron', 'person', ['Macron']),
    makeActor('vladimir-putin', 'Vladimir Putin', 'person', ['Putin']),
    makeActor('wagner', 'Wagner Group', 'armed-group', ['Wagner', 'Africa Corps']),
    makeActor('al-qaeda', 'al-Qaeda', 'armed-group', ['al-Qaida', 'AQIM']),
    makeActor('jnim', 'Jama’at Nusrat al-Islam wal-Muslimin', 'armed-group', ['JNIM']),
    makeActor('isgs', 'Islamic State in the Greater Sahara', 'armed-group', ['ISGS', 'Islamic State Sahel Province']),
    makeActor('cnsp', 'National Council for the Safeguard of the Homeland', 'organization', ['CNSP']),
    makeActor('niamey', 'Niamey', 'place'),
    makeActor('bamako', 'Bamako', 'place'),
    makeActor('ouagadougou', 'Ouagadougou', 'place'),
    makeActor('abuja', 'Abuja', 'place'),
    makeActor('tillaberi', 'Tillabéri', 'place', ['Tillaberi Region']),
    makeActor('agadez', 'Agadez', 'place'),
  ];
}

const FIRST = `Amadou Aissata Boubacar Mariam Moussa Fatouma Ibrahim Hadiza Abdoulaye Salamatou Ousmane Rakiatou
  Souleymane Zeinabou Mahamadou Halima Issoufou Ramatou Seydou Aminata Oumarou Hawa Hamidou Kadidiatou Adamou
  Bintou Idrissa Djeneba Mamadou Fanta Salifou Mariama Harouna Nafissa Lamine Safiatou Tidjani Habsatou Yacouba
  Rahila Jean Marie Pierre Claire Louis Sophie François Élodie Thierry Hélène Olivier Anne Sergei Olga Dmitri
  Natalia Yevgeny Irina Alexei Tatiana John Sarah Michael Emily David Laura Robert Helen Kwame Ama Chinedu Ngozi
  Emeka Adaeze Musa Zainab Aliyu Hauwa Ahmed Leila Omar Samira Hassan Nadia Karim Yasmine`.split(/\s+/);
const LAST = `Diallo Traoré Keïta Coulibaly Maïga Touré Sangaré Cissé Konaté Diarra Ouédraogo Sawadogo Kaboré Zongo
  Compaoré Sankara Issoufou Mahamadou Moumouni Hama Abdou Salifou Garba Boubacar Idrissa Ousmane Mody Tchiani
  Zeine Djibo Kountché Baré Tandja Wanké Ousmane Dupont Lefèvre Moreau Girard Fontaine Rousseau Blanchard
  Petrov Ivanov Smirnov Kuznetsov Volkov Sokolov Prigozhin Morozov Smith Johnson Carter Whitfield Okafor Adeyemi
  Okonkwo Bello Yusuf Abubakar Danjuma Obi Nwosu Mensah Asante Boateng El-Amin Ben-Ali Haddad Mansour Benali
  Kane Ndiaye Sow Fall Ba Sy Mbaye Gueye Faye Sarr Camara Kouyaté Sylla Bah Barry Dembélé Doumbia Sidibé
  Konaré Maïnassara Hamani Oumarou Seyni Ag-Ghaly Ag-Najem Ould-Mohamed Kouffa Sahraoui Belmokhtar`.split(/\s+/);
const TITLES = ['General', 'Colonel', 'President', 'Minister', 'Prime Minister', 'Ambassador', 'Captain', 'Sheikh', 'Commander'];
const SYLLABLES = `ta ma ni ga ko ou ba di sa fa la dou tal bé ré ya za kan gou ké mi tou ar ag lem bar ham dan
  wa si ra no gué zin der tes ab ka lo mé sé ti`.split(/\s+/);
const ORG_ADJ = ['National', 'Patriotic', 'Popular', 'Democratic', 'Republican', 'Islamic', 'United', 'Sovereign', 'Revolutionary', 'Federal'];
const ORG_NOUN = ['Council', 'Movement', 'Front', 'Union', 'Alliance', 'Committee', 'Coalition', 'Congress', 'Rally', 'Party', 'Agency', 'Commission'];
const ORG_GOAL = ['Liberation', 'Salvation', 'Defence', 'Unity', 'Restoration', 'Justice', 'Development', 'Safeguard', 'Renewal', 'Independence'];
const UNITS = ['Brigade', 'Battalion', 'Katiba', 'Militia', 'Self-Defence Group', 'Liberation Army', 'Vigilance Committee'];
const WORDS = `the a of to and in on for with that by from at as was is were said had has have after before against
  over under during while since about military government troops forces officials statement talks border security
  attack attacks convoy village region capital week day Monday Tuesday Wednesday Thursday Friday night morning
  junta coup sanctions aid election transition power president minister spokesman army soldiers police civilians
  people refugees camp mine uranium oil gold pipeline road bridge market prices food fuel electricity talks deal
  agreement ceasefire mission withdrawal deployment base drones aircraft helicopters weapons ammunition reporters
  sources according local international regional national new former senior several many some two three dozens
  hundreds thousands killed wounded arrested released displaced fled returned announced denied confirmed warned
  urged called rejected signed suspended resumed expelled accused claimed blamed welcomed condemned visited met
  also however still only already again later earlier now then there here where when which who whose their its
  his her our us we they he she it this these those not no more most less than very`.split(/\s+/);
const FRENCH = [
  'Le gouvernement a annoncé la suspension des accords de coopération militaire.',
  'Les autorités de transition ont rejeté les sanctions imposées par la communauté régionale.',
  'Selon des sources sécuritaires, une embuscade a fait plusieurs morts près de la frontière.',
  "L'armée affirme avoir neutralisé des dizaines de terroristes dans la zone des trois frontières.",
  'Des milliers de manifestants se sont rassemblés devant la base militaire étrangère.',
];
const VERBS = ['met', 'accused', 'warned', 'criticised', 'praised', 'signed an agreement with', 'held talks with', 'threatened', 'sanctioned', 'expelled the envoy of'];
const PLACES_PREP = ['in', 'near', 'outside', 'north of', 'south of', 'on the road to'];

/** Joins syllables into a plausible West African place name, capitalised. */
function placeName(rnd: Random): string {
  const n = 2 + Math.floor(rnd() * 3);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(rnd, SYLLABLES);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function acronym(words: string): string {
  return words
    .split(/[\s-]+/)
    .filter((w) => w.length > 3 || /^[A-Z]/.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** The seed actors plus synthetic people, places, organisations and armed groups until `forms` distinct surface forms exist. */
export function syntheticActors(forms: number, seed = 1): Actor[] {
  const rnd = seededRandom(seed);
  const actors = seedActors();
  const keys = new Set<string>();
  const claim = (texts: string[]): string[] =>
    texts.filter((t) => {
      const k = foldForMatch(t);
      if (keys.has(k)) return false;
      keys.add(k);
      return true;
    });
  for (const a of actors) claim([a.name, ...a.aliases.map((x) => x.text), ...a.demonyms.map((x) => x.text)]);
  let n = 0;
  while (keys.size < forms) {
    n++;
    const kind = rnd();
    if (kind < 0.45) {
      const first = pick(rnd, FIRST);
      const last = pick(rnd, LAST);
      const middle = pick(rnd, FIRST);
      const [name, ...aliases] = claim([`${first} ${middle} ${last}`, `${first} ${last}`, `${pick(rnd, TITLES)} ${first} ${last}`]);
      if (name) actors.push(makeActor(`person-${n}`, name, 'person', aliases));
    } else if (kind < 0.7) {
      const place = placeName(rnd);
      const [name, ...aliases] = claim([place, `${place} Region`, `Région de ${place}`]);
      if (name) actors.push(makeActor(`place-${n}`, name, 'place', aliases));
    } else if (kind < 0.9) {
      const full = `${pick(rnd, ORG_ADJ)} ${pick(rnd, ORG_NOUN)} for the ${pick(rnd, ORG_GOAL)} of ${placeName(rnd)}`;
      const [name, ...aliases] = claim([full, acronym(full)]);
      if (name) actors.push(makeActor(`org-${n}`, name, 'organization', aliases));
    } else {
      const full = `${placeName(rnd)} ${pick(rnd, UNITS)}`;
      const [name, ...aliases] = claim([full]);
      if (name) actors.push(makeActor(`group-${n}`, name, 'armed-group', aliases));
    }
  }
  return actors;
}

/** How a surface form may be written in a news text: separators, accents, possessives and capitals vary. */
function writeForm(rnd: Random, form: string): string {
  let s = form;
  const r = rnd();
  if (r < 0.03) s = s.replace(/ /, '\n');
  else if (r < 0.05) s = s.replace(/ /, '\u00A0');
  else if (r < 0.07) s = s.replace(/-/, rnd() < 0.5 ? ' ' : '–');
  else if (r < 0.1) s = s.normalize('NFD').replace(/\p{M}/gu, '');
  const p = rnd();
  if (p < 0.1) s += '’s';
  else if (p < 0.18) s += "'s";
  return s;
}

function sentenceCase(words: string[]): string {
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** About `chars` UTF-16 units of news-like text mentioning the given actors, seeded: same arguments, same text. */
export function newsCorpus(actors: readonly Actor[], chars: number, seed = 7): string {
  const rnd = seededRandom(seed);
  const seeds = actors.slice(0, seedActors().length);
  const formsOf = (a: Actor): string[] => [a.name, ...a.aliases.map((x) => x.text), ...a.demonyms.map((x) => x.text)];
  const mention = (): string => {
    const actor = rnd() < 0.6 ? pick(rnd, seeds) : pick(rnd, actors);
    return writeForm(rnd, pick(rnd, formsOf(actor)));
  };
  const filler = (min: number, max: number): string[] =>
    Array.from({ length: min + Math.floor(rnd() * (max - min)) }, () => pick(rnd, WORDS));
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    let paragraph: string;
    const r = rnd();
    if (r < 0.08) {
      paragraph = `${mention()} ${pick(rnd, VERBS)} ${mention()}`.toUpperCase();
    } else {
      const sentences: string[] = [];
      const count = 3 + Math.floor(rnd() * 5);
      for (let i = 0; i < count; i++) {
        const t = rnd();
        if (t < 0.35) sentences.push(`${mention()} ${pick(rnd, VERBS)} ${mention()} ${pick(rnd, PLACES_PREP)} ${mention()}, ${filler(4, 10).join(' ')}.`);
        else if (t < 0.6) sentences.push(`${sentenceCase(filler(5, 12))} ${mention()} ${filler(3, 9).join(' ')}.`);
        else if (t < 0.68) sentences.push(`${pick(rnd, FRENCH)} « ${mention()} », a déclaré un porte-parole ${pick(rnd, ['nigérien', 'malien', 'burkinabè', 'russe'])}.`);
        else if (t < 0.72) sentences.push(`Let us see what ${pick(rnd, ['Nigerian', 'Nigeria', 'us', 'US'])} officials say, ${filler(3, 8).join(' ')}.`);
        else sentences.push(`${sentenceCase(filler(10, 24))}.`);
      }
      paragraph = sentences.join(rnd() < 0.1 ? '\r\n' : ' ');
    }
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

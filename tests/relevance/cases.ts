// Queries written the way researchers ask, each with the passage it must find in the top 3.

export interface RelevanceCase {
  query: string;
  expected: string;
  kind: 'words' | 'name' | 'event' | 'date' | 'question' | 'misspelling' | 'phrase' | 'typography';
}

export const relevanceCases: RelevanceCase[] = [
  { kind: 'words', query: 'Camp Ashraf military base arms cash', expected: 'collaboration-with-saddam-criminal-record:3' },
  { kind: 'event', query: 'Tariq Aziz meeting January 1983 France', expected: 'revolutionary-diplomacy-costs-achievements:1' },
  { kind: 'words', query: 'inspectors presidential places', expected: 'rajavi-haboush-tapes:3' },
  { kind: 'words', query: 'believer beaten in the same place twice', expected: 'rajavi-haboush-tapes:11' },
  { kind: 'phrase', query: '"Brothers show themselves in hardship"', expected: 'rajavi-haboush-tapes:62' },
  { kind: 'phrase', query: '"the best defence is an attack"', expected: 'rajavi-haboush-tapes:46' },
  { kind: 'name', query: 'Khatami Mojahedin killed 11000', expected: 'rajavi-haboush-tapes:31' },
  { kind: 'words', query: 'private army to suppress Shias Kurds dissidents', expected: 'mek-alliance-with-former-iraqi-dictator:29' },
  { kind: 'event', query: 'plot to assassinate George Bush 1993', expected: 'mek-alliance-with-former-iraqi-dictator:55' },
  { kind: 'name', query: 'Ramzi Yousef Iraqi passport World Trade Center', expected: 'mek-alliance-with-former-iraqi-dictator:31' },
  { kind: 'name', query: 'Nahrawan camp Diyala Bridge', expected: 'mek-alliance-with-former-iraqi-dictator:32' },
  { kind: 'event', query: 'boycott and economic blockade of the Kurds', expected: 'mek-alliance-with-former-iraqi-dictator:15' },
  { kind: 'name', query: 'Tuz Khurmatu Turkmen homes', expected: 'mek-alliance-with-former-iraqi-dictator:13' },
  { kind: 'event', query: 'capture of Mehran Iraqi tanks', expected: 'mek-alliance-with-former-iraqi-dictator:65' },
  { kind: 'words', query: '15000 fighters small arms', expected: 'mek-alliance-with-former-iraqi-dictator:63' },
  { kind: 'name', query: 'Abdul Karim Lahiji lawyer', expected: 'mek-alliance-with-former-iraqi-dictator:12' },
  { kind: 'words', query: 'radio transmitter Iraqi passports Palestinian', expected: 'mek-alliance-with-former-iraqi-dictator:3' },
  { kind: 'date', query: 'Rajavi transferred to Iraq in 1986', expected: 'mek-alliance-with-former-iraqi-dictator:6' },
  { kind: 'name', query: 'Natanz Arak heavy water reactor', expected: 'all-mko-say-are-pure-lies:6' },
  { kind: 'name', query: 'Khodabandeh Iran-interlink', expected: 'all-mko-say-are-pure-lies:24' },
  { kind: 'words', query: 'human rights abuses solitary confinement torture', expected: 'all-mko-say-are-pure-lies:21' },
  { kind: 'event', query: 'Maryam Rajavi elected president 1990', expected: 'all-mko-say-are-pure-lies:23' },
  { kind: 'event', query: 'Palestine Hotel conference Baghdad tanks', expected: 'us-openly-supports-iranian-terrorists:1' },
  { kind: 'name', query: 'Wolfowitz monsters mass graves', expected: 'us-openly-supports-iranian-terrorists:6' },
  { kind: 'words', query: 'repatriate guantanamo prisoners', expected: 'americans-positive-stance-in-fighting-terrorism:1' },
  { kind: 'name', query: 'Jacques Chirac agreement French soil', expected: 'oh-where-have-the-terrorists-gone:8' },
  { kind: 'name', query: 'Rumsfeld biological chemical weapons', expected: 'oh-where-have-the-terrorists-gone:6' },
  { kind: 'words', query: 'pressure group lobbyist', expected: 'interview-with-uk-ambassador-to-tehran:4' },
  { kind: 'name', query: 'Rubaie Iraqi television ally of Saddam', expected: 'al-rubaie-put-the-mko-on-trial:2' },
  { kind: 'date', query: 'about 500 MKO members fled Ashraf since 2003', expected: 'three-mko-defectors-joined-their-families:3' },
  { kind: 'name', query: 'Firouzmand BBC Radio France', expected: 'whereabouts-of-mek-fugitive-war-criminal:3' },
  { kind: 'misspelling', query: 'strategic blow February 1982 urban gurilla', expected: 'revolutionary-diplomacy-costs-achievements:10' },
  { kind: 'misspelling', query: 'Nicholsen weapons of mass destruction video', expected: 'mek-alliance-with-former-iraqi-dictator:23' },
  { kind: 'misspelling', query: 'Khodabande Mojahedeen discredited group', expected: 'all-mko-say-are-pure-lies:24' },
  { kind: 'phrase', query: '"our fates have become one"', expected: 'rajavi-haboush-tapes:49' },
  { kind: 'question', query: 'When did the State Department add the MEK to its list of terrorist organizations?', expected: 'us-openly-supports-iranian-terrorists:2' },
  { kind: 'question', query: 'Who exploded the office of the Presidency?', expected: 'rajavi-haboush-tapes:31' },
  { kind: 'typography', query: "Saddam's death squads", expected: 'mek-alliance-with-former-iraqi-dictator:39' },
  { kind: 'typography', query: 'MEK\'s "strategic cul-de-sac"', expected: 'revolutionary-diplomacy-costs-achievements:13' },
  { kind: 'words', query: 'social factor negative response', expected: 'revolutionary-diplomacy-costs-achievements:8' },
  { kind: 'words', query: 'ideological revolution pseudo-religious closed sect', expected: 'revolutionary-diplomacy-costs-achievements:17' },
  { kind: 'name', query: 'Ben Wallace de-proscribe', expected: 'mek-alliance-with-former-iraqi-dictator:39' },
];

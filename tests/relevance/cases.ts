// Queries written the way researchers ask, each with the passage it must find in the top 3.

export interface RelevanceCase {
  query: string;
  /** The one passage that answers the query. */
  expected: string;
  kind:
    | 'words'
    | 'name'
    | 'event'
    | 'date'
    | 'question'
    | 'misspelling'
    | 'phrase'
    | 'quote'
    | 'word-form'
    | 'variant'
    | 'british-american'
    | 'compound'
    | 'author'
    | 'id'
    | 'typography'
    | 'filter';
  /** Exact filter values as the corpus states them (speaker `Rajavi`, type `transcript`, ISO dates). */
  filters?: { document?: string; speaker?: string; author?: string; type?: string; from?: string; to?: string };
}

export const relevanceCases: RelevanceCase[] = [
  // Topic words.
  { kind: 'words', query: 'Camp Ashraf military base arms cash', expected: 'collaboration-with-saddam-criminal-record:3' },
  { kind: 'words', query: 'inspectors presidential places', expected: 'rajavi-haboush-tapes:3' },
  { kind: 'words', query: 'believer beaten in the same place twice', expected: 'rajavi-haboush-tapes:11' },
  { kind: 'words', query: 'private army to suppress Shias Kurds dissidents', expected: 'mek-alliance-with-former-iraqi-dictator:29' },
  { kind: 'words', query: '15000 fighters small arms', expected: 'mek-alliance-with-former-iraqi-dictator:63' },
  { kind: 'words', query: 'radio transmitter Iraqi passports Palestinian', expected: 'mek-alliance-with-former-iraqi-dictator:3' },
  { kind: 'words', query: 'human rights abuses solitary confinement torture', expected: 'all-mko-say-are-pure-lies:21' },
  { kind: 'words', query: 'repatriate guantanamo prisoners', expected: 'americans-positive-stance-in-fighting-terrorism:1' },
  { kind: 'words', query: 'pressure group lobbyist', expected: 'interview-with-uk-ambassador-to-tehran:4' },
  { kind: 'words', query: 'social factor negative response', expected: 'revolutionary-diplomacy-costs-achievements:8' },
  {
    kind: 'words',
    query: 'ideological revolution pseudo-religious closed sect',
    expected: 'revolutionary-diplomacy-costs-achievements:17',
  },
  { kind: 'words', query: 'statement of Iraqi tribes leaders and Nejat Society', expected: 'pars-brief-issue-17:3' },
  { kind: 'words', query: 'seminar rights of child victims of terror', expected: 'pars-brief-issue-17:5' },
  { kind: 'words', query: 'Country Reports on Terrorism published annually', expected: 'collaboration-with-saddam-criminal-record:9' },

  // Names.
  { kind: 'name', query: 'Khatami Mojahedin killed 11000', expected: 'rajavi-haboush-tapes:31' },
  { kind: 'name', query: 'Ramzi Yousef Iraqi passport World Trade Center', expected: 'mek-alliance-with-former-iraqi-dictator:31' },
  { kind: 'name', query: 'Nahrawan camp Diyala Bridge', expected: 'mek-alliance-with-former-iraqi-dictator:32' },
  { kind: 'name', query: 'Tuz Khurmatu Turkmen homes', expected: 'mek-alliance-with-former-iraqi-dictator:13' },
  { kind: 'name', query: 'Abdul Karim Lahiji lawyer', expected: 'mek-alliance-with-former-iraqi-dictator:12' },
  { kind: 'name', query: 'Natanz Arak heavy water reactor', expected: 'all-mko-say-are-pure-lies:6' },
  { kind: 'name', query: 'Khodabandeh Iran-interlink', expected: 'all-mko-say-are-pure-lies:24' },
  { kind: 'name', query: 'Wolfowitz monsters mass graves', expected: 'us-openly-supports-iranian-terrorists:6' },
  { kind: 'name', query: 'Jacques Chirac agreement French soil', expected: 'oh-where-have-the-terrorists-gone:8' },
  { kind: 'name', query: 'Rumsfeld biological chemical weapons', expected: 'oh-where-have-the-terrorists-gone:6' },
  { kind: 'name', query: 'Rubaie Iraqi television ally of Saddam', expected: 'al-rubaie-put-the-mko-on-trial:2' },
  { kind: 'name', query: 'Firouzmand BBC Radio France', expected: 'whereabouts-of-mek-fugitive-war-criminal:3' },
  { kind: 'name', query: 'Ben Wallace de-proscribe', expected: 'mek-alliance-with-former-iraqi-dictator:39' },
  { kind: 'name', query: 'Claude Cheysson', expected: 'oh-where-have-the-terrorists-gone:5' },
  { kind: 'name', query: 'Ambassador Cofer Black', expected: 'mek-alliance-with-former-iraqi-dictator:42' },
  { kind: 'name', query: 'Ahmed Chalabi Iraqi National Congress', expected: 'mek-alliance-with-former-iraqi-dictator:60' },
  { kind: 'name', query: 'Hasan Rohani safeguards agreement', expected: 'all-mko-say-are-pure-lies:12' },
  { kind: 'name', query: 'Hamid-Reza Asefi weekly briefing', expected: 'british-embassy-denies-visit-of-mko-leader:7' },
  { kind: 'name', query: 'Qasem Baba Safari Hossein Janatinejad', expected: 'three-mko-defectors-joined-their-families:2' },
  { kind: 'name', query: 'Samad Eskandari Hadi Shabani testimony', expected: 'collaboration-with-saddam-criminal-record:13' },
  { kind: 'name', query: 'Mahan Abedin Asia Times', expected: 'whereabouts-of-mek-fugitive-war-criminal:2' },
  { kind: 'name', query: 'Bijan Nyabati NCRI', expected: 'revolutionary-diplomacy-costs-achievements:2' },
  { kind: 'name', query: 'Ali Hassan Al Majid Ezat Ebrahim', expected: 'rajavi-haboush-tapes:32' },
  { kind: 'name', query: 'James Lutz Global Terrorism book', expected: 'mek-alliance-with-former-iraqi-dictator:51' },
  { kind: 'name', query: 'Abu Musa and the Tunbs islands', expected: 'mek-alliance-with-former-iraqi-dictator:1' },
  { kind: 'name', query: 'Dalton Camp Ashraf', expected: 'interview-with-uk-ambassador-to-tehran:5' },

  // Events and dates.
  { kind: 'event', query: 'Tariq Aziz meeting January 1983 France', expected: 'revolutionary-diplomacy-costs-achievements:1' },
  { kind: 'event', query: 'plot to assassinate George Bush 1993', expected: 'mek-alliance-with-former-iraqi-dictator:55' },
  { kind: 'event', query: 'boycott and economic blockade of the Kurds', expected: 'mek-alliance-with-former-iraqi-dictator:15' },
  { kind: 'event', query: 'capture of Mehran Iraqi tanks', expected: 'mek-alliance-with-former-iraqi-dictator:65' },
  { kind: 'event', query: 'Maryam Rajavi elected president 1990', expected: 'all-mko-say-are-pure-lies:23' },
  { kind: 'event', query: 'Palestine Hotel conference Baghdad tanks', expected: 'us-openly-supports-iranian-terrorists:1' },
  { kind: 'event', query: 'National Liberation Army incursion into Iran 1988', expected: 'all-mko-say-are-pure-lies:17' },
  { kind: 'event', query: 'ceasefire signed between the MEK and CENTCOM', expected: 'mek-alliance-with-former-iraqi-dictator:43' },
  {
    kind: 'event',
    query: 'MEK forces surrendered to U.S. forces during the invasion',
    expected: 'us-openly-supports-iranian-terrorists:4',
  },
  { kind: 'event', query: 'France dismantled the group in 2002', expected: 'oh-where-have-the-terrorists-gone:9' },
  { kind: 'event', query: 'British terrorism law 2000 MKO illegal', expected: 'british-embassy-denies-visit-of-mko-leader:1' },
  { kind: 'date', query: 'Rajavi transferred to Iraq in 1986', expected: 'mek-alliance-with-former-iraqi-dictator:6' },
  { kind: 'date', query: 'about 500 MKO members fled Ashraf since 2003', expected: 'three-mko-defectors-joined-their-families:3' },
  { kind: 'date', query: 'Rajavi visited Saddam Hussein 17 June 1992', expected: 'all-mko-say-are-pure-lies:18' },
  { kind: 'date', query: 'armed march in Tehran 27 September 1981', expected: 'revolutionary-diplomacy-costs-achievements:8' },
  { kind: 'date', query: 'October 1982 Rajavi summing up the military phase', expected: 'revolutionary-diplomacy-costs-achievements:4' },
  { kind: 'date', query: 'Baroness Nicholson September 24 2002', expected: 'mek-alliance-with-former-iraqi-dictator:34' },
  { kind: 'date', query: 'Director of Central Intelligence report June 23 1988', expected: 'mek-alliance-with-former-iraqi-dictator:61' },
  { kind: 'date', query: 'MEK first public stance towards Iraq April 1980', expected: 'mek-alliance-with-former-iraqi-dictator:1' },
  { kind: 'date', query: 'Rajavi meeting in the years 1998-99', expected: 'rajavi-haboush-tapes:25' },

  // Half-remembered quotes: partial or paraphrased wording, unquoted.
  { kind: 'quote', query: 'what they tell the media is what the CIA feeds them', expected: 'all-mko-say-are-pure-lies:2' },
  { kind: 'quote', query: 'we had all this information and reported it to the Administration', expected: 'all-mko-say-are-pure-lies:9' },
  { kind: 'quote', query: 'became a darling of the Western press', expected: 'all-mko-say-are-pure-lies:6' },
  { kind: 'quote', query: 'afraid this sleep could become the last sleep', expected: 'rajavi-haboush-tapes:9' },
  { kind: 'quote', query: 'nobody used the word terrorist against us when we were in France', expected: 'rajavi-haboush-tapes:30' },
  { kind: 'quote', query: 'better that he is after more arms than sitting in Paris drinking', expected: 'rajavi-haboush-tapes:29' },
  { kind: 'quote', query: 'when we receive a blow it is to both of us', expected: 'rajavi-haboush-tapes:53' },
  { kind: 'quote', query: 'I cannot separate our interests from your interests', expected: 'rajavi-haboush-tapes:55' },
  { kind: 'quote', query: 'Iraq would not be on the maps of the world without the Baath Party', expected: 'rajavi-haboush-tapes:54' },
  { kind: 'quote', query: 'your security is as important to us as the security of the President', expected: 'rajavi-haboush-tapes:13' },
  { kind: 'quote', query: 'staging post for attacks against hostile regimes', expected: 'us-openly-supports-iranian-terrorists:5' },
  { kind: 'quote', query: 'burning down restaurants and cinemas', expected: 'oh-where-have-the-terrorists-gone:7' },
  { kind: 'quote', query: 'a surfing strategy to survive on', expected: 'revolutionary-diplomacy-costs-achievements:18' },
  { kind: 'quote', query: 'a more palatable image to international audiences', expected: 'collaboration-with-saddam-criminal-record:6' },
  { kind: 'quote', query: 'the United States does not negotiate with terrorists', expected: 'mek-alliance-with-former-iraqi-dictator:48' },
  { kind: 'quote', query: 'not a single gram of food into the Kurdish area', expected: 'mek-alliance-with-former-iraqi-dictator:19' },
  { kind: 'quote', query: 'could not be put with the general prisoner population', expected: 'mek-alliance-with-former-iraqi-dictator:50' },
  { kind: 'quote', query: 'Saddam abandoned the MKO to its fate', expected: 'mek-alliance-with-former-iraqi-dictator:53' },
  { kind: 'quote', query: 'a great mistake made by the British authorities', expected: 'british-embassy-denies-visit-of-mko-leader:9' },
  { kind: 'quote', query: 'no terrorist activity against Iran from British soil', expected: 'interview-with-uk-ambassador-to-tehran:7' },
  {
    kind: 'quote',
    query: 'those who committed no crimes should choose between returning to Iran or another country',
    expected: 'al-rubaie-put-the-mko-on-trial:4',
  },
  {
    kind: 'quote',
    query: 'the Red Cross is responsible for the fate of these people',
    expected: 'americans-positive-stance-in-fighting-terrorism:3',
  },
  {
    kind: 'quote',
    query: "Iraq's national security advisor criticized the presence of the MKO",
    expected: 'al-rubaie-put-the-mko-on-trial:1',
  },
  { kind: 'quote', query: 'even the US considers this group a terrorist organization', expected: 'al-rubaie-put-the-mko-on-trial:3' },
  { kind: 'quote', query: 'the Rajavis faced criticism and political fallout', expected: 'collaboration-with-saddam-criminal-record:16' },
  { kind: 'phrase', query: '"Brothers show themselves in hardship"', expected: 'rajavi-haboush-tapes:62' },
  { kind: 'phrase', query: '"the best defence is an attack"', expected: 'rajavi-haboush-tapes:46' },
  { kind: 'phrase', query: '"our fates have become one"', expected: 'rajavi-haboush-tapes:49' },

  // Word forms: the query inflects a word differently from the text, and that word is what singles the passage out.
  { kind: 'word-form', query: 'negotiations with Tariq Aziz', expected: 'revolutionary-diplomacy-costs-achievements:16' },
  { kind: 'word-form', query: 'Rajavi escape to Paris', expected: 'mek-alliance-with-former-iraqi-dictator:5' },
  { kind: 'word-form', query: 'defectors who escaped Ashraf camp', expected: 'three-mko-defectors-joined-their-families:2' },
  { kind: 'word-form', query: 'videos showing Saddam with Rajavi', expected: 'mek-alliance-with-former-iraqi-dictator:23' },
  { kind: 'word-form', query: 'MEK bombing in 1981', expected: 'us-openly-supports-iranian-terrorists:2' },
  { kind: 'word-form', query: 'Bush praising the MKO', expected: 'all-mko-say-are-pure-lies:8' },
  { kind: 'word-form', query: 'Bin Laden smuggled into Iran', expected: 'mek-alliance-with-former-iraqi-dictator:32' },
  { kind: 'word-form', query: 'Rajavi visits Saddam Hussein', expected: 'all-mko-say-are-pure-lies:18' },
  { kind: 'word-form', query: 'Saddam financing the MKO', expected: 'all-mko-say-are-pure-lies:4' },
  { kind: 'word-form', query: 'crushing the uprisings', expected: 'rajavi-haboush-tapes:68' },
  { kind: 'word-form', query: 'Iraq attacking Kuwait', expected: 'all-mko-say-are-pure-lies:20' },
  {
    kind: 'word-form',
    query: 'State Department lists the MEK as a foreign terrorist group',
    expected: 'mek-alliance-with-former-iraqi-dictator:59',
  },
  { kind: 'word-form', query: 'MEK checkpoints against the Kurds', expected: 'mek-alliance-with-former-iraqi-dictator:21' },
  { kind: 'word-form', query: 'Iraqi tribes leaders emphasize MKO expulsion', expected: 'pars-brief-issue-17:2' },

  // Spelling variants, British/American spellings and compounds: the corpus has one form, the query another.
  { kind: 'variant', query: 'Musa Khiabani', expected: 'revolutionary-diplomacy-costs-achievements:10' },
  { kind: 'variant', query: 'Massoud Khodabandeh', expected: 'all-mko-say-are-pure-lies:11' },
  { kind: 'variant', query: 'Maryam Rajavi third wife of Massoud', expected: 'all-mko-say-are-pure-lies:23' },
  {
    kind: 'variant',
    query: "Mas'oud Rajavi tried alongside Saddam as a war criminal",
    expected: 'mek-alliance-with-former-iraqi-dictator:29',
  },
  { kind: 'variant', query: 'Mujahedin activities in Britain', expected: 'interview-with-uk-ambassador-to-tehran:1' },
  { kind: 'variant', query: 'Mojahedin conference in Baghdad', expected: 'us-openly-supports-iranian-terrorists:1' },
  { kind: 'variant', query: 'Mojahedeen aggressive propaganda in Europe', expected: 'mek-alliance-with-former-iraqi-dictator:64' },
  { kind: 'variant', query: 'PMOI prisoner of war status', expected: 'us-openly-supports-iranian-terrorists:4' },
  { kind: 'british-american', query: 'air defense', expected: 'rajavi-haboush-tapes:22' },
  { kind: 'british-american', query: 'representative in the Ministry of Defense', expected: 'rajavi-haboush-tapes:20' },
  { kind: 'british-american', query: 'Defense Ministry IAEA', expected: 'all-mko-say-are-pure-lies:11' },
  { kind: 'british-american', query: 'your leadership and your organization', expected: 'rajavi-haboush-tapes:60' },
  { kind: 'british-american', query: 'political activities within international organizations', expected: 'rajavi-haboush-tapes:44' },
  { kind: 'british-american', query: 'Mr President honored all of them', expected: 'rajavi-haboush-tapes:27' },
  { kind: 'british-american', query: 'hard labour', expected: 'three-mko-defectors-joined-their-families:4' },
  { kind: 'compound', query: 'neoconservatives in the Pentagon', expected: 'oh-where-have-the-terrorists-gone:4' },
  { kind: 'compound', query: 'neocons at the Pentagon', expected: 'all-mko-say-are-pure-lies:4' },
  { kind: 'compound', query: 'co-operation with Iran against terrorism', expected: 'british-embassy-denies-visit-of-mko-leader:5' },
  { kind: 'compound', query: 'pressure to deproscribe', expected: 'mek-alliance-with-former-iraqi-dictator:39' },
  { kind: 'compound', query: 'Mojahedin teamhouse', expected: 'revolutionary-diplomacy-costs-achievements:12' },
  { kind: 'compound', query: 'counter-terrorism coordinator', expected: 'mek-alliance-with-former-iraqi-dictator:42' },
  { kind: 'compound', query: 'pseudoreligious sect', expected: 'revolutionary-diplomacy-costs-achievements:17' },
  { kind: 'compound', query: 'ceasefire between Iran and Iraq', expected: 'revolutionary-diplomacy-costs-achievements:13' },
  { kind: 'compound', query: 'Iranian counter-attack', expected: 'mek-alliance-with-former-iraqi-dictator:66' },
  { kind: 'compound', query: 'antiaircraft weapons', expected: 'us-openly-supports-iranian-terrorists:4' },

  // Misspellings.
  { kind: 'misspelling', query: 'strategic blow February 1982 urban gurilla', expected: 'revolutionary-diplomacy-costs-achievements:10' },
  { kind: 'misspelling', query: 'Nicholsen weapons of mass destruction video', expected: 'mek-alliance-with-former-iraqi-dictator:23' },
  { kind: 'misspelling', query: 'Khodabande Mojahedeen discredited group', expected: 'all-mko-say-are-pure-lies:24' },

  // Natural questions.
  {
    kind: 'question',
    query: 'When did the State Department add the MEK to its list of terrorist organizations?',
    expected: 'us-openly-supports-iranian-terrorists:3',
  },
  { kind: 'question', query: 'Who exploded the office of the Presidency?', expected: 'rajavi-haboush-tapes:31' },
  {
    kind: 'question',
    query: 'how many fighters did the National Liberation Army have',
    expected: 'mek-alliance-with-former-iraqi-dictator:63',
  },
  { kind: 'question', query: 'did the MEK kill Americans', expected: 'mek-alliance-with-former-iraqi-dictator:47' },
  { kind: 'question', query: 'when did Rajavi move to Iraq', expected: 'mek-alliance-with-former-iraqi-dictator:6' },
  { kind: 'question', query: "who was Rajavi's first wife?", expected: 'revolutionary-diplomacy-costs-achievements:10' },
  { kind: 'question', query: 'is Rajavi allowed to visit Britain?', expected: 'british-embassy-denies-visit-of-mko-leader:2' },
  { kind: 'question', query: 'why was Soleimanpour not released on bail?', expected: 'interview-with-uk-ambassador-to-tehran:3' },
  {
    kind: 'question',
    query: 'what did the British ambassador say about Camp Ashraf',
    expected: 'interview-with-uk-ambassador-to-tehran:5',
  },
  { kind: 'question', query: 'when was the MEK founded?', expected: 'us-openly-supports-iranian-terrorists:2' },
  { kind: 'question', query: 'did Saddam train MKO terrorists?', expected: 'mek-alliance-with-former-iraqi-dictator:35' },
  {
    kind: 'question',
    query: 'how many US legislators signed petitions supporting the MEK?',
    expected: 'oh-where-have-the-terrorists-gone:3',
  },
  {
    kind: 'question',
    query: 'how many tanks did the MEK have after the fall of Baghdad?',
    expected: 'mek-alliance-with-former-iraqi-dictator:58',
  },
  { kind: 'question', query: 'did the MEK help Bin Laden escape to Eastern Iran?', expected: 'mek-alliance-with-former-iraqi-dictator:31' },
  { kind: 'question', query: 'when was Saddam Hussein put on trial?', expected: 'mek-alliance-with-former-iraqi-dictator:26' },
  {
    kind: 'question',
    query: 'why do MEK leaders deny their cooperation with Saddam?',
    expected: 'collaboration-with-saddam-criminal-record:1',
  },
  {
    kind: 'question',
    query: 'how many former members of the MKO have returned to Iran with US help?',
    expected: 'americans-positive-stance-in-fighting-terrorism:4',
  },
  { kind: 'question', query: 'what did General Saber thank the National Liberation Army for?', expected: 'rajavi-haboush-tapes:41' },

  // Author names.
  { kind: 'author', query: 'Linaelin Camp Ashraf', expected: 'oh-where-have-the-terrorists-gone:4' },
  { kind: 'author', query: 'Linaelin Khomeini', expected: 'oh-where-have-the-terrorists-gone:7' },
  { kind: 'author', query: 'Bahar Irani Iraqi soil', expected: 'revolutionary-diplomacy-costs-achievements:14' },
  { kind: 'author', query: 'Safa Haeri Human Rights Watch', expected: 'all-mko-say-are-pure-lies:20' },
  { kind: 'author', query: 'Safa Haeri Maryam Rajavi', expected: 'all-mko-say-are-pure-lies:23' },
  { kind: 'author', query: 'Al-Asadi Camp Ashraf', expected: 'americans-positive-stance-in-fighting-terrorism:2' },

  // A passage id typed as the query.
  { kind: 'id', query: 'rajavi-haboush-tapes:31', expected: 'rajavi-haboush-tapes:31' },
  { kind: 'id', query: 'mek-alliance-with-former-iraqi-dictator:63', expected: 'mek-alliance-with-former-iraqi-dictator:63' },
  { kind: 'id', query: 'pars-brief-issue-17:6', expected: 'pars-brief-issue-17:6' },

  // Typography: straight, curly and grave-accent apostrophes, whichever the text has.
  { kind: 'typography', query: "Saddam's death squads", expected: 'mek-alliance-with-former-iraqi-dictator:39' },
  { kind: 'typography', query: 'MEK\'s "strategic cul-de-sac"', expected: 'revolutionary-diplomacy-costs-achievements:13' },
  { kind: 'typography', query: 'Saddam`s intelligence officers in Baghdad', expected: 'mek-alliance-with-former-iraqi-dictator:7' },
  { kind: 'typography', query: 'Rajavi`s former lawyer', expected: 'mek-alliance-with-former-iraqi-dictator:12' },
  { kind: 'typography', query: 'Saddam’s regime radio Baghdad', expected: 'mek-alliance-with-former-iraqi-dictator:3' },
  { kind: 'typography', query: 'Ba’athist regime positions merely propaganda', expected: 'mek-alliance-with-former-iraqi-dictator:2' },
  { kind: 'typography', query: "They're on Washington's side now", expected: 'oh-where-have-the-terrorists-gone:1' },
  { kind: 'typography', query: "Mas'oud Khodabandeh former senior officer", expected: 'all-mko-say-are-pure-lies:11' },

  // Filters.
  { kind: 'filter', query: 'best defence attack', filters: { speaker: 'General Saber' }, expected: 'rajavi-haboush-tapes:46' },
  { kind: 'filter', query: 'best attack defence', filters: { speaker: 'Abrishamchi' }, expected: 'rajavi-haboush-tapes:47' },
  { kind: 'filter', query: 'security of the President', filters: { speaker: 'Haboush' }, expected: 'rajavi-haboush-tapes:13' },
  { kind: 'filter', query: 'cease fire Kuwait', filters: { type: 'transcript' }, expected: 'rajavi-haboush-tapes:68' },
  { kind: 'filter', query: 'Tariq Aziz Rajavi', filters: { author: 'Linaelin' }, expected: 'oh-where-have-the-terrorists-gone:5' },
  { kind: 'filter', query: 'State Department report', filters: { author: 'Safa Haeri' }, expected: 'all-mko-say-are-pure-lies:18' },
  {
    kind: 'filter',
    query: 'Camp Ashraf disarmed',
    filters: { document: 'interview-with-uk-ambassador-to-tehran' },
    expected: 'interview-with-uk-ambassador-to-tehran:5',
  },
  { kind: 'filter', query: 'Camp Ashraf', filters: { speaker: 'Richard Dalton' }, expected: 'interview-with-uk-ambassador-to-tehran:5' },
  {
    kind: 'filter',
    query: 'MKO members return home Red Cross',
    filters: { type: 'news' },
    expected: 'three-mko-defectors-joined-their-families:3',
  },
  {
    kind: 'filter',
    query: 'Rajavi meeting Tariq Aziz France',
    filters: { from: '2006' },
    expected: 'revolutionary-diplomacy-costs-achievements:1',
  },
  { kind: 'filter', query: 'Rajavi war criminal', filters: { to: '2005-08-10' }, expected: 'whereabouts-of-mek-fugitive-war-criminal:3' },
];

// Towns in country-state-city whose names are also words copy uses for something else: English words
// (capitalized in title-case headlines and at sentence starts), given names, and the names of units,
// pipelines, outlets, rivers and people in the news. Found by checking every town name against an
// English word list and the names this corpus uses; a stopped name is never reported as a city.
export const STOPWORDS: ReadonlySet<string> = new Set([
  // English words
  "Balky", "Bile", "Chop", "Marks", "Mama", "Never", "Partizan", "Pasha", "Spas", "Star", "Vary",
  // given names
  "Anna", "Bohdan", "Elton", "Linda", "Nadezhda", "Nikita", "Olga", "Ramon", "Siva", "Sven", "Tara", "Vladimir",
  // people, units, outlets, pipelines, rivers, mountains, district names ("the city's Vostochny district")
  "Azov", "Chekhov", "Demidov", "Druzhba", "Elbrus", "Gagarin", "Kalevala", "Kama", "Khazar", "Kommunar", "Onega", "Pechora",
  "Pravda", "Pushkin", "Ural", "Volga", "Vostok", "Vostochny",
]);

/** Leaders and envoys who take part in contacts, with the spellings outlets use and their country. */
export interface Person {
  readonly name: string;
  readonly country: string;
  readonly re: RegExp;
}

const P = (name: string, country: string, pattern: string): Person => ({ name, country, re: new RegExp(`\\b(?:${pattern})\\b`, "u") });

export const PEOPLE: readonly Person[] = [
  P("Donald Trump", "US", "Trump"),
  P("JD Vance", "US", "Vance"),
  P("Marco Rubio", "US", "Rubio"),
  P("Steve Witkoff", "US", "Witkoff"),
  P("Jared Kushner", "US", "Kushner"),
  P("Keith Kellogg", "US", "Kellogg"),
  P("Dan Driscoll", "US", "Driscoll"),
  P("Pete Hegseth", "US", "Hegseth"),
  P("Joe Biden", "US", "Biden"),
  P("Vladimir Putin", "RU", "Putin|the Russian strongman|the Kremlin leader|the Russian leader|the Russian president"),
  P("Sergey Lavrov", "RU", "Lavrov"),
  P("Yuri Ushakov", "RU", "Ushakov"),
  P("Kirill Dmitriev", "RU", "Dmitriev"),
  P("Vladimir Medinsky", "RU", "Medinsky"),
  P("Dmitry Peskov", "RU", "Peskov"),
  P("Volodymyr Zelensky", "UA", "Zelensk(?:yy|yi|iy|y|i)|the Ukrainian leader|the Ukrainian president"),
  P("Andriy Yermak", "UA", "Yermak"),
  P("Rustem Umerov", "UA", "Umerov"),
  P("Andrii Sybiha", "UA", "Sybiha"),
  P("Kyrylo Budanov", "UA", "Budanov"),
  P("Keir Starmer", "GB", "Starmer"),
  P("Emmanuel Macron", "FR", "Macron"),
  P("Friedrich Merz", "DE", "Merz"),
  P("Olaf Scholz", "DE", "Scholz"),
  P("Giorgia Meloni", "IT", "Meloni"),
  P("Recep Tayyip Erdogan", "TR", "Erdo[gğ]an"),
  P("Hakan Fidan", "TR", "Fidan"),
  P("Xi Jinping", "CN", "Xi Jinping|Xi"),
  P("Narendra Modi", "IN", "Modi"),
  P("Viktor Orban", "HU", "Orb[aá]n"),
  P("Mark Rutte", "NATO", "Rutte"),
  P("Ursula von der Leyen", "EU", "von der Leyen"),
  P("Alexander Stubb", "FI", "Stubb"),
  P("Mohammed bin Salman", "SA", "bin Salman|MBS"),
  P("Alexander Lukashenko", "BY", "Lukashenko"),
  P("Antonio Guterres", "UN", "Guterres"),
  P("Pope Leo XIV", "VA", "Pope Leo"),
];

import { type Article, sentenceText } from "@salvo/core";
import { type Claimant, namedPersonIn } from "./claimants.ts";

// an interview's turns as printed: "Q: What happened this morning?" / "A: It was a combined strike …"
// (and spelled out: "Question: …" / "Answer: …")
const QUESTION = /^\W{0,2}(?:Q|Question)\s*[:.]\s/;
const ANSWER = /^\W{0,2}(?:A|Answer)\s*[:.]\s/;

/** Whether a paragraph's opening sentence is an interview's answer ("A: It was a combined strike …"). */
export const isAnswer = (text: string): boolean => ANSWER.test(text);

// a name as a headline introduces its speaker: two to four capitalised words ("Yurii Ihnat", "Mark Jones")
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}`;
// (his office before it, ending in an office's word: "Air Force spokesman", "military analyst")
const TITLE = String.raw`(?:[\p{L}'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|mayor|governor|head|chief|minister|commander|adviser|advisor|aide|analyst|expert|ambassador|president|secretary|official|pilot|gunner|officer)\s+`;
// the headline's clause that is about the one speaking: "<title> <Name> on …" or "<title> <Name>: …", heading the headline or
// its part after a colon or a quote ("\"They chose Christmas on purpose\": Air Force spokesman Yurii Ihnat on the year in the sky");
// not a name the headline is about ("Why Volodymyr Zelensky keeps asking for Patriots: a military analyst explains")
const HEADLINE_SPEAKER = new RegExp(String.raw`(?<=^|[:"“”]\s*)\W*(?:${TITLE})?(${NAME})(?:\s+on\s|\s*:\s)`, "gu");
// (a headline whose speaker is someone else it names by office alone: "… — an expert explains", "a military analyst answers")
const OTHER_SPEAKER = /\b(?:an?|our)\s+(?:[\p{L}-]+\s+)?(?:analyst|expert|correspondent|editor|reporter|historian|scholar)\b/iu;
// the standfirst's "We spoke to military analyst Mark Jones", "in an interview with …", "We spoke to him on Wednesday evening"
const SPOKE_TO = /\b(?:(?:spoke|talked)\s+(?:to|with)|interview\s+with)\s+(?:(him|her)\b)?/iu;

/** Who an interview's headline or standfirst says is the one speaking, else null (see interviewee). */
function introduced(headline: string, standfirst: string): Claimant | null {
  // (each such clause in turn: "Kyiv Independent: Yurii Ihnat on the year" names an outlet first)
  if (!OTHER_SPEAKER.test(headline)) for (const m of headline.matchAll(HEADLINE_SPEAKER)) {
    const person = namedPersonIn(m[1]!);
    if (person) return person;
  }
  const m = SPOKE_TO.exec(standfirst);
  if (!m) return null;
  // ("… explains on television what flew in overnight. We spoke to him": the one his paragraph names; else the one named next)
  const paragraphStart = standfirst.lastIndexOf("\n", m.index) + 1;
  if (m[1]) return namedPersonIn(standfirst.slice(paragraphStart, m.index));
  return namedPersonIn(standfirst.slice(m.index + m[0].length).split(/[.;\n]/)[0]!);
}

/**
 * The one an interview printed as questions and answers speaks through: who its headline introduces as speaking ("Air Force
 * spokesman Yurii Ihnat on the year in the sky"), else its opening (before the first question) says it spoke to ("We spoke to
 * military analyst Mark Jones"). The answers are his words, figures and all, though no line of them says "he said". Null for an
 * article that is not such an interview (two questions and two answers at least, each opening its paragraph), whose headline
 * only names someone it is about, or that names no one of a known side.
 */
export function interviewee(article: Article, headline: string): Claimant | null {
  const openings = new Map<number, string>();
  for (const s of article.sentences) if (!openings.has(s.paragraph)) openings.set(s.paragraph, sentenceText(article, s));
  const turns = [...openings.values()];
  if (turns.filter((t) => QUESTION.test(t)).length < 2 || turns.filter(isAnswer).length < 2) return null;
  const questionParagraph = [...openings].find(([, t]) => QUESTION.test(t))?.[0];
  const firstQuestion = article.sentences.find((s) => s.paragraph === questionParagraph);
  if (!firstQuestion) return null;
  return introduced(headline, article.text.slice(0, firstQuestion.start));
}

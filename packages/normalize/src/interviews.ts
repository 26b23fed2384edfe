import { type Article, sentenceText } from "@salvo/core";
import { type Claimant, namedPersonIn } from "./claimants.ts";

// an interview's turns as printed: "Q: What happened this morning?" / "A: It was a combined strike …"
// (and spelled out: "Question: …" / "Answer: …")
const QUESTION = /^\W{0,2}(?:Q|Question)\s*[:.]\s/;
const ANSWER = /^\W{0,2}(?:A|Answer)\s*[:.]\s/;

/** Whether a paragraph's opening sentence is an interview's answer ("A: It was a combined strike …"). */
export const isAnswer = (text: string): boolean => ANSWER.test(text);

/**
 * The one an interview printed as questions and answers speaks through: who its headline names (else its opening, before the
 * first question), as "Air Force spokesman Yurii Ihnat on the year in the sky" does. The answers are his words, figures and all,
 * though no line of them says "he said". Null for an article that is not such an interview (two questions and two answers at
 * least, each opening its paragraph) or names no one of a known side.
 */
export function interviewee(article: Article, headline: string): Claimant | null {
  const openings = new Map<number, string>();
  for (const s of article.sentences) if (!openings.has(s.paragraph)) openings.set(s.paragraph, sentenceText(article, s));
  const turns = [...openings.values()];
  if (turns.filter((t) => QUESTION.test(t)).length < 2 || turns.filter(isAnswer).length < 2) return null;
  const questionParagraph = [...openings].find(([, t]) => QUESTION.test(t))?.[0];
  const firstQuestion = article.sentences.find((s) => s.paragraph === questionParagraph);
  if (!firstQuestion) return null;
  return namedPersonIn(headline) ?? namedPersonIn(article.text.slice(0, firstQuestion.start));
}

/**
 * `read`, a pure function of a text, remembering its last few answers. One sentence is asked the same question by several
 * readers in turn (the hour of its blast by the morning test, the afternoon test and the figure's date; its copy with the
 * report's time blanked out in between), and some questions run a pattern over the whole sentence.
 * Only for answers nobody can change (a number, a string, null).
 */
export function recentAnswers<T extends string | number | boolean | null>(read: (text: string) => T, size = 4): (text: string) => T {
  const texts: string[] = [];
  const answers: T[] = [];
  let next = 0;
  return (text: string): T => {
    const i = texts.indexOf(text);
    if (i >= 0) return answers[i]!;
    const answer = read(text);
    texts[next] = text;
    answers[next] = answer;
    next = (next + 1) % size;
    return answer;
  };
}

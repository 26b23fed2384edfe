/**
 * A contact named again by a definite noun and no partner of its own ("the call", "Scholz's call", "the summit"): one the text told
 * before, not a new one with whoever the sentence names beside it.
 */

// (the noun's own words before it: "the", "that", "this" or a person's possessive, and a few that tell the same contact again)
const RETOLD_BEFORE = /(?:\b(?:[Tt]he|[Tt]hat|[Tt]his|(?:last\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)|\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(\p{Lu}[\p{L}'’-]+)['’]s)\s+(?:(?:phone|telephone|video|hour-long|[\p{L}\d]+-(?:minute|hour)|latest|recent|weekend)\s+){0,2}$/u;
// (no partner after it: not "the call with Putin", "the talks between …", "the meeting of defence ministers", "Scholz's visit to Kyiv")
const RETOLD_NOUN = /^(?:call|conversation|talks|meeting|summit)\b(?!\s+(?:with|between|to|of|in\s+\p{Lu}|on\s+\p{Lu}|at\s+\p{Lu})\b)/u;

/** Whether the cue at `at` is a contact named again (see above); with the surname that owns it, when a possessive does, and where the noun ends. */
export function retoldAt(text: string, cueAt: number): { owner: string | null; end: number } | null {
  // (a cue may start at the possessive's ending: "Scholz's call")
  const at = cueAt + (/^['’]s\s+/.exec(text.slice(cueAt))?.[0].length ?? 0);
  const noun = RETOLD_NOUN.exec(text.slice(at));
  const m = noun ? RETOLD_BEFORE.exec(text.slice(Math.max(0, at - 50), at)) : null;
  return m ? { owner: m[1] ?? null, end: at + noun![0].length } : null;
}

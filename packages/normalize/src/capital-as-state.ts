/**
 * A capital named for the state it governs, not as a place: "accused Moscow of returning to its tactics", "dismissing Moscow's
 * claim that an interceptor was to blame", "Moscow, for its part, warned …", "the Moscow-installed head of Crimea", "a claim
 * Kyiv rejected". Copy uses the two capitals this way as often as for the cities; such a mention is where no weapon fell, and
 * read as one it sets a barrage's toll apart from its other reports (a strike "on Moscow" inside Russia's own barrage on Ukraine).
 */
export const CAPITALS = /^(?:Moscow|Kyiv)$/;

// (what a government does, not what befalls a city: "Moscow warned", "Kyiv rejected"; never "Kyiv woke to", "Moscow was hit".
// Its words alone, "Moscow said", are read where nothing stands between, see SPEAKS_AFTER in extract.ts)
const STATE_VERB =
  "accused|accuses|warned|warns|blamed|blames|rejected|rejects|dismissed|dismisses|disputed|disputes|pulled|pulls|switched|shifted|stepped|escalated|announced|announces|threatened|threatens|demanded|demands|condemned|condemns|admitted|acknowledged|vowed|retaliated|refused|refuses|maintains|maintained|argued|argues|considers|regards|wants|wanted|hopes|hoped|agreed|agrees|signed|summoned|expelled";
/** The capital, an aside or an auxiliary after it, then what the state did: "Moscow, for its part, warned", "Kyiv has rejected". */
const DOES_AFTER = new RegExp(`^[\\p{L}'’]+(?:\\s*,\\s*(?:for\\s+its\\s+(?:own\\s+)?part|in\\s+(?:turn|response|return)|however|meanwhile|though|too|by\\s+contrast),)?\\s+(?:(?:has|had|have|also|then|later|earlier|again|quickly|repeatedly|long|never|swiftly)\\s+)*(?:${STATE_VERB})\\b`, "iu");
/** What the state holds or says, after its possessive: "Moscow's claim", "Kyiv's forces" (not "Moscow's airports", "Kyiv's mayor"). */
const STATES_OWN = /^[\p{L}]+['’]s\s+(?:own\s+)?(?:claims?|words|version|account|denials?|position|demands?|forces|troops|army|war|invasion|aggression|propaganda|narrative|statements?|assertions?|allegations?|accusations?|explanation|refusal|proposals?|terms|intentions|strategy|tactics|envoys?|negotiators|delegation|diplomats)\b/iu;
/** Set up by the state: "the Moscow-installed head of Crimea", "Kyiv-controlled territory". */
const STATE_HYPHENATED = /^[\p{L}]+-(?:installed|backed|appointed|controlled|allied|friendly|led|imposed|annexed|occupied|held)\b/iu;
/** The state as the object of a charge or an appeal: "accused Moscow of", "blamed Kyiv for", "urged Moscow to", "called on Kyiv to". */
const CHARGED_BEFORE = /\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|warn(?:s|ed|ing)?|sanction(?:s|ed|ing)?|condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing))\s+$/i;

/** ("Officials in Kharkiv said", "the mayor of Kyiv warned": the place of whoever speaks, still a place) */
export const PLACE_OF_SPEAKER = /\b(?:in|of|from|at|near|for)\s+(?:the\s+)?$/i;

/** Whether the capital named at `at` of `text` stands for its government ("accused Moscow of …"), not for the city. */
export function capitalAsState(text: string, at: number, name: string): boolean {
  if (!CAPITALS.test(name)) return false;
  const after = text.slice(at, at + 80);
  return (DOES_AFTER.test(after) && !PLACE_OF_SPEAKER.test(text.slice(Math.max(0, at - 12), at))) || STATES_OWN.test(after) || STATE_HYPHENATED.test(after) || CHARGED_BEFORE.test(text.slice(Math.max(0, at - 30), at));
}

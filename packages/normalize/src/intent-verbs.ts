/**
 * The verbs by which someone means to do a thing not done yet ("promised to visit Kyiv", "intends to call Putin", "hopes to meet
 * Zelensky"), as a regex alternation: each reader that tells a contact meant from one held adds the words its own grammar needs
 * ("planned", "expected", "agreed", …), so a verb newly met by all of them is added here once.
 */
export const INTENT_VERBS = "promised|promises|intends?|intended|intending|plans?|planning|wants?|hopes?|hoped";

/**
 * The auxiliaries a verb phrase opens with, listed once. Each reader builds the set its grammar reads from these (a past
 * passive after a weapon's count, "was shot down"; any finite opening of a clause's own predicate, "will remain") and adds the
 * adverbs it has met between the auxiliary and the verb, so a form newly met is added here, not to each reader's copy.
 */

/** The present forms of "be": "are in hospital", "is injured". */
export const PRESENT_BE = ["is", "are"] as const;
/** The past forms of "be": "were killed", "was shot down". */
export const PAST_BE = ["was", "were"] as const;
export const BE = [...PRESENT_BE, ...PAST_BE] as const;
/** The forms of "have" that open a perfect: "have been evacuated", "had died". */
export const HAVE = ["has", "have", "had"] as const;
/** The modals, a predicate's first word: "will remain", "could not". */
export const MODALS = ["will", "would", "could", "can", "must", "may"] as const;
/** The forms of "do": "did not". */
export const DO = ["do", "does", "did"] as const;
/** Adverbs that stand between an auxiliary and its verb: "was also hit", "had reportedly been", "were later taken". */
export const VERB_ADVERBS = ["also", "later", "reportedly"] as const;

/**
 * The auxiliaries of a past passive told after a count, singular or plural ("was", "were", "has been", "had also been") and the
 * adverbs among them: read by pastAuxiliaries (cues.ts) and by the partner of a struck pair (struck-pair.ts). (Not the present nor
 * "have": no reader has measured them there.)
 */
export const PAST_PASSIVE = [...PAST_BE, "has", "had", "been", ...VERB_ADVERBS] as const;

/** A pattern that takes one whole word of the lists given. */
export const wordOf = (...lists: readonly (readonly string[])[]): RegExp => new RegExp(`^(?:${lists.flat().join("|")})$`);

// The whole-word sets more than one reader asks for, built once here (each a plain, non-global pattern, so shared safely).
/** "was", "were". */
export const PAST_BE_WORD = wordOf(PAST_BE);
/** "has", "have", "had". */
export const HAVE_WORD = wordOf(HAVE);
/** "was", "were", "has", "have", "had": a past predicate's first word. */
export const PAST_BE_OR_HAVE = wordOf(PAST_BE, HAVE);
/** "was", "were", "been": the word before a past passive's participle. */
export const PAST_BE_OR_BEEN = wordOf(PAST_BE, ["been"]);
/** Any finite form of "be", "been" and the infinitive "be": "which had been fired", "to be hit". */
export const BE_OR_BEEN_BE = wordOf(BE, ["been", "be"]);
/** Any finite form of "be", "been" and "being": "was being hit", "had been struck". */
export const BE_OR_BEEN_BEING = wordOf(BE, ["been", "being"]);

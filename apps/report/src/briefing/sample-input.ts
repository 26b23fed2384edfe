import type { BriefingInput } from "./context.ts";
import { claim, contact, source, strike } from "./test-records.ts";

/**
 * A small week of the air war, written by hand for the tests: four strikes (one with the sides
 * disagreeing on casualties, one with injuries given only as "dozens"), two diplomatic contacts,
 * four used sources (one with a Cyrillic headline) and one skipped file.
 */
export function sampleInput(): BriefingInput {
  return {
    now: "2025-07-11",
    strikes: [
      strike({
        event_id: "ev_record_0709",
        date_start: "2025-07-08",
        date_end: "2025-07-09",
        places: ["Lutsk", "Kyiv", "Lviv"],
        launched_ua: 728, launched_best: 728, launched_low: 728, launched_high: 728,
        shot_down_ua: 296, shot_down_best: 296, shot_down_low: 296, shot_down_high: 296,
        jammed_ua: 415, jammed_best: 415, jammed_low: 415, jammed_high: 415,
        claim_count: 3,
        article_ids: ["ukrinform-2025-07-09"],
      }),
      strike({
        event_id: "ev_kyiv_0704",
        weapon: "mixed",
        date_start: "2025-07-03",
        date_end: "2025-07-04",
        places: ["Kyiv"],
        launched_ua: 550, launched_best: 550, launched_low: 550, launched_high: 550,
        neutralized_ua: 478, neutralized_best: 478, neutralized_low: 478, neutralized_high: 478,
        killed_ua: 2, killed_best: 2, killed_low: 2, killed_high: 2,
        injured_ua: 23, injured_best: 23, injured_low: 23, injured_high: 23,
        claim_count: 4,
        article_ids: ["pravda-2025-07-04"],
      }),
      strike({
        event_id: "ev_training_0705",
        weapon: "missile",
        date_start: "2025-07-05",
        date_end: "2025-07-05",
        date_precision: "day",
        places: ["Dnipropetrovsk Oblast"],
        killed_ua: 12, killed_ru: 150, killed_best: 12, killed_low: 12, killed_high: 150,
        disputed: true,
        claim_count: 3,
        source_count: 2,
        article_ids: ["kyivindependent-2025-07-10", "tass-2025-07-07"],
      }),
      strike({
        event_id: "ev_bryansk_0707",
        attacker: "UA",
        target_country: "RU",
        date_start: "2025-07-06",
        date_end: "2025-07-07",
        places: ["Bryansk Oblast", "Kursk Oblast"],
        shot_down_ru: 120, shot_down_best: 120, shot_down_low: 120, shot_down_high: 120,
        article_ids: ["tass-2025-07-07"],
      }),
    ],
    claims: [
      claim({
        claim_id: "cl_01", event_id: "ev_record_0709", article_id: "ukrinform-2025-07-09", published: "2025-07-09",
        claimant: "Ukrainian Air Force", claimant_side: "UA", metric: "launched", value: 728, value_text: "728",
        quote: "Russia launched 728 Shahed-type drones and decoys against Ukraine overnight, the Air Force said.",
        quote_start: 120, date_start: "2025-07-08", date_end: "2025-07-09",
      }),
      claim({
        claim_id: "cl_02", event_id: "ev_record_0709", article_id: "ukrinform-2025-07-09", published: "2025-07-09",
        claimant: "Ukrainian Air Force", claimant_side: "UA", metric: "shot_down", value: 296, value_text: "296",
        quote: "Air defence units shot down 296 drones", quote_start: 260,
      }),
      claim({
        claim_id: "cl_03", event_id: "ev_record_0709", article_id: "ukrinform-2025-07-09", published: "2025-07-09",
        claimant: "Ukrainian Air Force", claimant_side: "UA", metric: "jammed", value: 415, value_text: "415",
        quote: "another 415 were lost to electronic warfare", quote_start: 300,
      }),
      claim({
        claim_id: "cl_04", event_id: "ev_kyiv_0704", article_id: "pravda-2025-07-04", published: "2025-07-04",
        claimant: "Ukrainian Air Force", claimant_side: "UA", metric: "launched", value: 550, value_text: "550",
        weapon: "mixed", quote: "In total, the enemy used 550 means of air attack: 539 drones and 11 missiles.", quote_start: 40,
      }),
      claim({
        claim_id: "cl_05", event_id: "ev_kyiv_0704", article_id: "pravda-2025-07-04", published: "2025-07-04",
        claimant: "Ukrainian Air Force", claimant_side: "UA", metric: "neutralized", value: 478, value_text: "478",
        weapon: "mixed", quote: "478 targets were neutralized", quote_start: 140,
      }),
      claim({
        claim_id: "cl_06", event_id: "ev_kyiv_0704", article_id: "pravda-2025-07-04", published: "2025-07-04",
        claimant: "Kyiv City Military Administration", claimant_side: "UA", metric: "killed", value: 2, value_text: "two",
        weapon: "mixed", quote: "Two people were killed in Kyiv, the city military administration said.", quote_start: 200,
      }),
      claim({
        claim_id: "cl_07", event_id: "ev_kyiv_0704", article_id: "pravda-2025-07-04", published: "2025-07-04",
        claimant: "Kyiv City Military Administration", claimant_side: "UA", metric: "injured", value: 23, value_text: "23",
        weapon: "mixed", quote: "23 people were injured", quote_start: 280,
      }),
      claim({
        claim_id: "cl_08", event_id: "ev_training_0705", article_id: "kyivindependent-2025-07-10", published: "2025-07-10",
        claimant: "Ukrainian Ground Forces", claimant_side: "UA", metric: "killed", value: 12, value_text: "12",
        weapon: "missile", quote: "The Ground Forces said 12 servicemen were killed in the strike on a training ground.", quote_start: 900,
      }),
      claim({
        claim_id: "cl_09", event_id: "ev_training_0705", article_id: "kyivindependent-2025-07-10", published: "2025-07-10",
        claimant: "Ukrainian Ground Forces", claimant_side: "UA", metric: "injured", value: null, value_text: "dozens",
        qualifier: "vague", weapon: "missile", quote: "dozens more were wounded", quote_start: 985,
      }),
      claim({
        claim_id: "cl_10", event_id: "ev_training_0705", article_id: "tass-2025-07-07", published: "2025-07-07",
        claimant: "Russian Ministry of Defence", claimant_side: "RU", metric: "killed", value: 150, value_text: "up to 150",
        qualifier: "at_most", weapon: "missile",
        quote: "Up to 150 servicemen, including foreign instructors, were eliminated, the Defence Ministry said.", quote_start: 610,
      }),
      claim({
        claim_id: "cl_11", event_id: "ev_bryansk_0707", article_id: "tass-2025-07-07", published: "2025-07-07",
        claimant: "Russian Ministry of Defence", claimant_side: "RU", metric: "shot_down", value: 120, value_text: "120",
        attacker: "UA", target_country: "RU",
        quote: "On-duty air defence systems intercepted and destroyed 120 Ukrainian unmanned aerial vehicles overnight.", quote_start: 0,
      }),
    ],
    diplomacy: [
      contact({
        event_id: "dp_call_0703", kind: "phone_call", date: "2025-07-03",
        participants: ["Donald Trump", "Vladimir Putin"], article_id: "pravda-2025-07-04",
        quote: "hours after Donald Trump and Vladimir Putin spoke by phone on Thursday",
      }),
      contact({
        event_id: "dp_meeting_0710", kind: "meeting", date: "2025-07-10", place: "Rome",
        participants: ["Keith Kellogg", "Volodymyr Zelensky"], article_id: "kyivindependent-2025-07-10",
        quote: "Zelensky met U.S. envoy Keith Kellogg in Rome on July 10",
      }),
    ],
    sources: [
      source({
        article_id: "pravda-2025-07-04", outlet: "Ukrainska Pravda", published: "2025-07-04", claim_count: 4,
        headline: "Масована атака на Київ: двоє загиблих, 23 поранені",
        url: "https://www.pravda.com.ua/news/2025/07/04/7519900/",
      }),
      source({
        article_id: "tass-2025-07-07", outlet: "TASS", published: "2025-07-07", claim_count: 2,
        headline: "Air defenses destroy 120 Ukrainian drones over Russian regions overnight",
        url: "https://tass.com/politics/1984512",
      }),
      source({
        article_id: "ukrinform-2025-07-09", outlet: "Ukrinform", published: "2025-07-09", claim_count: 3,
        headline: "Russia launches record 728 drones at Ukraine overnight, Air Force says",
        url: "https://www.ukrinform.net/rubric-ato/4012345-russia-launches-record-728-drones-at-ukraine.html",
      }),
      source({
        article_id: "kyivindependent-2025-07-10", outlet: "The Kyiv Independent", published: "2025-07-10", claim_count: 2,
        headline: "Zelensky meets Kellogg in Rome as Russia escalates strikes",
        url: "https://kyivindependent.com/zelensky-meets-kellogg-in-rome/",
      }),
      source({
        article_id: "scan-0412", status: "skipped", reason_code: "BINARY", reason: "file is not text (a scanned PDF)",
        published_from: null,
      }),
    ],
  };
}

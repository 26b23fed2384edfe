import { ClaimRecord, IsoDate } from "@salvo/core";
const qs = ClaimRecord.shape.quote_start, qe = ClaimRecord.shape.quote_end;
console.log(qs.def.checks?.map((c) => c._zod.def), qe.def.checks?.map((c) => c._zod.def), qe.minValue, qe._zod.bag.minimum, qe._zod.bag.exclusiveMinimum, qs._zod.bag.format);
console.log(IsoDate.def.checks?.map((c) => c._zod.def), IsoDate._zod.bag.patterns, ClaimRecord.shape.claim_id.minLength);
console.log(ClaimRecord.shape.value.unwrap().def.checks?.map((c) => c._zod.def));

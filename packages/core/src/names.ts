/** A name with its accents taken off, for telling "Andrej Plenković" and "Andrej Plenkovic" apart from other people, not from each other. */
// (module level: tsx compiles a regex literal with \p{…} outside a class into `new RegExp(…)`, built anew at every evaluation)
const MARKS = /\p{M}/gu;
export const unaccented = (name: string): string => name.normalize("NFD").replace(MARKS, "");

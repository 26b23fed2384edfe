/** A name with its accents taken off, for telling "Andrej Plenković" and "Andrej Plenkovic" apart from other people, not from each other. */
export const unaccented = (name: string): string => name.normalize("NFD").replace(/\p{M}/gu, "");

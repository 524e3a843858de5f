// Lists of choices the UI offers (a select's options) mirror Rust enums whose TypeScript unions
// are generated (../bindings.ts). `everyMember` ties each list to its union.

/**
 * Proves at compile time that `list` names every member of the union `T` (and nothing else), so
 * a list of choices the UI shows cannot drift from the Rust enum it mirrors:
 * `export const SEXES = everyMember<Sex>()(['female', 'male', 'other']);`
 * A missing member is a type error that names it (`{ missing: 'other' }`).
 */
export const everyMember =
  <T extends string>() =>
  <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L =>
    list;

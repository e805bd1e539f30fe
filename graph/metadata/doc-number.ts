// The shape of a 文号 after its issuer's abbreviation: a bracketed year and a number (〔2023〕11号, (2021)12号 as a site
// prints it, [2020] 20号 with spaces, 【2019】3号). One pattern for every reader of 文号: the document's metadata, its
// title when it has none, and the jurisdiction its prefix names — each adds only what precedes the tail.
export const DOC_NUMBER_TAIL = '\\s*[〔(（\\[［【]\\s*(?:19|20)\\d{2}\\s*[〕)）\\]］】]\\s*\\d{1,4}\\s*号';

#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

/// Lower-cases and strips French diacritics (é→e, œ→oe...) so that search ignores them.
std::string fold_for_search(std::string_view text);

/// The words of a search query, folded, at most `max_terms` of them.
std::vector<std::string> search_terms(std::string_view query, std::size_t max_terms = 8);

/// Number of Unicode code points in valid UTF-8 (for length limits that a person understands).
std::size_t utf8_length(std::string_view text);

/// The first `max` code points of valid UTF-8 `text`, with "…" when some were cut.
std::string utf8_shortened(std::string_view text, std::size_t max);

/// True when `text` is well-formed UTF-8 (Unicode §3.9, table 3-7: no overlong form, no
/// surrogate, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text);

/// A whole number with its thousands apart as French writes them in plain text: "2 600 000"
/// (ASCII spaces, so a terminal and a CSV cell show them alike).
std::string format_thousands(long long n);

/// A number as French writes it in a document: decimal comma, up to six significant digits,
/// thousands apart ("2,5", "1 250", "0,125").
std::string french_number(double value);

/// Euro cents as a French amount: "12 500 €", "1 250,50 €" (cents only when there are some).
std::string french_euros(long long cents);

/// True for a telephone number as people write it: digits with spaces, dots, hyphens, a leading
/// "+" and parentheses ("04 92 70 34 00", "+33 (0)4 92 70 34 00", "17"), 2 to 15 digits (ITU-T
/// E.164 caps a number at 15).
bool is_phone_number(std::string_view text);

/// What a refused telephone number is told.
inline constexpr const char* kPhoneNumberRule =
    "Numéro de téléphone invalide : 2 à 15 chiffres, avec espaces, points, tirets, parenthèses "
    "et « + » en tête.";

/// True for "YYYY-MM-DD" naming a real calendar day.
bool is_iso_date(std::string_view text);

/// A short closed list of codes as one stored text: "frequency,axis" ↔ {"frequency", "axis"}
/// (codes never hold a comma); "" ↔ {}.
std::vector<std::string> split_codes(const std::string& text);
std::string join_codes(const std::vector<std::string>& codes);

/// A file name every system keeps: "Les Pennes-Mirabeau" → "les-pennes-mirabeau" (accents
/// folded, anything else than a–z and 0–9 one dash); "territoire" when nothing is left.
std::string slug(std::string_view name);

/// "1 réunion tenue", "0 réunion tenue", "4 réunions tenues": French takes the singular for 0 and
/// 1.
std::string counted(long long n, std::string_view one, std::string_view many);

/// The word for a stored code from a code → word table, or the code itself when the table has
/// none (a code newer than the table still shows).
std::string word_for(const std::map<std::string_view, std::string_view>& words,
                     std::string_view code);

}  // namespace vigie

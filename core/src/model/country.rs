//! Countries for pickers and validation: ISO 3166-1 alpha-2 codes with English names.
//!
//! Generated from `lists.json` of the domain notes (INTERPOL member countries, 196, composition
//! derived, not copied from an official list: see `docs/domain-sources.md`), plus four places
//! people hold nationality of that are not INTERPOL members. The UI shows names in its own
//! language through `Intl.DisplayNames`; these English names serve the CLI and exports.

/// A country or territory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code (`XK` for Kosovo, user-assigned and widely used).
    pub code: &'static str,
    /// English short name.
    pub name: &'static str,
    /// Whether it is one of INTERPOL's 196 member countries (derived list).
    pub interpol_member: bool,
}

/// Every known country, sorted by code.
pub const COUNTRIES: &[Country] = &[
    Country {
        code: "AD",
        name: "Andorra",
        interpol_member: true,
    },
    Country {
        code: "AE",
        name: "United Arab Emirates",
        interpol_member: true,
    },
    Country {
        code: "AF",
        name: "Afghanistan",
        interpol_member: true,
    },
    Country {
        code: "AG",
        name: "Antigua and Barbuda",
        interpol_member: true,
    },
    Country {
        code: "AL",
        name: "Albania",
        interpol_member: true,
    },
    Country {
        code: "AM",
        name: "Armenia",
        interpol_member: true,
    },
    Country {
        code: "AO",
        name: "Angola",
        interpol_member: true,
    },
    Country {
        code: "AR",
        name: "Argentina",
        interpol_member: true,
    },
    Country {
        code: "AT",
        name: "Austria",
        interpol_member: true,
    },
    Country {
        code: "AU",
        name: "Australia",
        interpol_member: true,
    },
    Country {
        code: "AW",
        name: "Aruba",
        interpol_member: true,
    },
    Country {
        code: "AZ",
        name: "Azerbaijan",
        interpol_member: true,
    },
    Country {
        code: "BA",
        name: "Bosnia and Herzegovina",
        interpol_member: true,
    },
    Country {
        code: "BB",
        name: "Barbados",
        interpol_member: true,
    },
    Country {
        code: "BD",
        name: "Bangladesh",
        interpol_member: true,
    },
    Country {
        code: "BE",
        name: "Belgium",
        interpol_member: true,
    },
    Country {
        code: "BF",
        name: "Burkina Faso",
        interpol_member: true,
    },
    Country {
        code: "BG",
        name: "Bulgaria",
        interpol_member: true,
    },
    Country {
        code: "BH",
        name: "Bahrain",
        interpol_member: true,
    },
    Country {
        code: "BI",
        name: "Burundi",
        interpol_member: true,
    },
    Country {
        code: "BJ",
        name: "Benin",
        interpol_member: true,
    },
    Country {
        code: "BN",
        name: "Brunei Darussalam",
        interpol_member: true,
    },
    Country {
        code: "BO",
        name: "Bolivia",
        interpol_member: true,
    },
    Country {
        code: "BR",
        name: "Brazil",
        interpol_member: true,
    },
    Country {
        code: "BS",
        name: "Bahamas",
        interpol_member: true,
    },
    Country {
        code: "BT",
        name: "Bhutan",
        interpol_member: true,
    },
    Country {
        code: "BW",
        name: "Botswana",
        interpol_member: true,
    },
    Country {
        code: "BY",
        name: "Belarus",
        interpol_member: true,
    },
    Country {
        code: "BZ",
        name: "Belize",
        interpol_member: true,
    },
    Country {
        code: "CA",
        name: "Canada",
        interpol_member: true,
    },
    Country {
        code: "CD",
        name: "Democratic Republic of the Congo",
        interpol_member: true,
    },
    Country {
        code: "CF",
        name: "Central African Republic",
        interpol_member: true,
    },
    Country {
        code: "CG",
        name: "Congo",
        interpol_member: true,
    },
    Country {
        code: "CH",
        name: "Switzerland",
        interpol_member: true,
    },
    Country {
        code: "CI",
        name: "Côte d'Ivoire",
        interpol_member: true,
    },
    Country {
        code: "CL",
        name: "Chile",
        interpol_member: true,
    },
    Country {
        code: "CM",
        name: "Cameroon",
        interpol_member: true,
    },
    Country {
        code: "CN",
        name: "China",
        interpol_member: true,
    },
    Country {
        code: "CO",
        name: "Colombia",
        interpol_member: true,
    },
    Country {
        code: "CR",
        name: "Costa Rica",
        interpol_member: true,
    },
    Country {
        code: "CU",
        name: "Cuba",
        interpol_member: true,
    },
    Country {
        code: "CV",
        name: "Cabo Verde",
        interpol_member: true,
    },
    Country {
        code: "CW",
        name: "Curacao",
        interpol_member: true,
    },
    Country {
        code: "CY",
        name: "Cyprus",
        interpol_member: true,
    },
    Country {
        code: "CZ",
        name: "Czechia",
        interpol_member: true,
    },
    Country {
        code: "DE",
        name: "Germany",
        interpol_member: true,
    },
    Country {
        code: "DJ",
        name: "Djibouti",
        interpol_member: true,
    },
    Country {
        code: "DK",
        name: "Denmark",
        interpol_member: true,
    },
    Country {
        code: "DM",
        name: "Dominica",
        interpol_member: true,
    },
    Country {
        code: "DO",
        name: "Dominican Republic",
        interpol_member: true,
    },
    Country {
        code: "DZ",
        name: "Algeria",
        interpol_member: true,
    },
    Country {
        code: "EC",
        name: "Ecuador",
        interpol_member: true,
    },
    Country {
        code: "EE",
        name: "Estonia",
        interpol_member: true,
    },
    Country {
        code: "EG",
        name: "Egypt",
        interpol_member: true,
    },
    Country {
        code: "ER",
        name: "Eritrea",
        interpol_member: true,
    },
    Country {
        code: "ES",
        name: "Spain",
        interpol_member: true,
    },
    Country {
        code: "ET",
        name: "Ethiopia",
        interpol_member: true,
    },
    Country {
        code: "FI",
        name: "Finland",
        interpol_member: true,
    },
    Country {
        code: "FJ",
        name: "Fiji",
        interpol_member: true,
    },
    Country {
        code: "FM",
        name: "Micronesia (Federated States of)",
        interpol_member: true,
    },
    Country {
        code: "FR",
        name: "France",
        interpol_member: true,
    },
    Country {
        code: "GA",
        name: "Gabon",
        interpol_member: true,
    },
    Country {
        code: "GB",
        name: "United Kingdom",
        interpol_member: true,
    },
    Country {
        code: "GD",
        name: "Grenada",
        interpol_member: true,
    },
    Country {
        code: "GE",
        name: "Georgia",
        interpol_member: true,
    },
    Country {
        code: "GH",
        name: "Ghana",
        interpol_member: true,
    },
    Country {
        code: "GM",
        name: "Gambia",
        interpol_member: true,
    },
    Country {
        code: "GN",
        name: "Guinea",
        interpol_member: true,
    },
    Country {
        code: "GQ",
        name: "Equatorial Guinea",
        interpol_member: true,
    },
    Country {
        code: "GR",
        name: "Greece",
        interpol_member: true,
    },
    Country {
        code: "GT",
        name: "Guatemala",
        interpol_member: true,
    },
    Country {
        code: "GW",
        name: "Guinea-Bissau",
        interpol_member: true,
    },
    Country {
        code: "GY",
        name: "Guyana",
        interpol_member: true,
    },
    Country {
        code: "HN",
        name: "Honduras",
        interpol_member: true,
    },
    Country {
        code: "HR",
        name: "Croatia",
        interpol_member: true,
    },
    Country {
        code: "HT",
        name: "Haiti",
        interpol_member: true,
    },
    Country {
        code: "HU",
        name: "Hungary",
        interpol_member: true,
    },
    Country {
        code: "ID",
        name: "Indonesia",
        interpol_member: true,
    },
    Country {
        code: "IE",
        name: "Ireland",
        interpol_member: true,
    },
    Country {
        code: "IL",
        name: "Israel",
        interpol_member: true,
    },
    Country {
        code: "IN",
        name: "India",
        interpol_member: true,
    },
    Country {
        code: "IQ",
        name: "Iraq",
        interpol_member: true,
    },
    Country {
        code: "IR",
        name: "Iran",
        interpol_member: true,
    },
    Country {
        code: "IS",
        name: "Iceland",
        interpol_member: true,
    },
    Country {
        code: "IT",
        name: "Italy",
        interpol_member: true,
    },
    Country {
        code: "JM",
        name: "Jamaica",
        interpol_member: true,
    },
    Country {
        code: "JO",
        name: "Jordan",
        interpol_member: true,
    },
    Country {
        code: "JP",
        name: "Japan",
        interpol_member: true,
    },
    Country {
        code: "KE",
        name: "Kenya",
        interpol_member: true,
    },
    Country {
        code: "KG",
        name: "Kyrgyzstan",
        interpol_member: true,
    },
    Country {
        code: "KH",
        name: "Cambodia",
        interpol_member: true,
    },
    Country {
        code: "KI",
        name: "Kiribati",
        interpol_member: true,
    },
    Country {
        code: "KM",
        name: "Comoros",
        interpol_member: true,
    },
    Country {
        code: "KN",
        name: "Saint Kitts and Nevis",
        interpol_member: true,
    },
    Country {
        code: "KP",
        name: "Korea, Democratic People's Republic of",
        interpol_member: false,
    },
    Country {
        code: "KR",
        name: "Republic of Korea",
        interpol_member: true,
    },
    Country {
        code: "KW",
        name: "Kuwait",
        interpol_member: true,
    },
    Country {
        code: "KZ",
        name: "Kazakhstan",
        interpol_member: true,
    },
    Country {
        code: "LA",
        name: "Lao People's Democratic Republic",
        interpol_member: true,
    },
    Country {
        code: "LB",
        name: "Lebanon",
        interpol_member: true,
    },
    Country {
        code: "LC",
        name: "Saint Lucia",
        interpol_member: true,
    },
    Country {
        code: "LI",
        name: "Liechtenstein",
        interpol_member: true,
    },
    Country {
        code: "LK",
        name: "Sri Lanka",
        interpol_member: true,
    },
    Country {
        code: "LR",
        name: "Liberia",
        interpol_member: true,
    },
    Country {
        code: "LS",
        name: "Lesotho",
        interpol_member: true,
    },
    Country {
        code: "LT",
        name: "Lithuania",
        interpol_member: true,
    },
    Country {
        code: "LU",
        name: "Luxembourg",
        interpol_member: true,
    },
    Country {
        code: "LV",
        name: "Latvia",
        interpol_member: true,
    },
    Country {
        code: "LY",
        name: "Libya",
        interpol_member: true,
    },
    Country {
        code: "MA",
        name: "Morocco",
        interpol_member: true,
    },
    Country {
        code: "MC",
        name: "Monaco",
        interpol_member: true,
    },
    Country {
        code: "MD",
        name: "Republic of Moldova",
        interpol_member: true,
    },
    Country {
        code: "ME",
        name: "Montenegro",
        interpol_member: true,
    },
    Country {
        code: "MG",
        name: "Madagascar",
        interpol_member: true,
    },
    Country {
        code: "MH",
        name: "Marshall Islands",
        interpol_member: true,
    },
    Country {
        code: "MK",
        name: "North Macedonia",
        interpol_member: true,
    },
    Country {
        code: "ML",
        name: "Mali",
        interpol_member: true,
    },
    Country {
        code: "MM",
        name: "Myanmar",
        interpol_member: true,
    },
    Country {
        code: "MN",
        name: "Mongolia",
        interpol_member: true,
    },
    Country {
        code: "MR",
        name: "Mauritania",
        interpol_member: true,
    },
    Country {
        code: "MT",
        name: "Malta",
        interpol_member: true,
    },
    Country {
        code: "MU",
        name: "Mauritius",
        interpol_member: true,
    },
    Country {
        code: "MV",
        name: "Maldives",
        interpol_member: true,
    },
    Country {
        code: "MW",
        name: "Malawi",
        interpol_member: true,
    },
    Country {
        code: "MX",
        name: "Mexico",
        interpol_member: true,
    },
    Country {
        code: "MY",
        name: "Malaysia",
        interpol_member: true,
    },
    Country {
        code: "MZ",
        name: "Mozambique",
        interpol_member: true,
    },
    Country {
        code: "NA",
        name: "Namibia",
        interpol_member: true,
    },
    Country {
        code: "NE",
        name: "Niger",
        interpol_member: true,
    },
    Country {
        code: "NG",
        name: "Nigeria",
        interpol_member: true,
    },
    Country {
        code: "NI",
        name: "Nicaragua",
        interpol_member: true,
    },
    Country {
        code: "NL",
        name: "Netherlands",
        interpol_member: true,
    },
    Country {
        code: "NO",
        name: "Norway",
        interpol_member: true,
    },
    Country {
        code: "NP",
        name: "Nepal",
        interpol_member: true,
    },
    Country {
        code: "NR",
        name: "Nauru",
        interpol_member: true,
    },
    Country {
        code: "NZ",
        name: "New Zealand",
        interpol_member: true,
    },
    Country {
        code: "OM",
        name: "Oman",
        interpol_member: true,
    },
    Country {
        code: "PA",
        name: "Panama",
        interpol_member: true,
    },
    Country {
        code: "PE",
        name: "Peru",
        interpol_member: true,
    },
    Country {
        code: "PG",
        name: "Papua New Guinea",
        interpol_member: true,
    },
    Country {
        code: "PH",
        name: "Philippines",
        interpol_member: true,
    },
    Country {
        code: "PK",
        name: "Pakistan",
        interpol_member: true,
    },
    Country {
        code: "PL",
        name: "Poland",
        interpol_member: true,
    },
    Country {
        code: "PS",
        name: "State of Palestine",
        interpol_member: true,
    },
    Country {
        code: "PT",
        name: "Portugal",
        interpol_member: true,
    },
    Country {
        code: "PW",
        name: "Palau",
        interpol_member: true,
    },
    Country {
        code: "PY",
        name: "Paraguay",
        interpol_member: true,
    },
    Country {
        code: "QA",
        name: "Qatar",
        interpol_member: true,
    },
    Country {
        code: "RO",
        name: "Romania",
        interpol_member: true,
    },
    Country {
        code: "RS",
        name: "Serbia",
        interpol_member: true,
    },
    Country {
        code: "RU",
        name: "Russian Federation",
        interpol_member: true,
    },
    Country {
        code: "RW",
        name: "Rwanda",
        interpol_member: true,
    },
    Country {
        code: "SA",
        name: "Saudi Arabia",
        interpol_member: true,
    },
    Country {
        code: "SB",
        name: "Solomon Islands",
        interpol_member: true,
    },
    Country {
        code: "SC",
        name: "Seychelles",
        interpol_member: true,
    },
    Country {
        code: "SD",
        name: "Sudan",
        interpol_member: true,
    },
    Country {
        code: "SE",
        name: "Sweden",
        interpol_member: true,
    },
    Country {
        code: "SG",
        name: "Singapore",
        interpol_member: true,
    },
    Country {
        code: "SI",
        name: "Slovenia",
        interpol_member: true,
    },
    Country {
        code: "SK",
        name: "Slovakia",
        interpol_member: true,
    },
    Country {
        code: "SL",
        name: "Sierra Leone",
        interpol_member: true,
    },
    Country {
        code: "SM",
        name: "San Marino",
        interpol_member: true,
    },
    Country {
        code: "SN",
        name: "Senegal",
        interpol_member: true,
    },
    Country {
        code: "SO",
        name: "Somalia",
        interpol_member: true,
    },
    Country {
        code: "SR",
        name: "Suriname",
        interpol_member: true,
    },
    Country {
        code: "SS",
        name: "South Sudan",
        interpol_member: true,
    },
    Country {
        code: "ST",
        name: "Sao Tome and Principe",
        interpol_member: true,
    },
    Country {
        code: "SV",
        name: "El Salvador",
        interpol_member: true,
    },
    Country {
        code: "SX",
        name: "Sint Maarten",
        interpol_member: true,
    },
    Country {
        code: "SY",
        name: "Syrian Arab Republic",
        interpol_member: true,
    },
    Country {
        code: "SZ",
        name: "Eswatini",
        interpol_member: true,
    },
    Country {
        code: "TD",
        name: "Chad",
        interpol_member: true,
    },
    Country {
        code: "TG",
        name: "Togo",
        interpol_member: true,
    },
    Country {
        code: "TH",
        name: "Thailand",
        interpol_member: true,
    },
    Country {
        code: "TJ",
        name: "Tajikistan",
        interpol_member: true,
    },
    Country {
        code: "TL",
        name: "Timor-Leste",
        interpol_member: true,
    },
    Country {
        code: "TM",
        name: "Turkmenistan",
        interpol_member: true,
    },
    Country {
        code: "TN",
        name: "Tunisia",
        interpol_member: true,
    },
    Country {
        code: "TO",
        name: "Tonga",
        interpol_member: true,
    },
    Country {
        code: "TR",
        name: "Türkiye",
        interpol_member: true,
    },
    Country {
        code: "TT",
        name: "Trinidad and Tobago",
        interpol_member: true,
    },
    Country {
        code: "TV",
        name: "Tuvalu",
        interpol_member: false,
    },
    Country {
        code: "TW",
        name: "Taiwan",
        interpol_member: false,
    },
    Country {
        code: "TZ",
        name: "United Republic of Tanzania",
        interpol_member: true,
    },
    Country {
        code: "UA",
        name: "Ukraine",
        interpol_member: true,
    },
    Country {
        code: "UG",
        name: "Uganda",
        interpol_member: true,
    },
    Country {
        code: "US",
        name: "United States of America",
        interpol_member: true,
    },
    Country {
        code: "UY",
        name: "Uruguay",
        interpol_member: true,
    },
    Country {
        code: "UZ",
        name: "Uzbekistan",
        interpol_member: true,
    },
    Country {
        code: "VA",
        name: "Holy See / Vatican City State",
        interpol_member: true,
    },
    Country {
        code: "VC",
        name: "Saint Vincent and the Grenadines",
        interpol_member: true,
    },
    Country {
        code: "VE",
        name: "Venezuela",
        interpol_member: true,
    },
    Country {
        code: "VN",
        name: "Viet Nam",
        interpol_member: true,
    },
    Country {
        code: "VU",
        name: "Vanuatu",
        interpol_member: true,
    },
    Country {
        code: "WS",
        name: "Samoa",
        interpol_member: true,
    },
    Country {
        code: "XK",
        name: "Kosovo",
        interpol_member: false,
    },
    Country {
        code: "YE",
        name: "Yemen",
        interpol_member: true,
    },
    Country {
        code: "ZA",
        name: "South Africa",
        interpol_member: true,
    },
    Country {
        code: "ZM",
        name: "Zambia",
        interpol_member: true,
    },
    Country {
        code: "ZW",
        name: "Zimbabwe",
        interpol_member: true,
    },
];

/// The country with this code (case-insensitive), if known.
#[must_use]
pub fn by_code(code: &str) -> Option<&'static Country> {
    let code = code.trim().to_ascii_uppercase();
    COUNTRIES
        .binary_search_by(|c| c.code.cmp(code.as_str()))
        .ok()
        .and_then(|i| COUNTRIES.get(i))
}

/// The English name of a code, or the code itself when unknown.
#[must_use]
pub fn name(code: &str) -> &str {
    by_code(code).map_or(code, |c| c.name)
}

/// Other names people commonly type for a country, in English: older or informal short names
/// ("Turkey" for Türkiye since the United Nations adopted "Türkiye" in 2022, "Russia", "Iran"),
/// abbreviations ("UK", "USA", "UAE", "DRC") and the ISO names without diacritics. Search finds a
/// country by any of them ([`by_alias`]); the app and every document show only [`Country::name`].
pub const ALIASES: &[(&str, &[&str])] = &[
    ("AE", &["UAE", "Emirates"]),
    ("BN", &["Brunei"]),
    ("BO", &["Bolivia (Plurinational State of)"]),
    ("CD", &["DR Congo", "DRC", "Congo-Kinshasa"]),
    ("CG", &["Congo-Brazzaville", "Republic of the Congo"]),
    ("CI", &["Ivory Coast"]),
    ("CV", &["Cape Verde"]),
    ("CZ", &["Czech Republic"]),
    ("FM", &["Micronesia"]),
    (
        "GB",
        &[
            "UK",
            "Britain",
            "Great Britain",
            "England",
            "Scotland",
            "Wales",
            "Northern Ireland",
        ],
    ),
    ("IR", &["Islamic Republic of Iran", "Persia"]),
    ("KP", &["North Korea", "DPRK"]),
    ("KR", &["South Korea", "Korea"]),
    ("LA", &["Laos"]),
    ("MD", &["Moldova"]),
    ("MK", &["Macedonia", "FYROM"]),
    ("MM", &["Burma"]),
    ("NL", &["Holland"]),
    ("PS", &["Palestine"]),
    ("RU", &["Russia"]),
    ("SY", &["Syria"]),
    ("SZ", &["Swaziland"]),
    ("TL", &["East Timor"]),
    ("TR", &["Turkey", "Turkiye", "Turkei"]),
    ("TZ", &["Tanzania"]),
    ("US", &["USA", "US", "United States", "America"]),
    ("VA", &["Vatican", "Holy See"]),
    ("VE", &["Venezuela (Bolivarian Republic of)"]),
    ("VN", &["Vietnam"]),
];

/// The country a name or alias designates (case and diacritics ignored by the caller's fold:
/// pass the text as typed), among [`Country::name`] and [`ALIASES`].
#[must_use]
pub fn by_alias(text: &str, fold: impl Fn(&str) -> String) -> Option<&'static Country> {
    let wanted = fold(text.trim());
    if wanted.is_empty() {
        return None;
    }
    COUNTRIES
        .iter()
        .find(|c| fold(c.name) == wanted)
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(_, names)| names.iter().any(|n| fold(n) == wanted))
                .and_then(|(code, _)| by_code(code))
        })
}

/// Countries whose English short name takes "the" in running text, following the United
/// Nations' own usage (UNTERM short names: "the Russian Federation", "the Netherlands", "the
/// Niger"). Names in the inverted ISO form ("Korea, Democratic People's Republic of") are left
/// out: they are never preceded by an article.
const WITH_ARTICLE: &[&str] = &[
    "AE", "BS", "CD", "CF", "CG", "DO", "GB", "GM", "KM", "KR", "LA", "MD", "MH", "NE", "NL", "PH",
    "RU", "SB", "SD", "SY", "TZ", "US", "VA",
];

/// The English name of a code as it reads inside a sentence: "at the request of the Russian
/// Federation", "a national of Türkiye". The code itself when unknown.
#[must_use]
pub fn in_text(code: &str) -> String {
    match by_code(code) {
        Some(c) if WITH_ARTICLE.contains(&c.code) => format!("the {}", c.name),
        Some(c) => c.name.to_owned(),
        None => code.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_running_text_take_the_article_where_english_does() {
        assert_eq!(in_text("ru"), "the Russian Federation");
        assert_eq!(in_text("SY"), "the Syrian Arab Republic");
        assert_eq!(in_text("NL"), "the Netherlands");
        assert_eq!(in_text("TR"), name("TR"));
        assert_eq!(in_text("KP"), name("KP"), "inverted ISO form, no article");
        assert_eq!(in_text("XX"), "XX");
        for code in WITH_ARTICLE {
            let c = by_code(code).expect("a listed code");
            assert!(
                !c.name.contains(','),
                "{code}: an inverted name takes no article"
            );
        }
    }

    #[test]
    fn sorted_unique_and_196_members() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].code < w[1].code));
        assert_eq!(COUNTRIES.iter().filter(|c| c.interpol_member).count(), 196);
        assert_eq!(by_code("fr").map(|c| c.name), Some("France"));
        assert_eq!(by_code("KP").map(|c| c.interpol_member), Some(false));
        assert!(by_code("ZZ").is_none());
    }

    #[test]
    fn one_name_per_country_and_its_aliases() {
        assert_eq!(name("TR"), "Türkiye");
        let fold = |t: &str| t.to_lowercase().replace('ü', "u");
        assert_eq!(by_alias("Turkey", fold).map(|c| c.code), Some("TR"));
        assert_eq!(by_alias("türkiye", fold).map(|c| c.code), Some("TR"));
        assert_eq!(by_alias("uk", fold).map(|c| c.code), Some("GB"));
        assert_eq!(by_alias("Atlantis", fold), None);
        for (code, names) in ALIASES {
            assert!(by_code(code).is_some(), "{code}");
            assert!(!names.is_empty(), "{code}");
        }
        assert!(
            ALIASES.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted by code"
        );
    }
}

/// The name of the country with ISO 3166-1 alpha-2 `code` (any case) in `language`, as a
/// value on its own (a "Nationality" field); the code itself, upper case, for a code the tables
/// here do not have (a typed code is never dropped from a text).
///
/// English keeps the names of this module (the short official names the filings
/// and rule texts used before, "Syrian Arab Republic"); the other languages take CLDR's.
#[must_use]
pub fn name_in(code: &str, language: crate::locale::Language) -> String {
    match (language, by_code(code)) {
        (crate::locale::Language::En, Some(c)) => c.name.to_owned(),
        _ => crate::locale::countries::cldr_name(code, language),
    }
}

/// The name of a country as it reads inside a sentence of `language`: English takes the
/// article where it does ("the Russian Federation", [`crate::model::country::in_text`]); the
/// other languages CLDR's name, which their messages place so that no article is needed.
#[must_use]
pub fn in_text_in(code: &str, language: crate::locale::Language) -> String {
    match language {
        crate::locale::Language::En => in_text(code),
        _ => crate::locale::countries::cldr_name(code, language),
    }
}

#[cfg(test)]
mod localised_name_tests {
    use super::*;
    use crate::locale::countries::{cldr_name, names_table};
    use crate::locale::Language;

    #[test]
    fn names_come_in_each_language() {
        assert_eq!(name_in("DE", Language::En), "Germany");
        assert_eq!(cldr_name("SY", Language::En), "Syria");
        assert_eq!(name_in("SY", Language::En), "Syrian Arab Republic");
        assert_eq!(in_text_in("SY", Language::En), "the Syrian Arab Republic");
        assert_eq!(in_text_in("SY", Language::Fr), "Syrie");
        assert_eq!(name_in("de", Language::Fr), "Allemagne");
        assert_eq!(name_in("DE", Language::Es), "Alemania");
        assert_eq!(name_in("DE", Language::Ar), "ألمانيا");
        assert_eq!(name_in("DE", Language::Ru), "Германия");
        assert_eq!(name_in("XK", Language::Ru), "Косово");
        // Unknown: the code, not nothing.
        assert_eq!(name_in("zz", Language::Fr), "ZZ");
    }

    #[test]
    fn the_table_is_sorted_and_covers_every_known_country() {
        assert!(names_table().windows(2).all(|w| w[0].0 < w[1].0));
        for c in COUNTRIES {
            for l in Language::ALL {
                assert_ne!(cldr_name(c.code, l), c.code, "{} in {l}", c.code);
            }
        }
        assert_eq!(
            Language::ALL.map(Language::code),
            ["en", "fr", "es", "ar", "ru"]
        );
    }
}

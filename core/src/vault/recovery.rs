//! The recovery key: 160 random bits, shown once at creation, written as eight groups of four
//! Crockford base32 characters (`7K2M-Q9XD-…`), so it can be read aloud, printed and typed back.
//!
//! It opens `keys/recovery.age`, an age file encrypted with the key's canonical text as an scrypt
//! passphrase, whose identity (the recovery slot) opens `keys/identity.age`: with the stock tool,
//! `age -d -o slot.txt keys/recovery.age`, type the key exactly as shown, dashes included, then
//! `age -d -i slot.txt keys/identity.age` (docs/vault-format.md).

use age::secrecy::{ExposeSecret, SecretString};
use chrono::{DateTime, Utc};
use zeroize::Zeroizing;

use crate::locale::{self, Direction, Language};
use crate::pdf::{Flow, Kind, Meta, PageSize};
use crate::Error;

/// Crockford's base32 alphabet: no I, L, O or U, so nothing is mistaken for 1, 0 or V.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUPS: usize = 8;
const GROUP_LEN: usize = 4;
const CHARS: usize = GROUPS * GROUP_LEN; // 32 characters × 5 bits = 160 bits

/// A recovery key. Not `Debug`, not `Display`, not `Serialize`: its text leaves only through
/// [`RecoveryKey::expose`], at the one place that shows it to the user.
pub struct RecoveryKey(SecretString);

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(…)")
    }
}

impl RecoveryKey {
    /// A new random key from the operating system's generator.
    pub(crate) fn generate() -> Result<Self, Error> {
        let bytes = crate::files::random_bytes::<CHARS>()?;
        // Each byte contributes its low 5 bits: uniform over the 32 symbols.
        let symbols: Zeroizing<Vec<u8>> = Zeroizing::new(
            bytes
                .iter()
                .map(|b| ALPHABET[usize::from(b & 0x1f)])
                .collect(),
        );
        Ok(Self::from_symbols(&symbols))
    }

    /// Parses a key as a person may type it: any case, with or without dashes or spaces, with
    /// O for 0 and I or L for 1.
    ///
    /// # Errors
    /// [`Error::WrongRecoveryKey`] if it is not 32 symbols of the alphabet.
    pub fn parse(text: &str) -> Result<Self, Error> {
        let mut symbols = Zeroizing::new(Vec::with_capacity(CHARS));
        for c in text.chars() {
            let c = match c.to_ascii_uppercase() {
                '-' | ' ' | '\t' | '\n' | '\r' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
                return Err(Error::WrongRecoveryKey);
            }
            symbols.push(c as u8);
        }
        if symbols.len() != CHARS {
            return Err(Error::WrongRecoveryKey);
        }
        Ok(Self::from_symbols(&symbols))
    }

    fn from_symbols(symbols: &[u8]) -> Self {
        let mut text = String::with_capacity(CHARS + GROUPS - 1);
        for (i, group) in symbols.chunks(GROUP_LEN).enumerate() {
            if i > 0 {
                text.push('-');
            }
            text.extend(group.iter().map(|&b| char::from(b)));
        }
        Self(SecretString::from(text))
    }

    /// The canonical text (`XXXX-XXXX-…`, 39 characters): the scrypt passphrase of
    /// `keys/recovery.age`, and what the user is shown once.
    #[must_use]
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// Whether `typed` is this key's last group of four characters, as a person may type it
    /// (any case, O for 0, I or L for 1, spaces around): how the user confirms they wrote the
    /// key down, at creation and for a new key.
    #[must_use]
    pub fn ends_with_group(&self, typed: &str) -> bool {
        let typed: String = typed
            .trim()
            .chars()
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        typed.len() == GROUP_LEN
            && typed.bytes().all(|b| ALPHABET.contains(&b))
            && self.expose().ends_with(&typed)
    }

    pub(crate) fn as_passphrase(&self) -> SecretString {
        SecretString::from(self.expose().to_owned())
    }
}

/// The printable recovery sheet of a vault: the key in large characters and as a QR code,
/// with what it opens and how to use it (in Habeas, or with the stock `age` tool), in English.
/// [`sheet_in`] writes it in the user's language.
///
/// The PDF holds the key in clear: the caller writes it only where the user chose, and says to
/// print it and delete the file. The bytes are wiped from memory when dropped.
///
/// # Errors
/// [`Error::Internal`] if the document cannot be made.
pub fn sheet(
    key: &RecoveryKey,
    vault_id: &str,
    page_size: PageSize,
    generated: DateTime<Utc>,
) -> Result<Zeroizing<Vec<u8>>, Error> {
    sheet_in(key, vault_id, page_size, generated, Language::En)
}

/// [`sheet`] in `language`, the user's (issue 17.1): its words from `locales/<lang>/pdf.ftl`,
/// right to left in Arabic. The key, the commands and the file names stay as they are typed.
///
/// # Errors
/// [`Error::Internal`] if the document cannot be made.
pub fn sheet_in(
    key: &RecoveryKey,
    vault_id: &str,
    page_size: PageSize,
    generated: DateTime<Utc>,
    language: Language,
) -> Result<Zeroizing<Vec<u8>>, Error> {
    let t = |id: &str| locale::text(language, id);
    let mut flow = Flow::new(
        page_size,
        language.direction() == Direction::Rtl,
        &t("pdf-recovery-footer"),
    );
    flow.title(&t("pdf-recovery-title"));
    flow.paragraph(&t("pdf-recovery-intro"), Kind::Body);
    flow.field(&t("pdf-recovery-vault"), vault_id, Kind::Mono);
    flow.field(
        &t("pdf-recovery-printed"),
        &generated.format("%Y-%m-%d").to_string(),
        Kind::Body,
    );
    flow.space(10.0);
    flow.paragraph(key.expose(), Kind::Key);
    let code =
        qrcode::QrCode::with_error_correction_level(key.expose().as_bytes(), qrcode::EcLevel::M)
            .map_err(|e| Error::Internal {
                what: format!("QR code: {e}"),
            })?;
    let dark: Zeroizing<Vec<bool>> = Zeroizing::new(
        code.to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect(),
    );
    flow.modules(&dark, code.width(), 130.0);
    flow.heading(&t("pdf-recovery-open"));
    flow.paragraph(&t("pdf-recovery-in-habeas"), Kind::Body);
    flow.paragraph(&t("pdf-recovery-without-habeas"), Kind::Body);
    flow.paragraph("age -d -o slot.txt keys/recovery.age", Kind::Mono);
    flow.paragraph("age -d -i slot.txt keys/identity.age", Kind::Mono);
    flow.heading(&t("pdf-recovery-lost"));
    flow.paragraph(&t("pdf-recovery-lost-how"), Kind::Body);
    flow.paragraph(&t("pdf-recovery-in-clear"), Kind::Strong);
    let meta = Meta {
        title: t("pdf-recovery-title"),
        subject: t("pdf-recovery-subject"),
        created: generated,
    };
    flow.finish(&meta, crate::pdf::page_label(language))
        .map(Zeroizing::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sheet_carries_the_key_and_its_qr_code() {
        let key = RecoveryKey::generate().unwrap();
        let at = DateTime::parse_from_rfc3339("2026-11-24T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let pdf = sheet(&key, "vault-0123", PageSize::A4, at).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        assert_eq!(doc.get_pages().len(), 1, "one sheet");
        let page = *doc.get_pages().values().next().unwrap();
        let content = String::from_utf8_lossy(&doc.get_page_content(page)).into_owned();
        // The QR code's modules are filled rectangles: a 25×25 or larger code has hundreds.
        assert!(content.matches(" re f").count() > 200);
    }

    #[test]
    fn generated_keys_are_canonical_and_distinct() {
        let a = RecoveryKey::generate().unwrap();
        let b = RecoveryKey::generate().unwrap();
        assert_eq!(a.expose().len(), 39);
        assert_eq!(a.expose().matches('-').count(), 7);
        assert_ne!(a.expose(), b.expose());
        let again = RecoveryKey::parse(a.expose()).unwrap();
        assert_eq!(again.expose(), a.expose());
    }

    #[test]
    fn parsing_forgives_how_people_type() {
        let typed = " 7k2m q9xd-abcd efgh jkmn-pqrs tvwx-ol23\n";
        let key = RecoveryKey::parse(typed).unwrap();
        assert_eq!(key.expose(), "7K2M-Q9XD-ABCD-EFGH-JKMN-PQRS-TVWX-0123");
    }

    #[test]
    fn parsing_refuses_wrong_length_and_symbols() {
        assert!(matches!(
            RecoveryKey::parse("ABCD-EFGH"),
            Err(Error::WrongRecoveryKey)
        ));
        let with_u = "UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU";
        assert!(matches!(
            RecoveryKey::parse(with_u),
            Err(Error::WrongRecoveryKey)
        ));
        let arabic_digits = "٠١٢٣-٠١٢٣-٠١٢٣-٠١٢٣-٠١٢٣-٠١٢٣-٠١٢٣-٠١٢٣";
        assert!(matches!(
            RecoveryKey::parse(arabic_digits),
            Err(Error::WrongRecoveryKey)
        ));
    }

    #[test]
    fn the_last_group_confirms_as_typed_loosely() {
        let key = RecoveryKey::parse("7K2M-Q9XD-ABCD-EFGH-JKMN-PQRS-TVWX-0123").unwrap();
        assert!(key.ends_with_group("0123"));
        assert!(key.ends_with_group(" ol23 "));
        assert!(!key.ends_with_group("0124"));
        assert!(!key.ends_with_group("X-0123"));
        assert!(!key.ends_with_group("123"));
        assert!(!key.ends_with_group(""));
    }

    #[test]
    fn debug_hides_the_key() {
        let key = RecoveryKey::generate().unwrap();
        assert_eq!(format!("{key:?}"), "RecoveryKey(…)");
    }
}

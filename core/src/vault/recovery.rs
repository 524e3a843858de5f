//! The recovery key: 160 random bits, shown once at creation, written as eight groups of four
//! Crockford base32 characters (`7K2M-Q9XD-…`), so it can be read aloud, printed and typed back.
//!
//! It opens `keys/recovery.age`, an age file encrypted with the key's canonical text as an scrypt
//! passphrase: with the stock tool, `age -d keys/recovery.age` and type the key exactly as shown,
//! dashes included (docs/vault-format.md).

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

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
        let bytes = super::random_bytes::<CHARS>()?;
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

    pub(crate) fn as_passphrase(&self) -> SecretString {
        SecretString::from(self.expose().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn debug_hides_the_key() {
        let key = RecoveryKey::generate().unwrap();
        assert_eq!(format!("{key:?}"), "RecoveryKey(…)");
    }
}

//! Bearer tokens: 256-bit random secrets handed out once; only their SHA-256 is stored.

use sha2::{Digest, Sha256};

/// What a kiosk token starts with, so a token pasted in the wrong place is recognisable.
pub const KIOSK_TOKEN_PREFIX: &str = "lotsen-kiosk-";
/// What a coordinator API token starts with.
pub const API_TOKEN_PREFIX: &str = "lotsen-api-";

/// A fresh token: the prefix and 32 random bytes in hex.
pub fn generate(prefix: &str) -> String {
    let secret: [u8; 32] = rand::random();
    format!("{prefix}{}", hex::encode(secret))
}

/// The form a token is stored and looked up in.
pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The token in an `Authorization: Bearer <token>` header value, if it is one.
pub fn bearer(header_value: &str) -> Option<&str> {
    let (scheme, token) = header_value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hash_stably() {
        let first = generate(KIOSK_TOKEN_PREFIX);
        let second = generate(KIOSK_TOKEN_PREFIX);
        assert_ne!(first, second);
        assert_eq!(first.len(), KIOSK_TOKEN_PREFIX.len() + 64);
        assert_eq!(hash(&first), hash(&first.clone()));
        assert_ne!(hash(&first), hash(&second));
        assert_eq!(hash(&first).len(), 64);
    }

    #[test]
    fn bearer_header_parsing() {
        assert_eq!(bearer("Bearer abc"), Some("abc"));
        assert_eq!(bearer("bearer abc"), Some("abc"));
        assert_eq!(bearer("Basic abc"), None);
        assert_eq!(bearer("Bearer "), None);
        assert_eq!(bearer("Bearer"), None);
    }
}

//! Small-number suppression: what the hub publishes of a count.
//!
//! Every published count below [`THRESHOLD`] is replaced by the string `"<5"` (never the number,
//! zero included), and a rate is left out (`null`) when either count it is made of is
//! suppressed, since a rate and one count give away the other. This is the one place that
//! decides what is published: the stats API and the dashboard built on it go through here
//! (secondary suppression, e.g. of a total minus the other cells, belongs here too).

use serde::{Serialize, Serializer};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, Type};

/// Counts below this are not published.
pub const THRESHOLD: u64 = 5;
/// What a suppressed count is published as.
pub const SUPPRESSED: &str = "<5";

/// A count as it may be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    Count(u64),
    Suppressed,
}

impl Published {
    pub fn value(self) -> Option<u64> {
        match self {
            Published::Count(count) => Some(count),
            Published::Suppressed => None,
        }
    }
}

/// The published form of a count.
pub fn publish(count: u64) -> Published {
    if count < THRESHOLD { Published::Suppressed } else { Published::Count(count) }
}

/// `part / whole` when both are published and the whole is not zero; otherwise nothing.
pub fn rate(part: Published, whole: Published) -> Option<f64> {
    match (part.value(), whole.value()) {
        (Some(part), Some(whole)) if whole > 0 => Some(part as f64 / whole as f64),
        _ => None,
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Published::Count(count) => serializer.serialize_u64(*count),
            Published::Suppressed => serializer.serialize_str(SUPPRESSED),
        }
    }
}

impl utoipa::PartialSchema for Published {
    fn schema() -> RefOr<Schema> {
        OneOfBuilder::new()
            .item(ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(THRESHOLD as f64)))
            .item(ObjectBuilder::new().schema_type(Type::String).enum_values(Some([SUPPRESSED])))
            .description(Some("A count, or the string \"<5\" when the count is below 5 (zero included): small numbers are never published."))
            .into()
    }
}

impl utoipa::ToSchema for Published {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_below_five_are_never_published() {
        for count in 0..THRESHOLD {
            assert_eq!(publish(count), Published::Suppressed, "{count}");
            assert_eq!(serde_json::to_value(publish(count)).unwrap(), serde_json::json!("<5"));
        }
        assert_eq!(publish(5), Published::Count(5));
        assert_eq!(serde_json::to_value(publish(5)).unwrap(), serde_json::json!(5));
        assert_eq!(serde_json::to_value(publish(u64::MAX)).unwrap(), serde_json::json!(u64::MAX));
    }

    #[test]
    fn rates_need_both_counts_published() {
        assert_eq!(rate(publish(5), publish(10)), Some(0.5));
        assert_eq!(rate(publish(3), publish(10)), None, "3 of 10 would be given away by 0.3");
        assert_eq!(rate(publish(10), publish(4)), None);
        assert_eq!(rate(Published::Count(0), Published::Count(0)), None);
    }
}

//! The Lotsen sync wire format, version 1.
//!
//! This crate is the contract between the kiosk (`lotsen`) and the hub (`lotsen-hub`), and the
//! one place it is written down in code. External clients are built against it: change it only
//! by adding a new schema version.
//!
//! ```json
//! {"batch_id": "uuid", "kiosk_id": "umea-stadsbibliotek-1", "schema": 1,
//!  "events": [{"seq": 41, "kind": "guide_completed", "hour": "2026-11-23T14:00",
//!              "session": "uuid", "guide": "bankid-get", "step": 7, "locale": "ar"}]}
//! ```
//! The hub answers `200 {"acked_through_seq": 41}`.

use std::fmt;

use chrono::{NaiveDateTime, Timelike};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

/// The schema version this crate speaks.
pub const SCHEMA_VERSION: u32 = 1;
/// Where kiosks post their batches.
pub const BATCHES_PATH: &str = "/api/v1/batches";
/// The hub's health check: `200` with [`Health`] when it serves and its database answers. With a
/// kiosk's `Authorization: Bearer` token it also says whose token it is (`401` for an unknown or
/// revoked one), so a kiosk can check its token and name before it has anything to send.
pub const HEALTH_PATH: &str = "/api/v1/health";
/// The largest request body the hub accepts (larger: 413).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// The most events one batch may carry.
pub const MAX_EVENTS_PER_BATCH: usize = 2000;
/// The largest step index an event may name (guides have at most a few dozen steps).
pub const MAX_STEP: u32 = 99;

/// The answer to `GET /api/v1/health`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// The hub's version.
    pub version: String,
    /// The kiosk the request's token belongs to; absent without a token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kiosk_id: Option<String>,
}

/// One batch of events from one kiosk, sent as the body of `POST /api/v1/batches`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Batch {
    /// Chosen by the kiosk when the batch is written to its outbox; resent unchanged until acked.
    pub batch_id: Uuid,
    pub kiosk_id: String,
    pub schema: u32,
    pub events: Vec<Event>,
}

/// One anonymous usage event. No free text, nothing that identifies a person or a device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Per-kiosk sequence number, strictly increasing, never reused.
    pub seq: u64,
    pub kind: EventKind,
    /// Local time truncated to the hour.
    pub hour: Hour,
    /// Random per visitor, forgotten when the kiosk resets.
    pub session: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guide: Option<String>,
    /// Step index within the guide (1-based; 0 is the "what you need" screen).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// `feedback_given`: was the guide helpful.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helpful: Option<bool>,
    /// `practice_answered`: did the visitor choose the safe answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correct: Option<bool>,
    /// `need_missing`: the id of the "what you need" item (`[[needs]]` in guide.toml) the visitor
    /// did not have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    SessionStarted,
    SessionEnded,
    LanguageChosen,
    GuideOpened,
    StepReached,
    GuideCompleted,
    GuideAbandoned,
    HelpAsked,
    PracticeAnswered,
    FeedbackGiven,
    AssistedMarked,
    /// "I don't have this" beside an item of a guide's "what you need" list.
    NeedMissing,
}

impl EventKind {
    pub const ALL: [EventKind; 12] = [
        EventKind::SessionStarted,
        EventKind::SessionEnded,
        EventKind::LanguageChosen,
        EventKind::GuideOpened,
        EventKind::StepReached,
        EventKind::GuideCompleted,
        EventKind::GuideAbandoned,
        EventKind::HelpAsked,
        EventKind::PracticeAnswered,
        EventKind::FeedbackGiven,
        EventKind::AssistedMarked,
        EventKind::NeedMissing,
    ];

    /// The name used on the wire and in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::SessionStarted => "session_started",
            EventKind::SessionEnded => "session_ended",
            EventKind::LanguageChosen => "language_chosen",
            EventKind::GuideOpened => "guide_opened",
            EventKind::StepReached => "step_reached",
            EventKind::GuideCompleted => "guide_completed",
            EventKind::GuideAbandoned => "guide_abandoned",
            EventKind::HelpAsked => "help_asked",
            EventKind::PracticeAnswered => "practice_answered",
            EventKind::FeedbackGiven => "feedback_given",
            EventKind::AssistedMarked => "assisted_marked",
            EventKind::NeedMissing => "need_missing",
        }
    }

    pub fn parse(name: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    fn needs_guide(self) -> bool {
        matches!(
            self,
            EventKind::GuideOpened
                | EventKind::StepReached
                | EventKind::GuideCompleted
                | EventKind::GuideAbandoned
                | EventKind::PracticeAnswered
                | EventKind::FeedbackGiven
                | EventKind::NeedMissing
        )
    }

    fn needs_step(self) -> bool {
        matches!(self, EventKind::StepReached | EventKind::GuideAbandoned | EventKind::PracticeAnswered)
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A local time truncated to the hour, written `YYYY-MM-DDTHH:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hour(NaiveDateTime);

impl Hour {
    pub const FORMAT: &'static str = "%Y-%m-%dT%H:00";

    /// Truncates a local time to its hour: minutes, seconds and below are dropped.
    pub fn truncate(time: NaiveDateTime) -> Hour {
        let date = time.date();
        Hour(date.and_hms_opt(time.hour(), 0, 0).expect("hour of a valid time is valid"))
    }

    /// The current local hour.
    pub fn now() -> Hour {
        Hour::truncate(chrono::Local::now().naive_local())
    }

    pub fn parse(text: &str) -> Result<Hour, WireError> {
        let time = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
            .map_err(|_| WireError::new(format!("hour {text:?} is not of the form YYYY-MM-DDTHH:00")))?;
        if time.minute() != 0 || text.len() != 16 {
            return Err(WireError::new(format!("hour {text:?} is not truncated to the hour (YYYY-MM-DDTHH:00)")));
        }
        Ok(Hour(time))
    }

    pub fn time(self) -> NaiveDateTime {
        self.0
    }
}

impl fmt::Display for Hour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format(Hour::FORMAT))
    }
}

/// The OpenAPI description of `Hour` (feature `openapi`, used by the hub).
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Hour {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .pattern(Some(r"^\d{4}-\d{2}-\d{2}T\d{2}:00$"))
            .examples(["2026-11-23T14:00"])
            .description(Some("Local time truncated to the hour, YYYY-MM-DDTHH:00"))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Hour {}

impl Serialize for Hour {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Hour {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Hour, D::Error> {
        let text = String::deserialize(deserializer)?;
        Hour::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The hub's answer to an accepted batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ack {
    pub acked_through_seq: u64,
}

/// The hub's answer to a refused request (4xx).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: String,
}

/// Why a batch breaks the contract. The message is meant for a person reading a log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError(String);

impl WireError {
    fn new(message: impl Into<String>) -> WireError {
        WireError(message.into())
    }
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WireError {}

/// Ids of kiosks and guides: lowercase ASCII letters, digits and dashes, 1 to 64 long.
pub fn is_valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

/// Locale tags as the kiosk uses them: `sv`, `ar`, `fa`, or a region variant such as `pt-br`.
pub fn is_valid_locale(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

impl Batch {
    /// Checks everything that can be checked without the hub's state: version, sizes, ids,
    /// sequence order and which fields each kind needs. The kiosk runs it before it writes a
    /// batch, the hub before it stores one, so both refuse the same things.
    pub fn validate(&self) -> Result<(), WireError> {
        if self.schema != SCHEMA_VERSION {
            return Err(WireError::new(format!(
                "schema {} is not supported (this hub speaks {SCHEMA_VERSION})",
                self.schema
            )));
        }
        if !is_valid_id(&self.kiosk_id) {
            return Err(WireError::new(format!(
                "kiosk_id {:?} must be 1-64 lowercase letters, digits or dashes",
                self.kiosk_id
            )));
        }
        if self.events.is_empty() {
            return Err(WireError::new("a batch needs at least one event"));
        }
        if self.events.len() > MAX_EVENTS_PER_BATCH {
            return Err(WireError::new(format!(
                "{} events in one batch; at most {MAX_EVENTS_PER_BATCH}",
                self.events.len()
            )));
        }
        let mut previous: Option<u64> = None;
        for event in &self.events {
            if previous.is_some_and(|p| event.seq <= p) {
                return Err(WireError::new(format!(
                    "seq {} does not follow {}: seqs must strictly increase",
                    event.seq,
                    previous.unwrap_or_default()
                )));
            }
            if event.seq > i64::MAX as u64 {
                return Err(WireError::new(format!("seq {} is too large", event.seq)));
            }
            event.validate()?;
            previous = Some(event.seq);
        }
        Ok(())
    }

    /// The highest seq in the batch: what an ack of this batch acknowledges.
    pub fn last_seq(&self) -> u64 {
        self.events.iter().map(|e| e.seq).max().unwrap_or_default()
    }
}

impl Event {
    /// Checks the fields this event's kind needs and the form of each field.
    pub fn validate(&self) -> Result<(), WireError> {
        let at = |problem: String| WireError::new(format!("event seq {} ({}): {problem}", self.seq, self.kind));
        match &self.guide {
            Some(guide) if !is_valid_id(guide) => return Err(at(format!("guide {guide:?} is not a guide id"))),
            None if self.kind.needs_guide() => return Err(at("needs a guide".into())),
            _ => {}
        }
        match self.step {
            Some(step) if step > MAX_STEP => return Err(at(format!("step {step} is larger than {MAX_STEP}"))),
            None if self.kind.needs_step() => return Err(at("needs a step".into())),
            _ => {}
        }
        match &self.locale {
            Some(locale) if !is_valid_locale(locale) => {
                return Err(at(format!("locale {locale:?} is not a language tag")));
            }
            None if self.kind == EventKind::LanguageChosen => return Err(at("needs a locale".into())),
            _ => {}
        }
        if (self.kind == EventKind::FeedbackGiven) != self.helpful.is_some() {
            return Err(at("`helpful` belongs to feedback_given events, and only to them".into()));
        }
        if (self.kind == EventKind::PracticeAnswered) != self.correct.is_some() {
            return Err(at("`correct` belongs to practice_answered events, and only to them".into()));
        }
        match &self.need {
            Some(need) if !is_valid_id(need) => return Err(at(format!("need {need:?} is not an item id"))),
            Some(_) if self.kind != EventKind::NeedMissing => {
                return Err(at("`need` belongs to need_missing events, and only to them".into()));
            }
            None if self.kind == EventKind::NeedMissing => return Err(at("needs a need".into())),
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(seq: u64, kind: EventKind) -> Event {
        Event {
            seq,
            kind,
            hour: Hour::parse("2026-11-23T14:00").unwrap(),
            session: Uuid::nil(),
            guide: Some("bankid-get".into()),
            step: Some(7),
            locale: Some("ar".into()),
            helpful: None,
            correct: None,
            need: None,
        }
    }

    #[test]
    fn design_example_round_trips() {
        let text = r#"{"batch_id": "8f9c1a52-3d5e-4c39-9f59-0d1c7a4e2b11", "kiosk_id": "umea-stadsbibliotek-1", "schema": 1,
 "events": [{"seq": 41, "kind": "guide_completed", "hour": "2026-11-23T14:00",
             "session": "1b4e28ba-2fa1-41d2-883f-0016d3cca427", "guide": "bankid-get", "step": 7, "locale": "ar"}]}"#;
        let batch: Batch = serde_json::from_str(text).unwrap();
        batch.validate().unwrap();
        assert_eq!(batch.last_seq(), 41);
        assert_eq!(batch.events[0].kind, EventKind::GuideCompleted);
        let again: Batch = serde_json::from_str(&serde_json::to_string(&batch).unwrap()).unwrap();
        assert_eq!(again, batch);
    }

    #[test]
    fn hour_must_be_truncated() {
        assert!(Hour::parse("2026-11-23T14:00").is_ok());
        assert!(Hour::parse("2026-11-23T14:05").is_err());
        assert!(Hour::parse("2026-11-23T14:00:00").is_err());
        assert!(Hour::parse("2026-13-23T14:00").is_err());
        let truncated =
            Hour::truncate(NaiveDateTime::parse_from_str("2026-11-23 14:37:12", "%Y-%m-%d %H:%M:%S").unwrap());
        assert_eq!(truncated.to_string(), "2026-11-23T14:00");
    }

    #[test]
    fn unknown_kinds_and_fields_are_refused() {
        let unknown_kind = r#"{"seq":1,"kind":"name_typed","hour":"2026-11-23T14:00","session":"1b4e28ba-2fa1-41d2-883f-0016d3cca427"}"#;
        assert!(serde_json::from_str::<Event>(unknown_kind).is_err());
        let free_text = r#"{"seq":1,"kind":"help_asked","hour":"2026-11-23T14:00","session":"1b4e28ba-2fa1-41d2-883f-0016d3cca427","note":"Anna, 070-1234567"}"#;
        assert!(serde_json::from_str::<Event>(free_text).is_err());
    }

    #[test]
    fn batch_rules() {
        let batch = |events| Batch { batch_id: Uuid::nil(), kiosk_id: "k-1".into(), schema: 1, events };
        assert!(batch(vec![event(1, EventKind::StepReached), event(2, EventKind::GuideCompleted)]).validate().is_ok());
        assert!(batch(vec![]).validate().is_err());
        assert!(batch(vec![event(2, EventKind::StepReached), event(2, EventKind::StepReached)]).validate().is_err());
        let mut feedback = event(1, EventKind::FeedbackGiven);
        assert!(batch(vec![feedback.clone()]).validate().is_err(), "feedback without `helpful`");
        feedback.helpful = Some(true);
        assert!(batch(vec![feedback]).validate().is_ok());
        let mut bad_guide = event(1, EventKind::GuideOpened);
        bad_guide.guide = Some("Anna Andersson".into());
        assert!(batch(vec![bad_guide]).validate().is_err());
        let mut missing = event(1, EventKind::NeedMissing);
        assert!(batch(vec![missing.clone()]).validate().is_err(), "need_missing without `need`");
        missing.need = Some("passport-or-id".into());
        assert!(batch(vec![missing.clone()]).validate().is_ok());
        missing.need = Some("Anna's passport".into());
        assert!(batch(vec![missing]).validate().is_err(), "only item ids, never free text");
        let mut stray_need = event(1, EventKind::HelpAsked);
        stray_need.need = Some("passport-or-id".into());
        assert!(batch(vec![stray_need]).validate().is_err());
        let mut wrong_schema = batch(vec![event(1, EventKind::HelpAsked)]);
        wrong_schema.schema = 2;
        assert!(wrong_schema.validate().is_err());
    }

    #[test]
    fn kiosk_status_carries_no_free_text() {
        let status = KioskStatus {
            app_version: "0.1.0".into(),
            content_running: 3,
            content_staged: Some(4),
            events_waiting: 12,
            oldest_waiting: Some(Hour::parse("2026-11-23T14:00").unwrap()),
            problem: Some(Problem::SyncRefused),
            disk_free_percent: 42,
            read_aloud: vec!["sv".into(), "ar".into()],
            printer_configured: true,
            uptime_hours: 5,
        };
        status.validate().unwrap();
        let text = serde_json::to_string(&status).unwrap();
        assert!(text.contains(r#""problem":"sync_refused""#), "{text}");
        assert_eq!(serde_json::from_str::<KioskStatus>(&text).unwrap(), status);
        let with_note = text.replacen('{', r#"{"note":"Anna was here","#, 1);
        assert!(serde_json::from_str::<KioskStatus>(&with_note).is_err(), "unknown fields are refused");
        let free_problem = text.replace("sync_refused", "the printer is broken");
        assert!(serde_json::from_str::<KioskStatus>(&free_problem).is_err(), "problems are categories");
        assert!(KioskStatus { read_aloud: vec!["Anna".into()], ..status.clone() }.validate().is_err());
        assert!(KioskStatus { app_version: "0.1.0 (Anna's laptop)".into(), ..status.clone() }.validate().is_err());
        assert!(KioskStatus { disk_free_percent: 101, ..status }.validate().is_err());
        for problem in Problem::ALL {
            assert_eq!(Problem::parse(problem.as_str()), Some(problem));
            assert_eq!(serde_json::to_string(&problem).unwrap(), format!("\"{problem}\""));
        }
    }

    #[test]
    fn central_settings_are_checked_and_the_most_specific_wins() {
        let mut region = CentralSettings::default();
        region.set("languages", "sv,en,ar").unwrap();
        region.set("idle_timeout_secs", "90").unwrap();
        let mut kiosk = CentralSettings::default();
        kiosk.set("idle_timeout_secs", "300").unwrap();
        let merged = region.clone().overlaid_with(&kiosk);
        assert_eq!(merged.idle_timeout_secs, Some(300));
        assert_eq!(merged.languages, Some(vec!["sv".into(), "en".into(), "ar".into()]));
        assert_eq!(merged.entries()[0], ("languages", "sv,en,ar".to_string()));
        for (key, value) in [
            ("idle_timeout_secs", "5"),
            ("idle_timeout_secs", "soon"),
            ("text_size", "3"),
            ("languages", "sv,Swedish"),
            ("handout_url", "ftp://x/{guide}"),
            ("handout_url", "https://x/guide.pdf"),
            ("printer", "Desk HP"),
            ("hub_token", "x"),
            ("librarian_pin", "1234"),
        ] {
            let error = CentralSettings::default().set(key, value).unwrap_err().to_string();
            assert!(error.contains(key), "{key}={value}: {error}");
        }
        let answer = ContentAnswer { pack: None, withdrawn: Vec::new(), settings: merged };
        let text = serde_json::to_string(&answer).unwrap();
        assert_eq!(serde_json::from_str::<ContentAnswer>(&text).unwrap(), answer);
        let empty = ContentAnswer { pack: None, withdrawn: Vec::new(), settings: CentralSettings::default() };
        assert_eq!(serde_json::to_string(&empty).unwrap(), r#"{"pack":null}"#);
    }

    #[test]
    fn every_kind_round_trips_its_name() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.as_str()), Some(kind));
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{kind}\""));
        }
    }
}

/// Where a kiosk asks which content pack it should run.
pub const CONTENT_PATH: &str = "/api/v1/content";

/// The path of pack `version`'s file (`GET`, resumable with `Range`).
pub fn content_pack_path(version: u64) -> String {
    format!("{CONTENT_PATH}/{version}")
}

/// The answer to `GET /api/v1/content`: the pack the kiosk should run, or none (the content
/// bundled with the kiosk, version 0). Sent with an `ETag`; the same answer again is a 304.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ContentAnswer {
    pub pack: Option<ContentPackInfo>,
    /// Versions withdrawn for this kiosk (`lotsen-hub content withdraw`). A kiosk running one of
    /// them goes back to `pack` even though it is lower; any other lower pack is refused.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawn: Vec<u64>,
    /// The settings set centrally for this kiosk (its region's, library's and own, the most
    /// specific winning).
    #[serde(default, skip_serializing_if = "CentralSettings::is_empty")]
    pub settings: CentralSettings,
}

/// A published content pack: download it from `GET /api/v1/content/{version}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ContentPackInfo {
    pub version: u64,
    /// The pack file's size in bytes.
    pub size: u64,
    /// Lower-case hex SHA-256 of the pack file.
    pub sha256: String,
}

/// What went wrong last on a kiosk, as a category (no free text): kept by the kiosk for
/// `lotsen content status` and its librarian, and shown on the hub's Kiosks page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// A content pack whose signature does not match its manifest.
    BadSignature,
    /// A content pack signed by a key the kiosk does not trust.
    UnknownKey,
    /// A content pack lower than the one running, without a withdrawal announced by the hub.
    LowerVersion,
    /// A content pack with a file whose hash differs from its manifest (or missing, unlisted).
    HashMismatch,
    /// A content pack download that ended early; it resumes at the next sync.
    TruncatedDownload,
    /// A content pack that fails the guide checker.
    ChecksFailed,
    /// A content pack with a path that leaves it (`../`, absolute, a link).
    UnsafePath,
    /// A content pack that unpacks to more than 50 MB.
    TooLarge,
    /// A content pack that needs a newer kiosk app.
    KioskTooOld,
    /// Not a content pack at all (or an unknown pack format).
    NotAPack,
    /// The running pack failed to load after a restart: the kiosk went back to the previous one.
    PackFailedToLoad,
    /// The kiosk could not write to its disk.
    DiskError,
    /// The hub refused the kiosk's token or its events.
    SyncRefused,
    /// Settings from the hub that the kiosk cannot use; it keeps the ones before.
    SettingsRefused,
}

impl Problem {
    pub const ALL: [Problem; 14] = [
        Problem::BadSignature,
        Problem::UnknownKey,
        Problem::LowerVersion,
        Problem::HashMismatch,
        Problem::TruncatedDownload,
        Problem::ChecksFailed,
        Problem::UnsafePath,
        Problem::TooLarge,
        Problem::KioskTooOld,
        Problem::NotAPack,
        Problem::PackFailedToLoad,
        Problem::DiskError,
        Problem::SyncRefused,
        Problem::SettingsRefused,
    ];

    /// The name used on the wire and in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Problem::BadSignature => "bad_signature",
            Problem::UnknownKey => "unknown_key",
            Problem::LowerVersion => "lower_version",
            Problem::HashMismatch => "hash_mismatch",
            Problem::TruncatedDownload => "truncated_download",
            Problem::ChecksFailed => "checks_failed",
            Problem::UnsafePath => "unsafe_path",
            Problem::TooLarge => "too_large",
            Problem::KioskTooOld => "kiosk_too_old",
            Problem::NotAPack => "not_a_pack",
            Problem::PackFailedToLoad => "pack_failed_to_load",
            Problem::DiskError => "disk_error",
            Problem::SyncRefused => "sync_refused",
            Problem::SettingsRefused => "settings_refused",
        }
    }

    pub fn parse(name: &str) -> Option<Problem> {
        Problem::ALL.into_iter().find(|problem| problem.as_str() == name)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a kiosk sends its [`KioskStatus`] at each sync (`POST`, kiosk token); the hub answers
/// `204` and keeps only the latest per kiosk.
pub const STATUS_PATH: &str = "/api/v1/status";

/// A kiosk's health, sent at each sync. Nothing about visitors, no free text, no identifier
/// beyond the kiosk id the hub knows from the token; times truncated to the hour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct KioskStatus {
    /// The kiosk app's version, e.g. `0.1.0`.
    pub app_version: String,
    /// The content pack running; 0 is the content bundled with the kiosk.
    pub content_running: u64,
    /// A pack verified and waiting for the next idle reset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_staged: Option<u64>,
    /// Usage events the hub has not acknowledged yet.
    pub events_waiting: u64,
    /// The hour of the oldest of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oldest_waiting: Option<Hour>,
    /// The kiosk's last problem, as a category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<Problem>,
    /// Free space on the disk holding the kiosk's data, in percent (0-100).
    pub disk_free_percent: u8,
    /// The languages read aloud on this kiosk: a synthetic voice is installed for them, or the
    /// content has at least one recording in them (so only some texts may be heard).
    pub read_aloud: Vec<String>,
    /// A printer for handouts is set or CUPS has a default one.
    pub printer_configured: bool,
    /// Whole hours since the kiosk app started.
    pub uptime_hours: u32,
}

impl KioskStatus {
    /// Checks the form of every field; the kiosk runs it before sending, the hub before storing.
    pub fn validate(&self) -> Result<(), WireError> {
        let version = &self.app_version;
        if version.is_empty()
            || version.len() > 32
            || !version.bytes().all(|b| b.is_ascii_alphanumeric() || b".-+".contains(&b))
        {
            return Err(WireError::new(format!("app_version {version:?} is not a version number")));
        }
        if self.disk_free_percent > 100 {
            return Err(WireError::new(format!("disk_free_percent {} is above 100", self.disk_free_percent)));
        }
        if self.read_aloud.len() > 64 {
            return Err(WireError::new("read_aloud lists more than 64 languages"));
        }
        if let Some(bad) = self.read_aloud.iter().find(|tag| !is_valid_locale(tag)) {
            return Err(WireError::new(format!("read_aloud {bad:?} is not a language tag")));
        }
        Ok(())
    }
}

/// Settings a library sets centrally on the hub (`lotsen-hub settings set`), sent to each kiosk
/// with the content answer, most specific scope first (kiosk, then library, then region). What
/// must stay local (kiosk id, hub address and token, librarian PIN) is not among them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CentralSettings {
    /// Languages offered on the language screen, in this order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// Seconds without a touch before the kiosk asks "Are you still there?" (10-3600).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_timeout_secs: Option<u64>,
    /// The text size each visitor starts with: 0 normal, 1 large, 2 extra large.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_size: Option<u8>,
    /// Where the library publishes printable guides, with `{guide}` (and `{lang}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handout_url: Option<String>,
    /// The CUPS printer for handouts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printer: Option<String>,
}

impl CentralSettings {
    /// The keys, as in the kiosk's settings.toml.
    pub const KEYS: [&'static str; 5] = ["languages", "idle_timeout_secs", "text_size", "handout_url", "printer"];

    pub fn is_empty(&self) -> bool {
        *self == CentralSettings::default()
    }

    /// Sets `key` from its text form (`languages` as `sv,en,ar`), checking the value.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), WireError> {
        let bad = |why: &str| WireError::new(format!("{key}={value}: {why}"));
        match key {
            "languages" => {
                let codes: Vec<String> = value.split(',').map(|code| code.trim().to_owned()).collect();
                self.languages = Some(codes);
            }
            "idle_timeout_secs" => {
                self.idle_timeout_secs = Some(value.parse().map_err(|_| bad("a number of seconds"))?);
            }
            "text_size" => self.text_size = Some(value.parse().map_err(|_| bad("0, 1 or 2"))?),
            "handout_url" => self.handout_url = Some(value.to_owned()),
            "printer" => self.printer = Some(value.to_owned()),
            _ => {
                return Err(WireError::new(format!(
                    "{key}: not a setting the hub sets (one of {})",
                    CentralSettings::KEYS.join(", ")
                )));
            }
        }
        self.validate()
    }

    /// The keys set, with their values in text form.
    pub fn entries(&self) -> Vec<(&'static str, String)> {
        let mut entries = Vec::new();
        if let Some(languages) = &self.languages {
            entries.push(("languages", languages.join(",")));
        }
        if let Some(seconds) = self.idle_timeout_secs {
            entries.push(("idle_timeout_secs", seconds.to_string()));
        }
        if let Some(size) = self.text_size {
            entries.push(("text_size", size.to_string()));
        }
        if let Some(url) = &self.handout_url {
            entries.push(("handout_url", url.clone()));
        }
        if let Some(printer) = &self.printer {
            entries.push(("printer", printer.clone()));
        }
        entries
    }

    /// `more_specific`'s values over these.
    pub fn overlaid_with(mut self, more_specific: &CentralSettings) -> CentralSettings {
        let more = more_specific.clone();
        self.languages = more.languages.or(self.languages);
        self.idle_timeout_secs = more.idle_timeout_secs.or(self.idle_timeout_secs);
        self.text_size = more.text_size.or(self.text_size);
        self.handout_url = more.handout_url.or(self.handout_url);
        self.printer = more.printer.or(self.printer);
        self
    }

    /// Checks every value set; the hub runs it before storing, the kiosk before using.
    pub fn validate(&self) -> Result<(), WireError> {
        if let Some(languages) = &self.languages {
            if languages.is_empty() || languages.len() > 64 {
                return Err(WireError::new("languages: list 1 to 64 language codes, e.g. sv,en,ar"));
            }
            if let Some(bad) = languages.iter().find(|code| !is_valid_locale(code)) {
                return Err(WireError::new(format!("languages: {bad:?} is not a language code (sv, en, ar …)")));
            }
        }
        if let Some(seconds) = self.idle_timeout_secs
            && !(10..=3600).contains(&seconds)
        {
            return Err(WireError::new(format!("idle_timeout_secs {seconds}: must be between 10 and 3600")));
        }
        if let Some(size) = self.text_size
            && size > 2
        {
            return Err(WireError::new(format!("text_size {size}: must be 0 (normal), 1 (large) or 2 (extra large)")));
        }
        if let Some(url) = &self.handout_url
            && !url.is_empty()
            && (!(url.starts_with("http://") || url.starts_with("https://")) || !url.contains("{guide}"))
        {
            return Err(WireError::new(format!(
                "handout_url {url:?}: must start with http:// or https:// and contain {{guide}}"
            )));
        }
        if let Some(printer) = &self.printer
            && (printer.len() > 127 || printer.chars().any(|c| c.is_whitespace() || c.is_control()))
        {
            return Err(WireError::new(format!("printer {printer:?}: a CUPS printer name has no spaces")));
        }
        Ok(())
    }
}

//! Telling systemd how the kiosk is doing (`sd_notify`): READY once the window's event loop runs,
//! and a watchdog ping from a timer on the UI thread, so that a frozen UI stops the pings and
//! systemd restarts the kiosk (`WatchdogSec=` in `lotsen-kiosk.service`).
//!
//! Under the packaged service the kiosk is not systemd's main process but the only client of the
//! `cage` compositor, which systemd started: `WATCHDOG_PID` names cage, our parent. The unit sets
//! `NotifyAccess=all` so that systemd takes the kiosk's messages.

use std::time::Duration;

use sd_notify::NotifyState;

/// What keeps systemd informed for as long as it lives (drop it to stop the pings).
pub struct ServiceNotifier {
    _ready: slint::Timer,
    _watchdog: Option<slint::Timer>,
}

impl ServiceNotifier {
    /// Arms the notifications on the current (UI) thread's event loop. Does nothing visible when
    /// the kiosk does not run under systemd (no `NOTIFY_SOCKET`).
    pub fn start() -> Self {
        let ready = slint::Timer::default();
        ready.start(slint::TimerMode::SingleShot, Duration::ZERO, || {
            send(&[NotifyState::Ready, NotifyState::Status("showing the kiosk")]);
        });
        let watchdog = watchdog_timeout(
            std::env::var("WATCHDOG_USEC").ok().as_deref(),
            std::env::var("WATCHDOG_PID").ok().as_deref(),
            std::process::id(),
            std::os::unix::process::parent_id(),
        )
        .map(|timeout| {
            let timer = slint::Timer::default();
            tracing::info!(timeout_secs = timeout.as_secs_f64(), "systemd watchdog: pinging from the UI thread");
            timer.start(slint::TimerMode::Repeated, timeout / 2, || send(&[NotifyState::Watchdog]));
            timer
        });
        Self { _ready: ready, _watchdog: watchdog }
    }
}

/// The kiosk runs under systemd (the packaged `lotsen-kiosk.service`, `Restart=always`), which
/// starts it again when it ends: systemd sets `INVOCATION_ID` for every service it runs and
/// `NOTIFY_SOCKET` for `Type=notify` ones, and cage passes both on to the kiosk.
pub fn under_service_manager() -> bool {
    ["INVOCATION_ID", "NOTIFY_SOCKET"].iter().any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty()))
}

fn send(states: &[NotifyState]) {
    if let Err(error) = sd_notify::notify(states) {
        tracing::warn!(%error, "telling systemd how the kiosk is doing");
    }
}

/// The watchdog timeout systemd expects pings within, if the watchdog is meant for this process:
/// `WATCHDOG_PID` is this process or its parent (cage, which runs the kiosk as its client), or
/// unset.
pub fn watchdog_timeout(usec: Option<&str>, pid: Option<&str>, own_pid: u32, parent_pid: u32) -> Option<Duration> {
    let usec: u64 = usec?.parse().ok().filter(|&usec| usec > 0)?;
    let for_us = match pid {
        None => true,
        Some(pid) => pid.parse::<u32>().is_ok_and(|pid| pid == own_pid || pid == parent_pid),
    };
    for_us.then(|| Duration::from_micros(usec))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn watchdog_is_for_the_kiosk_or_its_compositor_only() {
        let thirty = Some(Duration::from_secs(30));
        assert_eq!(watchdog_timeout(Some("30000000"), Some("100"), 100, 1), thirty);
        assert_eq!(watchdog_timeout(Some("30000000"), Some("7"), 100, 7), thirty, "cage, the parent");
        assert_eq!(watchdog_timeout(Some("30000000"), None, 100, 7), thirty);
        assert_eq!(watchdog_timeout(Some("30000000"), Some("8"), 100, 7), None, "another process's watchdog");
        assert_eq!(watchdog_timeout(None, Some("100"), 100, 7), None);
        assert_eq!(watchdog_timeout(Some("0"), None, 100, 7), None);
        assert_eq!(watchdog_timeout(Some("soon"), None, 100, 7), None);
    }
}

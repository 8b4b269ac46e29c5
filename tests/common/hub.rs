//! A real `lotsen-hub` on an SQLite file, served on 127.0.0.1 by its own tokio runtime, with
//! one kiosk token for `umea-1` and a revoked one for `vindeln-1`.

use lotsen_hub::{Hub, ServeHandle};
use lotsen_wire::Event;

pub struct TestHub {
    pub url: String,
    /// The token of kiosk `umea-1`.
    pub good: String,
    /// The token of kiosk `vindeln-1`, revoked.
    pub revoked: String,
    hub: Hub,
    _server: ServeHandle,
    _dir: tempfile::TempDir,
    /// Last, so that the hub's tasks go before their runtime does.
    runtime: tokio::runtime::Runtime,
}

pub fn start_hub() -> TestHub {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let hub = runtime.block_on(Hub::open(&format!("sqlite:{}", dir.path().join("hub.sqlite3").display()))).unwrap();
    let good = runtime.block_on(hub.add_kiosk("Umeå stadsbibliotek", "Västerbotten", Some("umea-1"))).unwrap();
    let revoked = runtime.block_on(hub.add_kiosk("Vindeln bibliotek", "Västerbotten", Some("vindeln-1"))).unwrap();
    runtime.block_on(hub.revoke_kiosk("vindeln-1")).unwrap();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let server = {
        let _entered = runtime.enter();
        lotsen_hub::serve(listener, hub.clone()).unwrap()
    };
    TestHub {
        url: format!("http://{}", server.local_addr()),
        good: good.token,
        revoked: revoked.token,
        hub,
        _server: server,
        _dir: dir,
        runtime,
    }
}

impl TestHub {
    /// Every event the hub stored for `kiosk`.
    pub fn stored_events(&self, kiosk: &str) -> Vec<Event> {
        self.runtime.block_on(self.hub.stored_events(kiosk)).unwrap()
    }
}

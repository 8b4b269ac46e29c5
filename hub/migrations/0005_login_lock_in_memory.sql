-- Failed logins are counted in memory per user name and source address (src/dashboard/auth.rs).
ALTER TABLE dashboard_users DROP COLUMN failed_logins;
ALTER TABLE dashboard_users DROP COLUMN locked_until;

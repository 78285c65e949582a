-- 0020: one definition for each rule the queries used to repeat: which allocation holds a machine
-- at an instant, whether it is expiring, and the name a tenant is shown by. Every repository reads
-- these functions instead of writing the conditions again.

-- allocation_expiring_window_days (seeded by 0001, never deleted) as an interval, never
-- negative. The server reads the setting through this function too
-- (SettingsRepository::expiringWindowSecs), so an allocation's state, the machine list and the
-- dashboards cannot disagree. A value that is not a whole number reads as no window.
CREATE FUNCTION allocation_expiring_window() RETURNS interval
LANGUAGE sql STABLE AS $$
    SELECT make_interval(days => greatest(0, coalesce(max(
               CASE WHEN config_value ~ '^\s*-?[0-9]{1,9}\s*$' THEN config_value::int END), 0)))
    FROM system_configs WHERE config_key = 'allocation_expiring_window_days'
$$;

-- The allocations holding their machines at `at_time`: active with at_time inside
-- [start_time, end_time), at most one per machine by 0004's exclusion constraint. `expiring`:
-- it ends within the window, the last instant included (end_time - at_time <= window), as
-- Allocation::stateAt decides in C++.
--
-- at_time is an argument so that a query can pass its service's clock (a bound parameter) or the
-- database's now(). The function is one SQL SELECT, STABLE, not STRICT: the planner inlines it,
-- so a caller's `WHERE host_id = h.id COLLATE "C" ORDER BY start_time DESC LIMIT 1` stays the
-- index-only probe of idx_allocations_active_host (0017), and the window, an uncorrelated
-- subquery, is read once per statement (an InitPlan) rather than once per row. A caller that reads
-- only the index's columns (all but customer_id) keeps the scan index-only.
CREATE FUNCTION held_allocations(at_time timestamptz)
RETURNS TABLE (id varchar, host_id varchar, tenant_id bigint, customer_id bigint,
               start_time timestamptz, end_time timestamptz, expiring boolean)
LANGUAGE sql STABLE AS $$
    SELECT a.id, a.host_id, a.tenant_id, a.customer_id, a.start_time, a.end_time,
           a.end_time - at_time <= (SELECT allocation_expiring_window())
    FROM allocations a
    WHERE a.status = 'active' AND a.start_time <= at_time AND a.end_time > at_time
$$;

-- The name a tenant (a customer_owner row) is shown by: its company, else its display name,
-- else its username. IMMUTABLE SQL over its arguments, so it inlines to the COALESCE itself.
CREATE FUNCTION tenant_display_name(company text, display_name text, username text)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(NULLIF(company, ''), NULLIF(display_name, ''), username)
$$;

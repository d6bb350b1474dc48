"""Auto-drafts: when an interview ends, the right note for each interviewer is in the drafts.

Modules (each documents its public functions at the top):

planner.py   PURE. plan_interview(view, choices, *, stood_down, now, timezone, discovered_at)
             -> InterviewPlan: which notes (thank_you per interviewer, ask_recruiter per
             interview), which scenario, due when, and why. view_from_interview(Interview).
ingest.py    ingest_interviews(session, user, interviews, *, now, timezone,
             calendar_connection_id=None, mailbox_connection_id=None, complete=False,
             window=None) -> IngestResult; replan_interview / replan_opportunity; plan_for;
             plans_by_interviewer; interviews_from_events(events, me=, timezone=).
service.py   per-user reads and edits for the API and the add-ons: list_overviews,
             get_overview, update_plan(PlanChanges), set_debrief, list_opportunities,
             stand_down_opportunity, resume_opportunity, deliver_interview_now.
delivery.py  deliver_claimed(database, resolver, record_id, ...) -> DeliveryResult: compose at
             delivery time, look up by idempotency key, create once, finish by compare-and-set.
worker.py    Worker(...).run(stop) / run_once() / drain(); run_workers; recover_orphaned_claims.
retry.py     RetryPolicy: exponential backoff with full jitter, Retry-After as a floor.
records.py   DB rows -> planner inputs; planning_timezone. (State changes of draft records:
             app.store.draft_states only.)
reconcile.py PURE. diff(stored records, plan, ...) -> transitions; ingest applies them.
local.py     run_local(...): the embedded default (`rightnote run`): .ics in, Maildir out.

Live calendars (connected Google / Microsoft accounts; docs/auto-drafts-live.md):
sync_runner.py   SyncRunner(...).run(stop) / run_once(): the sync loop inside `rightnote worker`
                 (requested syncs, the sweep, the check before drafts fall due).
sync_state.py    the "sync requested" flag and its lease: request_sync (webhooks), claim_requested,
                 finish_claim, request_stale (the sweep), request_before_due.
sync_common.py   IncrementalSync: the one sync algorithm over any provider's IncrementalCalendar
                 (app.providers.base; Google and Graph in app.providers.*_calendar_changes):
                 full listing when due, apply changes with a cursor compare-and-set, channels.

Mailboxes come from app.providers.registry (MailboxResolver / MailboxRegistry): a draft
record's connection names its provider ("local" Maildir, "google", "microsoft").

Exactly once per (user, interview, recipient): the unique key on draft_records plus the
idempotency key written into the draft itself and looked up before every create.
"""

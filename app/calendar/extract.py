"""Who the user meets: attendees and the written schedule, merged into interviewers.

From the attendees drop the user, rooms and resources, shared mailboxes and scheduling bots,
delegators and declined guests. The organizer is the recruiter or coordinator unless they are the
only other person (the founder who invites you for coffee) or the schedule names them as an
interviewer. People named in the description or the summary are merged with the attendee they
refer to (same address, same name, a first name, or a name that fits the address).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from app.calendar.company import agrees_with_domain
from app.calendar.forwarded import read_forwarded
from app.calendar.model import (
    Attendee,
    AttendeeKind,
    Contact,
    Event,
    Interviewer,
    InterviewerSource,
    Response,
    Source,
)
from app.calendar.names import (
    NamedPerson,
    is_credential,
    is_name,
    is_title,
    split_hiring_manager,
    tidy_title,
)
from app.calendar.people import (
    Me,
    domain_of,
    find_emails,
    fold,
    is_free_mail,
    is_latin,
    is_scheduler,
    is_tool_domain,
    looks_like_bot,
    looks_like_room,
    name_matches_email,
    names_match,
    pick_name,
    same_first_name,
)
from app.calendar.prose_people import absent_names
from app.calendar.schedule import Mention, Schedule, Signature, read_signature, title_beside
from app.calendar.titles import role_of, without_session
from app.playbook.roles import Role, classify_title


@dataclass(frozen=True, slots=True)
class Roster:
    """The people on an invite besides the user (rooms, bots and no-shows set aside)."""

    others: tuple[Attendee, ...]
    # The organizer when it is a person other than the user.
    organizer: Attendee | None
    declined: tuple[Attendee, ...]
    # Names the user goes by on this invite (to avoid naming the user as an interviewer).
    my_names: tuple[str, ...]
    # Titles the display names carried ("Sam Reed (Eng Manager)"), by roster key.
    titles: tuple[tuple[str, str], ...] = ()


def roster(event: Event, me: Me) -> Roster:
    others: dict[str, Attendee] = {}
    titles: dict[str, str] = {}
    declined: list[Attendee] = []
    my_names: list[str] = []
    organizer = event.organizer
    people = list(event.attendees)
    if organizer is not None:
        people.append(organizer)
    org_person: Attendee | None = None
    for person in people:
        the_organizer = person is organizer
        if person.is_self or me.is_me(person.email):
            if person.name:
                my_names.append(person.name)
            continue
        if person.kind in (AttendeeKind.ROOM, AttendeeKind.RESOURCE) or looks_like_room(
            person.email, person.name
        ):
            continue
        if looks_like_bot(person.email, person.name) or _tool_notifier(person.email):
            continue
        if person.response is Response.DELEGATED or person.non_participant:
            continue
        if person.name and person.name[:1] in "DdMmPp" and _HONORIFIC.match(person.name):
            # "Dr. Helen Park": the title of address is not part of the name the note uses.
            person = replace(person, name=_HONORIFIC.sub("", person.name).strip() or person.name)
        if person.name and "," in person.name:
            # "Tremblay, Manon (ENV)": the directory's department code goes first.
            bare_name = (
                _DEPT_CODE.sub("", person.name) if person.name.endswith(")") else person.name
            )
            tail = _PAREN_TAIL.search(bare_name) if bare_name.endswith(")") else None
            if tail is not None:
                # "Okwudili, Chidi (he/him)": the name is turned round and what the directory
                # adds after it kept for the split below.
                head = bare_name[: tail.start()]
                turned = first_name_first(head, person.email)
                bare_name = bare_name if turned == head else turned + bare_name[tail.start() :]
            person = replace(person, name=first_name_first(bare_name, person.email))
        nick = _QUOTED_NICKNAME.match(person.name) if person.name else None
        if nick is not None:
            # "Bartholomew “Bart” Kinsella": a directory's display name with the name the person
            # goes by in quotes; that is the name the letter and the note use.
            person = replace(person, name=f"{nick.group('nick')} {nick.group('rest')}")
        said_title = None
        if person.name and _DISPLAY_EXTRA.search(person.name):
            # "Sam Reed (Eng Manager)", "Jonas Berg | Fathom": a title or a company beside it.
            bare, said_title = split_display_name(person.name)
            person = replace(person, name=bare)
        key = (person.email or person.name or "").lower()
        if said_title:
            titles[key] = said_title
        if person.response is Response.DECLINED:
            declined.append(person)
            continue
        known = others.get(key)
        if known is not None:
            # The same person listed twice (Google lists the organizer as an attendee too).
            person = Attendee(
                email=known.email or person.email,
                name=known.name or person.name,
                kind=known.kind,
                # The organizer entry never says optional; the guest entry does ("type":
                # "optional" on a consultant who forwards a client's invite).
                optional=known.optional if the_organizer else known.optional and person.optional,
                response=known.response,
                is_organizer=known.is_organizer or person.is_organizer,
            )
        others[key] = person
        if person.is_organizer or person is organizer:
            org_person = person
    return Roster(
        tuple(others.values()),
        org_person,
        tuple(declined),
        tuple(my_names),
        tuple((k, t) for k, t in titles.items() if k in others),
    )


# A tool's notification address under the employer's domain: "workday-noreply@…",
# "wd-notifications@…" (the no-reply part after the tool's name). After a dot only the words no
# person is called: "norman.mailer@" and "pat.notify@" are people, "ats.noreply@" is not.
_NOTIFIER_PART = re.compile(
    r"(?:[-_](?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|mailer)"
    r"|\.(?:no-?reply|do-?not-?reply|donotreply|notifications?))(?:[-._]|$)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _tool_notifier(email: str | None) -> bool:
    return bool(email) and _NOTIFIER_PART.search((email or "").split("@", 1)[0]) is not None


_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|mx|prof|professor)\.?\s++(?=\S)", re.IGNORECASE)
_QUOTED_NICKNAME = re.compile(
    r"^[^\W\d_][\w.-]{0,30}\s++[\"“‘'](?P<nick>[^\W\d_][\w-]{1,15})[\"”’']\s++"
    r"(?P<rest>[^\W\d_][^\"“”‘’]{0,60})$"
)
_DISPLAY_EXTRA = re.compile(r"[()|;]|\s[-–—]\s")


def split_display_name(name: str) -> tuple[str, str | None]:
    """A display name without what a directory adds to it, and that addition when it is a
    title: "Sam Reed (Eng Manager)" → ("Sam Reed", "Eng Manager"); "Jonas Berg | Fathom" →
    ("Jonas Berg", None)."""
    name = name.strip()[:200]
    cuts = [i for i in (name.find(sep) for sep in _DISPLAY_SEPS) if i > 0]
    if not cuts:
        return name, None
    head, extra = name[: min(cuts)].strip(), name[min(cuts) :].strip(" ()|;-–—")
    if not is_name(head) or len(extra) > 60 or "(" in extra or ")" in extra:
        return name, None
    if name[min(cuts)] == ";" and " " not in head:
        # Only a full name has a team written after it; "Foo; Bar" is a name as written.
        return name, None
    return head, extra if extra and is_title(extra) else None


# "Ifeoma Nwachukwu; ML Infra": a team after a semicolon, as some tools write a CN.
_DISPLAY_SEPS = ("(", "|", ";", " - ", " – ", " — ")


_SURNAME_FIRST = re.compile(r"^(?P<last>[^,\s][^,]{0,40}),\s*+(?P<first>[^,]{1,40})$")


def first_name_first(name: str, email: str | None = None) -> str:
    """A directory's "Chen, Wei" (Outlook, Workday) as people write it: "Wei Chen", when the
    address (if any) fits the name that way."""
    m = _SURNAME_FIRST.match(name.strip())
    if m is None:
        return name
    last, first = m.group("last").strip(), m.group("first").strip()
    given = first.split()
    while len(given) > 1 and is_credential(given[-1]):
        # "Abernathy, Colleen RN", "Okafor, Ngozi PhD": the directory writes the letters after
        # the given name; they are no part of the name.
        given.pop()
    first = " ".join(given)
    if is_name(last) and is_name(first) and len(last.split()) <= 2 and len(first.split()) <= 2:
        swapped = f"{first} {last}"
        # "Okafor, J. Chidi" at chidi.okafor@: the address spells the name without the initial.
        plain = " ".join(t for t in swapped.split() if len(t.rstrip(".")) > 1)
        if email is None or name_matches_email(swapped, email) or name_matches_email(plain, email):
            return swapped
    return name


_PAREN_TAIL = re.compile(r"(?<=[^\s(])\s++\([^()]{1,40}\)$")
_DEPT_CODE = re.compile(r"(?<=\S)\s*+\([A-Z]{2,10}\)$")


@dataclass(slots=True)
class _Rec:
    name: str | None
    email: str | None
    title: str | None = None
    hiring_manager: bool = False
    optional: bool = False
    slot_start: datetime | None = None
    slot_end: datetime | None = None
    topic: str | None = None
    sources: list[InterviewerSource] = field(default_factory=list)
    is_organizer: bool = False
    # Signs the letter as a recruiting agency's consultant.
    agency: bool = False
    # How many of the description's mentions were merged into this person.
    said: int = 0

    def merge(self, m: Mention, source: InterviewerSource) -> None:
        p = m.person
        self.name = pick_name(self.name, p.name)
        self.email = self.email or p.email
        if p.title and (self.title is None or len(p.title) > len(self.title)):
            self.title = p.title
        self.hiring_manager = self.hiring_manager or p.hiring_manager
        self.optional = self.optional or p.optional
        if m.slot_start is not None and (self.slot_start is None or m.slot_start < self.slot_start):
            self.slot_start = m.slot_start
        if m.slot_end is not None and (self.slot_end is None or m.slot_end > self.slot_end):
            self.slot_end = m.slot_end
        if m.topic and (self.topic is None or m.topic not in self.topic):
            self.topic = f"{self.topic}; {m.topic}" if self.topic else m.topic
        if source is InterviewerSource.DESCRIPTION:
            self.said += 1
        if source not in self.sources:
            self.sources.append(source)


def extract(
    event: Event,
    roster_: Roster,
    schedule: Schedule,
    summary_people: Sequence[NamedPerson],
    me: Me,
    user_tz: ZoneInfo,
    *,
    host_meets: bool = False,
) -> tuple[list[Interviewer], Contact | None]:
    """The interviewers, and the recruiter or coordinator when one can be identified."""
    shown = dict(roster_.titles)
    recs = [
        _Rec(
            name=person.name,
            email=person.email,
            title=shown.get((person.email or person.name or "").lower()),
            optional=person.optional,
            sources=[
                InterviewerSource.ORGANIZER
                if person is roster_.organizer
                else InterviewerSource.ATTENDEE
            ],
            is_organizer=person is roster_.organizer,
        )
        for person in roster_.others
    ]
    named_recruiter = _recruiter_said(schedule.recruiter, schedule.text, roster_.my_names)
    # A forwarded message's header: those it went to are guests of the original invite, and
    # its sender is met or is the one to ask (_forwarded_people).
    sender_contact, named_recruiter, passed_on = _forwarded_people(
        event, schedule, recs, named_recruiter, me, roster_.my_names
    )
    from_roster = len(recs)
    listed = _surnames_first(list(schedule.mentions), recs, named_recruiter)
    mentions = [(m, InterviewerSource.DESCRIPTION) for m in listed]
    mentions += [(Mention(p), InterviewerSource.SUMMARY) for p in summary_people if not p.bare]
    for m, source in mentions:
        p = m.person
        if _is_user(p, me, roster_.my_names) or (named_recruiter and _same(p, named_recruiter)):
            continue
        if looks_like_bot(p.email, p.name):
            continue
        rec = _find(recs, p)
        if m.aside:
            # Named in passing: a title for someone invited, never a new interviewer.
            if rec is not None and p.title and not rec.title:
                rec.title = p.title
                rec.hiring_manager = rec.hiring_manager or p.hiring_manager
            if rec is not None and not rec.name and p.name:
                # A guest known only by address ("rob.chen@"): the letter gives the name.
                rec.name = p.name
            elif rec is not None and rec.name and p.name and not is_latin(rec.name):
                rec.name = pick_name(rec.name, p.name)  # "Олена Гнатюк" written "Olena Hnatiuk"
            continue
        if rec is None:
            # A declined guest whom the schedule still names is expected after all.
            revived = next(
                (d for d in roster_.declined if _matches(_Rec(d.name, d.email), p)), None
            )
            rec = _Rec(
                name=revived.name if revived else None, email=revived.email if revived else None
            )
            recs.append(rec)
        rec.merge(m, source)
    # A bare name in the summary ("Coffee with Sam") only adds to someone already on the invite:
    # alone it could as well be a company ("Interview with Acme").
    for p in summary_people:
        if p.bare and not _is_user(p, me, roster_.my_names):
            rec = _find(recs[:from_roster], p)
            if rec is not None:
                rec.merge(Mention(p), InterviewerSource.SUMMARY)

    for said in schedule.hiring_managers:
        # "Ravi is the hiring manager": the one person whose (first) name it is.
        marked = _said_of(said, recs)
        if marked is not None:
            marked.hiring_manager = True
    for said in schedule.managers_said:
        # "Marcus leads the team you'd join": the hiring manager, unless their title already
        # makes them an executive (PLAYBOOK §4 reads executives before hiring managers).
        marked = _said_of(said, recs)
        if marked is not None and role_of(marked.title) is not Role.EXECUTIVE:
            marked.hiring_manager = True
    _titles_beside_names(schedule.text, recs)
    away = _not_taking_part(schedule, recs)
    if away:
        # "Priya can no longer make it", "Tobias is out sick": still on the invite, not met.
        recs = [r for r in recs if r not in away]
        from_roster -= sum(1 for r in away if r.sources and r.sources[0] in _INVITED)
    coordinator = schedule.coordinator
    if coordinator is not None:
        # The coordinator beside a named recruiter sets the loop up and is not met.
        recs = [r for r in recs if _named_as_interviewer(r) or not _matches(r, coordinator)]
        invited = (InterviewerSource.ORGANIZER, InterviewerSource.ATTENDEE)
        from_roster = sum(1 for r in recs if r.sources and r.sources[0] in invited)
    signer = _apply_writer(schedule, recs[:from_roster], roster_)
    recruiter = _recruiter(event, recs, from_roster, named_recruiter, me, host_meets)
    org_rec = next((r for r in recs if r.is_organizer), None)
    if (
        recruiter is None
        and passed_on is not None
        and org_rec is not None
        and not _named_as_interviewer(org_rec)
    ):
        # "Hi Alex - see below from the client, good luck!": whoever passes a message on, and
        # does not say they take part, is the one to ask, not someone met.
        recruiter = Contact(org_rec.name, org_rec.email)
    sender = next((r for r in recs if r.is_organizer), None)
    if (
        sender is not None
        and sender.title
        and len(recs) > 1
        and not _named_as_interviewer(sender)
        and _ASSISTS.search(sender.title)
    ):
        # "I am the Executive Assistant to Margarethe Voss": the assistant books the meeting
        # for someone else on the invite and is not met. Whether they are the one to ask is
        # left as it was: the labelled invites disagree (3 say yes, 2 no).
        recs = [r for r in recs if r is not sender]
    setter: Contact | None = None
    if recruiter is None and sender is not None and _sets_up_lineup(sender, recs, event):
        # "Here's who you'll meet:" and a list the sender is not on, sent by someone who did
        # not invite themself: they set the meeting up and are not met; the one to ask unless
        # recruiting staff are named below.
        setter = Contact(sender.name, sender.email)
        recs = [r for r in recs if r is not sender]
    if (
        recruiter is not None
        and (recruiter.name is None or _team_mailbox(recruiter, me))
        and signer is not None
    ):
        # A team mailbox sent it ("graduates@", "hr@") and a person signs the letter as
        # recruiting staff ("Sophie Grant" / "Graduate Recruitment Adviser"): the one to ask
        # is that person, at the mailbox.
        signs_as_staff = _staff_title(signer.title)
        met = any(r.name and names_match(r.name, signer.name) for r in recs)
        if recruiter.email and signs_as_staff and not met:
            recruiter = Contact(signer.name, recruiter.email)
    if (
        recruiter is not None
        and recruiter.name is None
        and recruiter.email
        and signer is not None
        and role_of(signer.title) is not Role.RECRUITER
        and all(_is_contact(r, recruiter) for r in recs)
        and _FIRST_PERSON_CALL.search(event.description[:3000])
    ):
        # Only a team mailbox is invited ("careers@"), and someone who is no recruiting staff
        # signs a letter saying they will call ("I'll give you a ring … Maeve / Office
        # Manager"): that person is the one met, at the mailbox.
        recs = [
            _Rec(
                name=signer.name,
                email=recruiter.email,
                title=signer.title,
                sources=[InterviewerSource.DESCRIPTION],
            )
        ]
        recruiter = None
    if (
        recruiter is None
        and signer is not None
        and signer.title
        and " " in signer.name
        and _staff_title(signer.title)
        and not any(r.name and names_match(r.name, signer.name) for r in recs)
    ):
        # A tool sends for nobody ("noreply@teamtailor.com") and the letter is signed by
        # recruiting staff who are not invited ("Linnea Bergström / Talent Acquisition,
        # Nordljus"): she is the one to ask, at the address she signs with if any.
        recruiter = Contact(signer.name, _signed_address(schedule.signature, signer.name))
    if recruiter is not None and recruiter.name and signer is not None:
        # "Phoebe Fairclough / Talent Acquisition Partner / phoebe.fairclough@…" under a letter
        # sent from the team's mailbox: the one to ask is at her own address.
        own = _signed_address(schedule.signature, recruiter.name)
        if own and own != recruiter.email and names_match(recruiter.name, signer.name):
            recruiter = Contact(recruiter.name, own)
    # The recruiter who writes the letter and says they are on the call ("You will meet me
    # (Ebba, People & Talent) and …", "I will be chairing", "Recruiter: X (will also join the
    # call)") is met too.
    joins: list[bool] = []

    def writer_joins() -> bool:
        # Read only when someone would be left out for it (most invites never ask).
        if not joins:
            # Whoever passed a message on speaks only in their note above it.
            head = event.description[: min(4000, passed_on if passed_on is not None else 4000)]
            hint = any(w in head for w in _JOIN_HINTS)
            found = hint and _WRITER_JOINS.search(head) is not None
            # "Vous rencontrerez : … moi-même, Gaëlle Morvan, responsable RH", "with me and
            # Ibrahim": the writer in the conversation, as the letter's language says it.
            found = found or _writer_takes_part(head)
            if not found and signer is not None and "(will " in head:
                # "Dana Whitfield, Talent Partner (will join for the intro)": the writer's own
                # name before the parenthesis.
                own = re.search(
                    re.escape(signer.name) + r"[^\n(]{0,60}\(will (?:also )?(?:join|be on)\b",
                    head,
                )
                found = own is not None
            joins.append(found)
        return joins[0]

    if recruiter is not None:
        alone = len(recs) == 1 and not event.attendees_hidden
        kept = []
        for rec in recs:
            if not _is_contact(rec, recruiter):
                kept.append(rec)
            elif (
                (alone and not _TEAM_EVENT.search(event.title))
                or _named_as_interviewer(rec)
                or (rec.is_organizer and writer_joins())
            ):
                # The recruiter runs this conversation (a recruiter screen): keep them, as a
                # recruiter, so no thank-you is drafted to them by default.
                rec.title = rec.title or "Recruiter"
                kept.append(rec)
        recs = kept
    booked = _BOOKED_AS.search(event.description[:3000]) if "Event " in event.description else None
    if _HM_EVENT.search(event.title) or (booked and _HM_EVENT.search(booked.group(1))):
        # Also a booking page's event type: "Event Name: Hiring manager chat - Growth PM".
        # "Hiring Manager Interview" with one interviewer: that person is the hiring manager.
        deciders = [r for r in recs if role_of(r.title) is not Role.RECRUITER]
        if len(deciders) == 1 and not any(r.hiring_manager for r in recs):
            deciders[0].hiring_manager = True
    if not any(r.hiring_manager for r in recs):
        # "★ Declan Moriarty – Hangar Manager" above "★ = hiring manager": a legend's symbol
        # beside one person's name.
        starred = _starred(event.description[:6000], recs)
        if starred is not None:
            starred.hiring_manager = True
    if schedule.hm_fields and any(r.email for r in recs[:from_roster]):
        # "Hiring Manager: Zhou Lin" above an interviewer list that leaves her out, with others
        # invited: the hire's manager, not on this call ("Zhou Lin is on leave; Ravi is
        # interviewing on her behalf"). Someone the letter also lists or invites stays.
        fields = [NamedPerson(n) for n in schedule.hm_fields]
        recs = [
            r
            for r in recs
            if r.email
            or r.said > 1
            or r.sources != [InterviewerSource.DESCRIPTION]
            or not any(_matches(r, f) for f in fields)
        ]
    if "first" in event.description and len(recs) > 1:
        recs = [r for r in recs if r not in _only_open_the_call(event.description[:4000], recs)]
    recs, aside = _optional_aside(recs)
    # Read the invite for a school only when someone's title could be its principal.
    school = any(r.title and "principal" in r.title.lower() for r in recs) and _at_school(event)
    interviewers = [_interviewer(r, user_tz, school) for r in recs]
    # Recruiting staff without a slot are not interviewers when someone else interviews.
    # Only those the playbook's table calls recruiting staff: an HR or people partner (a title
    # the family table adds) sits on panels.
    # Those the description lists among the people met ("Hiring team:", "Your interview
    # partners:", "You will meet X and me, Y (Talent Acquisition Specialist)") are met.
    org = event.organizer
    writer = org.email if org is not None and org.email else None
    staff = [
        i
        for i in interviewers
        if i.slot_start is None
        and InterviewerSource.DESCRIPTION not in i.sources
        and classify_title(i.title, i.hiring_manager) is Role.RECRUITER
        and not (writer is not None and i.email == writer and writer_joins())
    ]
    if staff and len(staff) < len(interviewers):
        interviewers = [i for i in interviewers if i not in staff]
        mailbox = (
            recruiter is not None
            and writer is not None
            and recruiter.email == writer
            and not (recruiter.name and is_name(recruiter.name))
        )
        if recruiter is None or mailbox:
            # A person from recruiting or HR in attendance is asked before the team mailbox
            # that sent the invite ("Faculty of Science HR" <science-hr@…>).
            recruiter = Contact(staff[0].name, staff[0].email)
    if recruiter is None:
        # "Interviewers: …, Clare Pemberton (Early Careers Recruiter)" from a no-reply tool: the
        # one recruiter on the call is also the one to ask.
        recruiting = [i for i in interviewers if i.role is Role.RECRUITER]
        if len(recruiting) == 1 and (recruiting[0].email or recruiting[0].name):
            recruiter = Contact(recruiting[0].name, recruiting[0].email)
    if recruiter is None or _team_mailbox(recruiter, me):
        # Only a team mailbox (or nobody) so far: recruiting staff among those met ("Priti
        # Mistry (People Partner, North)" under a careers@ invite) are the one to ask.
        recruiting = [i for i in interviewers if i.role is Role.RECRUITER and i.name]
        if len(recruiting) == 1 and recruiter is not None:
            recruiter = Contact(recruiting[0].name, recruiting[0].email or recruiter.email)
    if named_recruiter is None and (recruiter is None or _team_mailbox(recruiter, me)):
        # "Should you need to reschedule, please reply to Ms Cheryl Lim (Talent Acquisition) at
        # …", "fale com a nossa recrutadora Beatriz Monteiro (…)": the person the letter sends
        # questions to is the one to ask, before a team mailbox.
        contact = _contact_person(schedule.text, roster_.my_names) or _from_staff_team(
            schedule.text, roster_.my_names
        )
        if contact is not None and not any(
            i.role not in (Role.RECRUITER, Role.UNKNOWN)
            and i.name
            and names_match(i.name, contact.name)
            for i in interviewers
        ):
            known = next(
                (i for i in interviewers if i.name and names_match(i.name, contact.name)), None
            )
            team_box = recruiter.email if recruiter is not None else None
            if team_box and _SILENT_LOCAL.match(team_box):
                team_box = None
            name = contact.name or ""
            if known is not None and known.name and name.isupper() and not known.name.isupper():
                name = known.name  # "SUNNIVA HAUG FROM HR": the guest list writes her name
            recruiter = Contact(name, contact.email or (known.email if known else None) or team_box)
    recruiter = recruiter or setter or sender_contact
    if recruiter is None or (
        recruiter.name is None and not _answering_mailbox(recruiter.email, me)
    ):
        # Nobody, or a tool's address ("interviews@workablemail.com"): the team's own mailbox
        # the letter writes is the one to ask.
        recruiter = _mailbox_in_letter(event, interviewers, me) or recruiter
    # (A person the letter names is asked before a team mailbox, as above.)
    if (recruiter is None or _team_mailbox(recruiter, me)) and len(aside) == 1 and aside[0].name:
        # The one optional guest set aside, named in the letter for something other than an
        # interview ("ask at reception for Maëlle, who is coordinating your day"), is the one
        # to ask when nobody else is.
        recruiter = Contact(aside[0].name, aside[0].email)
    boxes = [i for i in interviewers if _team_guest(i)]
    if boxes and len(boxes) < len(interviewers):
        # "Kesselbach Karriere" <karriere@…>, "People Services" <peopleservices@…> among the
        # guests: a team's mailbox copied in is no one met; the one to ask if nobody else is.
        interviewers = [i for i in interviewers if i not in boxes]
        if recruiter is None and len(boxes) == 1:
            recruiter = Contact(None, boxes[0].email)
    interviewers.sort(key=lambda i: (i.slot_start is None, i.slot_start or _EPOCH))
    return interviewers, recruiter


# "Søren - Head of Data": a given name, then the title, after a surname and its comma.
_GIVEN_THEN_TITLE = re.compile(
    r"^(?P<given>[^\W\d_][\w'’-]{0,30})\s++[-–—]\s++(?P<title>\S.{0,120})$"
)


def _surnames_first(
    mentions: list[Mention], recs: list[_Rec], recruiter: NamedPerson | None
) -> list[Mention]:
    """A directory's "Nakamura, Kenji (Analyst)" and "ØDEGÅRD, Søren - Head of Data" read as
    two people or as a surname with a title: one person, given name first, when an invited
    address spells the name that way (kenji.nakamura@, k.nakamura@) and neither word alone
    is someone invited. The named recruiter's line is left as it was written (their mention
    is read apart)."""
    if len(mentions) < 1 or not any(r.email for r in recs):
        return mentions

    def invited(name: str) -> _Rec | None:
        p = NamedPerson(name)
        if recruiter is not None and " " in name and _same(p, recruiter):
            return None
        if " " in name:
            # The address spells the turned name; a longer name merely starting with someone
            # invited ("Tolu Adeyemi Focus") is not them.
            return next((r for r in recs if r.email and name_matches_email(name, r.email)), None)
        return next((r for r in recs if r.email and _matches(r, p)), None)

    def elsewhere(name: str | None, rec: _Rec) -> bool:
        # The word alone is someone else invited ("Kenji" at kenji@ beside k.nakamura@).
        other = invited(name or "")
        return other is not None and other is not rec

    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        a = m.person
        if a.name and a.name.isupper() and " " not in a.name:
            # "HAUGLAND" as the note writes it, "Haugland".
            a = replace(a, name="-".join(w.capitalize() for w in a.name.split("-")))
        one_word = bool(a.name) and " " not in (a.name or "") and not a.email
        if one_word and a.title is None and i + 1 < len(mentions):
            b = mentions[i + 1].person
            turned = f"{b.name} {a.name}" if b.name and not b.email else None
            rec = invited(turned) if turned is not None and len(turned.split()) <= 3 else None
            if (
                turned is not None
                and rec is not None
                and not elsewhere(a.name, rec)
                and not elsewhere(b.name, rec)
            ):
                person = NamedPerson(
                    turned, b.title, None, a.hiring_manager or b.hiring_manager, b.optional
                )
                out.append(replace(mentions[i + 1], person=person))
                i += 2
                continue
        if one_word and a.title is not None:
            g = _GIVEN_THEN_TITLE.match(a.title)
            turned = f"{g.group('given')} {a.name}" if g is not None else None
            if g is not None and turned is not None and invited(turned) is not None:
                title = g.group("title").strip()
                out.append(replace(m, person=replace(a, name=turned, title=title)))
                i += 1
                continue
        out.append(m)
        i += 1
    return out


def _team_guest(i: Interviewer) -> bool:
    """A guest whose display name is a team's or a notice's, not a person's, at an address
    that spells no name."""
    if not i.email or not i.name or i.slot_start is not None:
        return False
    if InterviewerSource.DESCRIPTION in i.sources:
        return False
    if not (_TEAM_WORDS.search(i.name) or _NOTICE_WORDS.search(i.name)):
        return False
    return not name_matches_email(i.name, i.email)


_NOTICE_WORDS = re.compile(r"\b(?:notifications?|no-?reply|alerts?|services)\b", re.IGNORECASE)


_EPOCH = datetime(1970, 1, 1, tzinfo=ZoneInfo("UTC"))
# What every _WRITER_JOINS match holds: substring tests before the regex's slower scan.
_JOIN_HINTS = (
    " me ", " me,", " me.", " me\n", " me(", "chairing", "will also", "also joining", " and I ",
    "myself", " kick ", "(will ", "sit in", " be on the ", "erai", "joindrai", "ll take the",
    "ll run the", "ll lead the", "ll chair the", "will take the", "will run the", "will lead the",
)  # fmt: skip
# The writer among those met, in the grammar of a list of people: the first person joined to a
# named one ("meet X and me", "Colm O'Sullivan, Director of Programs, and I will interview you"),
# written as a member ("The panel will be myself (Head of Policy), …"), or opening the call
# ("I'll kick things off").
_WRITER_JOINS = re.compile(
    r"\b(?:meet(?:ing)?|and|together with) me\b(?! know)|"
    # "You'll be meeting with me and our CEO", "speaking with me and Hana".
    r"\b(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?) with me\b|"
    r"\bI(?:'ll|’ll| will| am|'m) (?:be )?chairing\b|"
    # "(will join …)" is the writer's only after "me"/"myself" or under a recruiting label
    # ("Recruiter: Oriane Dubois (will join the call)"): after anyone else's name it is theirs.
    r"\(will also (?:join|be on)\b|\b(?:me|myself),? \(will (?:join|be on)\b|"
    r"^[ \t]*+(?i:recruit\w*|talent[\w &]{0,30}|(?:hr|people)[\w &]{0,30}|coordinator|"
    r"your recruiter)[ \t]*+:[^\n(]{1,80}\(will (?:join|be on)\b|\balso joining the call\b|"
    # "Chidi Okafor (…) and I (Keiko Nakamura, HR Manager) will interview you."
    # "Priya (our COO) and I want to talk through the opening with you."
    r"\band I (?:\([^()\n]{1,80}\) )?(?:will|'ll|’ll|would|are going to|want to|would like to|"
    r"'d like to|’d like to|plan to) (?:be )?"
    r"(?:interview|meet|speak|talk|chat|walk)\w*+ (?:you|with you|[^.\n]{1,60} with you)\b|"
    # "You will meet Karim Benali, Lead Data Engineer, and myself."
    r"\band myself\b|"
    r"\b(?:will be|are|is|includes?|including) myself\b|"
    r"\bI(?:'ll|’ll| will) (?:kick (?:things|it|us) off|open the call|start the call)\b|"
    # The writer who says they take part: "I'm in HR and will sit in", "I'll be on the panel
    # too", "Je serai également présente", "Je me joindrai à vous pour les dix dernières
    # minutes". Joining only to open the call ("I'll join for the first 10 minutes only to
    # introduce everyone") is no part in the interview.
    r"\b(?:I(?:'ll|’ll| will)|I'm [^.\n]{1,40} and will) (?:also )?(?:sit in\b|"
    r"be (?:sitting in|on the (?:panel|interview panel|call) (?:too|as well|also)\b))|"
    r"\b[Jj]e (?:serai (?:également |aussi )?(?:présente?|de la partie)\b|"
    r"me joindrai à vous\b(?! pour (?:les|la) premi))|"
    # Or runs a part of it: "I'll take the first half hour", "I will run the first twenty
    # minutes", "I'll lead the first part". Joining for the first minutes is left out: letters
    # say it of a writer who only makes introductions as often as of one who takes part.
    r"\bI(?:'ll|’ll| will) (?:also )?(?:take|run|lead|chair) the "
    r"(?:first|last|opening|final|closing)\b(?![^.\n]{0,60}\bintroduc)",
    re.MULTILINE,
)
# Events where a lone organizer is not the one met: the team is still to be named.
_TEAM_EVENT = re.compile(
    r"\bmeet the team\b|\bon-?site\b|\bpanel\b|\bloop\b|\bfinal round\b|\bsuper ?day\b", re.I
)
_BOOKED_AS = re.compile(r"^Event (?:Name|Type):[ \t]*+([^\n]{1,120})", re.MULTILINE)
_HM_EVENT = re.compile(
    r"\bhiring manager (?:interview|chat|call|conversation|screen|round)\b|"
    r"\bhm (?:interview|screen|call)\b",
    re.I,
)


def _forwarded_people(
    event: Event,
    schedule: Schedule,
    recs: list[_Rec],
    named: NamedPerson | None,
    me: Me,
    my_names: Sequence[str],
) -> tuple[Contact | None, NamedPerson | None, int | None]:
    """A message forwarded into the description ("From: … / To: … / Cc: …"): the people it
    went to join the guests (the original invite's guests, or those copied in); its sender
    joins them when the letter shows them taking part (signed with a title that is not
    recruiting staff's, named among those met, or saying they are present), else is the one to
    ask when nobody else is (returned, with the recruiter the schedule named, which is no
    longer the sender once they are met or a no-reply address), and, when someone else
    forwarded it without saying they take part, where their note ends. The user's own message
    (a reply of theirs pasted under the note) adds nobody."""
    forwarded = read_forwarded(event.description)
    if forwarded is None:
        return None, named, None
    org = event.organizer
    note = event.description[: forwarded.start]
    # Someone other than the user forwarded it, and their note above says nothing of taking
    # part: they pass the message on.
    passes = (
        org is not None
        and not org.is_self
        and not me.is_me(org.email)
        and forwarded.sender is not None
        and not _same(NamedPerson(*forwarded.sender), NamedPerson(org.name, None, org.email))
        and not _says_present(note)
    )
    passed_on = forwarded.start if passes else None
    if forwarded.sender is not None and _forwarded_skip(
        forwarded.sender[0], forwarded.sender[1], me, my_names, team=False
    ):
        # The user's own message pasted in (their reply quoted under the organiser's note):
        # those the user wrote to or copied in are the user's contacts, not the invite's
        # guests, and the user is nobody to ask; the organiser still speaks only above it.
        return None, named, passed_on
    org_name = org.name if org else None
    for name, email in forwarded.recipients:
        if not name or _forwarded_skip(name, email, me, my_names):
            continue  # an address alone, the user, a team mailbox: no guest met
        p = NamedPerson(name, None, email)
        rec = _find(recs, p)
        if rec is None and org_name and names_match(name, org_name):
            continue  # the one who forwarded it, written without an address
        if rec is None:
            recs.append(_Rec(name=name, email=email, sources=[InterviewerSource.ATTENDEE]))
        elif not rec.email and email:
            rec.email = email
    if forwarded.sender is None:
        return None, named, passed_on
    name, email = forwarded.sender
    sender = NamedPerson(name, None, email)
    is_named = named is not None and _same(named, sender)
    silent = bool(email and (_SILENT_LOCAL.match(email) or looks_like_bot(email, name)))
    if silent or _forwarded_skip(name, email, me, my_names):
        # A tool's no-reply address sent it: no one to ask there ("Questions? Contact …" is);
        # a team's mailbox that answers ("Graduate & Legal Recruitment" <legalrecruitment@…>)
        # is, when nobody else is.
        team = Contact(None, email) if email and _answering_mailbox(email, me) else None
        return team, (None if is_named and silent else named), passed_on
    if name and _sender_met(name, schedule, event.description[forwarded.body_start :]):
        rec = _find(recs, sender)
        if rec is None:
            recs.append(_Rec(name=name, email=email, sources=[InterviewerSource.ATTENDEE]))
        elif not rec.email:
            rec.email = email
        return None, (None if is_named else named), passed_on
    return Contact(name, email), named, passed_on


def _mailbox_in_letter(event: Event, interviewers: Sequence[Interviewer], me: Me) -> Contact | None:
    """The one team mailbox the letter writes ("Coordinated by Gradientloom Talent ·
    talent@…", "Spørgsmål? Skriv til job@…", "può scrivere a selezione@…"), sent by a tool
    or a mailbox that answers nothing: the one to ask when nobody else is."""
    text = event.description[:6000]
    if "@" not in text:
        return None
    met = {i.email for i in interviewers if i.email}
    found = {e for e in find_emails(text)[:20] if e not in met and _answering_mailbox(e, me)}
    return Contact(None, found.pop()) if len(found) == 1 else None


def _forwarded_skip(
    name: str | None, email: str | None, me: Me, my_names: Sequence[str], *, team: bool = True
) -> bool:
    """The user (by address or name), and with `team` also a tool's or a team's mailbox."""
    if email and me.is_me(email):
        return True
    if name and any(names_match(name, mine) for mine in my_names):
        return True
    if not team:
        return False
    return bool(email and (looks_like_bot(email, name) or _mailbox_like(email, name)))


def _sender_met(name: str, schedule: Schedule, body: str) -> bool:
    """The sender of a forwarded letter takes part: it is signed with a title that is not
    recruiting staff's, names them among those met, or has them say they are present."""
    sig = read_signature(schedule.signature, lambda text: False)
    if sig is not None and sig.title and names_match(sig.name, name):
        # "People & Culture Coordinator": whoever sets meetings up, whatever rank the title
        # lexicon gives the words.
        return not (_staff_title(sig.title) or _STAFF_TITLE.search(sig.title))
    if any(
        not m.aside and m.person.name and names_match(m.person.name, name)
        for m in schedule.mentions
    ):
        return True
    return _says_present(body[:4000])


def _says_present(text: str) -> bool:
    """The writer of `text` says they take part ("you'll meet me and …", "I'll join", "I'm the
    hiring manager", "I'll be the one interviewing you", "the role reports to me", "Paikalla
    olen minä")."""
    return (
        _writer_takes_part(text)
        or _WRITER_JOINS.search(text) is not None
        or _WRITER_ON_CALL.search(text) is not None
        or _INTERVIEWS_YOU.search(text) is not None
    )


_INTERVIEWS_YOU = re.compile(
    r"\bI(?:'ll|’ll| will|'m|’m| am) (?:be )?(?:the one |one of those )?interview(?:ing)? you\b|"
    r"\b(?:role|position|job|hire) (?:will |would )?reports? (?:directly )?to me\b"
)


def _optional_aside(recs: list[_Rec]) -> tuple[list[_Rec], list[_Rec]]:
    """Guests the provider marks optional (Google `optional`, Graph `type: optional`, ROLE=
    OPT-PARTICIPANT) whom the letter does not list among those met, when it lists others:
    copied in (a coordinator, an agency consultant, a shadow), not interviewers. A guest the
    letter gives a title or the hiring-manager mark stays ("Pieter, our Design Director, is
    optional")."""
    if len(recs) < 2:
        return recs, []
    listed = any(InterviewerSource.DESCRIPTION in r.sources and not r.optional for r in recs)
    kept: list[_Rec] = []
    aside: list[_Rec] = []
    for rec in recs:
        if not rec.optional or rec.hiring_manager or len(rec.sources) > 1:
            kept.append(rec)
        elif (rec.is_organizer and rec.sources == [InterviewerSource.ORGANIZER]) or (
            # The organizer who makes themself optional sent it for others to meet.
            listed and rec.sources == [InterviewerSource.ATTENDEE] and not rec.title
        ):
            aside.append(rec)
        else:
            kept.append(rec)
    return kept, aside


# Someone who is on the call only to open it: "Benedikt (our CEO) will hop on for the first few
# minutes to say hello, then leave us to it", "I'll join for the first few minutes to welcome
# you, then hand over to …". Only the leaving makes it so: one who opens the call "to introduce
# the exercise, then she'll pair with you" or hands over "and I'll stay on for questions" is met.
# Said without a leaving ("I'll join for the first few minutes") the labelled invites disagree
# (two say met, one not), so that stays met.
_OPENS_ONLY = re.compile(
    r"(?:(?P<me>\bI)(?:'ll|’ll| will| am going to)|(?<![\w'’-])(?P<n>[A-Z][\w'’-]*+"
    r"(?: [A-Z][\w'’-]*+){0,2})(?: \([^()\n]{1,40}\))? (?:will|is going to))"
    r" (?:just |only )?(?:join|hop on|pop in|dial in|be on the call|host|stay|open the call)"
    r"(?: the call| us)? (?:for )?the first (?:few |couple of |\w+ )?minutes?\b"
)
# The rest of that sentence says they go: "leave us to it", "hand over to", "drop off".
_LEAVES = re.compile(
    r"\b(?:leav(?:e|es|ing)|hand(?:s|ing)? (?:over|you over|it over)|drop(?:s|ping)? o(?:ff|ut)"
    r"|step(?:s|ping)? (?:out|away|off)|hop(?:s|ping)? off|head(?:s|ing)? out|duck(?:s|ing)? out)\b"
)
# ... or that they stay or run the interview after all: "then she'll pair with you on it",
# "and I'll stay on for questions". A clause about whom they hand over to ("to Lee, who will
# run the review") is no staying of theirs, so "who …" up to the next comma is left out.
_STAYS = re.compile(
    r"\b(?:stay(?:s|ing)?|remain(?:s|ing)?|pair(?:s|ing)?|interview(?:s|ing)? you"
    r"|(?:run|lead)(?:s|ning|ing)? (?:the|it|you)|sit(?:s|ting)? in|throughout)\b"
)
_WHO_CLAUSE = re.compile(r"\bwho\b[^,;.\n]*+")
# How far the rest of the sentence is read after "for the first few minutes".
_OPENS_REACH = 200


def _only_open_the_call(text: str, recs: list[_Rec]) -> list[_Rec]:
    """Those the letter says only open the call and then leave, unless a slot or a list puts
    them on it."""
    out = []
    for m in _OPENS_ONLY.finditer(text):
        rest = text[m.end() : m.end() + _OPENS_REACH]
        stop = len(rest)
        for mark in (". ", ".\n", "\n"):
            at = rest.find(mark)
            if at != -1:
                stop = min(stop, at)
        rest = rest[:stop]
        if not _LEAVES.search(rest) or _STAYS.search(_WHO_CLAUSE.sub("", rest)):
            continue
        if m.group("me"):
            rec = next((r for r in recs if r.is_organizer), None)
        else:
            rec = _said_of(m.group("n"), recs)
        if (
            rec is not None
            and rec.slot_start is None
            and InterviewerSource.DESCRIPTION not in rec.sources
        ):
            out.append(rec)
    return out


def _said_of(said: str, recs: list[_Rec]) -> _Rec | None:
    """The one person whose name (or, said alone, first name) a sentence gives."""
    said_p = NamedPerson(said)
    marked = [r for r in recs if r.name and _matches(r, said_p)]
    if not marked and len(said.split()) == 1:
        first = fold(said)
        marked = [r for r in recs if r.name and same_first_name(fold(r.name.split()[0]), first)]
    return marked[0] if len(marked) == 1 else None


def _titles_beside_names(text: str, recs: list[_Rec]) -> None:
    """A guest whose title nothing else gave: the one the text writes beside their name
    ("with Dr. Helen Park, Principal Investigator", "Maya here, CEO at Orbital"). The first
    name alone is tried only when no other guest has it."""
    if not text:
        return
    firsts = [fold(r.name.split()[0]) for r in recs if r.name]
    for rec in recs[:_MAX_NAME_MATCH]:
        if not rec.name or rec.title:
            continue
        title, hm = title_beside(text, rec.name)
        first = rec.name.split()[0]
        if title is None and not hm and " " in rec.name and firsts.count(fold(first)) == 1:
            title, hm = title_beside(text, first)
        rec.title = title
        rec.hiring_manager = rec.hiring_manager or hm


def _apply_writer(schedule: Schedule, invited: list[_Rec], roster_: Roster) -> Signature | None:
    """What the letter says of its writer (signature, "I'm the hiring manager") goes to the
    invited person who wrote it: the one the signature names, else the organizer. Returns the
    signature read."""
    org = next((r for r in invited if r.is_organizer), None)
    domain = domain_of(org.email) if org else None
    lines = schedule.signature
    if any("/" in line and "(" in line for line in lines):
        # "Zofia Kamińska (she/her)": the pronouns are no part of the name signed.
        lines = tuple(_PRONOUNS.sub("", line) for line in lines)
    sig: Signature | None = read_signature(lines, lambda text: agrees_with_domain(text, domain))
    writer = None
    if sig is not None:
        named = [r for r in invited if _matches(r, NamedPerson(sig.name))]
        writer = named[0] if len(named) == 1 else None
        if writer is not None:
            writer.title = sig.title if _only_the_mark(writer.title) else writer.title
            writer.title = writer.title or sig.title
            writer.agency = sig.agency or schedule.agency
    if writer is None and org is not None and (schedule.self_title or schedule.self_hiring_manager):
        writer = org
    if writer is not None and writer is org:
        writer.title = writer.title or schedule.self_title
        # An address with no display name ("mari@"): the name the letter introduces.
        writer.name = writer.name or schedule.self_name
        # "I'm hiring for the X role" from someone who signs as recruiting staff is the
        # recruiter's everyday phrase, not a manager hiring for their own team.
        writer.hiring_manager = writer.hiring_manager or (
            schedule.self_hiring_manager and not _RECRUITING_CALL.search(writer.title or "")
        )
    return sig


_MAX_NAME_MATCH = 200
# The lookbehind starts a match only at a run's first blank: without it, a search tried at each
# blank of a long run re-reads the run (quadratic).
_PRONOUNS = re.compile(
    r"(?<![ \t])[ \t]*+\((?:she|he|they|ze|xe|ela|ele|elle|il|sie|er)/[a-z]{2,6}(?:/[a-z]{2,6})?\)",
    re.IGNORECASE,
)
_RECRUITING_CALL = re.compile(r"\brecruit(?:er|ing|ment)\b|\btalent\b|\bsourc(?:er|ing)\b", re.I)


def _recruiter(
    event: Event,
    recs: list[_Rec],
    from_roster: int,
    named: NamedPerson | None,
    me: Me,
    host_meets: bool,
) -> Contact | None:
    if named is not None:
        match = next((r for r in recs[:from_roster] if _matches(r, named)), None)
        email = named.email or (match.email if match else None)
        return Contact(pick_name(named.name, match.name if match else None), email)
    org = next((r for r in recs if r.is_organizer), None)
    if (
        org is not None
        and org.title
        and not org.agency
        and not _named_as_interviewer(org)
        and role_of(org.title, org.hiring_manager) not in (Role.RECRUITER, Role.UNKNOWN)
        # "Academic Department Coordinator" sets the interview up for a committee: with others
        # on the invite, the one to ask, as a recruiting coordinator is.
        and not (len(recs) > 1 and _COORDINATES.search(org.title))
    ):
        # The organizer signs as someone other than recruiting staff (an engineering manager
        # sending their own invite): they are met, not the one to ask.
        return None
    if org is not None and org.agency:
        return Contact(org.name, org.email)
    if (
        org is not None
        and role_of(org.title, org.hiring_manager) is not Role.RECRUITER
        and (org.hiring_manager or _writer_takes_part(event.description[:4000]))
    ):
        # "The modeller will sit in my unit and report to me", "a conversation with me and
        # Ibrahim Sesay", "Na entrevista estarei eu, …": the writer who hires, or who says they
        # are in the conversation, is met, not the one to ask.
        return None
    if org is not None:
        # Guests copied in as optional ("My cofounder Lea might join, I've added her as
        # optional") do not make the one who invites a coordinator.
        required = [r for r in recs if not r.optional or r is org]
        only_one = len(required) == 1 and not event.attendees_hidden
        if only_one or host_meets or _named_as_interviewer(org):
            role = role_of(org.title, org.hiring_manager)
            # "Recruiter screen" with the organizer alone: the recruiter is the one met.
            recruiting_call = only_one and _RECRUITING_CALL.search(event.title) is not None
            if role is Role.RECRUITER or recruiting_call:
                return Contact(org.name, org.email)
            return None
        return Contact(org.name, org.email)
    creator = event.creator
    if (
        creator is not None
        and creator.email
        and not me.is_me(creator.email)
        and not creator.is_self
        and not looks_like_bot(creator.email, creator.name)
    ):
        return Contact(creator.name, creator.email)
    # Nobody named: the employer's own team mailbox that sent the invite is the one to ask
    # ("careers@", "hiring@", "recruitment@"), unless it is a no-reply or calendar address.
    for sender in (event.organizer, creator):
        if sender is not None and (
            _answering_mailbox(sender.email, me) or _team_sender(sender.email, sender.name, me)
        ):
            return Contact(None, sender.email)
    return None


_COORDINATES = re.compile(r"\bcoordinator\b|\badministrator\b", re.IGNORECASE)
# The writer among those in the conversation, in the words of the letter's language: "with me
# and Ibrahim", "you'll meet me and", "estarei eu", "conmigo", "mit mir", "avec moi".
_MYSELF = (
    r"(?:moi-m[êe]me|yo mism[oa]|io stess[oa]|eu mesm[oa]|sottoscritt[oa]|undertecknad|"
    r"undertegnede|ondergetekende|soussign[ée]e?)\b"
)
_TAKES_PART = re.compile(
    r"\bwith me and\b|\b(?:meet|see) me and\b|\bme and (?-i:[A-Z])|\bestarei eu\b|"
    r"\bestar[ée] yo\b|\bconmigo\b|\bcomigo\b|\bmit mir\b|\bavec moi\b|\bmet mij\b|"
    # The writer in a list of those present, in the Dutch, German and Nordic words for
    # "myself" ("Aanwezig: ikzelf (teamleider) en Wouter", "med mig og Anne") and the Finnish
    # "present am I" ("Paikalla olen minä ja Eero", "Haastattelijoina olen minä").
    # Not when the sentence says the writer is not there ("Ich selbst bin nicht dabei").
    r"\b(?:ikzelf|mijzelf|ich selbst|(?:jeg|mig|meg) selv|(?:mig|jag) själv)\b"
    r"(?![^.\n]{0,30}\b(?:nicht|niet|ikke|inte)\b)|"
    # The same in French, Spanish, Italian and Portuguese ("moi-même, Gaëlle, responsable RH",
    # "e io stessa"), and "the undersigned" as letters write it ("e la sottoscritta", "och
    # undertecknad", "en ondergetekende", "et la soussignée").
    # Only where the word stands in the list of those met: after "and", "with" or a list's
    # mark, or before the writer's own name ("- moi-même, Gaëlle Morvan"); alone it is just
    # "myself" ("ti chiamo io stessa domani": the recruiter will call, not interview).
    r"(?:\b(?:and|et|e|y|i|och|og|en|und|avec|con|com|med|mit|with)|^|[:;•–-])\s*+"
    r"(?:(?:la|il|le)\s++)?"
    rf"{_MYSELF}(?![^.\n]{{0,30}}\b(?:pas|no|non|não|inte|niet|ikke)\b)|"
    rf"{_MYSELF}(?=\s*+,\s*+(?-i:[A-ZÀ-ÖØ-Þ])|\s++(?:and|et|e|y|och|og|en|und)\b)"
    r"(?![^.\n]{0,30}\b(?:pas|no|non|não|inte|niet|ikke)\b)|"
    r"\bmed (?:mig|meg) og\b|\bmed mig och\b|\bolen minä\b|\bminä ja\b|\bkanssani\b|"
    # Someone else "also joins" ("Sindre Lunde blir også med", "Anne-Mette deltager også"): the
    # writer is there too.
    r"\b(?:blir|er|är|bliver) også med\b|\b(?:deltar|deltager|deltaker) også\b|"
    r"\bär också med\b|\bdeltar också\b|\bis ook aanwezig\b|\bschuift ook aan\b|"
    r"\bist auch dabei\b|\bon myös mukana\b",
    re.IGNORECASE,
)


_TAKES_PART_HINTS = (
    " me and", " ME AND", "stare", "STARE", "onmigo", "ONMIGO", "omigo", "OMIGO", "mit mir",
    "MIT MIR", "avec moi", "AVEC MOI", "met mij", "MET MIJ", "zelf", "selbst", "selv", "själv",
    "med m", "minä", "kanssani", "også", "också", "ook aan", "auch dabei", "myös",
    "même", "MÊME", "meme", "mism", "stess", "mesm", "ottoscritt", "OTTOSCRITT", "ndertec",
    "NDERTEC", "ndertegn", "NDERTEGN", "ndergetek", "NDERGETEK", "oussign", "OUSSIGN",
)  # fmt: skip


def _writer_takes_part(head: str) -> bool:
    if not any(h in head for h in _TAKES_PART_HINTS):
        return False
    return _TAKES_PART.search(head) is not None


# A recruiting team's name on a mailbox that answers ("Graduate Recruitment" <graduates@…>),
# unlike a no-reply or calendar address.
_TEAM_NAME = re.compile(r"\b(?:recruit(?:ment|ing)|careers|talent)\b", re.IGNORECASE)
_SILENT_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|notif|calendar|schedul)", re.IGNORECASE
)


def _team_sender(email: str | None, name: str | None, me: Me) -> bool:
    domain = domain_of(email)
    if not email or not name or not domain or me.is_me(email) or domain in me.domains:
        return False
    if is_scheduler(domain) or is_tool_domain(domain) or is_free_mail(domain):
        return False
    return _TEAM_NAME.search(name) is not None and not _SILENT_LOCAL.match(email)


_ANSWERED = re.compile(
    r"^(?:careers?|jobs?|hiring|recruit\w*|\w*recruit(?:ing|ment)|talent\w*|hr|people|"
    r"office|applications?|apply|interviews|"
    # The same teams in other languages: selección, recrutement, rekruttering, Bewerbung,
    # selezione, werving, rrhh.
    r"selec(?:c|t)i[oó]n|selecao|selezione|recrutement|recrutamento|rekrut\w*|rekryt\w*|"
    r"bewerbung\w*|karriere|personal|empleo|emploi|vagas|werving|rrhh)(?:[-._+]\w*)?$",
    re.IGNORECASE,
)
# A team's name on a mailbox, in the languages the invites come in.
_TEAM_WORDS = re.compile(
    r"\b(?:recruit\w*|careers?|talent\w*|jobs|hiring|hr|people|selecci[oó]n|recrut\w*|"
    r"rekrut\w*|rekryt\w*|talentos|personal\w*|human resources|acquisition|karriere|"
    r"werving|selezione)\b",
    re.IGNORECASE,
)


def _team_mailbox(contact: Contact, me: Me) -> bool:
    """A recruiter that is only a team's mailbox ("Talentos Jabuticaba" <talentos@…>,
    careers@, a no-reply tool address), not a person."""
    email = contact.email
    if not email or me.is_me(email):
        return False
    return _mailbox_like(email, contact.name)


@lru_cache(maxsize=4096)
def _mailbox_like(email: str, name: str | None) -> bool:
    contact = Contact(name, email)
    local = email.split("@", 1)[0]
    if _ANSWERED.match(local) or looks_like_bot(email, contact.name):
        return True
    if contact.name and name_matches_email(contact.name, email):
        return False
    return contact.name is None or _TEAM_WORDS.search(contact.name) is not None


# Where a letter sends the candidate's questions, and whom: "Questions: Brenda Tollefson,
# Talent Acquisition", "please reply to Ms Cheryl Lim (Talent Acquisition) at …", "Recruiter
# contact: Zainab Oyinlola, zainab@…", "Coordinator: Priya V… (recruiting@…)", "fale com a
# nossa recrutadora Beatriz Monteiro", "contactar con Lucía Pardo, técnica de selección".
_CONTACT_CUE_PATTERN = (
    r"\b(?:questions?|queries|contact|reach out to|reply to|get in touch with|write to|"
    r"recruiter(?: contact| name)?|(?:recruiting |interview )?coordinator|point of contact|"
    r"fale com|falar com|entre em contato com|contactar con|contacte con|escriba a|"
    r"wenden sie sich(?: bitte)? an|ansprechpartner(?:in)?|contactez|contacter|"
    r"[ée]crivez [àa]|neem contact op met|kontakta)\b[ \t]*+[:,\-–]?[ \t]*+"
)
# Run on lowercased text: case-insensitive matching is several times slower.
_CONTACT_CUE = re.compile(_CONTACT_CUE_PATTERN)
_CONTACT_CUE_ANY_CASE = re.compile(_CONTACT_CUE_PATTERN, re.IGNORECASE)
# "Your recruiter for the rest of the process is Mariam Al-Sayed (…)", "Your recruiter is
# Hamish MacLeod; reach him at …": the sentence that names the recruiter, read to its verb.
_YOUR_RECRUITER = re.compile(
    r"\byour recruiter\b[^.!?\n]{0,60}?\b(?:is|will be)[ \t]++", re.IGNORECASE
)


def _recruiter_said(
    found: NamedPerson | None, text: str, my_names: Sequence[str]
) -> NamedPerson | None:
    """The recruiter the schedule read, checked against the letter: an address given beside a
    name it does not spell belongs to the person whose name it spells ("Coordinated by Lucía
    Ortega, … Your recruiter is Hamish MacLeod; reach him at hamish.macleod@…"), and "your
    recruiter … is X" names the recruiter when the schedule read none."""
    if found is not None and found.name and found.email:
        if not name_matches_email(found.name, found.email):
            said = _said_recruiter(text, my_names)
            if said is not None and name_matches_email(said.name or "", found.email):
                return NamedPerson(said.name, None, found.email)
        return found
    if found is not None or not text or "ecruiter" not in text[:6000]:
        return found
    return _said_recruiter(text, my_names)


def _said_recruiter(text: str, my_names: Sequence[str]) -> NamedPerson | None:
    m = _YOUR_RECRUITER.search(text[:6000])
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    rest = text[m.end() : line_end if line_end >= 0 else len(text)][:200]
    person = _contact_person("contact " + rest, my_names)
    return person


# Someone the letter places in the people team: "Mika Fujiwara from HR will also join",
# "FUNMI OYELOWO FROM HR WILL SIT IN", "Dana Pike of our Talent team". Two to four capitalised
# words, taken whole, before the team.
_FROM_STAFF_TEAM = re.compile(
    r"(?<![\w'’-])(?P<n>[A-ZÀ-Þ][\w'’-]*+(?: [A-ZÀ-Þ][\w'’-]*+){1,3}) (?i:from|in|of) "
    r"(?i:our |the )?(?:HR|H\.R\.|(?i:people(?: (?:team|ops|operations|& culture))?|"
    r"human resources|talent(?: acquisition)?(?: team)?|recruiting(?: team)?|"
    r"recruitment(?: team)?|personnel))\b"
)


def _from_staff_team(text: str, my_names: Sequence[str]) -> NamedPerson | None:
    if not text:
        return None
    for m in list(_FROM_STAFF_TEAM.finditer(text[:6000]))[:5]:
        name = m.group("n")
        if is_name(name) and not any(names_match(name, mine) for mine in my_names):
            return NamedPerson(name)
    return None


# Before the name: a few small words ("a nossa recrutadora", "our recruiter") and a form of
# address ("Ms", "Frau").
_ADDRESS_FORMS = frozenset(
    ("ms", "mr", "mrs", "mx", "dr", "frau", "herr", "sr", "sra", "mme", "m", "miss")
)
_NAME_PARTICLES = frozenset(
    (
        *("binti", "bin", "van", "von", "de", "da", "del", "della", "dos", "das", "di", "la"),
        *("le", "al", "el", "ibn", "ter", "den", "der", "du"),
    )
)
_NAME_PUNCT = ",.;:()"
_EMAIL_LINE = re.compile(r"^[ \t]*+(?:recruiter |contact )?e-?mail\b", re.IGNORECASE)


# The small words between a cue and the name: "a nossa recrutadora", "our recruiter", "your
# coordinator", "unsere Kollegin".
_LEAD_WORDS = frozenset(
    (
        *("a", "o", "our", "your", "the", "nossa", "nosso", "nuestra", "nuestro", "su", "sua"),
        *("seu", "unsere", "unseren", "unserer", "ihre", "ihrer", "notre", "votre", "la", "el"),
        *("le", "onze", "vår", "vores", "with", "to"),
    )
)
_LEAD_NOUN = re.compile(
    r"^(?:recru|reclu|rekru|rekry|selec|coordinat|contact|colleague|colega|kolleg|talent)",
    re.IGNORECASE,
)


def _lead_word(token: str) -> bool:
    word = token.strip(",:")
    return word[:1].islower() and (word in _LEAD_WORDS or _LEAD_NOUN.match(word) is not None)


def _name_word(token: str) -> bool:
    word = token.strip(_NAME_PUNCT)
    return (
        bool(word)
        and word[0].isupper()
        and all(c.isalpha() or c in "'’-" for c in word)
        and word.lower() not in _ADDRESS_FORMS
    )


def _contact_person(text: str, my_names: Sequence[str]) -> NamedPerson | None:
    """The person a letter sends the candidate's questions to, with their address if the
    letter gives it; None when the one named there has a title outside recruiting."""
    if not text:
        return None
    head = text[:6000]
    low = head.lower()
    cues = (
        _CONTACT_CUE.finditer(low)
        if len(low) == len(head)
        else _CONTACT_CUE_ANY_CASE.finditer(head)
    )
    for cue in cues:
        line_end = head.find("\n", cue.end())
        line_end = len(head) if line_end < 0 else line_end
        rest = head[cue.end() : min(line_end, cue.end() + 200)]
        tokens = rest.split()
        i = 0
        while i < len(tokens) and i < 4 and _lead_word(tokens[i]):
            i += 1
        if i < len(tokens) and tokens[i].rstrip(".").lower() in _ADDRESS_FORMS:
            i += 1
        words: list[str] = []
        while i < len(tokens) and len(words) < 6:
            token = tokens[i]
            if token.startswith("("):
                break
            if _name_word(token):
                words.append(token.strip(_NAME_PUNCT))
            elif words and token in _NAME_PARTICLES:
                words.append(token)
            else:
                break
            i += 1
            if token[-1] in _NAME_PUNCT:
                break
        while words and words[-1] in _NAME_PARTICLES:
            words.pop()
        capitals = [w for w in words if w not in _NAME_PARTICLES]
        name = " ".join(words)
        if len(capitals) < 2 or not is_name(" ".join(capitals)) or _TEAM_WORDS.search(name):
            continue
        if any(names_match(name, mine) for mine in my_names):
            continue
        at = rest.find(words[-1], rest.find(words[0])) + len(words[-1])
        tail = rest[at:]
        emails = find_emails(tail[:120])
        if not emails and line_end < len(head):
            following = head[line_end + 1 : line_end + 120].split("\n", 1)[0]
            if _EMAIL_LINE.match(following):
                emails = find_emails(following)
        said = tail.split("@", 1)[0] if emails else tail
        said = said.strip(" \t,.;:-–—")
        if said.startswith("("):
            said = said[1:].split(")", 1)[0]
        said = said.split(" at ", 1)[0].split(" (", 1)[0].strip(" ,.;:()")
        if said and len(said) <= 60 and role_of(said) not in (Role.RECRUITER, Role.UNKNOWN):
            return None
        return NamedPerson(name, None, emails[0] if emails else None)
    return None


def _answering_mailbox(email: str | None, me: Me) -> bool:
    domain = domain_of(email)
    if not email or not domain or me.is_me(email) or domain in me.domains:
        return False
    if is_scheduler(domain) or is_tool_domain(domain) or is_free_mail(domain):
        return False
    label, _, rest = domain.partition(".")
    if label.endswith("mail") and "." not in rest:
        # "interviews@workablemail.com", "…@teamtailor-mail.com": the domain a recruiting tool
        # sends from answers nothing.
        return False
    return _ANSWERED.match(email.split("@", 1)[0]) is not None


# The writer says they will be the one on the call.
_FIRST_PERSON_CALL = re.compile(
    r"\bI(?:'ll|’ll| will) (?:give you a (?:ring|call|buzz)|call you|ring you|phone you|"
    r"meet you|see you|talk to you|speak (?:to|with) you|be (?:calling|interviewing) you)\b"
)


def _signed_address(lines: tuple[str, ...], name: str) -> str | None:
    """The writer's own address on a line of the signature, alone or beside their name and
    title ("Tamsin Fairweather-Boyd | Senior Recruiter | t.fairweather-boyd@…")."""
    for line in lines:
        if "@" in line and len(line) <= 160:
            found = [e for e in find_emails(line) if name_matches_email(name, e)]
            if len(found) == 1:
                return found[0]
    return None


# Recruiting staff by a signature's title: the playbook's recruiting titles, and the words
# of people, HR and resourcing teams ("Resourcing Adviser", "HR Coordinator"), and recruiting
# in the Nordic languages and Polish ("Rekryterare", "Rekrutteringskonsulent", "Rekruter").
_RESOURCING = re.compile(
    r"\bresourcing\b|\bpersonnel\b|\bselection\b|\brekr[uy]t\w*", re.IGNORECASE
)


def _staff_title(title: str | None) -> bool:
    if not title:
        return False
    if role_of(title) is Role.RECRUITER:
        return True
    return _RESOURCING.search(title) is not None or (
        _STAFF_TITLE.search(title) is not None and role_of(title) is Role.UNKNOWN
    )


_ASSISTS = re.compile(
    r"\b(?:executive|personal|administrative) assistant\b|\bassistant to\b|\b(?:EA|PA) to\b",
    re.IGNORECASE,
)


# Who sets a meeting up for others: recruiting, HR or office staff, an assistant.
_STAFF_TITLE = re.compile(
    r"\b(?:people|hr|human resources|culture|talent|recruit\w*|coordinator|administrator|"
    r"admin|office manager)\b",
    re.IGNORECASE,
)
# The writer says they are on the call: "I'll join for the last 10 minutes as your hiring
# manager", "I'll also be on the call".
_WRITER_ON_CALL = re.compile(
    r"\bI(?:'ll|’ll| will)(?: also)? (?:join|be joining|be on|hop on|drop in|sit in)\b|"
    r"\bas your (?:hiring )?manager\b|\bI(?:'m|’m| am) (?:the|your) hiring manager\b"
)


def _sets_up_lineup(org: _Rec, recs: list[_Rec], event: Event) -> bool:
    """The organizer is off the guest list and off a lineup of two or more people the
    description names among the guests, and does not say they join."""
    if _named_as_interviewer(org) or org.hiring_manager or not org.email:
        return False
    if event.attendees_hidden or any(a.email == org.email for a in event.attendees):
        return False
    if _WRITER_ON_CALL.search(event.description[:4000]):
        return False
    # Graph leaves the organizer out of `attendees` whether or not they attend: only staff who
    # book for others (by title, or a mailbox with no person's name) are taken to stay away.
    if event.source is Source.GRAPH and not _books_for_others(org):
        return False
    listed = [r for r in recs if r is not org and InterviewerSource.DESCRIPTION in r.sources]
    return len(listed) >= 2 and all(r.email for r in listed)


def _books_for_others(rec: _Rec) -> bool:
    if rec.title and (
        role_of(rec.title) is Role.RECRUITER
        or _ASSISTS.search(rec.title)
        or _STAFF_TITLE.search(rec.title)
    ):
        return True
    return not (rec.name and rec.email and name_matches_email(rec.name, rec.email))


def _named_as_interviewer(rec: _Rec) -> bool:
    if InterviewerSource.DESCRIPTION in rec.sources:
        return True
    return InterviewerSource.SUMMARY in rec.sources and (
        rec.hiring_manager or (rec.title is not None and role_of(rec.title) is not Role.RECRUITER)
    )


def _is_contact(rec: _Rec, contact: Contact) -> bool:
    if rec.email and contact.email:
        return rec.email == contact.email
    return bool(rec.name and contact.name and names_match(rec.name, contact.name))


_INVITED = (InterviewerSource.ORGANIZER, InterviewerSource.ATTENDEE)


def _not_taking_part(schedule: Schedule, recs: list[_Rec]) -> list[_Rec]:
    """Guests the letter says will not take part after all, unless a schedule line or list
    names them as met all the same."""
    if not schedule.text:
        return []
    away = []
    for name in absent_names(schedule.text):
        p = NamedPerson(name)
        rec = _find(recs, p)
        if rec is None or rec.is_organizer:
            continue
        listed = any(
            not m.aside and m.person.name and _matches(rec, m.person) for m in schedule.mentions
        )
        if not listed:
            away.append(rec)
    return away


def _find(recs: list[_Rec], p: NamedPerson) -> _Rec | None:
    if p.email:
        for rec in recs:
            if rec.email == p.email:
                return rec
    # Name matching is quadratic; past a few hundred guests it is a town hall, not a loop.
    if not p.name or len(recs) > _MAX_NAME_MATCH:
        return None
    found = [r for r in recs if _matches(r, p)]
    if len(found) > 1:
        exact = [r for r in found if r.name and r.name.casefold() == p.name.casefold()]
        found = exact if len(exact) == 1 else []
    return found[0] if found else None


def _matches(rec: _Rec, p: NamedPerson) -> bool:
    if p.email and rec.email:
        return p.email == rec.email
    if not p.name:
        return False
    if rec.name and names_match(rec.name, p.name):
        return True
    return bool(rec.email and name_matches_email(p.name, rec.email))


def _same(a: NamedPerson, b: NamedPerson) -> bool:
    if a.email and b.email:
        return a.email == b.email
    return bool(a.name and b.name and names_match(a.name, b.name))


def _is_user(p: NamedPerson, me: Me, my_names: Sequence[str]) -> bool:
    if p.email:
        return me.is_me(p.email)
    return bool(p.name) and any(
        names_match(n, p.name or "") and len(n.split()) > 1 for n in my_names
    )


def _only_the_mark(title: str | None) -> bool:
    """The title is only "hiring manager": the mark, not a job title."""
    return bool(title) and " ".join((title or "").lower().split()) in _MARK_ONLY


_MARK_ONLY = frozenset({"hiring manager", "the hiring manager", "hm", "hiring mgr"})


# A school's principal runs the school; elsewhere "Principal" is a senior individual
# contributor's rank (a consultancy's principal, "Principal Engineer"). The invite says which:
# the school is named in its title, place, description or organizer's address.
_SCHOOL = re.compile(
    r"\b(?:school|high|academy|elementary|primary|secondary|k-?12|lyc[ée]e|gymnasium|"
    r"teaching|teacher|pupils|students)\b",
    re.IGNORECASE,
)
_SCHOOL_HEAD = re.compile(
    r"(?:school |acting |interim )?(?:vice[- ]|deputy |assistant )?principal", re.IGNORECASE
)


# A legend line says only the legend: "★ = hiring manager", "* hiring manager" under a table,
# "† denotes the hiring manager.", "✱: HM". A bullet that goes on ("* HM interview is next
# week", "* Hiring manager round: next week") is a sentence, not a legend.
_LEGEND = re.compile(
    r"^[ \t]*+([*★☆†‡✱])[ \t]*+([=:–—-][ \t]*+)?"
    r"((?:denotes|indicates|marks|means|is)[ \t]++)?"
    r"(?:the |your )?(?:hiring manager|hm)[ \t]*+[.)]?[ \t\r]*+$",
    re.IGNORECASE | re.MULTILINE,
)
_LEGEND_SYMBOLS = frozenset("*★☆†‡✱")


def _bullet_lines(text: str, symbol: str) -> list[int]:
    """Where each line that starts with the symbol as a bullet ("* Priya Shah") starts."""
    found = []
    start = 0
    for line in text.split("\n"):
        body = line.lstrip(" \t")
        if body.startswith(symbol) and body[len(symbol) : len(symbol) + 1] in (" ", "\t"):
            found.append(start)
        start += len(line) + 1
    return found


def _legend(text: str) -> re.Match[str] | None:
    """The first line that defines a symbol as the hiring manager's mark."""
    for legend in _LEGEND.finditer(text):
        if legend.group(2) is None and legend.group(3) is None:
            # A bare "* Hiring manager" next to other "* ..." lines is one item of a list
            # ("Still to come:\n* Recruiter screen\n* Hiring manager"), not a legend.
            symbol = legend.group(1)
            above = text[: legend.start()].rstrip("\r\n").rsplit("\n", 1)[-1]
            below = text[legend.end() :].lstrip("\r\n").split("\n", 1)[0]
            if any(_bullet_lines(line, symbol) for line in (above, below)):
                continue
        return legend
    return None


def _starred(text: str, recs: Sequence[_Rec]) -> _Rec | None:
    """The one person whose name the legend's symbol stands beside, if the text has a legend."""
    if not any(c in _LEGEND_SYMBOLS for c in text):
        return None
    legend = _legend(text)
    if legend is None:
        return None
    symbol = legend.group(1)
    # "* Priya Shah" among other "* ..." lines: the symbol is the list's bullet, not a mark.
    bullets = [b for b in _bullet_lines(text, symbol) if not legend.start() <= b < legend.end()]
    found = []
    for rec in recs:
        if not rec.name:
            continue
        at = text.find(rec.name)
        while at >= 0:
            before = text[max(0, at - 4) : at].rstrip(" \t")
            after = text[at + len(rec.name) : at + len(rec.name) + 3].lstrip(" \t")
            marked_before = before.endswith(symbol)
            marked_after = after.startswith(symbol)
            if marked_before and marked_after:
                marked_before = marked_after = False  # "*Priya Shah*": emphasis, not a mark
            if marked_before and len(bullets) > 1:
                line_start = text.rfind("\n", 0, at) + 1
                if text[line_start:at].strip(" \t") == symbol:
                    marked_before = False  # the line's bullet
            if marked_before or marked_after:
                found.append(rec)
                break
            at = text.find(rec.name, at + 1)
    return found[0] if len(found) == 1 else None


def _school_head(title: str) -> bool:
    """ "Principal", or "Principal, Hawthorne Elementary" (the school after a comma)."""
    head, _, school = title.partition(",")
    if school and _SCHOOL.search(school) is None:
        return False
    return _SCHOOL_HEAD.fullmatch(head.strip()) is not None


def _at_school(event: Event) -> bool:
    org = event.organizer.email if event.organizer and event.organizer.email else ""
    text = f"{event.title}\n{event.location or ''}\n{org.replace('.', ' ')}\n"
    return _SCHOOL.search(text + event.description[:2000]) is not None


def _interviewer(rec: _Rec, user_tz: ZoneInfo, school: bool = False) -> Interviewer:
    # Every reader's title, whichever path wrote it, loses what the sentence ran on with.
    title = tidy_title(rec.title)
    if title and "," in title:
        # "Founder, Loopwell": the company the address already says is not part of the title.
        head, tail = title.rsplit(",", 1)
        if head.strip() and agrees_with_domain(tail.strip(), domain_of(rec.email)):
            title = head.strip()
    hiring_manager = rec.hiring_manager
    if title and (hiring_manager or "anager" in title or "your " in title.lower() or "HM" in title):
        # "Director of Engineering, Hiring Manager", a signature's "Internal Audit Manager
        # (hiring manager)", a table cell's "(Director of Engineering, HM)": the flag carries
        # the second part, whichever reader kept it.
        rest, marked = split_hiring_manager(title)
        if marked and rest and not _only_the_mark(rest):
            hiring_manager = True
        title = rest or title
    if _only_the_mark(title):
        # "Nathan Greer, the hiring manager": the mark says it; no job title was written.
        title = None
    if title:
        # "Vineyard Manager · block walk": what the line says next is about the session.
        title = without_session(title)
    role = role_of(title, hiring_manager)
    if school and role is Role.PEER and title and _school_head(title):
        role = Role.DECISION_MAKER
    return Interviewer(
        name=rec.name,
        email=rec.email,
        title=title,
        role=role,
        hiring_manager=hiring_manager,
        slot_start=rec.slot_start.astimezone(user_tz) if rec.slot_start else None,
        slot_end=rec.slot_end.astimezone(user_tz) if rec.slot_end else None,
        source=rec.sources[0],
        sources=tuple(rec.sources),
        topic=rec.topic,
        optional=rec.optional,
    )

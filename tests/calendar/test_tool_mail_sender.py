"""A recruiting tool that sends from its brand with "-mail" added ("jobvite-mail.com",
"recruitee-mail.com"), in the employer's name, is a tool's mailbox: neither an interviewer nor
the one to ask, and its domain is not the employer's (people._tool_mail)."""

from app.calendar.people import is_scheduler, looks_like_bot
from tests.calendar.helpers import one_invite


def test_tool_mail_domain_is_a_scheduler() -> None:
    assert is_scheduler("recruitee-mail.com")
    assert is_scheduler("jobvite-email.io")
    assert looks_like_bot("quillmere@workable-mail.com", "Quillmere Textiles")


def test_firm_domains_with_mail_are_not_tools() -> None:
    # Guards: a firm's own "-mail" domain, a '<brand>mail' domain (4d2255a), a firm's mail host.
    assert not is_scheduler("basilisk-mail.com")
    assert not is_scheduler("workablemail.com")
    assert not is_scheduler("mail.quillmere.co.uk")


def test_tool_mailbox_in_the_employers_name_is_nobody_met() -> None:
    i = one_invite(
        "Interview: Pattern Cutter at Quillmere Textiles",
        "Hi Alex,\n\nYou will meet:\n- Odhran Belcourt (Head of Production)\n\n"
        "Recruiter: Tamsin Okafor\n\nQuillmere Textiles Talent Team",
        ("Quillmere Textiles", "quillmere@recruitee-mail.com"),
        ("Odhran Belcourt", "odhran.belcourt@quillmere.co.uk"),
    )
    assert [p.name for p in i.interviewers] == ["Odhran Belcourt"]
    assert i.recruiter is None or i.recruiter.email != "quillmere@recruitee-mail.com"
    assert i.company == "Quillmere Textiles"

"""Phrase rules for the voice check's anxious-energy findings (PLAYBOOK §5).

Each family is a set of gated rules (see rules.py): (gate words, pattern). Patterns run on a
lower-cased working copy in which curly quotes are already straight, so "I’m" is written "I'm"
and matches "i'm". Rules aim at realistic phrasings, not only the playbook's examples, and stay
narrow where a broad word would flag calm notes ("sorry for the confusion" once, "your time").
Structure rules (thanks, ownership, asks ...) live in lexicon_notes.py.
"""

from __future__ import annotations

import re

from app.playbook.rules import Family, each, word_set

# Contractions people type with or without the apostrophe.
IM = r"I(?:'m|\s+am|m)"
DIDNT = r"(?:didn't|didnt|did\s+not)"
WASNT = r"(?:wasn't|wasnt|was\s+not)"
ITS = r"(?:it's|its|it\s+is|this\s+is|that's|thats|that\s+is)"
# Adverbs that soften or inflate an adjective without changing what is claimed.
DEGREE = (
    r"(?:(?:a\s+bit|a\s+little|quite|very|really|rather|pretty|so|kind\s+of|sort\s+of|somewhat|"
    r"honestly|frankly|super|extremely|incredibly|terribly|awfully|totally)\s+)?"
)
APOLOGIZE = (
    "apologize apologise apologized apologised apologizes apologises apologizing apologising"
)

# --- apologies -------------------------------------------------------------------------------
# One mention each. "Sorry to bother" is a hedge (counted there); "sorry to hear" is sympathy.
APOLOGY = Family(
    (
        "sorry",
        r"\bsorry\b(?!\s+to\s+(?:bother|trouble|disturb|intrude|pester|hear|see|learn|read))",
    ),
    (APOLOGIZE, r"\bapologi[sz](?:e|ed|es|ing)\b"),
    ("apology apologies", r"\bapolog(?:y|ies)\b"),
    ("forgive", r"\bforgive\s+me\b"),
    ("pardon", r"\bpardon\s+me\b"),
)
_INTENSE = (
    "so very really truly deeply terribly awfully incredibly extremely sincerely profoundly "
    "genuinely super immensely hugely massively beyond"
)
_INTENSE_RX = "(?:" + "|".join(_INTENSE.split()) + ")"
_APOLOGY_ADVERBS = (
    "sincerely|deeply|truly|humbly|profusely|really|genuinely|wholeheartedly|profoundly|again"
)
APOLOGY_INTENSE = Family(
    *each(
        f"sorry & {_INTENSE}",
        "|".join(_INTENSE.split()),
        rf"(?:[\s,]+{_INTENSE_RX})*\s+sorry\b"
        r"(?!\s+to\s+(?:bother|trouble|disturb|intrude|pester|hear|see|learn|read))",
    ),
    ("sorry", r"\bsorry(?:[\s,]+sorry)+\b"),
    ("sorry & again more", r"\bsorry\s+(?:again|once\s+more|once\s+again)\b"),
    *each("sorry & again", r"once\s+again|again", r",?\s+(?:I'm\s+|I\s+am\s+|so\s+)?sorry\b"),
    *each(
        APOLOGIZE,
        r"I\s+apologi[sz]e|apologi[sz]e",
        r"\s+(?:again|once\s+more|once\s+again|profusely|sincerely|so\s+much|deeply|"
        r"wholeheartedly)\b",
    ),
    *each(APOLOGIZE, _APOLOGY_ADVERBS, r"\s+apologi[sz]e\b"),
    *each(
        "apologies",
        r"sincere|sincerest|deepest|deep|humble|humblest|profound|profuse|heartfelt|"
        r"many|a\s+thousand|a\s+million|my\s+deepest|my\s+sincere|my\s+sincerest",
        r"\s+apologies\b",
    ),
    *each("apologies & again", r"once\s+again|again", r",?\s+(?:my\s+)?apologies\b"),
    ("apologies & again more", r"\bapologies\s+(?:again|once\s+more)\b"),
    (
        f"enough & sorry {APOLOGIZE}",
        r"\bcan(?:'t|not|\s+not)\s+(?:apologi[sz]e|say\s+(?:I'm\s+|how\s+)?sorry)(?:\s+\w+)?"
        r"\s+enough\b",
    ),
    ("forgive", r"\bplease\s+forgive\s+me\b"),
)

# --- pleading (hold everywhere) ------------------------------------------------------------
_TALK = r"(?:talk|chat|meet|connect|speak|discuss|catch|continue|hear|learn|work|collaborate)"
_JOB = r"(?:job|role|position|offer|opportunity|work)"
PLEADING = Family(
    *each(
        "chance",
        r"please,?\s+give|give|grant|offer|allow",
        r"\s+me\s+(?:just\s+)?(?:another|a\s+second|one\s+more|one\s+last|a\s+last|a|one)"
        r"\s+(?:more\s+)?chance\b",
    ),
    *each(
        "chance",
        r"one\s+more|one\s+last|a\s+second|another|a\s+last",
        rf"\s+chance\b(?!\s+to\s+{_TALK})",
    ),
    (
        "please & reconsider hire consider don't dont",
        r"\bplease,?\s+(?:reconsider|hire\s+me|consider\s+me|don't\s+(?:reject|give\s+up|pass|"
        r"rule\s+me|count\s+me|write\s+me|hold\s+(?:it|this)\s+against))\b",
    ),
    ("reconsider", r"\breconsider\s+(?:me|my\s+(?:application|candidacy|candidature))\b"),
    (
        "need",
        rf"\bI\s+(?:(?:really|truly|desperately|badly|so|absolutely)[\s,]+)*need\s+(?:this|the|that)"
        rf"\s+{_JOB}\b",
    ),
    *each(
        "badly desperately anything",
        "want|need",
        rf"\s+(?:this|the|that)\s+{_JOB}\s+(?:so\s+)?(?:badly|desperately|"
        r"more\s+than\s+anything)\b",
    ),
    ("begging pleading", rf"\b{IM}\s+(?:begging|pleading)\b"),
    ("beg plead", r"\bI\s+(?:beg|plead\s+with)\s+(?:you|of\s+you)\b"),
    ("begging", r"\bbegging\s+you\b"),
    # "in desperate need of tooling" describes the team, not the candidate.
    ("desperate desperately", r"\bdesperate(?<!in\sdesperate)(?:ly)?\b"),
    *each(
        "mean & world everything much lot deal & to & me",  # every word the phrase needs
        "it|this|that",
        r"(?:'d|\s+would|\s+will)?\s+mean\s+(?:the\s+world|everything|so\s+much|a\s+lot|"
        r"a\s+great\s+deal)\s+to\s+me\b",
    ),
    ("mean means & world everything", r"\bmeans?\s+(?:the\s+world|everything)\s+to\s+me\b"),
    (
        "anything whatever",
        r"\bI(?:'ll|\s+will|'d|\s+would)\s+do\s+(?:anything|whatever\s+it\s+takes)\b",
    ),
    ("whatever & takes", r"\bwhatever\s+it\s+takes\b"),
    ("hope chance & last only", r"\bmy\s+(?:last|only)\s+(?:hope|chance)\b"),
    (
        "afford",
        r"\bI\s+(?:can't|cannot|can\s+not)\s+afford\s+to\s+(?:lose|miss)\s+(?:this|the|that)\b",
    ),
    ("give & up", r"\bdon't\s+give\s+up\s+on\s+me\b"),
    (
        "promise",
        r"\bI\s+promise\s+(?:I'll\s+do\s+better|to\s+do\s+better|it\s+won't\s+happen\s+again|"
        r"I\s+won't\s+let\s+you\s+down)\b",
    ),
    ("please", r"\bplease,?\s+please\b"),
    ("knees", r"\bon\s+my\s+knees\b"),
)

# --- self-deprecation ------------------------------------------------------------------------
_INSULT = (
    "idiot fool moron failure loser mess disaster clown fraud imbecile stupid dumb useless "
    "hopeless incompetent pathetic clueless worthless embarrassment joke"
)
_INSULT_RX = "(?:" + "|".join(_INSULT.split()) + ")"
SELF_DEPRECATION = Family(
    (
        _INSULT,
        rf"\bI(?:'m|\s+am|m|\s+was|\s+felt|\s+feel|\s+must\s+(?:have\s+)?(?:seemed|seem|looked|look|"
        rf"sounded|sound))(?:\s+like)?\s+(?:(?:such|so|really|just|a|an|complete|total|absolute|"
        rf"utter|truly|totally|the\s+biggest)\s+){{0,3}}{_INSULT_RX}\b",
    ),
    (
        "at & terrible awful bad hopeless useless horrible rubbish garbage worst",
        rf"\b{IM}\s+(?:(?:just|so|really|pretty|truly|absolutely|honestly)\s+)?(?:terrible|awful|"
        r"bad|hopeless|useless|horrible|rubbish|garbage|the\s+worst)\s+at\b",
    ),
    (
        "feel felt & terrible awful horrible sick dreadful failure",
        r"\bI\s+(?:feel|felt)\s+(?:(?:so|really|just|absolutely)\s+)?(?:terrible|awful|horrible|"
        r"sick|dreadful|like\s+a\s+failure)\b",
    ),
    (
        "blew bombed choked",
        r"\bI\s+(?:(?:totally|completely|really|just)\s+)?(?:blew|bombed|choked\s+on|choked)"
        r"(?:\s+(?:it|that|this|the\s+\w+|my\s+\w+))?\b",
    ),
    (
        "screwed messed & up",
        r"\bI\s+(?:(?:totally|completely|really)\s+)?(?:screwed|messed)\s+(?:it|that|this|"
        r"everything)\s+up\b",
    ),
    (
        "what & idiot fool moron mess disaster failure clown",
        r"\bwhat\s+an?\s+(?:idiot|fool|moron|mess|disaster|failure|clown)\b",
    ),
    *each(
        "me & silly stupid dumb foolish idiotic",
        "silly|stupid|dumb|foolish|idiotic",
        r"\s+(?:of\s+)?me\b",
    ),
    (
        "myself & fool idiot",
        r"\bI\s+made\s+(?:a\s+(?:complete\s+|total\s+)?fool|an\s+idiot)\s+of\s+myself\b",
    ),
    ("embarrassed", r"\bI\s+embarrassed\s+myself\b"),
    (
        "mortified humiliated ashamed",
        r"\bI(?:'m|\s+am|\s+was|\s+felt|\s+feel)\s+(?:(?:so|really|totally|deeply)\s+)?"
        r"(?:mortified|humiliated|ashamed)\b",
    ),
    (
        "enough & smart good qualified sharp",
        rf"\b{IM}\s+(?:(?:just|clearly|probably)\s+)?not\s+(?:smart|good|qualified|sharp)\s+enough\b",
    ),
    ("cut", rf"\b{IM}\s+(?:(?:just|clearly|probably)\s+)?not\s+cut\s+out\s+for\b"),
    ("never & enough", r"\bI'?ll\s+never\s+be\s+(?:good|smart)\s+enough\b"),
    *each(
        "stupid dumb idiotic silly embarrassing",
        "stupid|dumb|idiotic|silly|embarrassing",
        r"\s+(?:mistake|answer|error|blunder|response)\b",
    ),
    ("brain", r"\bmy\s+brain\s+(?:is|was)\s+(?:mush|useless|fried)\b"),
)

# --- blame shifted to the interviewer or the setup -----------------------------------------
_BAD_QUESTION = (
    "unclear confusing vague ambiguous misleading unfair tricky clear poorly badly oddly "
    "strangely hard trick"
)
BLAME_SHIFT = Family(
    *each(
        f"question questions prompt problem task exercise instruction instructions wording "
        f"brief case scenario & {_BAD_QUESTION}",
        "your|the|that|this",
        rf"\s+(?:question|questions|prompt|problem|task|exercise|"
        rf"instructions?|wording|brief|case(?:\s+study)?|scenario)\s+(?:was|were|is|felt|seemed)\s+"
        rf"{DEGREE}(?:unclear|confusing|vague|ambiguous|misleading|unfair|tricky|not\s+clear|"
        rf"(?:poorly|badly|oddly|strangely)\s+(?:worded|phrased|explained|framed|asked)|"
        rf"hard\s+to\s+(?:follow|understand)|a\s+trick\s+question)",
    ),
    *each(
        "time & give allow leave",
        r"you|they|the\s+interviewer|the\s+panel",
        rf"\s+(?:{DIDNT}|never)\s+(?:give|allow|leave)\s+(?:me\s+)?(?:enough|much|any|"
        r"sufficient)\s+time\b",
    ),
    *each(
        "time & given allowed left",
        r"wasn't|wasnt|was\s+not|weren't|were\s+not",
        r"\s+(?:given|allowed|left)\s+(?:enough|much|sufficient)\s+time\b",
    ),
    ("time & enough sufficient", rf"\bthere\s+{WASNT}\s+(?:enough|sufficient)\s+time\b"),
    *each(
        "interrupt interrupted interrupting cut cutting talked rushed",
        r"you|the\s+interviewer",
        r"\s+(?:(?:kept|constantly)\s+)?(?:interrupt(?:ed|ing)?(?:\s+me)?|"
        r"cut(?:ting)?\s+me\s+off|talked\s+over\s+me|rushed\s+me)\b",
    ),
    (
        "audio connection video sound wifi wi internet call line zoom mic microphone bandwidth "
        "network lag",
        rf"\bthe\s+(?:audio|connection|video|sound|wi-?fi|internet|call(?:\s+quality)?|line|zoom|"
        rf"mic(?:rophone)?|bandwidth|network|lag)\s+(?:was|were|kept|seemed)\s+(?:being\s+)?{DEGREE}"
        r"(?:bad|poor|terrible|awful|choppy|spotty|laggy|patchy|unstable|glitchy|"
        r"breaking\s+up|cutting\s+out|dropping)\b",
    ),
    *each(
        "unfair rushed biased confusing stressful chaotic disorganized disorganised "
        "unreasonable broken buggy fair short",
        "the|your|this|that",
        rf"\s+(?:format|setup|set-up|process|interview|structure|"
        rf"time\s+limit|timing|environment|panel|whiteboard|tool|editor|ide)\s+(?:was|were|felt|"
        rf"seemed|is)\s+{DEGREE}(?:unfair|rushed|biased|confusing|stressful|chaotic|disorganized|"
        r"disorganised|unreasonable|broken|buggy|not\s+fair|too\s+short)\b",
    ),
    *each(
        "explained clarified asked given told let been phrased framed worded specified",
        r"if\s+you\s+had|if\s+you'd|had\s+you",
        r"\s+(?:(?:only|just)\s+)?(?:explained|clarified|asked|given\s+me|told\s+me|let\s+me|"
        r"been\s+(?:clearer|more\s+(?:clear|specific))|phrased|framed|worded|specified)\b",
    ),
    (
        "you & didn't didnt did never failed",
        rf"\byou\s+(?:{DIDNT}|never|failed\s+to)\s+(?:explain|clarify|specify|give\s+me|"
        r"let\s+me\s+(?:finish|answer|explain)|make\s+(?:it|that|this)\s+clear)\b",
    ),
    (
        "you & were seemed came",
        rf"\byou\s+(?:were|seemed|came\s+across\s+as)\s+{DEGREE}(?:rude|dismissive|distracted|"
        r"impatient|unclear|hostile|condescending|aggressive|unprepared|confusing|vague|"
        r"in\s+a\s+hurry)\b",
    ),
    (
        "asked & poorly badly wrong strangely oddly confusingly",
        r"\byou\s+asked\s+(?:it|the\s+question|that|this)\s+(?:poorly|badly|wrong|strangely|oddly|"
        r"confusingly)\b",
    ),
    (
        "clear obvious & you",
        rf"\bit\s+{WASNT}\s+(?:clear|obvious)\s+what\s+you\s+(?:wanted|meant|were\s+(?:asking|"
        r"looking\s+for|after))\b",
    ),
    ("fault", r"\bnot\s+(?:(?:really|entirely|all)\s+)?my\s+fault\b"),
    ("confused misled misunderstood", r"\byou\s+(?:confused|misled|misunderstood)(?:\s+me)?\b"),
    ("spot", r"\byou\s+put\s+me\s+on\s+the\s+spot\b"),
    ("thrown", r"\bthrown\s+off\s+by\s+(?:your|the)\s+(?:question|format|interruptions?|tone)\b"),
)

# --- hedging -------------------------------------------------------------------------------
# Markers that only count when two or more share a clause ("I just wanted to maybe").
HEDGE_MARKER = Family(
    (
        "just",
        r"\bjust\b(?=\s+(?:wanted|want|wanna|wondering|wondered|checking|thought|thinking|hoping|"
        r"hoped|curious|a\s+quick|a\s+thought|a\s+note|following|reaching|to\s+(?:check|follow|"
        r"ask|say|see|let|share|clarify|touch)))",
    ),
    *each(
        "maybe perhaps possibly hopefully somewhat kinda sorta arguably presumably",
        "maybe|perhaps|possibly|hopefully|somewhat|kinda|sorta|arguably|presumably",
        r"\b",
    ),
    *each("kind sort", "kind|sort", r"\s+of\b"),
    (
        "think guess suppose feel believe imagine reckon assume",
        r"\bI\s+(?:think|guess|suppose|feel\s+like|believe|imagine|reckon|assume)\b",
    ),
    ("say think guess & i'd would", r"\bI(?:'d|\s+would)\s+(?:say|think|guess)\b"),
    ("wonder wondering wondered", r"\bwonder(?:ing|ed)?(?:\s+(?:if|whether))?\b"),
    (
        "sure & if whether",
        r"\bnot\s+(?:(?:entirely|totally|quite|completely|really)\s+)?sure\s+(?:if|whether)\b",
    ),
    ("bit", r"\ba\s+little\s+bit\b"),
    ("possible", r"\bif\s+possible\b"),
    ("less", r"\bmore\s+or\s+less\b"),
    ("way", r"\bin\s+a\s+way\b"),
    ("wrong", r"\bI\s+(?:might|may)\s+be\s+wrong\b"),
)
# "kind of"/"sort of" preceded by these is the noun ("what kind of team"), not a hedge.
NOUN_KIND_BEFORE = word_set(
    "a an the what which this that these those some any every one same different other "
    "another each no certain particular right wrong new whatever"
)
# Hedges that are wrong even alone: asking leave to have written at all.
HEDGE_ALONE = Family(
    (
        "hope & ok okay alright right fine appropriate acceptable too",
        rf"\bI\s+hope\s+{ITS}\s+(?:ok|okay|alright|all\s+right|fine|appropriate|acceptable|"
        r"not\s+too\s+(?:much|forward|late|presumptuous|pushy|long))\b",
    ),
    (
        "hope & bothering overstepping intruding imposing being",
        r"\bI\s+hope\s+(?:I'm|Im|I\s+am)\s+not\s+(?:bothering|overstepping|intruding|imposing|"
        r"being\s+(?:too\s+)?(?:forward|pushy|presumptuous|annoying))\b",
    ),
    (
        "hope & isn't is doesn't does",
        r"\bI\s+hope\s+(?:this|it|that)\s+(?:isn't|is\s+not|doesn't|does\s+not)\s+(?:too\s+much|"
        r"a\s+bother|an\s+imposition|bother|come\s+across)\b",
    ),
    (
        "if & ok okay alright right fine too",
        rf"\bif\s+{ITS}\s+(?:ok|okay|alright|all\s+right|fine|not\s+too\s+much(?:\s+trouble)?)"
        r"(?:\s+with\s+you)?\b",
    ),
    *each("mind", r"if\s+you|I\s+hope\s+you", r"\s+don't\s+mind\b"),
    ("sorry", r"\bsorry\s+to\s+(?:bother|trouble|disturb|intrude|pester)(?:\s+you)?\b"),
    (
        "bother trouble pester impose overstep intrude pushy annoying pest",
        r"\bI\s+(?:don't|do\s+not)\s+(?:want|mean)\s+to\s+(?:bother|trouble|pester|impose|overstep|"
        r"intrude|be\s+(?:a\s+bother|pushy|annoying|a\s+pest))\b",
    ),
    ("pressure", r"\bno\s+pressure\b"),
    ("ignore", r"\bfeel\s+free\s+to\s+ignore\b"),
    *each("kinda sorta", "kinda|sorta", r"\b"),
)

# --- intensity -----------------------------------------------------------------------------
INTENSIFIERS = word_set(
    "really so very extremely incredibly super truly absolutely totally deeply hugely immensely "
    "tremendously insanely utterly genuinely awfully terribly seriously exceptionally remarkably "
    "unbelievably ridiculously massively crazy"
)
_INT_RX = "|".join(sorted(INTENSIFIERS))
_INT_NO_SO = "|".join(sorted(INTENSIFIERS - {"so"}))
# "so" after a comma is the conjunction ("it ran late, so I ..."), not an intensifier.
STACKED_INTENSIFIERS = Family(
    *[
        (word, rf"\b{word}(?:\s+(?:{_INT_RX})|,\s*(?:{_INT_NO_SO}))+\b")
        for word in sorted(INTENSIFIERS)
    ],
    ("so", r"\bso(?:,?\s+so)+\b"),  # "so, so much"
)
EXCLAMATIONS = re.compile(r"!+")
# A letter typed three times or more ("sooo", "amaaazing"), on the lower-cased copy.
ELONGATED = re.compile(r"([a-z])\1{2,}")
CAPS_GATE = re.compile(r"[A-Z]{2}")
# A run of capitals not followed by a lower-case letter ("Dana" is rejected in C, not Python).
# No leading \b: the caller checks the left boundary (\b first makes the scan much slower).
# Possessive (++) so "TTLs" is not retried as "TT".
CAPS_TOKEN = re.compile(r"[A-Z]++(?:'[A-Z]++)?(?![a-z])")
# Capitalised, these words are emphasis: flagged even alone ("I REALLY enjoyed it").
EMPHASIS_WORDS = word_set(
    "REALLY VERY SO SUPER TRULY EXTREMELY INCREDIBLY ABSOLUTELY TOTALLY DEFINITELY COMPLETELY "
    "HUGE HUGELY LOVE LOVED LOVING THANK THANKS AMAZING AWESOME INCREDIBLE FANTASTIC EXCITED "
    "EXCITING THRILLED GREAT BEST PERFECT WOW OMG HAPPY GRATEFUL SORRY PLEASE NEED MUST NEVER "
    "ALWAYS NOT EVER MUCH MORE MOST EVERY EVERYTHING ANYTHING DREAM BEYOND SERIOUSLY "
    "HONESTLY IMPORTANT ACTUALLY SUCH TONS WAY YES BIG ENJOYED APPRECIATE DEEPLY GENUINELY"
)
# Everyday words: a run of 3+ capitalised tokens with two of these is shouting, while
# "AWS EKS GKE" or "SVP GTM EMEA" is a string of acronyms.
COMMON_CAPS_WORDS = EMPHASIS_WORDS | word_set(
    "I A THE AND YOU YOUR WE OUR ME MY IS ARE WAS WERE BE BEEN TO OF FOR THIS THAT WITH IT AM "
    "HAVE HAS HAD WILL CAN DO DID JUST BUT IN ON AT BY FROM AS AN OR IF WHAT HOW WHEN WHY WHO "
    "LOOKING FORWARD HEARING WORKING TOGETHER TEAM JOB ROLE TIME CHANCE OPPORTUNITY HIRE "
    "I'M I'D I'LL I'VE YOU'RE IT'S THAT'S DON'T CAN'T WON'T GET GOT WANT HOPE KNOW LET SEE "
    "MEET TALK SPEAK GOOD NICE FUN WORK SOON TODAY AGAIN HERE THERE ALL NO"
)

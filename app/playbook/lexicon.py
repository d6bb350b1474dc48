"""Phrase rules for the voice check's anxious-energy findings (PLAYBOOK §5).

Each family is a set of gated rules (see rules.py): (gate words, pattern). Patterns run on a
lower-cased working copy in which curly quotes are already straight, so "I’m" is written "I'm"
and matches "i'm". Rules aim at realistic phrasings, not only the playbook's examples, and stay
narrow where a broad word would flag calm notes ("sorry for the confusion" once, "your time").
Structure rules (thanks, ownership, asks ...) live in lexicon_notes.py.
"""

from __future__ import annotations

import re

from app.playbook.rules import Family, each, trie_alternation, word_set

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
        # "I apologise, again and again", "I do apologise — truly, deeply —".
        r"(?:,?\s+|\s*+[\u2014\u2013-]\s*+)(?:again|once\s+more|once\s+again|profusely|sincerely|"
        r"so\s+much|deeply|truly|wholeheartedly)\b",
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
# "(just) a / another / one more / a second ..." before a CHANCE noun; _REQ needs the "more".
_ONE_MORE = (
    r"(?:just\s+|even\s+)?(?:(?:another|a\s+second|one\s+more|one\s+last|a\s+last|a\s+fresh|"
    r"a\s+real|a|one|the)\s+)?(?:more\s+)?"
)
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
        rf"\bI\s+(?:(?:really|truly|desperately|badly|so|absolutely|just)[\s,]+)*need\s+(?:this|the|that)"
        rf"\s+(?:{_JOB}|break|chance|shot|win|yes)\b",
    ),
    *each(
        "badly desperately anything",
        "want|need",
        rf"\s+(?:this|the|that)\s+{_JOB}\s+(?:so\s+)?(?:badly|desperately|"
        r"more\s+than\s+anything)\b",
    ),
    ("begging pleading", rf"\b{IM}\s+(?:begging|pleading)\b"),
    ("beg plead", r"\bI(?:'d|\s+would|\s+must)?\s+(?:beg|plead\s+with)\s+(?:you|of\s+you)\b"),
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
        r"\bI(?:'ll|\s+will|'d|\s+would)\s+do\s+(?:literally\s+|absolutely\s+|just\s+)?"
        r"(?:anything|whatever(?:\s+it\s+takes|\s+is\s+(?:needed|necessary|required)|\s+you\s+need))\b",
    ),
    ("whatever & takes", r"\bwhatever\s+it\s+takes\b"),
    ("hope chance & last only", r"\bmy\s+(?:last|only)\s+(?:hope|chance)\b"),
    (
        "afford",
        r"\bI\s+(?:really\s+|just\s+|simply\s+)?(?:can't|cannot|can\s+not)\s+afford\s+to\s+(?:lose|miss)"
        r"(?:\s+out)?\b",
    ),
    ("give & up", r"\bdon't\s+give\s+up\s+on\s+me\b"),
    (
        "promise",
        r"\bI\s+promise\s+(?:I'll\s+do\s+better|to\s+do\s+better|it\s+won't\s+happen\s+again|"
        r"I\s+won't\s+let\s+you\s+down)\b",
    ),
    ("please", r"\bplease,?\s+please\b"),
    *each("pls plz", "pls|plz", r",?\s+(?:please|pls|plz)\b"),
    ("word & good put", r"\bput\s+in\s+a\s+(?:good|kind)\s+word\b"),
    ("dream & come true", r"\bdream\s+come\s+true\b"),
    *each(
        "consider & hope",
        r"hope\s+you'll|hope\s+you\s+will|hope\s+you\s+can|hope\s+you\s+could|hope\s+you\s+might|"
        r"hope\s+that\s+you'll|hope\s+that\s+you\s+will",
        r"\s+(?:seriously\s+|kindly\s+|still\s+)?consider\s+(?:me|my)\b",
    ),
    (
        "waiting & years months long ages",
        r"\bwaiting\s+(?:for|on)\s+(?:an?\s+|this\s+)?(?:opportunity|chance|role|job|position)\s+"
        r"(?:like\s+this\s+)?for\s+(?:years|months|so\s+long|a\s+long\s+time|ages)\b",
    ),
    *each(
        "change & life", "would|will|could|it'd", r"\s+(?:truly\s+|really\s+)?change\s+my\s+life\b"
    ),
    ("life-changing", r"\blife-changing\b"),
    *each(
        "all & need ask want",
        "chance|shot|opportunity|break|yes|look",
        r"\s+is\s+all\s+I\s+(?:need|ask|want)\b",
    ),
    (
        "inbox email e-mail phone mail & refreshing",
        r"\brefreshing\s+my\s+(?:inbox|email|e-mail|phone|mail)\b",
    ),
    (
        "every constantly obsessively nonstop & checking",
        r"\bchecking\s+my\s+(?:inbox|email|e-mail|phone|mail)\s+(?:every\s+(?:hour|minute|few)|constantly|"
        r"obsessively|nonstop)\b",
    ),
    ("needles tenterhooks", r"\bon\s+(?:pins\s+and\s+needles|tenterhooks)\b"),
    *each("anxiously & awaiting waiting", "anxiously|nervously", r"\s+(?:awaiting|waiting)\b"),
    (
        "know & do & if without",
        r"\bI\s+(?:don't|do\s+not)\s+know\s+what\s+I(?:'ll|\s+will|'d|\s+would)\s+do\s+(?:if|without)\b",
    ),
    *each(
        "count & against",
        r"don't\s+let|do\s+not\s+let|please\s+don't\s+let",
        r"\s+(?:\w+\s+){1,3}count\s+against\s+me\b",
    ),
    ("counting & on", rf"\b{IM}\s+(?:really\s+|so\s+)?counting\s+on\s+you\b"),
    (
        "need & this",
        # "I really, really need this", "I need this to go well": the need itself, stacked.
        r"\bI\s+(?:(?:really|truly|just|so|desperately|badly|genuinely),?\s+){0,3}need\s+this"
        r"(?:\s+(?:one|chance|opportunity|break|win|yes))?"
        r"(?:\s+to\s+(?:go\s+well|work\s+out|happen|come\s+through|go\s+my\s+way))?(?=\s*(?:[.!;]|$))",
    ),
    *each(
        # "hunting": "been job hunting for a year" holds none of the other three words.
        "work unemployed looking hunting job-hunting & for",
        r"out\s+of\s+work|unemployed|been\s+looking\s+for\s+work|been\s+job\s+hunting|"
        r"been\s+job-hunting",
        r"\s+(?:for|since)\b",
    ),
    *each(
        "chances & help helps improve improves",
        r"help|helps|improve|improves|boost|boosts",
        r"\s+my\s+chances\b",
    ),
    *each(
        "salary pay money cut title level",
        r"lower|less|reduced|smaller|a\s+pay|any",
        r"\s+(?:salary|pay|money|cut|title|level)\b(?=[^.!?\n]{0,40}\b(?:if|chance|chances|take|"
        r"accept|happy|happily|fine)\b)",
    ),
    *each(
        "consideration & give",
        r"any|whatever",
        r"\s+consideration\s+you\s+(?:can|could|might)\s+give\b",
    ),
    *each(
        "positive favourable favorable good & response reply outcome decision news result",
        r"hoping|hope|awaiting|await|expecting|looking\s+forward\s+to|look\s+forward\s+to",
        r"\s+(?:for\s+)?(?:a|your)\s+(?:positive|favou?rable|good)\s+(?:response|reply|outcome|"
        r"decision|news|result)\b",
    ),
    # Formal pleading, as non-native and very formal writers put it.
    *each(
        "consider & my me",
        r"kindly|please|humbly|request\s+you\s+to",
        r"\s+(?:kindly\s+)?consider\s+(?:my|me)\b",
    ),
    *each(
        "favourably favorably sympathetically kindly",
        r"consider|view|regard|look\s+upon|look\s+on|see",
        r"\b[^.!?\n]{0,40}?\b(?:favou?rably|sympathetically|kindly\s+on)\b",
    ),
    (
        "need & urgent dire desperate real great",
        rf"\b{IM}\s+in\s+(?:urgent|dire|desperate|real|great|serious)\s+need\s+of\s+(?:this|the|a|an|any)\s+"
        rf"{_JOB}\b",
    ),
    (
        "family & depending counting relying depends",
        r"\bmy\s+family\s+(?:is\s+|are\s+)?(?:depending|counting|relying|depends)\s+on\b",
    ),
    # Fear for the outcome, said to the reader: "I hope this doesn't ruin my chances".
    *each(
        "chances candidacy application shot",
        r"doesn't|does\s+not|won't|will\s+not|didn't|did\s+not|hasn't|has\s+not|not\s+to",
        r"\s+(?:ruin|hurt|cost\s+me|end|kill|sink|damage|affect|jeopardi[sz]e)\s+my\s+(?:chances|"
        r"candidacy|application|shot)\b",
    ),
    *each(
        "only & want care applied dream",
        r"the\s+only|my\s+only",
        rf"\s+{_JOB}\s+(?:I\s+(?:really\s+)?(?:want|care\s+about|applied\s+(?:to|for))|I've\s+applied|"
        r"I\s+have\s+applied)\b",
    ),
    # The outcome as what the candidate could not bear to lose.
    *each(
        "devastated heartbroken crushed gutted destroyed",
        r"would\s+be|I'd\s+be|I\s+will\s+be|I'll\s+be|I'd\s+honestly\s+be|I\s+would\s+honestly\s+be",
        r"\s+(?:(?:absolutely|completely|so|truly|really|just)\s+)?(?:devastated|heartbroken|crushed|"
        r"gutted|destroyed)\b(?!\s+(?:for|to\s+hear)\b)",
    ),
    ("knees", r"\bon\s+my\s+knees\b"),
    # Quiet pleading: begging for the outcome without "please". BEG verbs x CHANCE nouns, in the
    # imperative or a hope ("I hope you'll give me a shot"); "thank you for giving me the
    # chance" is thanks (the gerund and "to give" are left out on purpose).
    *each(
        "chance shot break & give grant throw spare",
        r"just\s+give|give|grant|throw|spare",
        rf"\s+me\s+{_ONE_MORE}(?:chance|shot|break)\b(?!\s+to\s+{_TALK})",
    ),
    *each(
        "chance shot opportunity & give grant",
        r"you'll|you\s+will|you'd|you\s+would|you\s+could|you\s+can|you\s+might|"
        r"you\s+decide\s+to",
        rf"\s+(?:give|grant)\s+me\s+{_ONE_MORE}(?:chance|shot|opportunity)\b(?!\s+to\s+{_TALK})",
    ),
    ("chance & take", r"\btake\s+a\s+(?:chance|risk|gamble|punt)\s+on\s+me\b"),
    *each(
        "shot go try & another more last second",
        r"another|one\s+more|one\s+last|a\s+second|a\s+last",
        r"\s+(?:shot|go|try)\s+at\s+(?:it|this|the)\b",
    ),
    *each(
        "chance shot opportunity & any",
        r"any|even\s+a|just\s+a|just\s+one",
        r"\s+(?:chance|shot|opportunity)\s+(?:at\s+all|whatsoever|would\s+(?:mean|make))\b",
    ),
    *each(
        "prove & myself i",
        r"chance|shot|opportunity|let\s+me",
        r"\s+(?:to\s+)?prove\s+(?:myself|I\b|that\s+I\b|you\s+(?:wrong|right))",
    ),
    (
        "deserve & chance shot",
        r"\bI\s+(?:just\s+)?deserve\s+(?:a|another|one\s+more|a\s+second)\s+(?:chance|shot)\b",
    ),
    *each("pick choose select & me", "pick|choose|select", r"\s+me\b"),
    *each(
        "hire & me",
        r"you'll|you\s+will|you'd|you\s+would|you\s+could|you\s+decide\s+to|just",
        r"\s+hire\s+me\b",
    ),
    # The outcome as what the candidate's happiness hangs on.
    *each(
        "mean & world everything",
        r"would|it'd|that'd|this'd|will",
        r"\s+mean\s+(?:the\s+world|everything)\b",
    ),
    *each(
        "mean & much lot deal",
        r"would|it'd|that'd",
        # Not a wish to learn something: "it would mean a lot to hear how the pilot lands".
        r"\s+mean\s+(?:so\s+much|a\s+lot|a\s+great\s+deal)\b(?!\s+(?:for|to)\s+(?:the|your|our|them)\b"
        r"|\s+to\s+(?:hear|learn|know|see|read)\s+(?:how|what|about|whether|why|more)\b)",
    ),
    *each(
        "make & year life month week",
        r"would|will|could|it'd|that'd",
        r"\s+(?:(?:absolutely|truly|really|honestly|genuinely|just|so)\s+)?make\s+my\s+"
        r"(?:year|life|month|week)\b",
    ),
    ("hope & against", r"\bhoping\s+against\s+(?:all\s+)?hope\b"),
    *each("praying pray", "praying|pray", r"\b(?!\s+(?:for|with)\s+(?:your|the|you))"),
    (
        "crossed & fingers",
        r"\bfingers\s+(?:and\s+toes\s+)?crossed\b(?=[^.!?\n]{0,60}?\b(?:you|me|I|I'll|I'm|"
        r"yes|offer|news|hear|works?\s+out|my\s+way)\b)",
    ),
    *each(
        "grateful indebted thankful",
        "forever|eternally",
        r"\s+(?:grateful|indebted|thankful)\b",
    ),
    (
        "down & let",
        r"\bI\s+(?:won't|wont|will\s+not|would\s+never|will\s+never|'ll\s+never)\s+let\s+you\s+down\b",
    ),
    ("regret & won't wont", r"\byou\s+(?:won't|wont|will\s+not)\s+regret\b"),
    (
        "all & ask",
        r"\ball\s+I\s+(?:ask|want|need)\s+is\s+(?:a|one|another|the)\b",
    ),
    (
        "need & this",
        r"\bI\s+(?:(?:really|truly|desperately|badly|so|absolutely|just)[\s,]+)*need\s+this\s+(?:so\s+)?"
        r"(?:badly|much|more\s+than)\b",
    ),
    (
        "anything & take",
        r"\bI(?:'d|\s+would|'ll|\s+will)\s+(?:happily\s+)?take\s+any\s+(?:role|job|position|offer|level)\b",
    ),
    *each(
        "against cost ruin & let hold",
        r"don't|do\s+not",
        r"\s+(?:let\s+(?:one|this|that|my)|hold)\b[^.!?\n]{0,40}?\b(?:against\s+me|cost\s+me|ruin)",
    ),
    *each(
        "means & world everything much lot",
        "this|that",
        rf"\s+{_JOB}\s+means\s+(?:the\s+world|everything|so\s+much|a\s+lot)\b",
    ),
    # Quiet pleading (issue 14), as (how much the candidate wants it) x (the outcome), without
    # "please". How much: more than can be said, anything in exchange, life-sized stakes.
    *each(
        "tell say express & how",
        r"can't|cannot|can\s+not|cant|couldn't|could\s+not",
        r"\s+(?:tell|say|express)\s+(?:you\s+)?how\s+(?:much|badly|desperately)\b"
        r"(?=[^.!?\n]{0,80}?\b(?:want|need|yes|job|role|offer|position|mean|change|matter))",
    ),
    (
        "how & badly desperately much & want need",
        r"\bhow\s+(?:badly|desperately|much)\s+I\s+(?:(?:really|truly)\s+)?(?:want|need)\s+"
        rf"(?:this|it|the\s+{_JOB}|this\s+{_JOB})\b",
    ),
    *each(
        "badly desperately than & want wanted",
        r"want|wanted",
        rf"\s+(?:this|it|the\s+{_JOB}|this\s+{_JOB})\s+(?:so\s+badly|badly|desperately|"
        r"more\s+than\s+(?:anything|I(?:'ve|\s+have)?\s+(?:ever\s+)?(?:wanted|want)))\b",
    ),
    # The outcome as what would rescue or remake the candidate's life.
    *each(
        "change save transform rescue & everything things life career family year world future "
        "situation",
        r"would|will|could|it'd|that'd",
        r"\s+(?:\w+\s+)?(?:change|save|transform|rescue|turn\s+around)\s+(?:my\s+(?:life|career|"
        r"family|year|world|future|situation)|(?:everything|things)\s+for\s+(?:me|my)\b)",
    ),
    *each(
        "world & mean means",
        r"mean|means",
        r"\s+the\s+(?:\w+\s+)?world\b(?!\s+(?:to|for)\s+(?:the|your|our|them|us|him|her)\b)",
    ),
    # Anything in exchange: "I'd give anything for a second go", "I'll take whatever level".
    (
        "give & anything everything",
        r"\bI(?:'d|\s+would|'ll|\s+will)\s+give\s+(?:anything|everything|my\s+right\s+arm)\b",
    ),
    (
        "take accept & whatever any",
        r"\bI(?:'ll|\s+will|'d|\s+would)\s+(?:(?:gladly|happily|honestly)\s+)?(?:take|accept)\s+"
        r"(?:whatever|any)\s+(?:\w+\s+)?(?:level|role|position|salary|title|offer|job|seniority|"
        r"pay|terms|grade|band)\b",
    ),
    # The smallest chance asked for: "any scrap of a chance", "even the slightest chance".
    *each(
        "scrap shred sliver crumb glimmer ounce & of",
        "scrap|shred|sliver|crumb|glimmer|ounce",
        r"\s+of\s+(?:a\s+)?(?:chance|hope|opportunity|shot|consideration)\b",
    ),
    *each(
        "smallest slightest tiniest",
        "smallest|slightest|tiniest",
        r"\s+(?:chance|hope|opportunity|shot|consideration)\b",
    ),
    # Waiting on the answer as an ordeal: "counting the days", "holding my breath".
    ("counting & days hours minutes", r"\bcounting\s+(?:down\s+)?the\s+(?:days|hours|minutes)\b"),
    ("holding breath", r"\bholding\s+my\s+breath\b"),
    # Needs riding on it: "my visa is depending on it", "I need very much this job".
    (
        "visa family rent mortgage kids children livelihood & depending depends relies relying "
        "hinges rides riding",
        r"\bmy\s+(?:visa|family|rent|mortgage|kids|children|livelihood)\s+(?:is\s+|are\s+)?"
        r"(?:depending|depends|relies|relying|hinges|rides|riding)\s+on\s+(?:it|this|that|you)\b",
    ),
    (
        "need & much badly",
        r"\bI\s+(?:\w+\s+)?need\s+(?:(?:very|so|really)\s+)?(?:much|badly)\s+(?:this|the)\s+"
        rf"{_JOB}\b",
    ),
    *each(
        "need & much",
        r"need\s+this|need\s+the",
        rf"\s+{_JOB}\s+(?:very|so)\s+much\b",
    ),
    (
        "need & really truly",
        rf"\bI\s+(?:really|truly|genuinely|honestly|desperately)\s+need\s+(?:this|the|that)\s+{_JOB}\b",
    ),
    # The outcome as rescue: "this job would be a lifeline", "a quick yes would save me".
    *each(
        "lifeline godsend miracle salvation prayer prayers lifesaver save rescue "
        "& would will could",
        r"would|will|could",
        r"\s+(?:\w+\s+)?(?:be\s+(?:a\s+|the\s+|my\s+)?(?:lifeline|godsend|miracle|salvation|lifesaver|"
        r"answer\s+to\s+(?:a|my|all\s+my)\s+prayers?)|save\s+me|rescue\s+me|save\s+my\s+\w+)\b",
    ),
    # Money or papers running out, offered as a reason: "my savings run out in March".
    (
        "savings money funds benefits visa & out expire expires expiring",
        r"\bmy\s+(?:savings|money|funds|benefits|visa)\s+(?:\w+\s+)?(?:run|runs|running|ran|expire|"
        r"expires|expiring)(?:\s+out)?\b",
    ),
    # Everything staked on it: "pinning everything on this", "all my eggs in this basket".
    *each(
        "everything eggs hopes & pinning pin putting put resting riding staking banking",
        r"pinning|pin|putting|put|resting|riding|staking|banking|placing",
        r"\s+(?:all\s+my\s+(?:hopes|eggs)|everything|my\s+(?:hopes|future))\s+(?:on|in)\b",
    ),
    ("riding & everything", r"\beverything\s+(?:is\s+|'s\s+)?(?:riding|hinges|rests)\s+on\b"),
    # Desperation as a state: "at the end of my rope", "I can't face starting over".
    ("rope tether", r"\bend\s+of\s+my\s+(?:rope|tether)\b"),
    ("wits wits'", r"\bmy\s+wits'?\s+end\b"),
    *each(
        "face bear & starting another again losing waiting thought",
        r"can't|cannot|can\s+not|couldn't|could\s+not",
        r"\s+(?:face|bear)\s+(?:starting|another|going\s+through|losing|waiting|the\s+thought)\b",
    ),
    *each(
        "nerves heart & take",
        r"my\s+nerves|my\s+heart",
        r"\s+(?:can't|cannot|won't|couldn't)\s+take\b",
    ),
    (
        "face bear & think",
        r"\bI\s+(?:don't|do\s+not|dont)\s+think\s+I\s+(?:can|could)\s+(?:face|bear)\s+(?:starting|another|"
        r"going\s+through|losing|waiting|the\s+thought)\b",
    ),
    *each("lost & without", r"I'd\s+be|I\s+would\s+be|I'll\s+be", r"\s+lost\s+without\b"),
    # A favour asked: "I'd consider it a personal kindness if you ...".
    *each(
        "kindness favour favor & consider regard count",
        r"consider|regard|count|see",
        r"\s+it\s+(?:as\s+)?an?\s+(?:\w+\s+){0,2}(?:kindness|favou?r)\b",
    ),
    *each(
        "grateful thankful & yes another second place offer",
        r"grateful|thankful",
        r"\s+for\s+(?:a\s+yes|a\s+place|an\s+offer|another|a\s+second|one\s+more|any\s+(?:\w+\s+)?"
        r"(?:chance|opportunity|place|role))\b",
    ),
    # Another chance in other words: "a second bite of the cherry", "is all I'm asking".
    *each("bite & cherry apple", r"second|another|one\s+more", r"\s+bite\s+(?:of|at)\s+the\b"),
    *each(
        "all & asking ask",
        r"is|that's|thats",
        r"\s+all\s+I(?:'m|\s+am)?\s+(?:asking|ask)\b",
    ),
    *each(
        "give & trial week month day go try",
        r"just\s+give|give",
        r"\s+me\s+(?:a|one|another)\s+(?:trial|week|month|day|go|try)\b",
    ),
    *each(
        "place room spot & find make",
        r"find|make",
        r"\s+(?:a\s+)?(?:place|room|spot)\s+for\s+me\b",
    ),
    *each("squeeze & me", r"squeeze|fit", r"\s+me\s+in\s+(?:any\s+way|somehow|anywhere)\b"),
    ("matter & what file", r"\bon\s+file\s+no\s+matter\s+what\b"),
    (
        "take & any whatever",
        r"\bI(?:'ll|\s+will|'d|\s+would)\s+(?:happily\s+|gladly\s+)?take\s+(?:any|whatever)\s+"
        r"(?:slot|time|day|shift|hours|date|role|job|position|offer|level)\b",
    ),
    # Anything in exchange: working unpaid, the lowliest task.
    ("free & work", r"\bwork\s+(?:\w+\s+){0,4}for\s+free\b"),
    ("unpaid & work", r"\bwork\s+(?:\w+\s+){0,3}unpaid\b"),
    ("takes & what", r"\bif\s+(?:that's|thats|that\s+is)\s+what\s+it\s+takes\b"),
    # Waiting as an ordeal: "checking my phone every five minutes", "waiting anxiously".
    (
        "checking & inbox email phone mail messages",
        r"\bchecking\s+my\s+(?:inbox|email|e-mail|phone|mail|messages)\s+(?:every|constantly|"
        r"obsessively|nonstop|non-stop|hourly|all\s+day)\b",
    ),
    *each(
        "anxiously nervously desperately & waiting wait",
        r"waiting|wait",
        r"\s+(?:anxiously|nervously|desperately)\b",
    ),
    *each("crossed & everything toes", r"everything|fingers\s+and\s+toes", r"\s+crossed\b"),
    *each("candle prayer", r"light|lighting|say|saying", r"\s+a\s+(?:candle|prayer)\b"),
    *each(
        # "not": "please do not forget me" holds no "don't".
        "forget wait & don't dont not",
        r"don't|dont|do\s+not|please\s+don't",
        r"\s+(?:forget\s+(?:about\s+)?me|make\s+me\s+wait)\b",
    ),
    # Being ruled out, refused: "don't rule me out", "don't write me off".
    *each(
        "out off over up & rule count write cross pass give",
        r"don't|dont|do\s+not|please\s+don't",
        r"\s+(?:rule|count|write|cross|pass|give\s+up\s+on)\s+me(?:\s+(?:out|off|over))?\b",
    ),
    # Worse terms offered for the post: "I would take this role on any terms", "I'd start
    # Monday for less than you advertised", "I'll come in on my day off, unpaid".
    *each(
        "terms less free nothing unpaid lower & take accept start work join come",
        r"I'd|I\s+would|I'll|I\s+will",
        r"\s+(?:\w+\s+){0,3}?(?:take|accept|start|work|join|come)\b[^.!?\n]{0,40}?\b(?:on\s+any\s+"
        r"terms|for\s+less\b|for\s+free|for\s+nothing|unpaid|at\s+a\s+lower)",
    ),
    (
        "anything & take",
        r"\bI(?:'ll|\s+will|'d|\s+would)\s+(?:(?:gladly|happily|honestly|really)\s+)?take\s+anything\s+"
        r"(?:you've\s+got|you\s+have|you\s+can\s+offer|going|available|on\s+offer|at\s+all)\b",
    ),
    (
        "whatever & need & do",
        r"\bwhatever\s+you\s+need(?:\s+from\s+me)?\b[^.!?\n]{0,60}?\bI(?:'ll|\s+will|'d|\s+would)\s+"
        r"(?:gladly\s+|happily\s+)?do\s+it\b",
    ),
    *each(
        "shift shifts hours rota & any",
        r"I'd|I\s+would|I'll|I\s+will",
        r"\s+(?:\w+\s+){0,6}?work\s+any\s+(?:shift|shifts|hours|rota)\b",
    ),
    # The post as rescue, said of the present or with a blessing: "this job is kind of my
    # lifeline", "this role will really be a blessing for me", "it is everything to my family".
    *each(
        "lifeline godsend salvation",
        "is|was|are",
        r"\s+(?:(?:kind|sort)\s+of\s+|(?:really|truly|honestly|literally|basically)\s+)?"
        r"(?:my|our)\s+(?:only\s+|last\s+)?(?:lifeline|godsend|salvation)\b",
    ),
    *each(
        "blessing & would will could",
        r"would|will|could",
        r"\s+(?:(?:really|truly|honestly|just)\s+)?be\s+(?:such\s+)?(?:a|an\s+absolute|a\s+real)\s+"
        r"blessing\s+(?:for|to)\s+(?:me|my|us)\b",
    ),
    *each(
        "everything & to",
        r"it|this|that|job|role|position|offer|opportunity|post",
        r"(?:\s+is|\s+would\s+be|\s+will\s+be|'s|'d\s+be)\s+(?:\w+\s+)?everything\s+to\s+"
        r"(?:me|my\s+\w+|us)\b",
    ),
    (
        "anything & do",
        r"\banything\s+you\s+(?:can|could)\s+do\s+(?:to\s+(?:help\s+)?(?:get\s+)?me|for\s+me)\b",
    ),
    (
        "need & consider hire pick choose remember",
        r"\bI\s+(?:(?:really|just|truly|desperately)\s+)?need\s+you\s+to\s+(?:consider|hire|pick|choose|"
        r"remember)\s+me\b",
    ),
    (
        "need & badly desperately",
        r"\bI\s+(?:(?:really|truly|just|so)\s+)?need\s+this\s+(?:\w+\s+){0,2}(?:so\s+)?(?:badly|"
        r"desperately)\b",
    ),
    # Stranded without it: "after this I have nowhere to go", "one more no might finish me".
    (
        "nowhere",
        r"\bI(?:'ve|\s+have|'ll\s+have|\s+will\s+have|'d\s+have|\s+would\s+have)\s+(?:got\s+)?"
        r"nowhere\s+(?:else\s+)?to\s+(?:go|turn)\b",
    ),
    *each(
        "finish break destroy crush & me",
        r"would|might|will|could",
        r"\s+(?:\w+\s+)?(?:finish|break|destroy|crush)\s+me\b(?!\s+in\b)",
    ),
    (
        "happiest & alive world planet earth",
        r"\bI(?:'d|\s+would|'ll|\s+will)\s+be\s+the\s+happiest\s+(?:\w+\s+)?(?:alive|in\s+the\s+"
        r"world|on\s+(?:the\s+planet|earth))\b",
    ),
    # A life laid in the reader's hands, or the post as its one chance: "my future is in your
    # hands", "the answer to my prayers", "the biggest favour of my life", "my last real shot".
    (
        "hands & fate future life career",
        r"\bmy\s+(?:whole\s+)?(?:fate|future|life|career)\s+(?:is|lies|rests|sits)\s+"
        r"(?:\w+\s+)?in\s+your\s+hands\b",
    ),
    ("prayers prayer & answer", r"\banswer\s+to\s+(?:a|my|all\s+my)\s+prayers?\b"),
    *each(
        "life & my & of",
        r"favour|favor|chance|opportunity|break",
        r"\s+of\s+my\s+life\b",
    ),
    (
        "last & chance shot hope",
        r"\bmy\s+last\s+(?:(?:real|great|good|big|proper|best|remaining)\s+)?(?:chance|shot|hope)\b",
    ),
    ("entreat implore beseech", r"\bI\s+(?:\w+\s+){0,2}?(?:entreat|implore|beseech)\b"),
    (
        "shot & need",
        r"\bI\s+(?:just\s+|only\s+|really\s+)?need\s+(?:just\s+)?(?:one\s+(?:more\s+)?|a\s+|"
        r"another\s+)shot\b",
    ),
    # A feat offered for the post: "I'd move mountains for this role".
    (
        "mountains fire glass & i'd would will i'll",
        r"\bI(?:'d|\s+would|'ll|\s+will)\s+(?:\w+\s+)?(?:move\s+mountains|walk\s+through\s+fire|"
        r"crawl\s+over\s+broken\s+glass)\b",
    ),
    *each(
        "everything & job role position post opportunity",
        r"this|the",
        r"\s+(?:job|role|position|post|opportunity)\s+(?:is|means)\s+everything\s+(?:to|for)\s+me\b",
    ),
)

# --- self-deprecation ------------------------------------------------------------------------
# Lasting flaws and the kinds of person they make, for the trait frames below.
_NEG_TRAIT = (
    "terrible rubbish hopeless awful useless clumsy scatty scatterbrained disorganised "
    "disorganized slow shy awkward indecisive forgetful lazy weak clueless dim dense thick "
    "mediocre unremarkable blur dreadful inept hapless"
)
_NEG_TRAIT_GATE = _NEG_TRAIT
_NEG_TRAIT_RX = "(?:" + "|".join(_NEG_TRAIT.split()) + ")"
_NEG_PERSON = (
    "plodder dinosaur scatterbrain klutz worrier overthinker luddite slowcoach rambler fossil "
    "has-been nobody dunce duffer airhead ditz technophobe"
)
_NEG_PERSON_RX = "(?:" + "|".join(_NEG_PERSON.split()) + ")"

_INSULT = (
    "idiot fool moron failure loser mess disaster clown fraud imbecile stupid dumb useless "
    "hopeless incompetent pathetic clueless worthless embarrassment joke imposter impostor "
    "amateur wreck trainwreck shambles klutz dunce numpty muppet bore eejit plonker prat "
    "contradiction disappointment"
)
_INSULT_RX = "(?:" + "|".join(_INSULT.split()) + ")"
# The people a candidate compares themself with.
_RIVALS = (
    r"(?:candidates|applicants|graduates|interviewees|finalists|people|engineers|designers|"
    r"folks|contenders|applicants\s+you(?:'ve|\s+have)\s+(?:seen|met))"
)
# "not senior enough", "wasn't quick enough": a shortfall of the person, not of an answer.
_ENOUGH_ADJ = (
    r"(?:smart|good|qualified|sharp|senior|experienced|strong|technical|talented|ready|"
    r"prepared|quick|fast|clever|capable|skilled)"
)
_SURELY = r"(?:surely|probably|likely|clearly|must|no\s+doubt|undoubtedly|certainly|all)"
SELF_DEPRECATION = Family(
    (
        _INSULT,
        rf"\bI(?:'m|\s+am|m|\s+was|\s+felt|\s+feel|\s+must\s+(?:have\s+)?(?:seemed|seem|looked|look|"
        rf"sounded|sound))(?:\s+like)?\s+(?:(?:such|so|really|just|a|an|complete|total|absolute|"
        rf"utter|truly|totally|the\s+biggest|honestly|basically|pretty|rather|bit|of|walking)\s+){{0,5}}"
        rf"{_INSULT_RX}\b",
    ),
    # The same label felt or seen by the reader: "I left feeling like a bit of an impostor",
    # "you must have found me a bit of a bore".
    *each(
        _INSULT,
        r"feeling\s+like|felt\s+like|found\s+me|find\s+me",
        rf"\s+(?:(?:such|so|really|just|a|an|complete|total|absolute|utter|bit|of|rather)\s+){{0,4}}"
        rf"{_INSULT_RX}\b",
    ),
    # The candidate as plain, second-rate at their trade: "I'm honestly a pretty mediocre
    # engineer", "I am a rather ordinary lawyer", "I'm a bit of a dull spreadsheet person".
    # "Ordinary" and "average" run the candidate down only with a degree ("a rather ordinary
    # lawyer"; "an ordinary member of the union" is a fact).
    (
        "mediocre ordinary average unremarkable second-rate middling dull",
        rf"\b{IM}\s+(?:(?:honestly|basically|just|really|a|an|bit|of|such|only)\s+){{0,5}}"
        r"(?:(?:pretty|rather|quite|very|fairly|so|really)\s+(?:ordinary|average)|"
        r"(?:(?:pretty|rather|quite|very|fairly|so)\s+)?(?:mediocre|unremarkable|second-rate|"
        r"middling|dull))\s+(?!(?:of|in|at|for|to|and|or|with|but)\b)\w+",
    ),
    # Made small by a habit named as "me": "classic me, overthinking", "typical of me to ...".
    *each("me", "classic|typical", r"\s+(?:of\s+)?me\b(?!-)"),
    *each(
        f"moment & {_INSULT}",
        r"a|an|such\s+a|such\s+an",
        rf"\s+(?:(?:total|complete|real|proper|absolute|right)\s+)?{_INSULT_RX}\s+moment\b",
    ),
    # The candidate among the lowly: "a nobody from a tiny agency like me", "a plodder like
    # me"; "people like me don't usually get to ...".
    *each(
        "like & me",
        f"nobody|{_NEG_PERSON_RX[3:-1]}|{_INSULT_RX[3:-1]}",
        r"\s+(?:\w+\s+){0,4}?(?<!would\s)like\s+me\b",
    ),
    (
        "like & me & aren't don't doesn't rarely never can't cannot shouldn't wouldn't isn't not "
        "seldom",
        r"\blike\s+me\s+(?:(?:usually|normally|really|just|generally|often|typically|are|is)\s+){0,2}"
        r"(?:aren't|are\s+not|don't|do\s+not|doesn't|does\s+not|rarely|never|can't|cannot|"
        r"shouldn't|wouldn't|isn't|is\s+not|seldom)\b",
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
        # Intensified only: a plain "I messed that up" recounts an event and owns it.
        "screwed messed & up & totally completely really everything royally",
        r"\bI\s+(?:(?:totally|completely|really|royally)\s+(?:screwed|messed)\s+(?:it|that|this|"
        r"everything)|(?:screwed|messed)\s+everything)\s+up\b",
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
    *each(
        "myself & fool idiot eejit prat muppet numpty clown plonker",
        # "I made ..." keeps its "I" in the span; "I'd only make an eejit of myself" has none.
        r"I\s+made|make|making",
        r"\s+(?:a\s+(?:complete\s+|total\s+|right\s+)?|an\s+(?:absolute\s+|utter\s+)?)"
        r"(?:fool|idiot|eejit|prat|muppet|numpty|clown|plonker)\s+of\s+myself\b",
    ),
    ("embarrassed", r"\bI\s+embarrassed\s+myself\b"),
    (
        "mortified humiliated ashamed embarrassed",
        r"\bI(?:'m|\s+am|\s+was|\s+felt|\s+feel)\s+(?:(?:so|really|totally|deeply|honestly|quite|"
        r"pretty|very|truly|still|just|frankly|a\s+bit|a\s+little|rather|somewhat)\s+){0,2}"
        r"(?:mortified|humiliated|ashamed|embarrassed)\b",
    ),
    (
        "enough",
        rf"\b{IM}\s+(?:(?:just|clearly|probably|simply|maybe|obviously)\s+){{0,2}}not\s+{_ENOUGH_ADJ}\s+"
        r"enough\b",
    ),
    ("cut", rf"\b{IM}\s+(?:(?:just|clearly|probably)\s+)?not\s+cut\s+out\s+for\b"),
    ("never & enough", r"\bI'?ll\s+never\s+be\s+(?:good|smart)\s+enough\b"),
    *each(
        "stupid dumb idiotic silly embarrassing",
        "stupid|dumb|idiotic|silly|embarrassing",
        r"\s+(?:mistake|answer|error|blunder|response|question|thing\s+to\s+(?:ask|say))\b",
    ),
    (
        "brain memory mind head nerves",
        r"\bmy\s+(?:brain|memory|mind|head|nerves)\s+(?:is|was|goes|went|gets|are|were)\s+"
        r"(?:(?:just|so|really|completely|totally|always)\s+)?(?:mush|useless|fried|hopeless|"
        r"terrible|awful|rubbish|a\s+sieve|to\s+pieces|shot|shredded|blank)\b",
    ),
    (
        "person & not",
        rf"\b{IM}\s+(?:just\s+|really\s+|simply\s+)?not\s+(?:a|much\s+of\s+a)\s+(?:numbers|people|"
        r"details?|math|maths|tech|technical|words|big-picture|morning|natural)\s+person\b",
    ),
    # By comparison: the other candidates as better, or the candidate as not what was wanted.
    *each(
        "others other else candidates & had have were are did must surely probably",
        r"others|other|the\s+other|everyone\s+else|the\s+others|most|the\s+rest",
        rf"(?:\s+{_RIVALS}|(?:\s+\w+)?\s+(?:applying|interviewing|shortlisted|in\s+the\s+running|"
        r"you(?:'ve|\s+have)\s+(?:seen|met|interviewed)))?"
        rf"\s+(?:{_SURELY}\s+)?(?:have\s+|had\s+|were\s+|are\s+|did\s+|did\s+a\s+)?"
        rf"(?:{_SURELY}\s+)?(?:(?:much|far|a\s+lot|way)\s+)?"
        r"(?:more\s+(?:impressive|qualified|experienced|polished|talented|accomplished|"
        r"impressive|relevant)|better|stronger|smarter|sharper)\b",
    ),
    # "Better-organised candidates would have worked it out."
    *each(
        "would & candidates applicants people",
        r"better|more|stronger|smarter|sharper",
        rf"(?:[-\s]\w+)?\s+{_RIVALS}\s+would(?:\s+have|'ve)\b",
    ),
    *each(
        "than & me i",
        r"better|stronger|smarter|sharper|more\s+qualified|more\s+experienced|more\s+talented|"
        r"more\s+impressive|more\s+polished",
        r"\s+(?:candidates?\s+|applicants?\s+|people\s+)?than\s+(?:me|I\s+(?:am|was))\b",
    ),
    (
        "mind looking wanted want need needed & not",
        rf"\b{IM}\s+(?:(?:probably|clearly|obviously|likely|just|surely|definitely)\s+)?not\s+"
        r"(?:what|who|the\s+(?:person|candidate)|the\s+one)\s+(?:you(?:'re|\s+are|\s+were)?\s+"
        r"|that\s+you\s+)?(?:had\s+in\s+mind|looking\s+for|wanted|want|need|needed)\b",
    ),
    (
        "strongest best brightest smartest most & not",
        rf"\b{IM}\s+(?:(?:probably|clearly|obviously|certainly|definitely)\s+)?(?:not|far\s+from|"
        r"hardly)\s+the\s+(?:strongest|best|brightest|smartest|sharpest|most\s+(?:qualified|"
        r"experienced|impressive|talented))\b",
    ),
    *each(
        "better & do find deserve",
        r"you\s+could|you\s+can|you\s+will|you'll|you\s+would|you\s+deserve",
        r"\s+(?:(?:probably|easily|surely|definitely|certainly)\s+)?(?:(?:do|find|get|hire)\s+)?"
        r"(?:someone\s+|somebody\s+|a\s+candidate\s+|people\s+)?(?:much\s+|far\s+)?better"
        r"(?:\s+than\s+me)?\b",
    ),
    # By trait: a lasting flaw, in the present tense ("I froze" recounts; "I freeze" is who I am).
    *each(
        "freeze panic choke crumble ramble blank overthink & pressure interviews spot nervous",
        r"I|I\s+always|I\s+tend\s+to|I\s+usually|I\s+often|I\s+just",
        r"\s+(?:freeze|panic|choke|crumble|ramble|blank|overthink|fall\s+apart|go\s+blank|"
        r"get\s+(?:flustered|nervous|tongue-tied))\s+(?:up\s+)?(?:under\s+pressure|in\s+interviews|"
        r"on\s+the\s+spot|when\s+(?:I'm|I\s+am|I\s+get)\s+nervous|when\s+put\s+on)",
    ),
    *each(
        "interviewer communicator speaker test-taker thinker presenter",
        rf"{IM}\s+not|{IM}\s+just\s+not|I've\s+never\s+been|I\s+have\s+never\s+been|"
        r"I\s+was\s+never",
        r"\s+(?:a|an|the|very|much\s+of\s+an?)\s+(?:(?:good|great|strong|natural|confident)\s+)?"
        r"(?:interviewer|communicator|speaker|test-taker|presenter|thinker\s+on\s+my\s+feet)\b",
    ),
    (
        "interviewer communicator speaker test-taker presenter",
        rf"\b{IM}\s+(?:such\s+)?(?:a|an)\s+(?:(?:really|very|truly|pretty)\s+)?(?:terrible|bad|poor|"
        r"awful|nervous|horrible|weak|lousy)\s+(?:interviewer|communicator|speaker|test-taker|"
        r"presenter)\b",
    ),
    *each(
        "suit strength strong & never not",
        "never|not",
        r"\s+(?:been\s+)?(?:my|a)\s+(?:strong\s+suit|strength|strong\s+point)\b",
    ),
    (
        "shot underdog outsider & long",
        rf"\b{IM}\s+(?:(?:probably|just|clearly|surely|definitely|a\s+bit\s+of)\s+)?(?:a|an|the)\s+"
        r"(?:long\s+shot|underdog|outside\s+bet|outsider)\b",
    ),
    *each("wreck mess & nervous anxious", "nervous|anxious", r"\s+(?:wreck|mess)\b"),
    (
        "enough & wasn't wasnt was",
        rf"\bI\s+(?:{WASNT}|was\s+(?:just|clearly|probably)\s+not)\s+{_ENOUGH_ADJ}\s+enough\b",
    ),
    ("deserve & don't dont", r"\bI\s+(?:don't|dont|do\s+not)\s+deserve\b"),
    (
        "enough & never",
        rf"\bI\s+(?:was|am|'m)\s+never\s+(?:(?:really|quite|truly)\s+)?{_ENOUGH_ADJ}\s+enough\b",
    ),
    # The candidate's English run down as a standing flaw: "my English is bad", "my accent is a
    # problem" ("sorry for my English" alone, "I'm still improving my English" are not).
    (
        "english accent grammar spelling pronunciation & bad poor terrible awful weak broken "
        "problem not",
        r"\bmy\s+(?:english|accent|grammar|spelling|pronunciation)\s+(?:is|was|are)\s+"
        r"(?:(?:too|so|very|really|quite|still|just|rather|pretty|honestly)\s+){0,2}(?:bad|poor|"
        r"terrible|awful|weak|broken|a\s+problem|not\s+(?:so\s+|very\s+|that\s+)?(?:good|great|"
        r"strong))\b",
    ),
    # "Someone as inexperienced and slow as me", "someone as disorganised as me" (a keenness
    # compared is no fault: "someone as keen as me").
    *each(
        "me & as",
        r"someone|somebody|a\s+person|anyone",
        r"\s+as\s+(?!(?:excited|keen|passionate|enthusiastic|committed|eager|curious|interested|"
        r"motivated|invested|dedicated)\b)[\w-]+(?:\s+and\s+[\w-]+)?\s+as\s+me\b",
    ),
    # The background run down: "I probably lack the polish", "I don't know half of what a
    # proper engineer would".
    (
        "polish pedigree & lack",
        r"\bI\s+(?:(?:probably|just|still|clearly|obviously|surely)\s+)?lack\s+(?:the\s+)?"
        r"(?:polish|pedigree)\b",
    ),
    *each("half & know", r"don't|do\s+not", r"\s+know\s+half\s+(?:of\s+)?what\b"),
    *each(
        "tool bulb knife crayon",
        "sharpest|brightest",
        r"\s+(?:tool|bulb|knife|crayon)\b",
    ),
    # A habit, not an event: "I always mess up under pressure".
    *each(
        "mess screw choke panic freeze fall blank crumble fold fumble stumble ramble overthink",
        r"I\s+always|I\s+usually|I\s+often|I\s+inevitably|I\s+invariably|I\s+tend\s+to|"
        r"I\s+always\s+seem\s+to",
        r"\s+(?:mess\s+up|screw\s+up|choke|panic|freeze|fall\s+apart|blank|crumble|fold|fumble|"
        r"stumble|ramble|overthink)\b",
    ),
    *each(
        "depth league head",
        r"out\s+of\s+my|in\s+over\s+my",
        r"\s+(?:depth|league|head)\b",
    ),
    *each(
        "myself & hate loathe despise forgive kicking",
        r"I\s+hate|I\s+loathe|I\s+despise|I\s+can't\s+forgive|I've\s+been\s+kicking|"
        r"I'm\s+kicking|I\s+keep\s+kicking",
        r"\s+myself\b",
    ),
    *each(
        "why & shortlisted picked chose invited interviewed selected considered",
        r"not\s+sure|no\s+idea|don't\s+know|do\s+not\s+know|can't\s+think|wonder",
        r"\s+why\s+you\s+(?:(?:even|ever)\s+)?(?:shortlisted|picked|chose|invited|interviewed|selected|"
        r"considered)\s+me\b",
    ),
    *each(
        "strongest best brightest most ideal right",
        r"not\s+sure|doubt|unsure|don't\s+know\s+if|wonder\s+if",
        rf"\s+(?:that\s+|whether\s+|if\s+)?{IM}\s+(?:really\s+)?the\s+(?:strongest|best|brightest|"
        r"most\s+(?:qualified|experienced)|ideal|right)\s+(?:candidate|fit|person|choice)\b",
    ),
    # By trait: the first person as subject, a lasting shortfall as predicate. "I'm a slow
    # thinker", "I'm not a numbers person", "I'm usually not great in interviews", "I'm not very
    # quick with my hands" (a kind of person, not one answer).
    *each(
        "thinker learner talker speaker communicator presenter interviewee writer candidate",
        IM,
        r"\s+(?:(?:just|simply|honestly|such|a|an|really|quite|pretty|very|bit|of)\s+){0,3}"
        r"(?:slow|poor|weak|bad|nervous|terrible|awful|hopeless|mediocre|average|clumsy)\s+"
        r"(?:thinker|learner|talker|speaker|communicator|presenter|interviewee|writer|candidate)\b",
    ),
    *each(
        "great good strong quick fast sharp natural & interviews pressure hands spot public "
        "presenting speaking feet",
        IM,
        r"\s+(?:(?:just|simply|usually|generally|often|honestly|never)\s+)?not\s+(?:(?:very|that|"
        r"particularly|really|the\s+most|a)\s+)?(?:great|good|strong|quick|fast|sharp|natural)\s+"
        r"(?:in|at|with|under|on)\s+(?:\w+\s+)?(?:interviews|pressure|hands|spot|public|presenting|"
        r"speaking|feet)\b",
    ),
    *each(
        "freeze panic choke blank & pressure when whenever interviews",
        r"I\s+always|I\s+tend\s+to|I\s+usually|I\s+often|I",
        r"\s+(?:freeze|panic|choke|blank)\s+(?:under\s+pressure|when|whenever|"
        r"in\s+interviews)\b",
    ),
    # By comparison or by asset: "my portfolio is pretty weak", "not at the level of
    # your other cooks", "probably not what you had in mind".
    (
        "portfolio cv résumé resume background experience record profile skills & weak thin "
        "limited unimpressive ordinary basic lacking average mediocre",
        r"\bmy\s+(?:\w+\s+)?(?:portfolio|cv|résumé|resume|background|experience|record|profile|"
        r"skills(?:et)?)\s+(?:is|are|was|looks|seems|must\s+look|must\s+seem|will\s+look)\s+"
        r"(?:(?:pretty|very|rather|quite|a\s+bit|fairly|so|really|surely|probably)\s+)?(?:weak|thin|"
        r"limited|unimpressive|ordinary|basic|lacking|average|mediocre)\b",
    ),
    (
        "level league standard & other rest",
        r"\bnot\s+(?:(?:quite|really|yet)\s+)?(?:at|on|in)\s+the\s+(?:same\s+)?(?:level|league|"
        r"standard)\s+(?:of|as)\s+(?:your|the)\s+(?:other|rest)\b",
    ),
    *each(
        "mind & what who",
        "not|wasn't|isn't",
        r"\s+(?:quite\s+)?(?:what|who)\s+you\s+had\s+in\s+mind\b",
    ),
    # Comparison with the other candidates (issue 14): whatever they are said to bring, the
    # frame ranks the candidate below them. "... far more polished backgrounds than mine",
    # "compared with the other applicants", "someone like me", "can't compete with".
    *each(
        "than & mine me",
        r"more|better|stronger|smarter|sharper|bigger|richer|deeper|broader|longer",
        r"\s+(?:\w+\s+){0,2}than\s+(?:mine|me|my\s+own|I\s+(?:do|did|have|am|could))\b",
    ),
    *each(
        "compared next beside alongside against & other others rest",
        r"compared\s+(?:with|to)|next\s+to|beside|alongside|up\s+against|against",
        rf"\s+(?:the\s+|your\s+|all\s+the\s+)?(?:others|other\s+{_RIVALS}|other\s+\w+|rest\s+of)\b",
    ),
    *each(
        "others other & bring brings offer have had more better stronger",
        r"the\s+other|other|the\s+others|everyone\s+else",
        rf"(?:\s+{_RIVALS}|\s+finalists|\s+shortlisted\s+\w+|(?<=others)|(?<=else))\s+(?:\w+\s+)?"
        r"(?:bring|brings|offer|have|had|has)\s+(?:(?:far|much|way|a\s+lot|so\s+much)\s+)?"
        r"(?:more\s+\w+|better|stronger)\b",
    ),
    *each(
        "compete & with",
        r"can't|cannot|can\s+not|couldn't|could\s+never|never",
        r"\s+compete\s+with\b",
    ),
    *each(
        "like & me",
        r"someone|somebody|people|a\s+person|candidates|a\s+candidate|an\s+applicant",
        # Not the verb: "people like me to send the minutes".
        r"\s+like\s+me\b(?!\s+to\b)",
    ),
    (
        "near & as",
        r"\bnowhere\s+near\s+as\s+\w+\s+as\b",
    ),
    (
        "match & for no",
        rf"\b{IM}\s+(?:(?:probably|clearly|just|surely)\s+)?no\s+match\s+for\b",
    ),
    # Not what the reader expected, however the expecting is worded.
    *each(
        "pictured expected imagined envisaged envisioned after hoping looking wanted",
        r"not|wasn't|wasnt|isn't|isnt|probably\s+not",
        r"\s+(?:quite\s+)?(?:what|who|the\s+\w+)\s+you\s+(?:(?:were|are|had)\s+)?(?:pictured|"
        r"expected|imagined|envisaged|envisioned|after|hoping\s+for|looking\s+for|wanted|picturing|"
        r"expecting|imagining)\b",
    ),
    # By trait: a lasting way of giving way ("I always cave when ...", "I tend to go to pieces").
    *each(
        "cave caves fold lock clam crack buckle pieces seize give back second-guess",
        r"I\s+always|I\s+usually|I\s+often|I\s+inevitably|I\s+invariably|I\s+tend\s+to|"
        r"I\s+always\s+seem\s+to|I\s+just",
        r"\s+(?:cave|fold|lock\s+up|clam\s+up|crack|buckle|go\s+to\s+pieces|fall\s+to\s+pieces|"
        r"seize\s+up|give\s+in|back\s+down|second-guess\s+myself)\b",
    ),
    *each(
        "cave fold lock clam crack buckle pieces seize freeze panic",
        IM + r"|I",
        r"\s+(?:cave|fold|lock\s+up|clam\s+up|crack|buckle|go\s+to\s+pieces|fall\s+to\s+pieces|"
        r"seize\s+up|freeze|panic)\s+(?:up\s+)?(?:under\s+pressure|whenever|when\s+(?:someone|"
        r"somebody|people|anyone|I'm|I\s+am))\b",
    ),
    # "I'm not very good at ...", "I've never been any good at ...": a lasting shortfall.
    *each(
        "good great strong skilled quick & not never",
        rf"{IM}\s+not|{IM}\s+just\s+not|{IM}\s+simply\s+not|{IM}\s+really\s+not|"
        r"I've\s+never\s+been|I\s+have\s+never\s+been|I\s+was\s+never",
        r"\s+(?:(?:very|that|particularly|really|"
        r"especially|terribly|any|much|the\s+most)\s+)?(?:good|great|strong|skilled|quick)\s+"
        r"(?:at|with|under)\b",
    ),
    *each(
        "thing forte strength suit point area & never",
        r"never\s+been|not\s+been|never\s+really\s+been",
        r"\s+my\s+(?:thing|forte|strength|strong\s+suit|strong\s+point|area)\b",
    ),
    # A lasting flaw named as who the candidate is (issue 14): "I've always been clumsy when
    # ...", "I'm naturally disorganised", "I've always been rubbish at mental arithmetic".
    *each(
        _NEG_TRAIT_GATE,
        r"I've\s+always\s+been|I\s+have\s+always\s+been|I\s+was\s+always|I'm\s+always|I\s+am\s+always|"
        r"I'm\s+naturally|I'm\s+just|I'm\s+quite|I'm\s+so|I'm\s+such|I\s+am\s+quite|I'm\s+really|"
        r"I'm\s+pretty|I'm\s+a\s+bit|I'm\s+very|I\s+tend\s+to\s+be|I'm\s+hopelessly",
        rf"\s+(?:(?:a\s+bit|a\s+little|quite|so|very|really|pretty|such|hopelessly|terribly)\s+)?"
        rf"{_NEG_TRAIT_RX}\b",
    ),
    *each(
        _NEG_PERSON,
        IM,
        r"\s+(?:(?:just|such|really|honestly|always|basically|a\s+bit\s+of|something\s+of|"
        rf"a\s+real|kind\s+of|more\s+of)\s+)*(?:a|an)\s+(?:(?:bit|real|total|complete|old|born)\s+(?:of\s+)?"
        rf"(?:a\s+|an\s+)?)?{_NEG_PERSON_RX}\b",
    ),
    *each(
        "person type sort kind & who",
        r"the\s+kind|the\s+type|the\s+sort",
        r"\s+of\s+(?:person|candidate|worker|engineer|guy|girl)\s+who\s+(?:always\s+|tends\s+to\s+)?"
        r"(?:overthinks|panics|freezes|rambles|worries|gets\s+(?:nervous|flustered)|second-guesses|"
        r"forgets|struggles|fumbles|chokes|overcomplicates|waffles)\b",
    ),
    *each(
        "never & natural good great strong born",
        r"I've\s+never\s+been|I\s+have\s+never\s+been|I\s+was\s+never|I'll\s+never\s+be",
        r"\s+(?:a|an)\s+(?:natural|good|great|strong|born)\s+\w+",
    ),
    *each(
        "never & good & in",
        r"I've\s+never\s+been|I\s+have\s+never\s+been|I\s+was\s+never",
        r"\s+(?:(?:very|particularly|any|much)\s+)?good\s+in\b",
    ),
    # Comparison in other shapes: "I'm not as polished as the consultants you usually hire",
    # "I'll never be as quick as the people on your team", "someone as indecisive as me".
    *each(
        "as & not never",
        rf"{IM}|I'll|I\s+will|I\s+was",
        r"\s+(?:(?:probably|just|simply|clearly|certainly|know|sure)\s+)?(?:not|never\s+be)\s+"
        r"(?:(?:quite|nearly|anywhere\s+near|half)\s+)?(?:as|so)\s+\w+\s+as\b",
    ),
    *each("as & me", r"someone|somebody|anyone|a\s+person", r"\s+as\s+\w+\s+as\s+me\b"),
    *each(
        "bullet & dodged",
        r"dodged|dodge",
        r"\s+a\s+bullet\s+(?:with|by\s+not\s+(?:hiring|picking|choosing))\s+me\b",
    ),
    ("better & off & without", r"\bbetter\s+off\s+without\s+(?:me|someone|somebody)\b"),
    (
        "compared & your the",
        r"\bcompared\s+(?:with|to)\s+(?:your|the)\s+(?:\w+\s+){0,2}(?:designers|engineers|speakers|"
        r"candidates|applicants|people|team|others|consultants|analysts|developers|staff|professionals|"
        r"experts|colleagues)\b",
    ),
    (
        "thinnest weakest worst shortest least & my",
        r"\bmy\s+(?:\w+\s+)?(?:cv|résumé|resume|portfolio|application|experience|background|answer|"
        r"answers|profile)\s+(?:was|is|must\s+be|must\s+have\s+been|will\s+be)\s+(?:probably\s+)?the\s+"
        r"(?:thinnest|weakest|worst|shortest|least\s+\w+|most\s+basic)\b",
    ),
    (
        "amateurish basic weak thin low poor modest & my",
        r"\bmy\s+(?:work|level|english|skills|cv|experience|answers|background)\s+(?:must|will|would|"
        r"might)?\s*(?:look|seem|be|is|was|are|looks|seems)\s+(?:(?:so|very|quite|pretty|rather|a\s+bit)\s+)?"
        r"(?:amateurish|basic|weak|thin|low|poor|modest)\b",
    ),
    (
        "qualified experienced suited skilled capable competent & not",
        rf"\b{IM}\s+(?:(?:probably|just|simply|really|honestly|clearly|likely|maybe)\s+){{0,3}}not\s+"
        r"(?:(?:really|quite|fully|that|very)\s+)?(?:qualified|experienced|suited|skilled|capable|"
        r"competent)\b",
    ),
    # "I'm just a bootcamp graduate", "I'm only a junior", "I'm nobody special": the candidate
    # made small (not "I'm just a phone call away").
    (
        "just only merely simply",
        rf"\b{IM}\s+(?:just|only|merely|simply)\s+(?:a|an)\s+(?!(?:\w+\s+){{0,2}}(?:away|call|"
        r"email|message|click|text|note|reminder|quick|short)\b)\w+",
    ),
    ("nobody & special", rf"\b{IM}\s+(?:just\s+)?(?:nobody|no\s+one)\s+(?:special|important)\b"),
    (
        "too & rusty junior inexperienced green raw unpolished practice",
        rf"\b{IM}\s+(?:(?:probably|clearly|just|simply|likely|a\s+bit|far|way)\s+)?too\s+(?:rusty|"
        r"junior|inexperienced|green|raw|unpolished|out\s+of\s+practice)\b",
    ),
    (
        "brain mind head memory & mush jelly blank pieces scrambled",
        r"\bmy\s+(?:brain|mind|head|memory)\s+(?:\w+\s+)?(?:turns|goes|gets|turned|went|got)\s+"
        r"(?:to\s+)?(?:mush|jelly|blank|pieces|scrambled)\b",
    ),
)

# Praise words that turn sarcastic over a resented situation.
_PRAISE = "nice lovely great fun wonderful handy convenient good relaxing"
_PRAISE_RX = "(?:" + "|".join(_PRAISE.split()) + ")"

# --- blame shifted to the interviewer or the setup -----------------------------------------
_BAD_QUESTION = (
    "unclear confusing vague ambiguous misleading unfair tricky clear poorly badly oddly "
    "strangely hard trick"
)
# External causes a stumble gets put on, and what they are said to have done.
_EXTERNAL_WORDS = (
    "whiteboard tool tools editor ide coderpad hackerrank platform connection wifi wi-fi "
    "internet audio video sound mic microphone camera webcam laptop screen screen-share "
    "zoom teams meet call line network bandwidth lag environment setup set-up format process "
    "structure timing time clock timer time-box time-limit requirements spec specs "
    "specification brief prompt question questions problem task exercise instructions scope "
    "constraints room noise interruptions panel slides link case exercise test assessment "
    "take-home challenge puzzle round interview interviewer bundle materials pack documents "
    "dataset data file projector display lighting whiteboard-tool keyboard recruiter "
    "coordinator scheduler agency hr scheduling schedule loop interviewers"
)
# Factored by prefix (rules.trie_alternation): a flat 90-word alternation is tried branch by
# branch after every "the".
_EXTERNAL = "(?:" + trie_alternation(_EXTERNAL_WORDS.split()) + r")\b"
_EXTERNAL_GATE = _EXTERNAL_WORDS.replace("-", " ") + " timebox screenshare wifi"
_FAILURE = (
    r"(?:kept\s+(?:lagging|freezing|crashing|dropping|cutting\s+out|glitching|breaking|"
    r"timing\s+out|changing|shifting|moving|disconnecting|going\s+down|failing|resetting)|"
    r"(?:was|were)\s+(?:lagging|freezing|crashing|glitching|flickering|echoing|buzzing|dropping|"
    r"washing\s+out|cutting\s+out|breaking\s+up|playing\s+up|acting\s+up)|"
    r"(?:was|were)\s+(?:(?:very|so|really|quite|pretty)\s+)?(?:badly|poorly)\s+(?:organi[sz]ed|prepared|"
    r"written|laid\s+out|structured|put\s+together)|"
    r"(?:kept\s+)?(?:interrupting|interrupted|talking\s+over|cutting\s+(?:me\s+)?off)\b|"
    r"(?:was|were)\s+(?:worded|phrased|framed|explained|set\s+up|asked)\s+in\s+(?:a|an)\s+(?:\w+\s+)?"
    r"(?:confusing|vague|ambiguous|odd|strange|unclear|misleading|tricky|roundabout)\s+way|"
    r"(?:didn't|didnt|did\s+not|never)\s+(?:mention|explain|make\s+(?:it\s+)?clear|tell\s+(?:me|us)|"
    r"warn)\b|"
    r"(?:gave|sent|told)\s+(?:me|us)\s+(?:the\s+|an?\s+)?(?:wrong|incorrect|outdated|old|misleading)\b|"
    r"(?:had\s+)?(?:already\s+|completely\s+|really\s+)?(?:drained|exhausted|rattled|flustered|"
    r"distracted|unsettled|wore\s+out|tired\s+out)\s+me\b|"
    r"(?:changed|moved|shifted)\s+(?:halfway|midway|partway|mid-way|half-way|in\s+the\s+middle|"
    r"during|part\s+way|mid)|"
    r"(?:lagged|froze|crashed|dropped|died|glitched|broke|failed|shifted|disconnected|"
    r"timed\s+out|acted\s+up|cut\s+out|went\s+down)\b"
    # a measure that fell ("the cycle time dropped from nine days to four") is no failure
    r"(?!\s+(?:from|by|to)\s+(?:[0-9]|a\s+(?:third|quarter|half)|half|about|around|roughly|nearly|"
    r"almost|under|over|less|more|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
    r"thirty|forty|fifty))|"
    r"(?:wasn't|wasnt|was\s+not|weren't|were\s+not|isn't|is\s+not)\s+(?:working|loading|"
    r"cooperating|helping|clear|well\s+defined|explained|specified)|"
    r"(?:didn't|didnt|did\s+not)\s+(?:work|load|help|cooperate)|"
    r"(?:started|began|ran)\s+(?:\w+\s+)?(?:late|over|long)|(?:got|was|were)\s+cut\s+(?:short|off)|"
    r"had\s+(?:a\s+)?(?:broken|faulty|dodgy|wrong|bad|flaky|weird)\b|"
    r"stopped\s+working|ran\s+out|threw\s+me|got\s+in\s+the\s+way|made\s+it\s+(?:hard|"
    r"difficult|impossible|tough|tricky)|was\s+(?:too\s+(?:short|tight|long)|so\s+(?:short|tight))|"
    r"(?:was|were)\s+(?:underspecified|under-specified|ill-defined|poorly\s+defined|vague|"
    r"unclear|ambiguous|confusing|shifting|laggy|glitchy|unreliable|flaky|distracting)|"
    r"(?:was|were)\s+(?:phrased|worded|framed|explained|set\s+up|asked)\s+(?:(?:quite|rather|a\s+bit|"
    r"somewhat|very|really|so|pretty)\s+)?(?:ambiguously|vaguely|oddly|confusingly|poorly|badly|"
    r"unclearly|strangely)|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:(?:very|so|really|too|quite|pretty|a\s+bit|incredibly|"
    r"honestly|frankly|completely|totally)\s+)?(?:hot|cold|noisy|loud|cramped|stuffy|dark|chaotic|rushed|"
    r"hectic|disorgani[sz]ed|a\s+mess|all\s+over\s+the\s+place)|"
    r"(?:was|were)\s+running\s+(?:late|behind|over)|(?:was|were)\s+sprung\s+on\s+(?:me|us)|"
    r"was\s+(?:way|far|much|simply|just)\s+too\s+(?:short|tight)|"
    r"(?:was|were|felt|seemed|is)\s+(?:(?:a\s+bit|a\s+little|quite|very|really|rather|pretty|so|"
    r"somewhat|frankly|honestly|kind\s+of|totally|completely)\s+)?(?:unfair|unreasonable|biased|"
    r"rigged|absurd|ridiculous|impossible|not\s+fair)|"
    r"could\s+have\s+been\s+(?:(?:framed|worded|phrased|explained|specified|set\s+up)\s+)?"
    r"(?:(?:a\s+lot|much|far|a\s+bit)\s+)?(?:clearer|more\s+(?:clearly|clear|specific|precisely)|"
    r"better\s+(?:framed|worded|explained|specified))|"
    r"(?:doesn't|didn't|does\s+not|did\s+not)\s+(?:leave|give|allow)\s+(?:(?:me|you|us|anyone|"
    r"candidates|people)\s+)?(?:much|enough|any)\s+(?:room|time|space))"
)
# The content word every _FAILURE predicate holds (not its auxiliary: "was" and "is" are in
# every note, so gating on them would run the rule on every note).
_FAILURE_GATE = (
    "kept lagged froze crashed dropped died glitched broke failed shifted disconnected timed "
    "acted cut went changed moved working loading cooperating helping clear defined explained "
    "specified work load help cooperate started began ran stopped threw got hard difficult "
    "impossible tough tricky short tight underspecified under-specified ill-defined under "
    "ill poorly vague unclear ambiguous confusing shifting laggy glitchy unreliable flaky "
    "distracting ambiguously vaguely oddly confusingly badly unclearly strangely hot cold "
    "noisy loud cramped stuffy dark chaotic rushed hectic unfair unreasonable biased rigged "
    "absurd ridiculous fair clearer clearly specific precisely framed worded room space "
    "broken faulty dodgy wrong bad weird lagging freezing crashing glitching flickering "
    "echoing buzzing dropping washing cutting breaking playing acting organised organized "
    "prepared written laid structured put interrupting interrupted talking cutting way "
    "mention explain tell warn gave sent told drained exhausted rattled flustered distracted "
    "unsettled wore tired running sprung disorganised disorganized mess place way"
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
    # Polite blame: an external cause (tools, the time box, the setup, the brief) as the subject
    # of a failure predicate. EXTERNAL x FAILURE, so "the whiteboard tool kept lagging" and
    # "my connection dropped twice" are both caught, however the sentence around them goes.
    *each(
        _EXTERNAL_GATE + " & " + _FAILURE_GATE,
        r"the|my|our|your|that|this",
        rf"\s+(?:[\w'-]+\s+){{0,2}}?{_EXTERNAL}(?:\s+(?:before|after)\s+(?:you|me|lunch|that)|"
        r"\s+(?:in|on|from|for|during)\s+the\s+\w+(?:\s+(?:before|after))?)?"
        r"(?:\s+(?:I|we)\s+(?:was|were|got)\s+(?:given|sent|using|working\s+from))?"
        rf"\s+(?:(?:you|they|we|the\s+\w+)\s+(?:gave|set|asked|posed|chose|"
        r"picked|used|sent|had|wrote)\s+(?:me\s+|us\s+)?)?(?:(?:also|just|then|suddenly|constantly|repeatedly|"
        rf"really|totally|completely|somehow)\s+)?{_FAILURE}",
    ),
    # The time box: "there wasn't much time to clarify", "we didn't have enough time".
    *each(
        "time & much enough sufficient any little barely hardly",
        rf"there\s+{WASNT}|there\s+was\s+(?:little|barely|hardly|no)|there\s+just\s+{WASNT}|"
        rf"I\s+{DIDNT}\s+have|we\s+{DIDNT}\s+have|I\s+had\s+(?:little|barely|hardly|no)|"
        r"we\s+had\s+(?:little|barely|hardly|no)",
        r"\s+(?:(?:much|enough|sufficient|any|real|a\s+lot\s+of|the|really|any\s+real)\s+)?time\b"
        r"(?!\s+(?:left\s+)?(?:for\s+(?:questions|your|my\s+questions)|to\s+(?:ask|hear|chat|"
        r"talk)))",
    ),
    *each(
        "time & given allowed",
        r"if\s+I'd\s+been|if\s+I\s+had\s+been|had\s+I\s+been",
        r"\s+(?:given|allowed)\s+(?:more|enough|a\s+bit\s+more|a\s+little\s+more)\s+time\b",
    ),
    *each(
        "allowed given chance & finish explain answer",
        rf"if\s+I'd\s+been|if\s+I\s+had\s+been|had\s+I\s+been|I\s+{WASNT}|I\s+never\s+got",
        r"\s+(?:(?:allowed|given\s+(?:a|the)\s+chance|able)\s+to|(?:a|the)\s+chance\s+to)\s+"
        r"(?:finish|explain|complete|answer|clarify)\b",
    ),
    # Moving goalposts, whatever moved.
    # ("moving" alone is no goalpost: it needs the goalposts after it, "moving the scanners
    # onto Android" blames nothing.)
    *each(
        "goalposts goal posts & moved moving shifted shifting kept",
        r"the\s+goalposts|the\s+goal\s+posts",
        r"(?:\s+(?:kept\s+)?(?:moved|moving|shifted|shifting|changed|changing))?",
    ),
    ("goalposts goal posts & moving", r"\bmoving\s+(?:the\s+)?goal\s*posts\b"),
    # The fault done to the writer, said in the passive (b48): "I was kept waiting three weeks",
    # "I was put on the spot", "it was never made clear that ...", "building access hadn't been
    # arranged for me", "I was only told on the morning", "the names have been left off again".
    # A wait is blame when it is a real one (a duration not played down: "forty minutes", "three
    # weeks", "an hour") or the process is its cause ("for feedback", "until ...") (review10 #4:
    # "kept waiting in reception for a few minutes, which let me read ..." is no complaint).
    *each(
        "kept left & waiting",
        r"I\s+was|I'd\s+been|I\s+had\s+been|being",
        r"\s+(?:kept|left)\s+waiting(?:\s+(?:in|at|on|outside)\s+(?:the\s+)?[\w-]+)?"
        r"(?:\s+(?:for|over))?\s+(?:(?:nearly|almost|over|more\s+than|well\s+over|at\s+least)\s+)?"
        r"(?:an?\s+(?:(?:full|whole|good)\s+)?(?:hour|week|month|fortnight)|(?:\d+|two|three|four|"
        r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
        r"ninety|several|many)(?:[\s-]\w+)?[\s-]+(?:minutes|mins|hours|days|weeks|months)|"
        r"feedback|news|an?\s+(?:reply|response|decision|answer|update|outcome|callback)|"
        r"the\s+(?:outcome|results?|decision|panel|interviewers?|recruiter)|until|again)\b",
    ),
    ("spot & put", r"\bI\s+was\s+(?:really\s+|rather\s+|a\s+bit\s+)?put\s+on\s+the\s+spot\b"),
    *each(
        "made & clear explicit obvious",
        "it|this|that",
        rf"\s+(?:was\s+never|{WASNT}|had\s+never\s+been|hadn't\s+been)\s+made\s+"
        r"(?:clear|explicit|obvious)\b",
    ),
    *each(
        "arranged organised organized booked prepared set & me us my",
        r"hadn't|haven't|hasn't|had\s+not|wasn't|weren't",
        r"\s+been\s+(?:set\s+up|arranged|organi[sz]ed|booked|prepared)\s+for\s+(?:me|us|my)\b",
    ),
    # "I was only/never told" is blame when what follows is a missing instruction or a late
    # notice ("the panel would include ...", "we'd be coding", "about the time limit when I
    # arrived", "on the morning that ...", "the expected scale"), and the sentence is not glad
    # of it (review10 #4: "I was only told good things about ...", "only told about the
    # migration last week, so it was great to hear ...").
    (
        "told & only never",
        r"\bI\s+was\s+(?:only|never)\s+told\b"
        r"(?![^.!?\n]{0,160}?\b(?:(?:great|good|nice|lovely|exciting|interesting|reassuring|"
        r"helpful|fascinating|a\s+pleasure|a\s+treat)\s+to\s+(?:hear|see|learn|find\s+out|get)|"
        r"made\s+it\s+(?:concrete|real|vivid|tangible))\b)"
        r"(?=\s+(?:that|until|when\s+I|once\s+I|as\s+I|at\s+the\s+last|on\s+the\s+(?:day|"
        r"morning|night)|the\s+(?:day|night|morning|evening)\s+before|that\s+morning|(?:[\w-]+\s+)"
        r"{0,2}?(?:minutes|hours?|days?)\s+(?:before|beforehand|ahead)|(?:the|we|I|it|there|she|"
        r"he|they|you|this|each|candidates)(?:\s+[\w'-]+){0,3}?\s*(?:would|'d|will|was|were|"
        r"had|needed|need|should|must|could|is|are)\b|(?:about\s+)?(?:the|a|any)\s+(?:[\w-]+\s+)"
        r"{0,2}?(?:limit|scale|format|brief|scope|requirements?|constraints?|rules|expectations?|"
        r"agenda|length|duration|timings?|deadline|structure|dress\s+code|location|venue|room|"
        r"panel|exercise|task|test|presentation|assessment|case\s+study|change|changes|"
        r"questions?|topic|audience|load|volume|size|budget)\b|about\s+(?:it|this|that)\b))",
    ),
    *each(
        "left & again",
        "has|have|had",
        r"\s+been\s+left\s+(?:off|out)\b[^.!?\n]{0,60}?\bagain\b",
    ),
    # Sarcasm and jabs at the interviewer or the process.
    # Sarcasm: praise over a situation the candidate resents, aimed at the reader or the process
    # (issue 14). "Must be nice to ...", "glad somebody eventually ...", "nice of you to turn up".
    (
        f"must & {_PRAISE}",
        rf"\bmust\s+(?:be|have\s+been)\s+(?:(?:so|really|very|pretty)\s+)?{_PRAISE_RX}"
        r"(?=\s+(?:to|for|being|having|when)\b)",
    ),
    *each(
        "glad nice good great lovely happy refreshing pleased relieved thrilled wonderful "
        "& finally eventually once last",
        r"glad|nice|good|great|lovely|happy|refreshing|pleased|relieved|thrilled|wonderful",
        r"\b[^.!?\n]{0,30}?\b(?:someone|somebody|anyone|anybody|you|they|(?:the|your)\s+(?:panel|"
        r"recruiter|interviewers?|hr|company|team|hiring\s+team))\s+(?:\w+\s+)?(?:finally|eventually|"
        r"at\s+last|for\s+once)\s+(?:\w+\s+)?(?:read|looked|opened|bothered|noticed|listened|replied|"
        r"responded|answered|showed|turned|got\s+back|called|wrote|remembered|checked|looked)\b",
    ),
    *each(
        "of & to & finally eventually bother bothered turn turned show showed remember",
        r"nice|kind|good|lovely|generous|decent|big|sweet",
        r"\s+of\s+(?:you|them|him|her|someone|somebody|the\s+\w+|your\s+\w+)\s+to\s+"
        r"(?:finally|eventually|even|actually|bother|(?:turn|show)\s+up|remember)\b",
    ),
    # Praise that cannot be meant: "I'm sure the fire alarm test was scheduled with great care",
    # "I'm sure the candidates who saw the questions did brilliantly".
    (
        "sure & brilliantly care perfectly wonderfully flawlessly splendidly",
        r"\bI'm\s+sure\s+(?:that\s+)?(?:the|your|everyone|they|those)\b[^.!?\n]{0,80}?\b(?:brilliantly|"
        r"with\s+(?:great|the\s+utmost|much)\s+care|perfectly|wonderfully|flawlessly|splendidly)\b",
    ),
    *each(
        "always & fun treat joy",
        r"always|ever\s+so|so\s+much",
        r"\s+(?:fun|a\s+treat|a\s+joy)\s+to\b",
    ),
    (
        "exhausted tired bored distracted & must",
        r"\byou\s+must\s+(?:have\s+been|be)\s+(?:so\s+|very\s+|really\s+|pretty\s+)?(?:exhausted|tired|"
        r"bored|distracted|fed\s+up)\b",
    ),
    (
        "next & maybe perhaps try could might",
        r"\bnext\s+time,?\s+(?:maybe|perhaps|try|you\s+could|you\s+might|it\s+might)\b",
    ),
    (
        "warning notice heads-up heads & second minute seconds minutes",
        r"\bfor\s+the\s+(?:[\w]+[-\s])?(?:second|minute)s?\s+(?:warning|notice|heads-up)\b",
    ),
    (
        "important & your",
        r"\byour\s+(?:(?:much|far|so\s+much)\s+)?more\s+important\s+(?:meetings|things|people|calls|"
        r"candidates|work)\b",
    ),
    *each(
        "moment & picked chose decided",
        r"picked|chose|decided|found",
        r"\s+(?:that|the|this)\s+(?:exact\s+|perfect\s+|very\s+|precise\s+)?moment\s+to\b",
    ),
    (
        "actually & someone who",
        r"\bsomeone\s+who\s+(?:has\s+|had\s+|'d\s+)?actually\s+(?:read|used|seen|looked|knew|"
        r"understood|heard|listened|done|worked)\b",
    ),
    ("waiting & had", r"\bhad\s+me\s+waiting\b"),
    *each(
        "confidence faith trust & lost",
        r"lost|losing",
        r"\s+(?:all\s+)?(?:confidence|faith|trust)\s+in\s+(?:how|the\s+process|your|the\s+way)\b",
    ),
    (
        "took & weeks days months & get reply respond answer decide",
        r"\btook\s+(?:\w+\s+){1,2}(?:weeks|days|months)\s+to\s+(?:get\s+back|reply|respond|answer|"
        r"decide)\b",
    ),
    (
        "break breaks water rest lunch & no",
        r"\bwith\s+no\s+(?:break|breaks|water|rest|lunch)\b",
    ),
    (
        "anyone anybody & rattle rattled thrown throw fluster flustered unsettle unsettled stumped",
        r"\bwould\s+(?:have\s+)?(?:rattled?|thrown|throw|fluster(?:ed)?|unsettled?|stumped?)\s+"
        r"(?:anyone|anybody|most\s+people)\b",
    ),
    # Resignation over the process: "forty minutes in the lobby is just how things go".
    (
        "just & how & things it go goes work works",
        r"\bjust\s+how\s+(?:things|it|you|they)\s+(?:go|goes|work|works|are|is|do\s+things|"
        r"run\s+things)\b",
    ),
    # Thanks with a sting: "thank you for fitting me in, eventually".
    *each(
        "eventually finally last & for",
        r"thanks|thank\s+you",
        r"\s+for\b[^.!?\n,]{1,60},\s*(?:eventually|finally|at\s+(?:long\s+)?last)\b",
    ),
    # Someone who "actually read my portfolio", as if the others had not.
    (
        "actually finally bothered & read looked opened & cv resume résumé portfolio "
        "application work code submission",
        r"\bwho\s+(?:had\s+|has\s+|'d\s+)?(?:actually|finally|bothered\s+to|even)\s+"
        r"(?:read|looked\s+at|opened)\s+my\s+(?:cv|resume|résumé|portfolio|application|work|code|"
        r"submission)\b",
    ),
    # Condescension: "easy to spot every gap when you've written the question yourself".
    *each(
        "easy easier simple & when & you",
        "easy|easier|simple",
        r"\s+to\s+[^.!?\n]{0,60}?\bwhen\s+you(?:'ve|\s+have|\s+already|\s+wrote|\s+know|\s+set)\b",
    ),
    *each(
        "how & things candidates people interviews business",
        r"I\s+guess|I\s+suppose|apparently|evidently|presumably|clearly|obviously",
        r"\b[^.!?\n]{0,80}?\bhow\s+(?:you|they|your\s+\w+|the\s+\w+|things)\s+"
        r"(?:do|does|run|runs|handle|handles|treat|treats|are\s+done|work)\b"
        r"(?:\s+(?:things|candidates|people|interviews|business|it))?",
    ),
    *each(
        "finally & read looked bothered noticed listened showed got took",
        r"someone|somebody|you|anyone|they|the\s+panel",
        r"\b[^.!?\n]{0,30}?\bfinally\s+(?:read|looked|bothered|noticed|listened|showed|took|"
        r"got\s+(?:around|to))\b",
    ),
    *each(
        "finally eventually & for",
        r"thanks|thank\s+you",
        r"\s+for\s+(?:finally|eventually)\b",
    ),
    *each(
        "late & minutes hour",
        # Not "I was five minutes late": the candidate's own lateness is an apology, not a jab.
        r"running|run|ran|started|start|starting|you\s+were|you\s+joined|you\s+showed\s+up|"
        r"you\s+arrived|they\s+were|they\s+joined|the\s+panel\s+was|the\s+interviewer\s+was",
        r"\s+(?:\w+\s+){0,2}(?:minutes?|mins?|an\s+hour|half\s+an\s+hour)\s+late\b",
    ),
    *each(
        "waiting & kept left keep keeps keeping leave leaving",
        "kept|left|keep|keeps|keeping|leave|leaving",
        r"\s+(?:me|us|everyone|candidates|people|applicants|everybody)\s+(?:\w+\s+)?waiting\b",
    ),
    *each(
        "read looked & resume cv portfolio",
        rf"you\s+(?:clearly|obviously|apparently)\s+(?:{DIDNT}|hadn't|had\s+not)|"
        r"nobody|no\s+one|"
        rf"you\s+(?:{DIDNT}|hadn't)",
        r"\s+(?:even\s+)?(?:read|look\s+at|looked\s+at|seen|open(?:ed)?)\s+(?:my|the)\s+"
        r"(?:resume|résumé|cv|portfolio|application|submission|take-home|code)\b",
    ),
    ("respect & due", r"\bwith\s+(?:all\s+)?due\s+respect\b"),
    ("trick & question", r"\btrick\s+question\b"),
    # "Blame the jet lag", "I put it down to the nerves".
    ("blame", r"\bblame\s+(?:it\s+on\s+)?(?:the|that|this|a|all\s+the)\b"),
    ("put & down", r"\bput\s+it\s+down\s+to\s+(?:the|a|my)\b"),
    *each(
        "better & done performed answered fared",
        r"I\s+would\s+have|I\s+would've|I'd\s+have|I\s+could\s+have|I\s+could've",
        r"\s+(?:done|performed|answered|fared|coded)\s+(?:much\s+|far\s+|a\s+lot\s+)?better\s+"
        r"(?:with|if|had|given|in)\b",
    ),
    *each("threw & me", "which|that|it|this", r"\s+(?:really\s+|completely\s+)?threw\s+me\b"),
    # Counterfactual blame: "had the question been clearer", "if the brief had been specific".
    *each(
        "been & clearer clear specific precise explained given defined worded framed",
        r"had\s+the|if\s+the|had\s+you|if\s+you\s+had|if\s+you'd",
        r"(?:\s+\w+){0,2}\s+(?:had\s+)?been\s+(?:a\s+bit\s+|much\s+|any\s+|slightly\s+)?(?:clearer|"
        r"more\s+(?:clear|specific|precise)|better\s+(?:explained|worded|framed|defined)|explained|"
        r"(?:more\s+)?clearly\s+(?:explained|worded|framed|defined))\b",
    ),
    # Cut off by someone: "you moved on before I could finish".
    *each(
        "before & finish explain answer complete clarify",
        r"you|they|the\s+panel|the\s+interviewer|he|she",
        r"\s+(?:moved\s+on|jumped\s+in|cut\s+in|went\s+on|wrapped\s+(?:up|it\s+up)|stopped\s+me|"
        r"ended\s+(?:it|the\s+\w+)|changed\s+the\s+(?:subject|topic)|pressed\s+on|pushed\s+on|"
        r"skipped\s+ahead|called\s+time)\s+before\s+I\s+(?:could|had\s+(?:a|the)\s+chance\s+to|"
        r"was\s+able\s+to|"
        r"got\s+to)\s+(?:finish|explain|answer|complete|clarify)\b",
    ),
    # Kept in the dark: "I wasn't told the interview would include system design".
    (
        "told warned informed briefed",
        rf"\bI\s+(?:{WASNT}|was\s+never|had\s+not\s+been|hadn't\s+been|hadnt\s+been)\s+"
        r"(?:told|warned|informed|briefed)\b",
    ),
    # The time taken by something else: "half the time was spent on introductions".
    *each(
        "spent taken eaten used wasted lost & time",
        r"the\s+time|half\s+the\s+time|most\s+of\s+the\s+time|much\s+of\s+the\s+time|"
        r"so\s+much\s+time|too\s+much\s+time|a\s+lot\s+of\s+time",
        r"\s+(?:was|got)\s+(?:spent|taken\s+up|eaten\s+up|used\s+up|wasted|lost)\s+(?:on|by|with)\b"
        r"(?=[^.!?\n]{0,60}?\b(?:so\s+I|I\s+(?:rushed|ran\s+out|couldn't|could\s+not|didn't|did\s+not|"
        r"had\s+to|never|barely)))",
    ),
    # Something outside the candidate that "made it hard to follow" or "cost me ten minutes".
    *each(
        "made & hard difficult tough impossible tricky",
        r"your|the|that|this|his|her|their",
        r"(?:\s+\w+){1,2}\s+made\s+(?:it|the\s+\w+|things|everything)\s+(?:(?:really|very|quite|"
        r"a\s+bit|so)\s+)?(?:hard|difficult|tough|impossible|tricky)\s+to\s+(?:follow|understand|hear|"
        r"focus|concentrate|think|answer)\b",
    ),
    *each(
        "cost & me",
        r"which|that|it|this",
        r"\s+cost\s+me\s+(?:\w+\s+){0,2}(?:minutes|time|the\s+(?:answer|question|round)|"
        r"my\s+(?:focus|train|flow))",
    ),
    # The excuse announced: "In fairness, the diagram only showed ...", "To be fair, ...".
    ("fairness", r"\bin\s+(?:all\s+)?fairness\b"),
    ("fair", r"\bto\s+be\s+fair\b(?!\s+to\s+(?:you|them|the\s+team|everyone))"),
    (
        "chance opportunity & no",
        rf"\bthere\s+(?:was|{WASNT})\s+(?:no|any|much|a)\s+(?:real\s+)?(?:chance|opportunity)\s+to\s+"
        r"(?:ask|clarify|explain|finish|check|answer)\b",
    ),
    # Keeping score of the process: "it took your assistant three reschedules to ...".
    *each(
        "reschedules reschedulings attempts tries reminders emails follow-ups chasers weeks months",
        r"it\s+took",
        r"\s+(?:you|them|your\s+\w+|the\s+\w+)\s+(?:\w+\s+){0,2}(?:reschedules|reschedulings|"
        r"attempts|tries|reminders|emails|follow-ups|chasers|weeks|months)\s+to\b",
    ),
    *each("believe & took", "can't|cannot|couldn't", r"\s+believe\s+it\s+took\b"),
    # Excuses by company: the stumble as what anyone would have done.
    *each(
        "would & fallen made struggled missed stumbled done gotten got tripped",
        r"anyone|anybody|most\s+people|a\s+lot\s+of\s+people|many\s+people|plenty\s+of\s+people|"
        r"most\s+candidates|everyone",
        r"\s+would(?:\s+have|'ve)\s+(?:fallen|made|struggled|missed|stumbled|done|gotten|got|tripped)\b",
    ),
    # The same excuse with any verb, and its negative: "anyone would have guessed the same",
    # "I'm sure anybody would have heard it that way", "nobody could have answered that in ten
    # minutes" (the mistake put on the setup by what everyone would have done; old-fresh10 and
    # nine tune notes). Praise of the reader ("anyone would have loved the tour", "no one could
    # have asked for more") is none, nor an event nobody saw coming ("nobody could have
    # predicted the fire alarm, and it didn't affect my answer": about the event, not the answer).
    *each(
        "would could would've could've & have would've could've",
        r"anyone|anybody|everyone|everybody|most\s+people|most\s+candidates|any\s+candidate|"
        r"nobody|no\s+one|no-one|no\s+candidate",
        r"(?:\s+else)?\s+(?:would|could)(?:\s+have|'ve)\s+(?!(?:asked|wished|hoped|loved|enjoyed|"
        r"liked|appreciated|predicted|foreseen|anticipated|"
        r"been\s+(?:more|better|kinder|nicer|happier|luckier))\b)[a-z]",
    ),
    ("happens & best everyone", r"\bhappens\s+to\s+(?:the\s+best\s+of\s+us|everyone|everybody)\b"),
    # Other interviewers as the measure: "most interviewers would have given a hint".
    *each(
        "would & given let allowed offered provided explained clarified helped nudged",
        r"most|other|any\s+other|a\s+lot\s+of|many|a\s+good|a\s+better|a\s+fairer",
        r"\s+(?:interviewers?|companies|panels?|hiring\s+managers?|recruiters?)\s+(?:would|'d)"
        r"(?:\s+have|'ve)?\s+(?:given|let|allowed|offered|provided|explained|clarified|helped|nudged)\b",
    ),
    *each(
        "concentrate focus think hear & to",
        "hard|difficult|impossible|tough",
        r"\s+to\s+(?:concentrate|focus|think\s+straight|hear\s+(?:you|the))\b",
    ),
    ("offense offence", r"\bno\s+offen[cs]e\b"),
    *each(
        "told explained mentioned warned said",
        r"nobody|no\s+one|you\s+never|no-one",
        r"\s+(?:told|explained|mentioned|warned|said)\b(?!\s+(?:to|me\s+to)\s+(?:be|stop|worry))",
    ),
    *each(
        "due because & technical issues difficulties problems glitches",
        r"due\s+to|because\s+of|thanks\s+to|blame|given",
        r"\s+(?:the\s+|some\s+)?(?:technical|tech|connection|connectivity|audio|video|network|"
        r"internet|wi-?fi|zoom|platform)\s+(?:issues|difficulties|problems|glitches|trouble|lag|"
        r"hiccups)\b",
    ),
    *each(
        "under & pressure & time",
        "given|with|under",
        r"\s+the\s+(?:time\s+pressure|time\s+constraints?|time\s+limit|tight\s+(?:time|timing|"
        r"timeline))\b",
    ),
    # Jabs at whether anyone read the application: "your panel clearly hadn't read my CV", "glad
    # someone finally read my CV" (the process blamed, issue 14).
    *each(
        "read & cv résumé resume application",
        r"hadn't|had\s+not|didn't|did\s+not|never|finally",
        r"\s+(?:(?:even|actually|bothered\s+to|taken\s+the\s+time\s+to)\s+)?read\s+my\s+"
        r"(?:cv|résumé|resume|application)\b",
    ),
    # Time lost to someone else: "so we lost ten minutes", "we lost the first quarter of an hour".
    (
        "lost & minutes time hour",
        r"\bwe\s+lost\s+(?:(?:the\s+first|a\s+good|about|almost|nearly|over)\s+)?(?:\w+\s+)?"
        r"(?:minutes|time|hour)\b",
    ),
)

# Reported speech: what the interviewer said is theirs ("you said the scope kept changing").
REPORTED = re.compile(
    r"\b(?:you|they|she|he)\s+(?:said|mentioned|told\s+(?:me|us)|explained|described|noted|shared|"
    r"pointed\s+out)\b|\bas\s+you\s+(?:said|put\s+it|mentioned)\b"
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
        r"\bI\s+hope\s+(?:this|it|that)(?:\s+(?:email|note|message|mail|e-mail))?\s+(?:isn't|is\s+not|"
        r"doesn't|does\s+not)\s+(?:too\s+much|"
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
        "sorry & if",
        r"\bsorry\s+if\s+(?:this|it|I'm|I\s+am|I'm\s+being)\s+(?:is\s+|was\s+)?(?:a\s+bother|too\s+much|"
        r"bothering|intruding|overstepping|out\s+of\s+line|too\s+forward|pushy|annoying|"
        r"being\s+(?:pushy|too\s+forward|annoying))\b",
    ),
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
# Possessive (++) so "TTLs" is not retried as "TT"; the lookbehind starts a match only at the
# first capital of a run, so a long run that ends in a lower-case letter is rejected once, not
# once per capital (that was quadratic: 16,000 capitals then "a" took 0.3 s).
CAPS_TOKEN = re.compile(r"(?<![A-Z])[A-Z]++(?:'[A-Z]++)?(?![a-z])")
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

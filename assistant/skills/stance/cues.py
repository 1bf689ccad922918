"""The sharp cues of a helper's turn, found by rules (English and French).

This module owns the 16 cue names of ``evals/datasets/stance/GUIDELINES.md`` and the patterns
that find them: question form (open, closed, leading), first-person experience ("when I…",
« quand j'étais… »), advice and suggestions ("I'd suggest", « je te conseille »), advice in
disguise ("have you considered…?", « as-tu pensé à… ? »), network offers, and the neutral acts
(thanks, praise, small talk, logistics). Patterns run on accent-folded, lower-cased text, clause
by clause, so "Quelles options vois-tu ?" and "quelles options vois tu?" match alike.

The cues are evidence, not the verdict: :mod:`assistant.skills.stance.classifier` weighs them
with a learned model. :func:`cue_vector` turns them, plus a few form features, into the numbers
that model reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from assistant.language.text import fold

COACHING_CUES = (
    "open_question",
    "reflection",
    "paraphrase",
    "summary",
    "autonomy_support",
    "accountability",
)
MENTORING_CUES = (
    "experience",
    "advice",
    "information",
    "suggestion",
    "network",
    "leading_question",
)
NEUTRAL_CUES = ("small_talk", "affirmation", "logistics")
CUES = (*COACHING_CUES, *MENTORING_CUES, "closed_question", *NEUTRAL_CUES)
"""Every cue name, in the order of GUIDELINES.md."""

FAMILY = {
    **{cue: "coaching" for cue in COACHING_CUES},
    **{cue: "mentoring" for cue in MENTORING_CUES},
    **{cue: "neutral" for cue in NEUTRAL_CUES},
    "closed_question": "any",
}
"""The label each cue typically goes with (``any`` for closed questions)."""


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_YOU = r"(?:you|tu|vous|t')"
_WH_EN = r"what|how|which|who|whom|where|why|when|whose"
_WH_FR = (
    r"qu'est-ce|qu'est ce|que|qu'|quoi|comment|quel|quels|quelle|quelles|lequel|laquelle"
    r"|pourquoi|ou (?:en|tu|vous|est-ce|ca)|combien|quand|qui"
)
# A question word at the start of a clause (after a filler: "so", "and", « et », « alors »…).
_FILLER = (
    r"(?:(?:so|and|ok|okay|well|right|hmm+|mm+|alors|et|donc|bon|ok|euh|du coup|mais|but)[ ,]+)*"
)
OPEN_START = re.compile(rf"^{_FILLER}(?:{_WH_EN}|{_WH_FR})\b")
OPEN_ANYWHERE = re.compile(
    r"\b(?:what else|tell me (?:more|about)|walk me through|say more|how come|what about you"
    r"|qu'est-ce qui|qu'est-ce que|qu'est ce qu|c'est quoi|raconte|dis-m'en|dis m'en|parle-moi"
    r"|parle moi|a quoi|de quoi|en quoi|par quoi|sur quoi|avec qui|tu en penses quoi"
    r"|ca donnerait quoi|ca ressemblerait a quoi|how do you|how would you|what do you|what would"
    r"|what's|how's|how are you going|ca te fait quoi|tu ferais quoi|vous feriez quoi)\b"
    r"|\b(?:quoi|comment|lesquel\w*|laquelle|combien|quel\w*|selon qui|avec qui|what|how|which)\b"
)
CLOSED_START = re.compile(
    rf"^{_FILLER}(?:do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|shall"
    r"|may|might|any|est-ce|est ce|as-tu|avez-vous|es-tu|etes-vous|peux-tu|pouvez-vous"
    r"|veux-tu|voulez-vous|tu|vous|t'|c'est|ca|il y a|y a)\b"
)
LEADING = _any(
    r"\b(?:have|had|did|do) you (?:(?:ever|already|actually) )?(?:considered|consider|thought"
    r" about|think about|thought of|tried|try|looked (?:at|into)|asked|ask|talked|talk|spoken"
    r"|checked|check|contacted|contact|reached out|reach out|called|call|emailed|email|updated"
    r"|update|applied|apply|registered|register|got|sent|send|spoken to|speak to|talked to)\b",
    r"\bwhy (?:not|don't you|wouldn't you|didn't you)\b",
    r"\b(?:wouldn't|won't|isn't|couldn't|shouldn't|doesn't) (?:it|that|you|this)\b",
    r"\b(?:ca|ce|cela) (?:t'|vous |te |ne t'|ne vous )?(?:aiderait|serait|ferait|irait) pas\b",
    r"\b(?:tu|vous) (?:pourrais|pourriez|peux|pouvez) pas (?:juste|simplement)?",
    r"\b(?:tu l'as|tu les as|vous l'avez|t'as) (?:fait )?(?:relire|montre|envoye|fait voir)\b",
    r"\bwhat if you\b",
    r"\b(?:and|so|but)? ?if you (?:just|simply)\b.*\?",
    r"\bwhat(?:'s| is) stopping you from\b",
    r"\bhow about (?:you |asking|trying|calling|talking|doing|going|sending|taking|looking)",
    r"\bwhat about (?:asking|trying|calling|talking|doing|going|sending|taking|looking)",
    r"\b(?:could|can) you (?:not )?just\b",
    r"\b(?:as|avez|t'as|tu as|vous avez|t'avais|avais)(?:-| )?(?:tu|vous)? ?(?:deja )?"
    r"(?:pense|songe|envisage|essaye|essaie|regarde|demande|contacte|appele|appelle|relance"
    r"|parle|postule|tente|verifie|mis a jour|fait appel)\b",
    r"\bpourquoi (?:tu ne|tu n'|ne pas|pas|vous ne|ne (?:pas )?|tu (?:le|la|les|lui) fais pas)",
    r"\bpourquoi tu .* pas\b",
    r"\b(?:ce serait|ce ne serait|ca serait|ca ne serait|ce s'rait|ca s'rait) (?:pas )?"
    r"(?:plus|mieux|une bonne)",
    r"\bet si (?:tu|vous)\b",
    r"\b(?:tu ne|tu n'|vous ne|vous n') .*pas plutot\b",
    r"\b(?:tu ne|vous ne) (?:trouves|trouvez|crois|croyez|penses|pensez) pas que\b",
    r"\bdu cote de\b.*\?",
    r"\bt'as regarde\b|\bt'as essaye\b",
    # A negative interrogative implies its answer: « n'est-ce pas… ? », « ne pourriez-vous pas… ? »,
    # « cela n'est-il point… ? », « ne vaudrait-il pas mieux… ? ».
    r"\bn'est-(?:ce|il|elle) (?:pas|point)\b",
    r"\b(?:ne|n')(?: \w+)? ?\w+-(?:t-)?(?:il|elle|on|nous|vous|tu|ils|elles|je)"
    r" (?:pas|point|plus)\b",
    r"\b(?:ne|n')\w*-(?:t-)?(?:il|elle|on|nous|vous|tu|ils|elles) (?:pas|point)\b",
    r"\b(?:don't|doesn't|aren't|isn't|wasn't) (?:you|it|that|there|this) (?:think|agree|see|feel"
    r"|seem|true|right|obvious|clear|better|wiser|easier)\b",
    r"\bwouldn't you (?:agree|say)\b|\bdon't you (?:think|agree|see)\b",
    # Asking whether the mentee knows a fact the helper states, or has forgotten one.
    r"\b(?:did|do) you know that\b|\b(?:sais|savez)-(?:tu|vous) (?:que|bien que)\b",
    r"\b(?:tu sais|vous savez) (?:que|bien que)\b.*\?",
    r"\b(?:have you|did you) forget(?:ten)?\b|\b(?:as|avez)-(?:tu|vous) (?:donc )?oublie\b",
    r"\b(?:tu as|vous avez|t'as) oublie\b",
    r"\bque (?:diriez|dirais)-(?:vous|tu) (?:de|d')\b",
)
EXPERIENCE = _any(
    r"\bwhen i (?:was|started|did|had|moved|switched|joined|left|first|got|went|took|made"
    r"|faced|changed|applied|ran|launched|quit|tried|set|became|asked|wrote|came|failed)\b",
    r"\b(?:in my (?:experience|case|day|first)|in my last|i remember|i used to|i once|back when i"
    r"|what worked for me|what helped me|i learned|i learnt|i've learned|i made the mistake"
    r"|i had the same|i went through|the same thing happened to me|my first (?:job|year|boss)"
    r"|i did the same|i did that|when i was in your|i've been there and|i found that)\b",
    r"\b(?:quand|lorsque) (?:j'|je |moi j)",
    r"\b(?:a ton age|de mon temps|dans mon experience|perso,? (?:j'|moi)|moi,? (?:j'|je )"
    r"|je me souviens|je me rappelle|ce qui a marche pour moi|ce qui m'a aide|ce qui m'a"
    r"|j'ai appris|j'ai fait (?:pareil|la meme|l'erreur)|ca m'est arrive|j'etais (?:comme|dans)"
    r"|j'ai eu le meme|mon premier (?:poste|boulot|job|patron)|a mes debuts|j'avais)\b",
    r"\bi (?:did|had|was|went|took|started|tried|spent|moved|asked|wrote|quit|failed)"
    r" .*\b(?:and|so|but)\b",
    r"\bj'ai (?:fait|eu|demande|passe|pris|commence|essaye|quitte|ecrit|rate|choisi|monte"
    r"|appris)\b",
)
ADVICE = _any(
    r"\byou (?:should|shouldn't|need to|needs to|have to|must|mustn't|ought to|'ll want to"
    r"|want to make sure|really should|definitely|absolutely)\b",
    r"\b(?:you'd better|you had better|my advice|i'd recommend|i would recommend|i recommend"
    r"|i'd advise|i advise|if i were you|if i was you|i'd (?:go|take|ask|say|do|push|start"
    r"|call|send|write|keep|wait|drop|stick|focus|tell|put|pick|book|block|say no)"
    r"|i would (?:go|take|ask|say|do|start|call|wait|drop|focus|tell)|make sure|don't|do not"
    r"|never|always|whatever you do|the key is|the trick is|stop )\b",
    r"\b(?:tu devrais|vous devriez|il faut|il faudrait|faut que|tu dois|vous devez|je te conseille"
    r"|je vous conseille|je te recommande|je vous recommande|mon conseil|a ta place|a votre place"
    r"|si j'etais toi|si j'etais vous|moi je (?:ferais|dirais|prendrais|irais|demanderais)"
    r"|n'hesite pas|n'hesitez pas|ne (?:fais|faites|dis|dites|prends|envoie|accepte|signe) pas"
    r"|(?:fais|dis|prends|envoie|accepte|signe|reponds|lache) pas|surtout (?:pas|ne)|evite"
    r"|evitez|arrete de|oublie|garde(?:z)? (?:en tete|a l'esprit|bien|toujours|le|la|les|ca"
    r"|cela|ton|ta|tes|votre|vos)|mets|mettez|pense a|pensez a|le truc c'est"
    r"|l'astuce c'est|la cle c'est|je ferais|je dirais)\b",
    r"\b(?:it's (?:important|essential|crucial|best|better) to|it is (?:important|essential"
    r"|crucial|best|better) to|remember (?:that|to)|one (?:should|must|ought)|beware|be careful"
    r"|il est (?:important|essentiel|indispensable|preferable) de|il ne faut (?:pas|jamais)"
    r"|on doit|on ne doit|souviens-toi|souvenez-vous|rappelle-toi|rappelez-vous|n'oublie pas"
    r"|n'oubliez pas|croyez-moi|crois-moi|gardez-vous|garde-toi|prenez garde|fais attention"
    r"|faites attention|mefie-toi|mefiez-vous|il ne s'agit pas de|il s'agit (?:de|d')"
    r"|il convient de|il importe de|il vous faut|il te faut|il faut que (?:vous|tu)"
    r"|you don't (?:need|have) to|you do not (?:need|have) to|no need to|there's no need"
    r"|(?:tu n'as|vous n'avez|t'as) pas besoin|pas besoin (?:de|d')|nul besoin"
    r"|i (?:don't|do not) (?:like|think (?:this|that|it|your))"
    r"|je n'aime pas (?:votre|ton|ta|tes|vos|ce|cette)"
    r"|your \w+ (?:is too|are too|doesn't|does not|isn't|is not|lacks|needs)"
    r"|(?:ton|ta|tes|votre|vos) \w+ (?:manque|manquent|est trop|sont trop|n'est pas"
    r"|ne (?:correspond|repond)))\b",
    # A French imperative in the "vous" form at the start of a clause ("Sachez…", "Évitez…").
    r"^(?:(?:mais|et|donc|alors|enfin|surtout)[ ,]+)*(?!vous\b|avez\b|assez\b|chez\b)"
    r"[a-z]{2,}ez(?:-(?:vous|moi|le|la|les|lui|en|y))?\b(?! vous)",
    # An imperative at the start of a clause.
    r"^(?:(?:so|and|ok|okay|well|honestly|seriously|but|alors|bon|et|donc|franchement|mais)[ ,]+)*"
    r"(?:ask|call|send|write|try|take|go|talk|tell|stop|start|keep|focus|slow|say|put|pick|book"
    r"|block|drop|apply|read|join|email|update|get|look|check|use|sign|wait|skip|avoid|prepare"
    r"|practise|practice|negotiate|list|bring|cut|ditch|push|let(?! me\b)|set|write|treat|do|be"
    r"|give|sleep"
    r"|demande|appelle|envoie|ecris|essaie|essaye|prends|va|parle|dis|arrete|commence|continue"
    r"|concentre|ralentis|mets|choisis|reserve|bloque|postule|lis|inscris|relance|regarde"
    r"|verifie|utilise|signe|attends|prepare|negocie|note|fais|dors|coupe|laisse|sois|donne"
    r"|respire|accepte|refuse|propose|demandez|appelez|envoyez|ecrivez|essayez|prenez|allez"
    r"|parlez|dites|arretez|commencez|faites|notez|relancez|preparez|lisez|soyez)\b",
)
SUGGESTION = _any(
    r"\b(?:you could|you might|you can always|you may want|you might want|maybe (?:try|you"
    r"|ask|talk|start|send|look|take|block|just)|perhaps (?:you|try)|one (?:idea|option|thing"
    r"(?: you could| that might)?|way|trick|tip)|an idea|a thought:|i'd suggest|i suggest"
    r"|i would suggest|my suggestion|it might (?:help|be worth)|it could help|might be worth"
    r"|it's worth|worth (?:trying|asking|a try|considering)|how about|what about|consider"
    r"|suggestions?|random thought|have a look|take a look|what usually works|what works"
    r"|you might try|one thing to try|an exercise|i see (?:two|three) options)\b",
    r"\b(?:tu pourrais|vous pourriez|tu peux (?:aussi|toujours|essayer|demander|tenter)"
    r"|vous pouvez (?:aussi|toujours|essayer)|une idee|une piste|un truc qui|une option"
    r"|peut-etre (?:que tu|que vous|essayer|demander)|je te suggere|je vous suggere"
    r"|je te propose|je vous propose|je peux te proposer|ca vaut le coup|ca peut aider"
    r"|ca pourrait aider|pourquoi pas|essaie de voir|tu gagnerais a|idee|jette un oeil"
    r"|ce qui marche|un exercice|je vois (?:deux|trois) options|peut-etre|conseil)\b",
)
INFORMATION = _any(
    r"\b(?:most people|usually|typically|in general|generally|normally|research|studies"
    r"|statistically|the rule is|by law|legally|it's called|there's a (?:rule|law|form|website"
    r"|course|scheme|programme|program|fund|grant)|there is a|you're entitled|you are entitled"
    r"|on average|the average|per cent|percent|the deadline is|it takes|recruiters"
    r"|employers|the market rate|for what it's worth|in france|in the uk|the way it works"
    r"|here's how|you click|click on|it means)\b",
    r"\b(?:la plupart|en general|generalement|d'habitude|normalement|en moyenne|selon"
    r"|la loi|legalement|il existe|y a un (?:site|dispositif|programme|formulaire)|il y a un"
    r"|tu as droit|vous avez droit|c'est obligatoire|le delai|les recruteurs|les employeurs"
    r"|sachez que|sache que|tu cliques|vous cliquez|ca s'appelle|ca marche comme|pour info"
    r"|en france|le cpf|pole emploi|france travail|le smic)\b",
    r"\b\d+ ?(?:%|per ?cent|pour ?cent|euros?|€|\$|k€|weeks|months|semaines|mois|ans|years)\b",
)
NETWORK = _any(
    r"\b(?:i (?:can|could|'ll|will|'d be happy to) (?:put you in touch|introduce you|intro you"
    r"|connect you|send you (?:her|his|their) (?:contact|email|details))|i know (?:someone"
    r"|somebody|a guy|a woman|a person|people)|a friend of mine|my contact|my network"
    r"|i'll ask (?:her|him|my)|you should meet|happy to introduce|let me introduce"
    r"|(?:i can|i could|want me to|shall i) ask (?:her|him|them|my|around|if|the)|i've cc'd"
    r"|i know the|i can get you|my (?:cousin|friend|brother|sister|ex-colleague|old team))\b",
    r"\b(?:je (?:peux|vais|pourrais) te (?:mettre en (?:contact|relation)|presenter)"
    r"|je (?:peux|vais|pourrais) vous (?:mettre en (?:contact|relation)|presenter)"
    r"|je connais (?:quelqu'un|une|un|des|bien)|un ami a moi|une amie a moi|mon reseau"
    r"|je te mets en (?:contact|relation)|je vous mets en (?:contact|relation)"
    r"|je te file (?:son|le contact)|je te donne (?:son|ses) (?:contact|coordonnees|mail)"
    r"|(?:je peux|tu veux que je) (?:lui |leur )?demander|tu veux que je demande|en copie"
    r"|je connais (?:le|la|les)|je peux te faire|mon (?:cousin|beau-frere|frere|ami|pote)"
    r"|ma (?:cousine|soeur|belle-soeur|pote|copine)|mes anciens collegues)\b",
)
REFLECTION = _any(
    r"\b(?:sounds like|it sounds|that sounds|it seems (?:like|that)? ?you|you seem|seems like"
    r"|you sound|i hear (?:that|you|a)|i'm hearing|i sense|i notice|i've noticed|i can hear"
    r"|i can see (?:that|you|how)|you feel|you're feeling|you felt|must (?:be|have been|feel)"
    r"|that's a lot|a lot to carry|you care|matters to you|important to you|you value"
    r"|you told me|you said|you mentioned|you're (?:torn|frustrated|worried|scared|excited"
    r"|proud|tired|exhausted|anxious|angry|stuck|disappointed)|part of you|you light up"
    r"|when you talk about|there's a lot of)\b",
    r"\b(?:on dirait que|j'ai l'impression que (?:tu|vous|t')|tu sembles|vous semblez"
    r"|tu as l'air|t'as l'air|vous avez l'air|ca a du|ca doit (?:etre|faire)|j'entends"
    r"|je sens (?:que|de)|je sens bien|je remarque|je vois que|on sent que|tu te sens"
    r"|tu ressens|ca compte (?:beaucoup )?pour (?:toi|vous)|important pour (?:toi|vous)"
    r"|ca fait beaucoup|tu m'as dit|tu m'avais dit|vous m'avez dit|tu as dit|t'as dit"
    r"|je te trouve|tu es (?:partage|frustre|inquiet|epuise|fier|fatigue|decu|perdu|coince)"
    r"|t'es (?:partage|frustre|inquiet|epuise|fier|fatigue|decu|perdu|coince|vener))",
)
PARAPHRASE = _any(
    r"\b(?:so you're saying|so what you're saying"
    r"|if i (?:understand|understood|get|got) (?:it|you|this|that)?"
    r"|in other words|so basically|what i'm hearing|let me check i've got|if i've got it right"
    r"|so for you|so you|so it's|so the (?:issue|problem|thing|question)|reflect back)\b",
    r"\b(?:si je comprends bien|si j'ai bien compris|autrement dit|en gros,? (?:tu|vous|c'est)"
    r"|donc (?:tu|vous|c'est|pour toi|pour vous|t'as|t'es|le|la|ce)|ce que j'entends"
    r"|si je te suis|pour toi,? c'est)\b",
)
SUMMARY = _any(
    r"\b(?:to sum up|to summarise|to summarize|let me summari[sz]e|so far (?:you|we)"
    r"|(?:so,? )?(?:two|three|four) things|to recap|let me recap|recap:|if i pull (?:this|it)"
    r"|putting it together|on one hand)\b",
    r"\b(?:pour resumer|si je resume|en resume|recapitulons|je resume|(?:donc,? )?(?:deux|trois"
    r"|quatre) choses|d'un cote)\b",
)
AUTONOMY = _any(
    r"\b(?:your call|up to you|your decision|your choice|you decide|you choose|only you"
    r"|you know (?:yourself|best|better)|whatever you (?:choose|decide)|no (?:pressure|right"
    r"|wrong)|it's yours|you're the (?:one|expert)|you're free to|if you want|if you'd like"
    r"|would it help if|can i share|may i share|do you want me to|not going to (?:push|tell)"
    r"|whatever you decide|you're the one|you are the (?:one|experts?)|you're the experts"
    r"|(?:i'll |i )?trust your (?:judg(?:e)?ment|instinct|call|choice))\b",
    r"\b(?:c'est toi qui|c'est vous qui|a toi de|a vous de|ton choix|votre choix|tu decides"
    r"|vous decidez|tu sais mieux|sans pression|si tu veux|si vous voulez|si tu le sens"
    r"|je peux te (?:dire|partager)|je peux vous (?:dire|partager)|tu veux que je"
    r"|c'est ta decision|ta decision|je ne vais pas te dire|la mieux placee|le mieux place"
    r"|quoi que tu decides|quoi que vous decidiez|je (?:te|vous) fais confiance"
    r"|(?:tu es|vous etes) (?:seule?s?|le seul|la seule) (?:juge|a savoir)|a vous de juger"
    r"|a toi de juger)\b",
)
ACCOUNTABILITY = _any(
    r"\b(?:by when|when will you|what will you do|what's your (?:next|first) step|next step"
    r"|how did (?:it|the|that|your) .*go|where are you (?:with|at)|did you manage|how far"
    r"|what did you do about|commit|committed|what's the plan|update me|on track|progress"
    r"|follow up on|last time you said|you planned|you were going to|ready to|how ready"
    r"|how confident|how sure|how committed)\b",
    r"\b(?:d'ici quand|pour quand|tu en es ou|vous en etes ou|t'en es ou|ou tu en es"
    r"|ca a donne quoi|ca s'est passe comment|comment s'est passe|tu t'engages|vous vous engagez"
    r"|engagement|prochaine etape|premier pas|tu avais prevu|tu devais|la derniere fois tu"
    r"|tu as pu|vous avez pu|t'as pu|tu as reussi a|pret a|prete a|pret\W+e a|sur 10"
    r"|tu te sens (?:pret|capable|a l'aise))\b",
)
SMALL_TALK = _any(
    r"\b(?:how are you|how's it going|how are things|how was your (?:weekend|holiday|trip|day)"
    r"|weekend|weather|coffee|tea|lunch|holiday|vacation|traffic|rain|sunny|family|kids"
    r"|hobbies|free time|haha|lol|football|match|movie|film|series|hope all's well|^hi|^hey"
    r"|^hello|good to see you|nice to see you|smells|trade fair)\b",
    r"\b(?:ca va|comment vas-tu|comment allez-vous|week-end|weekend|vacances|meteo|il fait"
    r"|cafe|dejeuner|pluie|soleil|famille|enfants|mdr|haha|le match|serie|bouchons"
    r"|j'espere que tout va bien|^bonjour|^salut|^coucou|ca sent bon|demenagement)\b",
)
AFFIRMATION = _any(
    r"^(?:thanks|thank you|cheers|great|awesome|nice|cool|perfect|brilliant|amazing|well done"
    r"|good job|congrats|congratulations|bravo|sure|totally|absolutely|exactly|ok|okay|right"
    r"|yes|yeah|mm-?hm+|uh-huh|i see|got it|fair enough|oh no|aw+|wow|ha)\b",
    r"\b(?:thanks|thank you|well done|good job|great job|congrat\w*|proud of you|you've got this"
    r"|you got this|you can do (?:it|this)|sorry to hear|good luck|fingers crossed|keep it up"
    r"|nice work|great work|that's great|love that|happy for you|be proud|great result)\b",
    r"^(?:merci|super|genial|parfait|top|cool|bravo|felicitations|d'accord|ok|oui|ouais|ah|oh"
    r"|je vois|tout a fait|exactement|carrement|grave|mmh?|hm+|t'inquiete|chouette|trop bien)\b",
    r"\b(?:merci|bravo|felicitations|chapeau|bien joue|je suis fier|je suis fiere|bon courage"
    r"|bonne chance|tu vas y arriver|tu en es capable|t'en es capable|je croise les doigts"
    r"|c'est genial|trop bien|desole pour|desolee pour|etre fier|etre fiere|beau resultat)\b",
)
LOGISTICS = _any(
    r"\b(?:see you|next (?:week|time|session|month|meeting)|same time|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|tomorrow|zoom|teams link|the link|calendar|invite"
    r"|reschedule|schedule|agenda|room|minutes left|hard stop|let's (?:start|wrap|stop|pick|move)"
    r"|you're next|your turn|go ahead|welcome,? everyone|round of names|confirming|i'll send"
    r"|i'll be|running late|o'clock"
    r"|\d{1,2}(?::\d\d)? ?(?:am|pm)|at \d{1,2}\b)",
    r"\b(?:a (?:jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche|demain|bientot|plus|la"
    r" semaine)|la semaine prochaine|la prochaine fois|meme heure|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|demain|zoom|lien|agenda|calendrier|invitation|rendez-vous|rdv"
    r"|salle|ordre du jour|on commence|on s'arrete|on reprend|a toi|a vous|c'est ton tour"
    r"|je t'envoie|je vous envoie|bienvenue|tour des prenoms|micro|je confirme|en retard"
    r"|\d{1,2} ?h(?: ?\d\d)?)\b",
)
PROMPT = re.compile(
    # An imperative that asks the mentee to speak ("tell me about…", « dites-moi… ») is an open
    # invitation, not advice; the verb is removed before the advice patterns run.
    r"^(?:(?:so|and|ok|okay|well|now|alors|bon|et|donc|mais|but)[ ,]+)*(?:please )?"
    r"(?:tell me|talk me through|walk me through|take me through|describe|explain(?: to me)?"
    r"|help me understand|say more|give me an example|share (?:with me|more)"
    r"|(?:essaie|essayez|tache|tachez) (?:donc )?de me (?:dire|decrire|raconter|expliquer)"
    r"|dis-moi|dites-moi|raconte(?:-moi|z-moi)?|racontez|explique-moi|expliquez-moi"
    r"|decris(?:-moi)?|decrivez(?:-moi)?|parle-moi|parlez-moi|fais-moi part|faites-moi part)\b"
)
_CLAUSE = re.compile(r"[^.!?;:…]+[.!?;:…]*")
_OPEN_OBJECT = re.compile(
    r"\b(?:quoi|what else|qui d'autre|lesquel\w*|which ones?)\b"
    # « Qu'avez-vous envisagé ? », « qu'est-ce que tu as essayé ? »: the mentee names the option.
    r"|\bqu'(?:as|avez)-(?:tu|vous)\b|\bqu'est-ce que (?:tu as|vous avez|t'as)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine|je|j'|moi|mon|ma|mes|m')")
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|tu|t'|toi|ton|ta|tes|vous|votre|vos)")
_WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True)
class Clause:
    """One clause of a turn, folded, with its punctuation."""

    text: str
    question: bool


def clauses(folded: str) -> list[Clause]:
    """The clauses of a folded turn (split at . ! ? ; : …), each marked question or not."""
    found = []
    for match in _CLAUSE.finditer(folded):
        piece = match.group(0).strip()
        body = piece.rstrip(".!?;:… ").strip(" ,-\"'«»()")
        if body:
            found.append(Clause(body, piece.rstrip().endswith("?")))
    return found


def _question_cues(clause: Clause) -> list[str]:
    if not clause.question:
        return []
    if LEADING.search(clause.text) and not _OPEN_OBJECT.search(clause.text):
        return ["leading_question"]
    if OPEN_START.search(clause.text) or OPEN_ANYWHERE.search(clause.text):
        if re.match(r"^(?:why not|pourquoi pas)\b", clause.text):
            return ["leading_question"]
        return ["open_question"]
    return ["closed_question"]


_STATEMENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("experience", EXPERIENCE),
    ("network", NETWORK),
    ("advice", ADVICE),
    ("suggestion", SUGGESTION),
    ("information", INFORMATION),
    ("reflection", REFLECTION),
    ("paraphrase", PARAPHRASE),
    ("summary", SUMMARY),
    ("autonomy_support", AUTONOMY),
    ("accountability", ACCOUNTABILITY),
    ("small_talk", SMALL_TALK),
    ("affirmation", AFFIRMATION),
    ("logistics", LOGISTICS),
)
_ONLY_IN_STATEMENTS = {"advice", "suggestion", "information", "experience"}


def find_cues(text: str) -> list[str]:
    """Every cue the rules find in ``text``, in order of first appearance (no repeats).

    Advice, suggestion, information and experience count only in statements (a clause not
    ending in "?"): inside a question they are what makes it a leading question.
    """
    found: list[str] = []
    for clause in clauses(fold(text)):
        hits = _question_cues(clause)
        body = clause.text
        prompt = PROMPT.search(body)
        if prompt and not clause.question:
            hits.append("open_question")
            body = body[prompt.end() :].lstrip(" ,")
        for name, pattern in _STATEMENT_PATTERNS:
            if clause.question and name in _ONLY_IN_STATEMENTS:
                if name == "suggestion" and pattern.search(body):
                    hits.append("leading_question")
                continue
            if pattern.search(body):
                hits.append(name)
        found.extend(hit for hit in hits if hit not in found)
    return found


FORM_FEATURES = (
    "question_share",
    "ends_with_question",
    "starts_with_question",
    "only_questions",
    "first_person",
    "second_person",
    "short",
    "long",
    "context_overlap",
    "has_context",
    "no_cue",
    "any_mentoring",
    "coaching_only",
    "neutral_only",
)
FEATURE_NAMES = (
    *CUES,
    *(f"last:{cue}" for cue in CUES),
    *(f"first:{cue}" for cue in CUES),
    *FORM_FEATURES,
)
"""The names of :func:`cue_vector`'s entries, in order."""


def cue_vector(text: str, context: str | None = None) -> np.ndarray:
    """Cue and form features of a turn: which cues appear anywhere, in the first clause and in
    the last clause, the share of questions, person, length, and word overlap with the
    mentee's previous turn (a paraphrase reuses their words)."""
    folded = fold(text)
    parts = clauses(folded)
    per_clause = [find_cues(clause.text + ("?" if clause.question else "")) for clause in parts]
    every = [cue for cues in per_clause for cue in cues]
    vector = np.zeros(len(FEATURE_NAMES), dtype=np.float64)
    index = {name: i for i, name in enumerate(FEATURE_NAMES)}
    for cue in every:
        vector[index[cue]] = 1.0
    if per_clause:
        for cue in per_clause[-1]:
            vector[index[f"last:{cue}"]] = 1.0
        for cue in per_clause[0]:
            vector[index[f"first:{cue}"]] = 1.0
    questions = [clause.question for clause in parts]
    words = _WORD.findall(folded)
    form = {
        "question_share": sum(questions) / len(questions) if questions else 0.0,
        "ends_with_question": float(bool(questions) and questions[-1]),
        "starts_with_question": float(bool(questions) and questions[0]),
        "only_questions": float(bool(questions) and all(questions)),
        "first_person": min(len(_FIRST_PERSON.findall(folded)), 4) / 4,
        "second_person": min(len(_SECOND_PERSON.findall(folded)), 4) / 4,
        "short": float(len(words) <= 4),
        "long": float(len(words) >= 30),
        "context_overlap": _overlap(words, context),
        "has_context": float(bool(context)),
        "no_cue": float(not every),
        # GUIDELINES rule 2-3: any mentoring act decides; rule 10: neutral only if nothing else
        "any_mentoring": float(any(FAMILY[cue] == "mentoring" for cue in every)),
        "coaching_only": float(
            any(FAMILY[cue] == "coaching" for cue in every)
            and not any(FAMILY[cue] == "mentoring" for cue in every)
        ),
        "neutral_only": float(bool(every) and all(FAMILY[cue] == "neutral" for cue in every)),
    }
    for name, value in form.items():
        vector[index[name]] = value
    return vector


def _overlap(words: list[str], context: str | None) -> float:
    """Share of the turn's longer words (4+ letters) that the previous turn used."""
    if not context:
        return 0.0
    mine = {word for word in words if len(word) >= 4}
    if not mine:
        return 0.0
    theirs = set(_WORD.findall(fold(context)))
    return len(mine & theirs) / len(mine)

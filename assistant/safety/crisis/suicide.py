"""Suicide: thoughts, wishes to die or to disappear for good, plans, goodbyes and means, an
imminent attempt by the writer (English and French, accent-folded text)."""

from __future__ import annotations

from assistant.safety.patterns import alternatives

# The first table: plain and common indirect phrasings.
CORE = alternatives(
    # English, explicit
    r"\bkill(?:ing)? my ?self\b",
    r"\bkms\b",
    r"\bend(?:ing)? (?:it all|my (?:own )?life|my life)\b",
    r"\btake my (?:own )?life\b",
    r"(?<!prevention du )(?<!prevention de )\bsuicid(?:e|al)\b(?! (?:prevention|helpline|hotline|research))",
    r"\b(?:want|wanna|going|plan(?:ning)?|ready|tempted|thinking about (?:how )?) ?(?:to )?die\b",
    r"\bwish (?:i (?:was|were) dead|i could die|i could disappear|i (?:had )?never (?:been born|existed))",
    r"\bbetter off (?:dead|without me)\b",
    r"\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive|wake up|waking up)\b",
    r"\b(?:don'?t|do not|dont) want to (?:live|be alive|exist|go on|wake up|be here)\b",
    r"\bcan'?t (?:go on|keep going|do this anymore|take it anymore|live like this)\b"
    r"(?! (?:with|at|in|on) (?:this|that|these|my|the|our) (?:\w+ )?(?:spreadsheet|job|project|deadline|meeting|noise|code|report|commute|software|laptop|printer|bug|tool|team|course|class|exam|thesis|email|inbox|assignment|traffic|weather)s?\b)",
    r"\brather be dead\b",
    r"\bhang(?:ing)? my ?self\b",
    r"\b(?:overdose|od) on\b",
    r"\bjump (?:off|in front of)\b",
    r"\bnot (?:be|being) (?:here|around|alive) anymore\b",
    r"\bdisappear (?:forever|for good)\b",
    r"\bend (?:the|this) pain\b",
    r"\btired of (?:living|being alive|life)\b",
    r"\bnothing to live for\b",
    r"\bgive up on (?:life|living|everything)\b",
    r"\bwrote (?:a|my) (?:suicide |goodbye )?note\b",
    r"\bsay(?:ing)? goodbye to everyone\b",
    r"\bno way out\b",
    r"\bwant(?:ing)? it (?:all )?to (?:stop|end)\b",
    r"\bthe world would be better without me\b",
    r"\bpills? (?:to end|and (?:sleep|not wake))\b",
    # French
    r"(?<!prevention du )(?<!prevention de )\bsuicid(?!\w* (?:prevention|helpline|hotline|research))",
    r"(?<!plutot )\b(?:me |m')(?:suicider|foutre en l'air|jeter sous|pendre)\b",
    r"\b(?:me |m')jeter (?:du|par) (?!la fenetre\W*(?:\U0001f602|mdr|lol|haha))",
    r"\b(?:je|j') ?(?:vais|veux|voudrais|pourrais|vais finir par|ai envie de|pense a) me tuer\b",
    r"\benvie de me tuer\b",
    # English, indirect
    r"\bno point (?:in )?(?:me )?(?:being alive|living|going on|existing)\b",
    r"\b(?:won'?t|will not) be (?:around|here|alive) (?:in|by|for|next)\b",
    r"\b(?:just )?not (?:exist|existing) anymore\b|\bhow peaceful it would be\b",
    r"\bsay(?:ing)? goodbye to (?:people|everyone|everybody)\b",
    r"\bgoodbye (?:letters?|notes?|messages?|posts?)\b",
    r"\bstockpil\w* (?:my |some )?(?:sleeping )?(?:pills|meds|medication|tablets)\b",
    r"\b(?:pills|meds|tablets) (?:saved|put aside|set aside|hidden) (?:up )?(?:in case|for)\b",
    r"\bdisappear(?:ing)? for good\b",
    r"\bnobody would (?:even )?(?:notice|care|miss me)\b",
    r"\b(?:don'?t|do not|can'?t) see the point (?:of|in) (?:going on|living|anything|it all|being here)\b",
    r"\bwhat'?s the point (?:of|in) (?:living|going on|being alive|anything anymore)\b",
    r"\b(?:death|dying) (?:would|will|might) be (?:a )?(?:relief|peaceful|easier|better)\b",
    # French, indirect
    r"\bme jette (?:sous|du|par)\b",
    r"\bje (?:ne )?me vois (?:pas|plus) vivre\b",
    r"\bje (?:ne )?me vois (?:nulle part|pas dans (?:un|deux|cinq) ans)\b",
    r"\b(?:la mort|mourir) serait (?:un soulagement|plus simple|mieux|une delivrance)\b",
    r"\bmarre (?:d'exister|de vivre)\b",
    r"\bplus (?:l'interet|le sens) de (?:rien|vivre|continuer)\b",
    r"\b(?:lettres?|mots?|messages?) d'adieu\b",
    r"\b(?:medicaments?|cachets?|comprimes?) de cote\b",
    r"\bstock(?:e|er|ais) (?:des|mes) (?:medicaments|cachets|comprimes)\b",
    r"\bdisparai(?:tre|ssais|ssait) pour de bon\b",
    r"\bque (?:ca|tout) s'arrete\W{0,3} ?pour de bon\b",
    r"\bveux juste que (?:ca|tout) s'arrete\b",
    r"\bje (?:ne )?peux plus continuer comme ca\b",
    r"\b(?:arrangerait|soulagerait) tout le monde\b",
    r"\bmettre fin a (?:mes jours|ma vie)\b",
    r"\ben finir\b",
    r"\b(?:plus|pas) envie de (?:vivre|me reveiller|continuer a vivre)\b",
    r"\b(?:envie|besoin) de mourir\b",
    r"\b(?:veux|voudrais|aimerais|prefererais|vais) mourir\b",
    r"\bdisparaitre (?:pour toujours|a jamais|pour de bon|definitivement)\b",
    r"\bme tirer une balle\b(?! dans le pied)",
    r"\bsauter (?:du|par la|d'un|sous)\b",
    r"\bplus (?:la force|le courage) de (?:continuer|vivre|tenir)\b",
    r"\bque tout s'arrete\b",
    r"\bmieux sans moi\b",
    r"\ba quoi bon (?:vivre|continuer)\b",
    r"\bplus (?:aucune|de) raison de vivre\b",
    r"\bfatigue[e]? de vivre\b",
    r"\bne plus (?:etre la|me reveiller|exister)\b",
    r"\bpas de sortie\b",
    r"\bje (?:veux|voudrais) (?:plus|pas) (?:vivre|exister|etre la)\b",
)
# Broader phrasings (2026-11-27, from the training rows and new written examples, never
# from the held-out test split): indirect wording, signals told in passing in a longer message.
MORE = alternatives(
    # English
    r"\bunalive\b",
    r"\b(?:sleep|fall asleep|go to sleep) and (?:never|not|don'?t) wake (?:up|again)\b",
    r"\bnever wake up again\b",
    r"\b(?:everyone|everybody|they|my (?:family|parents|kids|friends|team)) (?:would|will) be "
    r"(?:better off|happier|fine|relieved|freer|lighter) (?:if i|when i|once i|without me)\b",
    r"\bif i (?:wasn'?t|weren'?t|was not|were not) (?:around|here|alive)(?: anymore)?\b",
    r"\b(?:don'?t think i'?ll|i won'?t|i will not|i might not|may not) (?:still )?be "
    r"(?:here|around|alive)(?! (?:for|at|in|on) (?:the|this|that|our|your|a|my) (?:\w+ )?"
    r"(?:meeting|session|call|event|office|week|weekend|day|time|workshop|class|conference))",
    r"\b(?:in case|if) i'?m not (?:here|around|alive) (?:by|for|in|next|anymore)\b",
    r"\bburden\b.{0,60}\b(?:soon|won'?t (?:be|have)|no longer|not for long|anymore)\b",
    r"\bhow (?:many|much) (?:\w+ ){0,2}(?:pills|tablets|paracetamol|sleeping pills|meds|insulin)"
    r"\b.{0,30}\b(?:it takes|takes|would (?:take|it take)|to die|is lethal|to kill|enough)\b",
    r"\b(?:lethal|fatal) dose\b",
    r"\bcount(?:ing|ed)? (?:the |my |all the )?(?:pills|tablets|meds)\b|\bbottle of pills\b",
    r"\b(?:sort(?:ing|ed)? out|put(?:ting)? in order) my affairs\b|\bmy affairs in order\b",
    r"\bsaid (?:my )?goodbyes\b|\bsay my goodbyes\b",
    r"\b(?:gave|given|giving) away (?:my|most of my|all (?:of )?my) (?:stuff|things|belongings|"
    r"cat|dog|pets?|guitar|books|clothes)\b",
    r"\bbefore i go\b.{0,40}\b(?:tidy|given|gave|letters?|goodbye)\b|"
    r"\b(?:tidy|gave|given|letters?)\b.{0,60}\bbefore i go\b",
    r"\b(?:after|when|once) i'?m gone\b|\bafter i'?m dead\b|\bfor after i die\b",
    r"\bonly thing (?:keeping|that keeps|that'?s keeping) me (?:here|alive|going)\b",
    r"\b(?:haven'?t|not yet) (?:worked out|figured out|decided) how\b",
    r"\b(?:made up my mind|decided|planning|going|ready) to end (?:it|things|everything)\b",
    r"\bend (?:it|things) (?:tonight|this weekend|soon|for good)\b",
    r"\b(?:plan|planning|going|decided) to (?:overdose|od)\b|\boverdos(?:e|ing) (?:on|once|tonight)\b",
    r"\b(?:drown|drowning|poison|poisoning|hang|hanging|gas|gassing|shoot|shooting|inject|"
    r"injecting) my ?self\b(?! in the foot)",
    r"\b(?:using|use) it on my ?self\b",
    r"\b(?:life insurance|payout)\b.{0,80}\b(?:worth|than me|without me|alive|than i ever)\b",
    r"\b(?:step|stepping|jump|jumping|fall|falling) (?:forward|off|in front)\b.{0,40}\b"
    r"(?:tracks|train|platform|bridge|roof|ledge|edge)\b|\b(?:tracks|platform|bridge|railing|"
    r"ledge|balcony)\b.{0,60}\b(?:step forward|let(?:ting)? go|jump|how easy)\b",
    r"\bhow high (?:the|that) (?:roof|bridge|balcony|car park|building)\b",
    r"\bjoin(?:ing)? (?:her|him|them) (?:most nights|soon|up there)\b|\bthink about joining (?:her|him)\b",
    r"\bwhy (?:i'?d|i would|i should) (?:keep|go on|carry on) (?:living|going)\b",
    r"\b(?:don'?t|do not|dont) (?:really |even |actually )want to (?:live|be alive|exist)"
    r"(?! (?:in|with|near|at|abroad|like)\b)",
    r"\bwant (?:it all|everything|all of it|my life) to (?:be over|stop|end)\b",
    r"\blast message from me\b",
    r"\bwhat'?s the point of (?:me|my life|living|waking up)\b",
    r"\bdon'?t bother (?:booking|scheduling|planning) (?:me|anything)\b",
    # French
    r"\b(?:ne (?:plus|pas|jamais)|plus jamais|jamais plus|jamais|pas|plus) me reveiller\b",
    r"\bme reveille pas demain\b|\bdormir pour toujours\b|\bm'endormir pour toujours\b",
    r"\b(?:serai(?:en)?t|seront|serions) (?:\w+ )?(?:plus tranquilles?|mieux|soulages?|liberes?|"
    r"plus heureux|debarrasses?) (?:si je|sans moi|de moi|quand je)\b",
    r"\bsi je (?:n'?)?(?:etais|existais) plus(?: la)?\b|\bsi j'etais plus la\b",
    r"\bje (?:ne )?serai (?:\w+ )?plus la\b(?! (?:pour|a|au|en|la semaine|demain|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|cet? ))",
    r"\b(?:un|une) (?:poids|fardeau|charge)\b.{0,60}\b(?:bientot|debarrass|liber|plus la|plus longtemps)",
    r"\bcombien de (?:\w+ )?(?:cachets|comprimes|medicaments|doliprane|paracetamol|gelules)\b"
    r"(?! (?:par jour|je peux prendre|on peut prendre))",
    r"\bdose (?:mortelle|letale)\b",
    r"\bcompt(?:e|er|ais|e) (?:les|mes) (?:cachets|comprimes|medicaments)\b",
    r"\b(?:donne|distribue) (?:\w+ ){0,2}(?:mes|toutes mes|presque toutes mes) affaires\b",
    r"\bregle(?:r)? mes affaires\b|\bmettre de l'ordre dans mes affaires\b",
    r"\bdit au revoir a\b.{0,60}\b(?:derniere fois|pour de bon|adieu)\b|\bdit au revoir a (?:mes amis|tout le monde|ma famille)\b",
    r"\bavant de partir\b.{0,40}\b(?:donne|range|lettres?)\b|\b(?:donne|range|lettres?)\b.{0,60}\bavant de partir\b",
    r"\b(?:apres|pour apres) (?:ma mort|moi)\b|\bquand je (?:serai|ne serai plus) (?:morte?|partie?|plus la)\b",
    r"\bseule chose qui me (?:retient|garde en vie)\b|\b(?:pas|plus) encore trouve comment\b",
    r"\b(?:j|je |j')?vais me tuer\b(?! (?:a la tache|au travail|au boulot|a force))",
    r"\b(?:mettre|mets|mettrai|mettrais|met) fin a (?:mes jours|ma vie|tout)\b",
    r"\bassurance[- ](?:vie|deces)\b.{0,100}\b(?:moi vivante?|sans moi|que moi|plus que moi)\b|\bque moi vivante?\b",
    r"\b(?:lacher|enjamber|passer par-dessus) la rambarde\b|\bhauteur du (?:toit|pont|balcon|parking)\b",
    r"\b(?:rails|quai|pont|toit|balcon|falaise)\b.{0,60}\b(?:faire un pas|sauter|me jeter|lacher)\b",
    r"\bpas saute du (?:balcon|pont|toit)\b",
    r"\b(?:continuer|continuerais|continuerai) a vivre\b",
    r"\bpourquoi je (?:continuerais|continue|resterais)\b.{0,20}\b(?:vivre|la)\b",
    r"\bdernier message de ma part\b",
    r"\bje (?:ne )?veux (?:vraiment |juste )?plus (?:vivre|exister|me reveiller)\b",
    r"\bplus envie d'(?:etre la|exister)\b",
    r"\b(?:ways|how) to (?:die|kill my ?self|end it|end my life)\b(?! (?:of|in|laughing))",
    r"\b(?:medicaments|cachets|comprimes|produits) qui tuent\b|\b(?:facons?|moyens?) de (?:mourir|me tuer)\b",
    r"\bif i (?:died|was dead|were dead|were gone|disappeared)\b|\bsi je (?:mourais|disparaissais|etais morte?)\b",
    r"\bone (?:turn of the wheel|step|jump)\b.{0,30}\b(?:it'?s|it would be|and) over\b",
    r"\b(?:saving|saved|stockpiling|hoarding|collecting) (?:up )?(?:my |some |all my )?(?:sleeping )?"
    r"(?:tablets|pills|meds|medication|painkillers)\b",
    r"\b(?:economise|garde|stocke|accumule|mets de cote) (?:mes|des) (?:somniferes|cachets|comprimes|"
    r"medicaments|anxiolytiques)\b",
    r"\b(?:close to|near|on) the edge\b.{0,40}\b(?:if i'?ll|do it|jump|step)\b|\bsee if i'?ll (?:do it|jump)\b",
    r"\btout au bord\b.{0,40}\ble faire\b|\bvoir si je vais (?:le faire|sauter)\b",
    r"\b(?:never|not) (?:have to )?(?:face|see|wake up to) another (?:morning|day)\b",
    r"\bplus jamais (?:avoir a )?(?:affronter|voir) (?:un|une) (?:autre )?(?:matin|jour(?:nee)?)\b",
    r"\bm'endormir et (?:ne )?plus jamais\b|\bfall asleep and never\b",
    r"\bwhich (?:tablets|pills|meds) and how many\b|\bquels medicaments prendre et combien\b",
)
# Second pass (2026-11-27, developed on dev, train and the fresh batch after it was measured):
# heights and platforms looked at, a plan to spare whoever would find the writer, not planning
# to be here in a few years, giving a pet away, "and I don't mean the grades".
WIDER = alternatives(
    # English
    r"\bhow (?:high|tall|far (?:down|up)) (?:the|that|this|our|my) (?:\w+ ){0,3}(?:bridge|roof|building|balcony|car park|parking|cliff|tower|viaduct|flat|floor)\b",
    r"\bhow i'?d do it\b|\b(?:so|that) (?:nobody|no one) (?:has|would have|will have|needs) to find me\b|\bwho (?:would|will) find me\b",
    r"\b(?:don'?t|do not|didn'?t) (?:plan|expect|intend) (?:on|to) (?:be(?:ing)?|stay(?:ing)?) (?:here|around|alive)\b(?! (?:for|at|in|on) (?:the|this|that|our|your|a|my) (?:\w+ )?(?:meeting|session|call|event|office|week|weekend|day|workshop|class|conference|company|job|team|city|country))",
    r"\b(?:be|being) (?:still )?(?:here|around|alive) (?:that long|much longer|for (?:much )?longer|in \d+ years)\b",
    r"\b(?:see myself|make it|making it|get to|getting to)\b.{0,50}\b(?:and|but) (?:i )?(?:don'?t|do not) mean (?:the|my|it|in)\b",
    r"\b(?:won'?t|will not|wouldn'?t) (?:need|have) to (?:worry|look after|take care of|feed) (?:about )?(?:her|him|them|it)\b.{0,20}\b(?:anymore|after)\b",
    r"\b(?:won'?t|will not) be (?:a|your|anyone'?s|everyone'?s) (?:problem|burden|bother|worry) (?:for )?(?:much |very )?(?:longer|long)\b",
    r"\b(?:think|thinking|thought|dream\w*|fantasi[sz]\w*) (?:a lot |often )?about (?:not (?:waking up|being (?:here|around|alive)|existing)|ending it|death|being dead)\b",
    r"\b(?:one|a single) step (?:would be enough|and it'?s (?:over|done))\b",
    # French
    r"\b(?:quelle|la) hauteur (?:fait |du |de la |de l'|d'un |d'une )?(?:\w+ ){0,2}(?:pont|toit|immeuble|balcon|parking|falaise|tour|viaduc)\b",
    r"\bcomment (?:m'y prendre|je (?:le )?ferais|le faire)\b.{0,40}\b(?:personne|trouver)\b|\bpour que personne (?:n')?(?:ait|aie) a me trouver\b|\bqui me trouvera(?:it)?\b",
    r"\b(?:je (?:ne )?compte|je (?:ne )?pense|je (?:ne )?prevois) (?:pas|plus) (?:d')?(?:etre|rester) (?:encore )?(?:la|en vie|vivante?)\b(?! (?:pour|a|au|en|la semaine|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|cet?|ce soir))",
    r"\b(?:etre|rester) encore (?:la|en vie) dans \d+ ans\b",
    r"\bje (?:ne )?me vois (?:pas|plus)\b.{0,50}\b(?:et|mais) je (?:ne )?parle pas (?:des?|du|de la)\b",
    r"\b(?:donne|offert|laisse) (?:mon chat|mon chien|ma chatte|ma chienne|mon lapin|mes animaux)\b",
    r"\b(?:j'aurai|je n'aurai|j'en aurai) (?:plus|pas) besoin de (?:m'en occuper|m'occuper d'(?:elle|lui|eux)|le nourrir|la nourrir)\b",
    r"\bun (?:seul )?pas (?:suffirait|suffit|et c'est fini|et tout s'arrete)\b",
    r"\b(?:je )?(?:ne )?serai (?:bientot )?plus (?:un|une) (?:probleme|poids|fardeau|charge) pour (?:personne|vous|toi|eux)\b",
    r"\b(?:pense|penser|songe|reve) (?:souvent |beaucoup )?a (?:ne plus (?:me reveiller|etre la|exister)|en finir|la mort|etre morte?)\b",
    r"\b(?:imagin\w*|picture|picturing|plan\w*) my (?:own )?funeral\b|\b(?:imagine|imaginer|prepare|preparer|pense a) (?:souvent )?mon (?:propre )?enterrement\b",
)

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
    r"(?<!prevention du )(?<!prevention de )\bsuicid(?:e|al)\b(?![ -](?:prevention|helpline|hotline|research|risk|awareness|first aid))",
    r"\b(?:want|wanna|going|plan(?:ning)?|ready|tempted|thinking about (?:how )?) ?(?:to )?die\b",
    r"\bwish (?:i (?:was|were) dead|i could die|i could disappear|i (?:had )?never (?:been born|existed))",
    r"\bbetter off (?:dead|without me)\b",
    r"\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive|wake up|waking up)\b",
    r"\b(?:don'?t|do not|dont) want to (?:live|be alive|exist|go on|wake up|be here)\b",
    r"\bcan'?t (?:go on|keep going|do this anymore|take it anymore|live like this)\b"
    r"(?! (?:with|at|in|on) (?:this|that|these|my|the|our) (?:\w+ )?(?:spreadsheet|job|project|deadline|meeting|noise|code|report|commute|software|laptop|printer|bug|tool|team|course|class|exam|thesis|email|inbox|assignment|traffic|weather)s?\b)",
    r"\brather be dead\b",
    r"\b(?:hang(?:ing|ed|s)?|hung) my ?self\b",
    r"\b(?:overdose|od) on\b",
    r"\bjump (?:off|in front of)\b",
    r"\bnot (?:be|being) (?:here|around|alive) anymore\b",
    r"\bdisappear (?:forever|for good)\b",
    r"\bend (?:the|this) pain\b(?! of\b)",
    r"\btired of (?:living|being alive|life)\b",
    r"\bnothing to live for\b",
    r"\bgive up on (?:life|living|everything)\b",
    r"\bwrote (?:a|my) (?:suicide |goodbye )?note\b",
    r"\bsay(?:ing)? goodbye to everyone\b",
    r"\bno way out\b(?! of (?:this|the|my|that|our|a|an) (?:\w+ )?(?:contract|job|deal|lease|meeting|project|course|programme|program|subscription|loan|internship|apprenticeship|agreement|role|company|team|call|maze|room|building|car park|traffic)\b)",
    r"\bwant(?:ing)? it (?:all )?to (?:stop|end)\b",
    r"\bthe world would be better without me\b",
    r"\bpills? (?:to end|and (?:sleep|not wake))\b",
    # French
    r"(?<!prevention du )(?<!prevention de )\bsuicid(?!\w*[ -](?:prevention|helpline|hotline|research|risk|awareness|first aid))",
    r"(?<!plutot )\b(?:me |m')(?:suicider|foutre en l'air|jeter sous|pendre)\b(?! au (?:telephone|tel|cou)\b)",
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
    r"\bveux juste que (?:ca|tout) s'arrete\b(?! (?:\w+ )?(?:minutes?|secondes?|heures?|instant|moment|jours?|pour (?:souffler|respirer|me reposer|dormir))\b)",
    r"\bje (?:ne )?peux plus continuer comme ca\b",
    r"\b(?:arrangerait|soulagerait) tout le monde\b",
    r"\bmettre fin a (?:mes jours|ma vie)\b",
    r"\ben finir\b(?! avec (?!(?:la|ma|cette) vie\b|tout\b|moi\b|(?:l'|cette |mon )existence\b|(?:la|ma|cette) souffrance\b)(?:ce|cette|ces|cet|le|la|les|l'|mon|ma|mes|son|sa|ses|notre|nos|un|une|des|du|d'))",
    r"\b(?:plus|pas) envie de (?:vivre|me reveiller|continuer a vivre)\b",
    r"\b(?:envie|besoin) de mourir\b",
    r"\b(?:veux|voudrais|aimerais|prefererais|vais) mourir\b",
    r"\bdisparaitre (?:pour toujours|a jamais|pour de bon|definitivement)\b",
    r"\bme tirer une balle\b(?! dans le pied)",
    r"\bsauter (?:du|par la|d'un|sous)\b",
    r"\bplus (?:la force|le courage) de (?:continuer|vivre|tenir)\b",
    r"\bque tout s'arrete\b(?! (?:\w+ )?(?:minutes?|secondes?|heures?|instant|moment|jours?|pour (?:souffler|respirer|me reposer|dormir))\b)",
    r"\bmieux sans moi\b",
    r"\ba quoi bon (?:vivre|continuer)\b",
    r"\bplus (?:aucune|de) raison de vivre\b",
    r"\bfatigue[e]? de vivre\b",
    r"\bne plus (?:etre la|me reveiller|exister)\b",
    r"\bpas (?:de sortie|d'issue)(?: possible| pour moi)?(?=\W*(?:$|[.,!?;]|pour moi|je |j'))",
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
    r"\bif i (?:wasn'?t|weren'?t|was not|were not) (?:around|here|alive)(?: anymore)?\b(?! (?:to|for|at|in|on|during|tomorrow|next|this|that|when|while)\b)",
    r"\b(?:don'?t think i'?ll|i won'?t|i will not|i might not|may not) (?:still )?be "
    r"(?:here|around|alive)(?! (?:for|at|in|on) (?:the|this|that|our|your|a|my) (?:\w+ )?"
    r"(?:meeting|session|call|event|office|week|weekend|day|time|workshop|class|conference))"
    r"(?! (?:after|from|until|till|before|between|during|next|tomorrow|today|this|when|while)\b)",
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
    r"\b(?:made up my mind|decided|planning|going|ready) to end (?:it|things|everything)\b(?! (?:with|between|on|at|by|for|early|amicably|properly|professionally|politely|there|here)\b)",
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
    r"\b(?:si je (?:n'?)?(?:etais|existais) plus(?: la)?|si j'etais plus la)\b(?! (?:pour|a|au|aux|demain|la semaine|lundi|mardi|mercredi|jeudi|vendredi|ce|cette|en)\b)",
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
    r"\b(?:je (?:ne )?compte|je (?:ne )?pense|je (?:ne )?prevois) (?:pas|plus) (?:d')?(?:etre|rester) (?:encore )?(?:la|en vie|vivante?)\b(?! (?:pour|a|au|en|la semaine|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|cet?|ce soir|bonne|meilleure|personne|seule?|premiere?|derniere?|mieux|plus|moins)\b)",
    r"\b(?:etre|rester) encore (?:la|en vie) dans \d+ ans\b",
    r"\bje (?:ne )?me vois (?:pas|plus)\b.{0,50}\b(?:et|mais) je (?:ne )?parle pas (?:des?|du|de la)\b",
    r"\b(?:donne|offert|laisse) (?:mon chat|mon chien|ma chatte|ma chienne|mon lapin|mes animaux)\b",
    r"\b(?:j'aurai|je n'aurai|j'en aurai) (?:plus|pas) besoin de (?:m'en occuper|m'occuper d'(?:elle|lui|eux)|le nourrir|la nourrir)\b",
    r"\bun (?:seul )?pas (?:suffirait|suffit|et c'est fini|et tout s'arrete)\b",
    r"\b(?:je )?(?:ne )?serai (?:bientot )?plus (?:un|une) (?:probleme|poids|fardeau|charge) pour (?:personne|vous|toi|eux)\b",
    r"\b(?:pense|penser|songe|reve) (?:souvent |beaucoup )?a (?:ne plus (?:me reveiller|etre la|exister)|en finir|la mort|etre morte?)\b",
    r"\b(?:imagin\w*|picture|picturing|plan\w*) my (?:own )?funeral\b|\b(?:imagine|imaginer|prepare|preparer|pense a) (?:souvent )?mon (?:propre )?enterrement\b",
)
# Third pass (2026-11-28, developed on dev, fresh and new training rows, never on the test
# split): the same wishes told with other verbs, conjugations and elisions (« je pense encore à
# me tuer », « je saute du pont », « jveux crever »), others "better off" without an explicit
# "without me", a decision announced with thanks, a rope or a handful of pills, a life called a
# mistake.
BROADER = alternatives(
    # English
    r"\b(?:want|wanna|going|gonna|ready|tempted|need) to end it\b(?!(?: all)? (?:with|between|on|at|by|for|early|there|here|now and|in|after|before|amicably|properly|professionally|politely)\b)",
    r"\b(?:wish|hope|pray) (?:that )?(?:i (?:could |would |'d |will )?)?(?:just )?(?:die|stop existing|not wake up|never wake up)\b(?! (?:of|from|laughing)\b)",
    r"\b(?:would|'d|will) (?:\w+ ){0,2}be (?:better off|happier|relieved|freer|fine|okay|ok) (?:\w+ ){0,2}(?:if i (?:was|were|wasn'?t|weren'?t) (?:gone|dead|around|here)|once i'?m gone|when i'?m gone|if i died)\b(?! for\b)",
    r"\b(?:they|everyone|everybody|my (?:\w+ )?(?:kids|children|family|parents|wife|husband|partner))(?:'d| would| will) (?:all |honestly |really )?be better off\b(?! (?:with|if|in|at|\w+ing)\b)",
    r"\binsurance(?: money| payout)?\b.{0,60}\b(?:better off|would get|'d get)\b|\b(?:kids|children|family|wife|husband) (?:would|'d) get the insurance\b",
    r"\btired of (?:existing|being here|breathing|being me)\b",
    r"\b(?:made|taken|reached) (?:my|the|a) (?:final )?decision\b.{0,80}\b(?:thank you for everything|thanks for everything|goodbye|at peace|calm for the first time)\b",
    r"\b(?:my (?:whole )?life|my existence|i) (?:is|am|was|has been|have been) (?:a|one big) (?:mistake|error)\b(?! (?:of|in|at|to|for)\b)",
    r"\b(?:rope|noose)\b.{0,60}\b(?:keep looking at|looking at it|staring at|hid(?:den)?|in my (?:room|car|wardrobe|closet))\b|\btie (?:a|the) noose\b",
    r"\b(?:took|swallowed|take|swallow|taking|downed) (?:a handful|handfuls|the whole (?:bottle|box|pack|packet|strip)|a whole (?:bottle|box|pack|packet)) of (?:my |the |her |his |mum'?s |mom'?s )?(?:pills|tablets|meds|painkillers|sleeping pills|paracetamol|ibuprofen|antidepressants)\b",
    r"\b(?:make it|last|survive|get through|hold on)\b.{0,50}\b(?:and|but) (?:i )?(?:don'?t|do not) mean (?:the|my|it|in|at|work|school)\b",
    r"\b(?:not sure|don'?t know if|doubt(?: that)?) (?:i'?ll|i will|i'?d|i would) (?:still )?be (?:alive|around)\b(?! (?:for|at|in|on) (?:the|this|that|our|your|a|my)\b)",
    # French
    r"\b(?:pense|pensais|pensee?|penser|songe|songeais|reve|revais|envisage|envisageais|tente|tentee?|essaye|essaie|prevois|prevu|decide|decidee?|choisi|vais|veux|voulais|voudrais|pourrais|compte) (?:\w+ ){0,3}(?:a |de |d')?(?:me |m')(?:tuer|suicider|pendre|foutre en l'air|flinguer|noyer|jeter (?:sous|du|par|d'un)|ouvrir les veines|tirer une balle)\b(?! (?:a la tache|a force|au (?:travail|boulot|taf|sport|telephone|tel|cou)|de fatigue|pour (?:ce|cette|un|une|le|la|les|des|eux|lui|elle|rien|si peu|mon|ma|mes|son|sa|ses)|dans le pied|de rire))",
    r"(?:\bje |\bj'|\bjvais |\bje vais |\bvais )(?:saute|sauterai|sauterais|sauter|me jette|me jetterai|me jetterais|me jeter|me balance|me balancer|me lance|me lancer) (?:du haut d(?:u|e la|'un|'une) |du |d'un |d'une |de la |par la |depuis (?:le|la|un|une) |sous (?:le |la |un |une )?|dans (?:le|la) )(?:pont|toit|balcon|fenetre|immeuble|viaduc|falaise|train|metro|rer|tgv|tram|camion|bus|voiture|vide|quai|rails|seine|fleuve|canal|riviere|\d+e(?:me)? etage)\b(?!\W*(?:\U0001f602|\U0001f923|mdr|ptdr|lol|haha))",
    r"\b(?:envie|besoin|hate) de crever\b(?! de| d')|\b(?:veux|voudrais|aimerais|prefererais|vais) crever\b(?! de| d')",
    r"\bfatiguee? d'exister\b|\bmarre d'etre (?:en vie|la|moi)\b|\bplus (?:la force|le courage|l'energie) d'exister\b",
    r"\b(?:je (?:ne )?(?:veux|voudrais)|j'ai (?:plus|pas) envie d'|(?:plus|pas) envie d') ?(?:plus |pas )?(?:etre|rester) (?:en vie|vivante?|sur terre|de ce monde)\b",
    r"\b(?:pas sure?|sais pas si je serai|doute) (?:d'etre|de rester|que je sois|d'etre encore|encore) ?(?:encore )?(?:en vie|vivante?)\b|\b(?:je serai|je sois|d'etre) (?:encore |toujours )?(?:en vie|vivante?) (?:d'ici|dans|en|a|pour)\b",
    r"\b(?:tenir|survivre|arriver|aller|tiendrai) jusqu'(?:a|au|en)\b.{0,50}\b(?:et|mais) je (?:ne )?parle pas\b",
    r"\b(?:ma vie|mon existence) (?:est|a ete|c'est) (?:une|qu'une) (?:erreur|connerie)\b|\bje suis une erreur\b",
    r"\bassurance\b.{0,60}\b(?:mieux lotis|mieux sans moi|toucheraient|toucherait|plus tranquilles)\b",
    r"\bm'endormir (?:et qu'on n'en parle plus|pour de bon|definitivement|a jamais)\b",
    r"\b(?:pris|prise|prendre|prends|prendrai|avaler|avale|avalee?|avalerai) (?:toute (?:la|ma) (?:boite|plaquette)|tout le (?:flacon|tube)|une (?:boite|plaquette) entiere|une poignee) (?:de |d')(?:mes |ses |les )?(?:somniferes|cachets|comprimes|medicaments|medocs|doliprane|paracetamol|anxiolytiques|xanax|lexomil|gelules|antidepresseurs)\b",
    r"\b(?:pris|prise|fait|faite) (?:ma|la) decision\b.{0,80}\b(?:merci pour tout|adieu|en paix|calme pour la premiere fois)\b",
    r"\b(?:corde|noeud coulant)\b(?! a sauter| d'escalade).{0,60}\b(?:la regarde|je la regarde|regarder|cachee|dans ma chambre|dans le placard)\b",
    r"\b(?:pense|pensais|songe|reve) (?:\w+ ){0,2}au suicide\b|\bidees? (?:suicidaires|noires) (?:\w+ ){0,2}(?:reviennent|revenues|de plus en plus|tous les (?:jours|soirs))\b",
    r"\b(?:fait|fais|faire|refaire|refait) une ts\b",
    r"\b(?:je|j) ?me (?:pends|pendrai|pendrais|tue|tuerai|tuerais|suicide|suiciderai|suiciderais|fous en l'air|foutrai en l'air|foutrais en l'air|flingue|flinguerai|flinguerais)\b(?! (?:a la tache|a force|au (?:travail|boulot|taf|sport)|de fatigue|pour (?:ce|cette|un|une|le|la|les|des|eux|lui|elle|rien|si peu|mon|ma|mes|son|sa|ses)|dans le pied|de rire|au (?:telephone|tel|cou)|a \w+(?:er|ir|re)\b))",
    # both languages: no future, a world or a year without the writer, everything silent for good
    r"\b(?:no|don'?t see (?:a|any)|stopped seeing (?:a|any)|can'?t see (?:a|any)|there'?s no|there is no) future\b(?! (?:in|at|with|for (?:this|the|our|my) \w+)\b)",
    r"\b(?:je )?(?:ne )?vois (?:plus|pas) (?:d'|mon |de |aucun )avenir\b(?! (?:dans|ici|chez|avec|pour (?:ce|cette|le|la|l'|mon|ma))\b)|\b(?:pas|plus|aucun) d'avenir pour moi\b",
    r"\b(?:no|any) (?:version|world|future|year|picture) (?:\w+ ){0,4}with me (?:still )?in it\b|\bou je (?:suis|serai|serais) encore la\b",
    r"\b(?:everything|it all|the world|my head)\b.{0,20}\b(?:go|goes|be|stay|become)s? (?:quiet|silent|dark|still|black) (?:forever|for good|permanently)\b",
    r"\btout (?:devienne|soit|redevienne|s'eteigne)\b.{0,20}\b(?:silencieux|noir|calme|eteint)?\W*(?:pour toujours|pour de bon|a jamais|definitivement)\b",
    r"\b(?:want(?:ed|ing|s)?|wanna)(?: so much| really)? to die\b(?! (?:of|from|laughing|when|at|in (?:class|the meeting|front))\b)",
    r"\bne plus (?:etre en vie|vivre|respirer)\b|\b(?:textos?|sms|mails?|posts?|videos?) d'adieu\b",
    r"\bme serais (?:deja |sans doute |surement )?(?:tuee?|suicidee?|foutue? en l'air|pendue?|jetee? (?:sous|du|par))\b",
    r"\bme (?:jeter|jette|lancer|mettre) devant(?: (?:le |un |une |la )?(?:train|metro|rer|tgv|tram|bus|camion|voiture)\b|\W*(?:$|[.!?]))",
    r"\b(?:step|stepping|throw(?:ing)? myself|walk(?:ing)?|jump(?:ing)?) in front of(?: (?:a|the|an) (?:train|bus|truck|lorry|car|tube|tram)\b|\W*(?:$|[.!?]))",
    r"\b(?:passwords?|bank details|pin codes?|mots de passe|codes? (?:de (?:la )?banque|bancaires?))\b.{0,60}\b(?:envelope|enveloppe|for my|pour mon|pour ma)\b.{0,40}\b(?:just in case|in case|au cas ou)\b",
    r"\b(?:i love you all|love you all|je vous aime tous|je vous aime toutes|je t'aime)\b.{0,40}\b(?:this is it|goodbye|c'est la fin|adieu|pardon|last|dernier)\b",
    r"\b(?:lettres?|letters?|notes?|mots?|messages?)\b (?:pour|for|to) (?:mes|ma|mon|my|toute ma|all my) (?:parents|family|famille|kids|children|enfants|mum|mom|dad|mere|pere|sister|brother|soeur|frere|proches|loved ones|friends|amis)\b.{0,40}\b(?:au cas ou|just in case|in case|pour apres|for after|when i'?m gone|quand je (?:serai|ne serai) )",
    r"\bnever (?:having to |have to |to )?wake up (?:again|ever)\b|\b(?:won'?t|will not) (?:be needing|need) (?:a|any|my) (?:career|future|pension|retirement plan|degree)\b",
    r"\b(?:aurai|n'aurai) (?:pas|plus) besoin (?:de|d'une?) (?:carriere|avenir|retraite|diplome)\b",
    r"\bwithout (?:telling|saying to|letting) (?:her|him|them|anyone) (?:know )?(?:it was|that it was|it'?s) (?:goodbye|the last time|a goodbye)\b|\bsans (?:lui|leur) dire que c'etait (?:un adieu|la derniere fois)\b",
    r"\b(?:i'?m|i am|i'?ve been|tired of|exhausted from|sick of) (?:\w+ ){0,2}(?:fighting|struggling|battling) to stay alive\b|\b(?:me battre|lutter) pour rester en vie\b",
    r"\b(?:researching|research|looked up|looking up|googling|googled|checking|checked)\b.{0,20}\b(?:tallest|highest) (?:\w+ ){0,2}(?:car parks?|bridges?|buildings?|roofs?|towers?|cliffs?|multi-storeys?)\b|\b(?:renseigne|cherche|regarde|recherche)\w*\b.{0,20}\b(?:parkings?|ponts?|immeubles?|toits?|tours?|falaises?) les plus hauts?\b",
    r"\b(?:compte|pense|prevois) (?:pas|plus) (?:d')?etre (?:la|encore la)\b.{0,60}\b(?:de toute facon|c'est decide|j'ai decide)\b",
    r"\b(?:je vais|j'ai failli|envie de|je veux|prete? a|peur de|je pourrais) passer a l'acte\b(?! d'achat)|\b(?:l'idee|idees?|pensees?) de (?:me |m')(?:tuer|suicider|pendre|foutre en l'air|jeter)\b",
    r"\b(?:nobody|no one|who) (?:would|will|'d) (?:even )?(?:come|show up|go) to my funeral\b|\bpersonne (?:ne )?viendr(?:a|ait) a mon enterrement\b|\bqui viendrait a mon enterrement\b",
)

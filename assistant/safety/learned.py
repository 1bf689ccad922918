"""The crisis screen's learned backstop: a linear model over hashed character and word n-grams
and over word classes and their pairs within a sentence (English and French), for the distress
the rules' phrasings miss.

It is deterministic code like the rules: fixed weights in a small file shipped with the package
(``safety/data/crisis-model.npz``), rebuilt from the training rows of the safety datasets by
``python -m evals.train_crisis`` (a fixed seed; the held-out test split is never used). The rules
run first; this model is asked only when they found nothing, and its threshold was chosen on
cross-validation to keep false alarms on hard negatives (idioms, mentors' guidance questions)
low. It needs no embedding model, so the screen runs before anything is loaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from assistant.safety.hashing import char_wb_ngrams, hashed_row, word_ngrams
from assistant.safety.patterns import folded

MODEL_PATH = Path(__file__).resolve().parent / "data" / "crisis-model.npz"
CATEGORIES = ("suicide", "self_harm", "abuse", "harassment", "danger")
N_FEATURES = 2**16
CUE_FEATURES = 2**14


def feature_row(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The features of one text as (columns, values): hashed character 3-5-grams within words,
    word 1-2-grams of the accent-folded text, and the word classes of each sentence with their
    pairs (:func:`cue_tokens`), present or absent (binary: a word said twice is no stronger a
    signal), each block normalised (the same at training and at run time)."""
    return hashed_row(text, _BLOCKS)


def features(texts: list[str]) -> Any:
    """The sparse matrix of :func:`feature_row` for ``texts`` (what training fits on)."""
    from scipy.sparse import csr_matrix

    rows = [feature_row(text) for text in texts]
    indptr = np.cumsum([0] + [len(columns) for columns, _ in rows])
    columns = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
    values = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
    return csr_matrix((values, columns, indptr), shape=(len(texts), WIDTH))


# Word classes (English and French, accent-folded), so that what a message tells generalises
# beyond its exact words: "cover" and « cacher », "wrists" and « cuisses », "rope" and « pont »
# fall in the same class. Each sentence gives its classes and every pair of them ("HIDE+BODY",
# "FAMILY+VIOLENCE", "ROLE+NIGHT"...): the model weighs which pairs tell of a crisis. A class is
# a list of words, each a regular expression for a whole token.
CUES = {
    "SELF": (
        r"i me my myself mine im i'm i've i'd i'll je j'\w* m'\w* moi mon ma mes jsuis jvais "
        r"jveux jme jai"
    ),
    "THEM": (r"he she him her they them il elle lui ils elles eux"),
    "DIE": (
        r"die dying died dead death alive living exist\w* suicid\w* kill\w* unalive mourir "
        r"meurs mort\w* vivre vivant\w* vie crever tuer tue pendre hang"
    ),
    "END": (
        r"end ending gone forever anymore never goodbye farewell disappear\w* quiet fin finir "
        r"finis arrete\w* toujours jamais definitivement disparaitre adieu silencieu\w*"
    ),
    "FUTURE": (r"future tomorrow year years version next avenir demain annee ans prochaine?"),
    "MEANS": (
        r"pills? tablets? meds paracetamol doliprane rope noose bridge trains? tracks rails? "
        r"roof balcony ledge window cachets? comprimes? medicaments? medocs somniferes corde "
        r"pont toit balcon fenetre quai bleach javel guns? knife knives couteau blades? "
        r"razors? lames? rasoir lighter briquet compass compas spoon cuillere hammer marteau"
    ),
    "HARM": (
        r"hurt\w* harm\w* cut cuts cutting burn\w* scratch\w* bit bite biting bruis\w* "
        r"bleed\w* bled blood\w* pain sting carv\w* mal coup\w* brul\w* griff\w* saign\w* sang "
        r"douleur bleus? grave gratte mords scarif\w*"
    ),
    "BODY": (
        r"arms? wrists? forearms? thighs? legs? skin hands? face neck stomach cheek\w* "
        r"fingers? bras poignets? cuisses? jambes? peau mains? visage cou ventre joue pommette "
        r"doigts"
    ),
    "HIDE": (
        r"hid\w* cover\w* sleeves? hoodie scarf gloves sees secret\w* lied invent\w* excuse "
        r"cach\w* manches foulard gants voie voies verraient menti\w*"
    ),
    "CALM": (
        r"calm\w* relief helps? sooth\w* numb quiet\w* soulag\w* apais\w* vide sentir ressens"
    ),
    "PUNISH": (
        r"punish\w* deserv\w* fail\w* mistakes? rules? disgust\w* punir punis merite rate "
        r"erreur regle echec degout\w* nulle?"
    ),
    "FOOD": (
        r"eat\w* food dinner lunch meals? skip\w* starv\w* manger mange diner dejeuner repas "
        r"interdis"
    ),
    "RELAPSE": (
        r"again relaps\w* streak clean habit days recommence\w* rechut\w* encore habitude tenu "
        r"jours gache"
    ),
    "VIOLENCE": (
        r"hit hits beat\w* slap\w* kick\w* punch\w* chok\w* strangl\w* shov\w* push\w* grab\w* "
        r"threw broke pinned frapp\w* bat gifl\w* etrangl\w* pouss\w* cogn\w* tape cass\w* "
        r"plaque\w* coups? violent\w*"
    ),
    "FAMILY": (
        r"husband wife boyfriend girlfriend partner dad father mum mom mother stepdad "
        r"stepfather uncle brother sister ex mari femme copain copine conjoint pere mere "
        r"beau-pere oncle frere soeur famille family"
    ),
    "ROLE": (
        r"mentor\w* manager boss tutor supervisor lecturer teacher colleague director lead "
        r"senior partner coordinator chef cheffe patron tuteur tutrice prof collegue directeur "
        r"responsable maitre associe investisseur investor"
    ),
    "SEXUAL": (
        r"sex\w* naked nude\w* bikini underwear lingerie bed pyjamas? body breasts? bum butt "
        r"lips kiss\w* touch\w* nue nu maillot corps seins fesses bouche embrass\w* photos? "
        r"pictures? outfits? tenues? physique dormais single celibataire frott\w* rub\w* "
        r"pinch\w* pince"
    ),
    "NIGHT": (r"midnight 1am 2am 3am night nights minuit nuit 1h 2h 3h soir evening"),
    "CONDITION": (
        r"depends? depend\w* unless evaluation grade reference contract probation renewal "
        r"validation sinon contrat essai renouvellement"
    ),
    "THREAT": (
        r"threat\w* stab\w* pay regret\w* menac\w* poignard\w* payer regrett\w* planter "
        r"defonc\w* smash"
    ),
    "FOLLOW": (
        r"follow\w* behind cross\w* door outside banging under suiv\w* suit derriere "
        r"traverse\w* porte devant dehors sous voiture car"
    ),
    "NOW": (r"now tonight just minutes maintenant soir vient viens moment"),
    "INGEST": (r"swallow\w* took drank drunk taken overdos\w* avale\w* pris bu boire prendre"),
    "DOWN": (
        r"breathing floor answering responding blue wake unconscious respire terre repond\w* "
        r"bleues reveill\w* decroche"
    ),
    "AFFAIRS": (
        r"passwords? envelope bank letters? note notes affairs belongings mots enveloppe "
        r"lettres? affaires texto text"
    ),
}
_CLASSES = tuple(
    (name, re.compile("(?:" + "|".join(words.split()) + ")\\Z")) for name, words in CUES.items()
)
_TOKEN = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*'?")
_SENTENCE = re.compile(r"[.!?;\n]+")
_IN_TOUCH = re.compile(r"\b(?:in|en) (?:touch|contact)\b")  # "stay in touch": no touching


def cue_tokens(text: str) -> list[str]:
    """The word classes of each sentence of ``text`` and every pair of them (hashed features)."""
    tokens: list[str] = []
    for sentence in _SENTENCE.split(_IN_TOUCH.sub(" ", folded(text))):
        found = sorted(
            {
                name
                for word in _TOKEN.findall(sentence)
                for name, words in _CLASSES
                if words.match(word)
            }
        )
        tokens += [f"C_{name}" for name in found]
        tokens += [f"P_{a}_{b}" for a, b in combinations(found, 2)]
    return tokens


_BLOCKS = (
    (lambda text: char_wb_ngrams(folded(text), 3, 5), N_FEATURES),
    (lambda text: word_ngrams(folded(text), 1, 2), N_FEATURES),
    (cue_tokens, CUE_FEATURES),
)
WIDTH = sum(n for _, n in _BLOCKS)


@dataclass(frozen=True)
class CrisisModel:
    """Weights of the two linear models: crisis or not, then which category."""

    weights: np.ndarray  # (n_features,)
    bias: float
    threshold: float  # probability from which a message counts as a crisis
    category_weights: np.ndarray  # (len(CATEGORIES), n_features)
    category_bias: np.ndarray  # (len(CATEGORIES),)
    about: dict[str, object]  # how it was trained (data, counts, cross-validated figures)

    def category(self, text: str) -> str | None:
        """The crisis category of ``text`` when the model finds one, else None."""
        columns, values = feature_row(text)
        score = float(self.weights[columns] @ values) + self.bias
        if 1.0 / (1.0 + np.exp(-score)) < self.threshold:
            return None
        scores = self.category_weights[:, columns] @ values + self.category_bias
        return CATEGORIES[int(np.argmax(scores))]

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float32),
            bias=np.array([self.bias]),
            threshold=np.array([self.threshold]),
            # half precision: the category is an argmax over five scores, and the file stays small
            category_weights=self.category_weights.astype(np.float16),
            category_bias=self.category_bias,
            about=np.array(json.dumps(self.about, ensure_ascii=False)),
        )


@lru_cache(maxsize=2)
def load_crisis_model(path: Path = MODEL_PATH) -> CrisisModel | None:
    """The shipped model, or None when there is none (the rules then work alone)."""
    if not path.exists():
        return None
    with np.load(path) as data:
        return CrisisModel(
            weights=data["weights"].astype(np.float64),
            bias=float(data["bias"][0]),
            threshold=float(data["threshold"][0]),
            category_weights=data["category_weights"].astype(np.float64),
            category_bias=data["category_bias"].astype(np.float64),
            about=json.loads(str(data["about"])),
        )

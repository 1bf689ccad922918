"""The SMART checker's rules for goals written by others (issue 16, item 7), as specifications.

- measurable: doing something once can be checked (done / not done); an ongoing or directional
  behaviour (reduce, increase, improve, track, watch, continue, restart, keep, be more…,
  « réduire », « suivre », « reprendre », « être plus… ») is measurable only with a quantity, a
  frequency of a behaviour one can count, or a threshold. Feelings are not measurable.
- specific: a bare wish with no what, where or how many is not specific ("find an internship",
  « je voudrais trouver un stage »); meta-talk ("I want to", « je voudrais », "help me") is not
  content.
- time-bound: a deadline is a deadline even when its year is past; a baseline year, a start
  date and a routine of weekdays are not deadlines.

See evals/datasets/goals/GUIDELINES.md. "Today" is Monday 23 November 2026 throughout.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.skills.smart import SmartReport, check_goal

TODAY = date(2026, 11, 23)


def check(text: str) -> SmartReport:
    return check_goal(text, None, TODAY)


def met(text: str, criterion: str) -> bool:
    return check(text).verdicts[criterion].met


# -- measurable ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Submit the application",
        "Launch the website",
        "Pass the PMP exam",
        "Sign a first client",
        "Find an internship",  # a bare wish, but finding one is done or not
        "Soumettre ma candidature",
        "Lancer le site web",
        "Obtenir le permis de conduire",
        "Signer un premier client",
        "Je voudrais trouver un stage",
        "Suivre une formation en comptabilité",  # « suivre » a course: done once
    ],
)
def test_something_done_once_is_measurable_as_done_or_not(text: str) -> None:
    verdict = check(text).verdicts["measurable"]
    assert verdict.met
    assert verdict.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Reduce oil intake during festive season",
        "Watch online videos on healthy living",
        "Restart walking routine",
        "Track medication use on the app",
        "Increase my savings",
        "Improve my sleep",
        "Continue to apply for jobs",
        "Keep a food diary",
        "Maintain my weight",
        "Eat healthy food",
        "Be more active",
        "Get better at chess",
        "Practise the guitar",
        "Apply for jobs",
        "Save money",
        "Lose weight",
        "Réduire ma consommation de sucre",
        "Augmenter mon chiffre d'affaires",
        "Améliorer mon sommeil",
        "Suivre mes dépenses",
        "Continuer le sport",
        "Reprendre la course à pied",
        "Être plus actif",
        "Progresser en anglais",
        "Répondre à des offres d'emploi",
    ],
)
def test_an_ongoing_or_directional_behaviour_without_a_quantity_is_not_measurable(
    text: str,
) -> None:
    verdict = check(text).verdicts["measurable"]
    assert not verdict.met
    assert verdict.suggestion


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Reduce sugary drinks to 2 per week", "2 per week"),
        ("Walk 15 minutes a day", "15 minutes"),
        ("Reduce my screen time to under two hours a day", "two hours"),
        ("Restart my walking routine three times a week", "three times a week"),
        ("Watch two online videos on healthy living a week", "two online videos"),
        ("Keep a food diary every day", "every day"),
        ("Track every expense in a spreadsheet", "every expense"),
        ("Cut my cloud bill by 20%", "20%"),
        ("Cut my restaurant spending by half", "by half"),
        ("Walk every day", "every day"),
        ("Réduire le sucre à moins de 5 morceaux par semaine", "5 morceaux"),
        ("Reprendre la course à pied trois fois par semaine", "trois fois par semaine"),
        ("Suivre mes dépenses chaque semaine", "chaque semaine"),
        ("Limiter les écrans à moins de 2 heures par jour", "2 heures"),
        ("Manger moins de 8 g de sel par jour", "8 g"),
        ("Réduire d'un tiers mes dépenses de restaurant", "d'un tiers"),
        ("Augmenter mon chiffre d'affaires de 10 %", "10 %"),
    ],
)
def test_a_directional_behaviour_with_a_count_frequency_or_threshold_is_measurable(
    text: str, evidence: str
) -> None:
    verdict = check(text).verdicts["measurable"]
    assert verdict.met
    assert verdict.evidence.startswith(evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Be more positive every day",
        "Improve my English every day",
        "Feel calmer every morning",
        "Progresser en anglais chaque jour",
        "Être plus zen tous les jours",
    ],
)
def test_a_regularity_measures_a_behaviour_not_a_state_or_a_feeling(text: str) -> None:
    assert not met(text, "measurable")


@pytest.mark.parametrize(
    "text",
    [
        "Be more active (e.g., walking 5 km a day)",  # an example, not the goal
        "Provide sports lessons to children aged 5-13",  # who, not how many
        "Reduce aches in daily activities",  # "daily" of a way of life, not a frequency
        "Decrease the prevalence of schools not complying with HB 1159",  # a bill's number
        "Réduire les inégalités : l'écart est actuellement de 9 ans",  # today's level
        "Cancer de la thyroïde : renforcer la surveillance",  # a heading, not a verb
        "Clients should perceive us as responsive",  # a subject, then a perception
    ],
)
def test_numbers_and_words_that_are_not_the_goals_measure(text: str) -> None:
    assert not met(text, "measurable")


# -- specific --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Find an internship",
        "Get a job",
        "I want to find a new job",
        "Help me find a job",
        "I'm planning on getting my degree",
        "Trouver un stage",
        "Je voudrais trouver un stage",
        "Trouver un emploi",
        "Accéder à un premier emploi",
        "Trouver une solution de transport",  # a placeholder names nothing
        "Clients should perceive us as responsive",  # "clients" is the subject, not a verb
        "Improve my health",
        "Be healthier",
        "Watch online videos on healthy living",  # a behaviour on a vague object
    ],
)
def test_a_bare_wish_or_a_vague_object_is_not_specific(text: str) -> None:
    verdict = check(text).verdicts["specific"]
    assert not verdict.met
    assert verdict.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Find a 6-month data-analysis internship in Lyon",
        "Get a job in data science",
        "I'd like to find a part-time job at the city library",
        "Trouver un stage de 6 mois en analyse de données à Lyon",
        "Je voudrais trouver un stage de fin d'études en marketing",
        "Décrocher un CDI dans la data",
        "Trouver un mentor dans la tech",
    ],
)
def test_a_wish_that_says_what_or_where_is_specific(text: str) -> None:
    assert met(text, "specific")


@pytest.mark.parametrize(
    "text",
    [
        "Reduce oil intake during festive season",
        "Track medication use on the app",
        "Réduire le sucre dans mon café",
    ],
)
def test_a_directional_behaviour_that_names_its_object_is_specific_but_not_measurable(
    text: str,
) -> None:
    report = check(text)
    assert report.verdicts["specific"].met
    assert report.verdicts["specific"].evidence.startswith(text.split()[0])
    assert not report.verdicts["measurable"].met


# -- time-bound ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "evidence", "due"),
    [
        ("Réduire de 20 % le nombre des suicides d'ici à 2008", "d'ici à 2008", date(2008, 12, 31)),
        ("Passer de 42 % en 2003 à 33 % en 2008", "en 2008", date(2008, 12, 31)),
        ("Réduire les rejets de 40 % entre 2002 et 2010", "entre 2002 et 2010", date(2010, 12, 31)),
    ],
)
def test_a_deadline_whose_year_is_past_is_still_a_deadline(
    text: str, evidence: str, due: date
) -> None:
    report = check(text)
    assert report.verdicts["time_bound"].evidence == evidence
    assert report.due == due
    assert report.verdicts["achievable"].met  # a past deadline says nothing of the pace


@pytest.mark.parametrize(
    "text",
    [
        "Passer d'une prévalence de 60 % en 2000 à 45 %",  # the baseline's year
        "Réduire le bruit par rapport aux niveaux mesurés en 2002",
        "Starting on Monday, July 1, I will walk for 20 minutes every Monday and Friday",
        "Go for a half-hour walk after work on Monday, Wednesday, and Thursday",
        "Cut up fruit on Sundays to take it in my lunch during the week",
    ],
)
def test_a_baseline_a_start_or_a_weekly_routine_is_not_a_deadline(text: str) -> None:
    assert not met(text, "time_bound")


def test_a_deadline_after_a_start_still_counts() -> None:
    report = check("Read the three set novels before term starts in January")
    assert report.verdicts["time_bound"].met


# -- the eval on goals written by others -----------------------------------------------------


def test_the_external_set_is_scored_with_a_digit_baseline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from evals import eval_smart

    (tmp_path / "dev.yaml").write_text(
        """
- text: "Walk 15 minutes a day for the next six weeks"
  lang: en
  domain: wellbeing
  labels: {specific: true, measurable: true, achievable: true, relevant: false, time_bound: true}
  source: "https://example.org/a"
  licence: "public domain"
- text: "Reduce oil intake during festive season"
  lang: en
  domain: wellbeing
  labels: {specific: true, measurable: false, achievable: true, relevant: false, time_bound: false}
  source: "https://example.org/b"
  licence: "public domain"
- text: "Trouver un stage en 2 semaines"
  lang: fr
  domain: career
  labels: {specific: false, measurable: true, achievable: true, relevant: false, time_bound: true}
  source: "https://example.org/c"
  licence: "public domain"
""",
        encoding="utf-8",
    )
    monkeypatch.setattr(eval_smart, "EXTERNAL", tmp_path)
    goals = eval_smart.load_external("dev", tmp_path)
    assert [g.lang for g in goals] == ["en", "en", "fr"]  # source and licence left out

    baseline = eval_smart.digit_baseline(goals)
    assert (baseline.tp, baseline.fp, baseline.fn, baseline.total) == (2, 0, 0, 3)
    assert baseline.macro_f1 == 1.0

    assert eval_smart.main(["--set", "external"]) == 0
    out = capsys.readouterr().out
    assert "== split: external/dev" in out
    assert "M: digit?" in out
    assert "macF1" in out


def test_the_external_set_needs_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from evals import eval_smart

    monkeypatch.setattr(eval_smart, "EXTERNAL", tmp_path)
    with pytest.raises(SystemExit):
        eval_smart.main(["--set", "external"])

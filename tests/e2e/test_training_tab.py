"""The Training tab in a real browser, as a trainer signed in, with the scripted model
(MENTOR_LLM_BACKEND=fake): complete the first two onboarding steps, answer five quiz questions
(the first one wrong, so it comes back two questions later), run a role-play of six turns and
read the feedback that quotes them; a mentee signed in to the same app sees no Training tab.

The quiz's right answers are looked up in the bundled bank from the mentor's words the page
shows; the role-play does not depend on the model's words (code replaces a turn it cannot use).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from assistant.records.logins import Logins
from assistant.skills.stance import STANCES
from assistant.skills.training.quiz import bundled_bank
from tests.e2e.ui import REPLY_TIMEOUT_MS, open_tab, sign_in
from tests.e2e.webapp import WebApp, copy_data, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TRAINER, MENTEE = "tina", "amira"
PASSWORD = "correct horse battery"
TURNS = [
    "What would you like to get from our meetings?",
    "How are things going at work at the moment?",
    "What matters most to you in your career?",
    "Can I share an idea?",
    "You should ask HR for a training budget.",
    "What will you do before we meet next week?",
]
SCORES = [  # the first answer wrong, then right ones; the missed question is the fourth asked
    "0 of 1 first answers right; 5 to go",
    "1 of 2 first answers right; 4 to go",
    "2 of 3 first answers right; 3 to go",
    "2 of 3 first answers right; 2 to go",
    "3 of 4 first answers right; 1 to go",
]


@pytest.fixture(scope="module")
def app(ingested_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebApp]:
    root = tmp_path_factory.mktemp("training-app")
    data = copy_data(ingested_data, root / "data")
    with Logins(data / "records.sqlite3") as logins:
        logins.add(TRAINER, PASSWORD, role="trainer")
        logins.add(MENTEE, PASSWORD)
    with running_app(data, root / "app.log", MENTOR_LLM_BACKEND="fake") as web:
        yield web


def right_answer(question: str) -> str:
    """The stance the bank expects for the mentor's words shown in ``question``."""
    squashed = " ".join(question.split())
    found = [q.answer for q in bundled_bank() if q.lang == "en" and q.utterance in squashed]
    assert len(found) == 1, squashed
    return found[0]


def test_a_trainer_does_the_course_the_quiz_and_a_role_play_with_feedback(
    app: WebApp, page: Page
) -> None:
    sign_in(page, app.url, TRAINER, PASSWORD)
    open_tab(page, "Training")

    step = page.locator("#course-step")
    expect(step).to_contain_text("Step 1 of 8: What mentoring is and is not")
    expect(step).to_contain_text("A working definition")  # the cited section
    for number, following in ((1, 2), (2, 3)):
        page.locator("#course-done").click()
        expect(page.locator("#course-notice")).to_contain_text(f"Step {number} marked done")
        expect(step).to_contain_text(f"Step {following} of 8")
    expect(page.locator("#course-outline")).to_contain_text("you have done 2")

    open_tab(page, "Stance quiz")
    page.locator("#quiz-start").click()
    question, score = page.locator("#quiz-question"), page.locator("#quiz-score")
    explanation = page.locator("#quiz-explanation")
    expect(question).to_contain_text("Question 1:")
    for number, expected in enumerate(SCORES, start=1):
        right = right_answer(question.inner_text())
        if number == 4:
            expect(question).to_contain_text("Again, a question you missed")
        given = right if number > 1 else next(s for s in STANCES if s != right)
        page.locator("#quiz-answer").get_by_label(given, exact=True).check()
        page.locator("#quiz-submit").click()
        expect(score).to_contain_text(expected)
        expect(explanation).to_contain_text("Cues: ")
        expect(explanation).to_contain_text("in the guide")
        if number == 1:
            expect(explanation).to_contain_text("This question will come back later.")

    open_tab(page, "Role-play")
    page.locator("#roleplay-scenario input").click()
    page.get_by_role("option", name="Unclear goals").click()
    page.locator("#roleplay-start").click()
    expect(page.locator("#roleplay-brief")).to_contain_text("the assistant plays Sam")
    notice, message = page.locator("#roleplay-notice"), page.locator("#roleplay-message textarea")
    for number, said in enumerate(TURNS, start=1):
        message.fill(said)
        page.locator("#roleplay-send").click()
        expect(notice).to_contain_text(
            f"Your turns: {number} (feedback after 6)", timeout=REPLY_TIMEOUT_MS
        )
    chat = page.locator("#roleplay-chat")
    expect(chat.locator('[data-testid="user"]')).to_have_count(len(TURNS))
    page.locator("#roleplay-feedback").click()
    report = page.locator("#roleplay-report")
    expect(report).to_contain_text("Feedback on your 6 turns in “Unclear goals”")
    for said in TURNS:
        expect(report).to_contain_text(f"“{said}”")
    expect(report).to_contain_text("Open questions:")


def test_a_mentee_sees_no_training_tab(app: WebApp, page: Page) -> None:
    sign_in(page, app.url, MENTEE, PASSWORD)
    expect(page.get_by_role("tab", name="Chat", exact=True)).to_be_visible()
    page.wait_for_timeout(3000)  # the page's load event has decided by then
    expect(page.get_by_role("tab", name="Training", exact=True)).to_have_count(0)
    expect(page.get_by_role("tab", name="Mentor workspace", exact=True)).to_be_visible()

"""The Chat tab: grounded answers and guided conversations, in the role the user picks."""

# No ``from __future__ import annotations`` in the tab builders: Gradio reads each handler's
# annotations at run time to pass it the ``gr.Request`` (the signed-in user).

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.conversation import ROLES, Conversation, Role
from assistant.language.messages import message
from assistant.reply import Reply
from assistant.ui.handlers import ChatMessages, chat_turn, saved_goal_id
from assistant.ui.services import AppServices
from assistant.ui.texts import Texts

EXAMPLES = [
    "What is the difference between coaching and mentoring?",
    "Help me set a goal",
    "Comment préparer ma première séance de mentorat ?",
    "What can you do?",
]


def role_choices(language: str) -> list[tuple[str, str]]:
    """(label, role) pairs for the role picker, in ``language``."""
    return [(message(language, f"ui.chat.role_{role}"), role) for role in ROLES]


def _role_picker(language: str) -> dict[str, Any]:
    return {"choices": role_choices(language), "label": message(language, "ui.chat.role")}


STANCES = ("auto", "coaching", "mentoring")


def stance_choices(language: str) -> list[tuple[str, str]]:
    """(label, stance) pairs for the stance picker, in ``language``."""
    return [(message(language, f"ui.chat.stance_{stance}"), stance) for stance in STANCES]


def _stance_picker(language: str) -> dict[str, Any]:
    return {"choices": stance_choices(language), "label": message(language, "ui.chat.stance")}


EVERY_COLLECTION = ""
"""The "answer from" choice that searches every collection (the programme's own first)."""


def collection_choices(
    language: str, collections: list[str], default: str
) -> list[tuple[str, str]]:
    """(label, collection) pairs for the "answer from" picker: every collection, or one of the
    programme's own (the bundled guides' collection ``default`` is not offered alone)."""
    every = (message(language, "ui.chat.answer_from_all"), EVERY_COLLECTION)
    own = [(message(language, "ui.chat.answer_from_only", name=name), name) for name in collections]
    return [every, *(choice for choice in own if choice[1] != default)]


@dataclass(frozen=True)
class ChatTab:
    """What other tabs may follow in the chat: ``saved`` holds the id of the goal the last
    turn saved (None when it saved none), set when each of ``turns`` (the send events) ends."""

    saved: gr.State
    turns: tuple[Any, ...]


def build_chat_tab(services: AppServices, texts: Texts, language: gr.Radio) -> ChatTab:
    """The chat: role and stance pickers, history, message box and examples."""

    def on_chat(
        text: str,
        chat: ChatMessages,
        conversation: Conversation | None,
        role: Role,
        stance: str,
        scope: str | None,
        ui_language: str,
        request: gr.Request,
    ) -> Iterator[tuple[ChatMessages, str, Conversation, str, str | None]]:
        user, agent = services.session(request, ui_language)
        chosen = role if role in ROLES else "mentee"
        picked = stance if stance in STANCES else "auto"
        saved: list[str | None] = [None]

        def on_reply(reply: Reply) -> None:
            saved[0] = saved_goal_id(reply)

        turns = chat_turn(
            agent, conversation, user, chosen, text, chat or [], ui_language, picked, on_reply,
            scope or None,
        )  # fmt: skip
        for shown, box_text, state in turns:
            yield shown, box_text, state, state.stance or "auto", saved[0]

    def on_scope_focus(scope: str | None, ui_language: str) -> Any:
        """The collections to offer, read when the picker opens (documents come and go)."""
        try:
            names = sorted(services.agent().kb.store.collection_counts())
        except Exception:  # the index is not ready yet: "every collection" alone
            names = []
        choices = collection_choices(ui_language, names, services.settings.default_collection)
        kept = scope if scope in {value for _, value in choices} else EVERY_COLLECTION
        return gr.update(choices=choices, value=kept)

    conversation = gr.State(None)
    saved_goal = gr.State(None)
    with gr.Row():
        role = texts.make(gr.Radio, worded=_role_picker, value="mentee", elem_id="role")
        stance = texts.make(gr.Radio, worded=_stance_picker, value="auto", elem_id="stance")
        scope = texts.make(
            gr.Dropdown,
            {"label": "ui.chat.answer_from"},
            choices=collection_choices(texts.language, [], ""),
            value=EVERY_COLLECTION,
            elem_id="answer-from",
            scale=0,
            min_width=220,
        )
    scope.focus(on_scope_focus, [scope, language], scope, api_visibility="private")
    chat = texts.make(gr.Chatbot, {"label": "ui.chat.history"}, height=480, elem_id="chat")
    box = texts.make(
        gr.Textbox,
        {"label": "ui.chat.message", "placeholder": "ui.chat.placeholder"},
        max_length=4000,
        elem_id="message",
    )
    gr.Examples(EXAMPLES, box)
    send = texts.make(gr.Button, {"value": "ui.chat.send"}, variant="primary", elem_id="send")
    turns = tuple(
        trigger(
            on_chat,
            [box, chat, conversation, role, stance, scope, language],
            [chat, box, conversation, stance, saved_goal],
            concurrency_limit=4,
        )
        for trigger in (send.click, box.submit)
    )
    return ChatTab(saved_goal, turns)

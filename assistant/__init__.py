"""Mentor Assistant: an offline-first conversational mentoring assistant.

The public Python API::

    from assistant import KnowledgeBase, SearchFilter, load_settings

    kb = KnowledgeBase(load_settings())
    kb.ingest([kb.settings.knowledge_dir])
    for hit in kb.search("preparing a first session", where=SearchFilter(language="en")):
        print(hit.citation)

    with Records(kb.settings.records_path) as records:
        agent = Agent(kb.settings, kb, records)
        reply = agent.respond(Conversation(user="amira"), "help me set a goal")
        print(reply.complete())

    print(check_goal("Give three talks by 30 June").missing)
"""

from assistant.agent import Agent
from assistant.config import Settings, load_settings
from assistant.conversation import Conversation
from assistant.goals.model import Goal, GoalDraft, GoalStatus
from assistant.records.store import GoalNotFound, Records
from assistant.reply import Reply
from assistant.retrieval import Hit, IngestReport, KnowledgeBase, QueryError, SearchFilter
from assistant.skills.base import Skill, SkillContext, Turn
from assistant.skills.smart import SmartReport, check_goal

__all__ = [
    "Agent",
    "Conversation",
    "Goal",
    "GoalDraft",
    "GoalNotFound",
    "GoalStatus",
    "Hit",
    "IngestReport",
    "KnowledgeBase",
    "QueryError",
    "Records",
    "Reply",
    "SearchFilter",
    "Settings",
    "Skill",
    "SkillContext",
    "SmartReport",
    "Turn",
    "check_goal",
    "load_settings",
]
__version__ = "0.1.0"

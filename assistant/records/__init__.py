"""Records: the SQLite store of users, logins, goals and their progress, with erasure."""

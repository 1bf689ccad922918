"""Safety, in code: the crisis and scope screens every turn passes first, the help resources
they point to, and the cleaning of model text (no images, HTML or links) before anyone sees it."""
